//! The composition root: the one place that picks adapters and wires the layers.
//! `Application::build` is the real start-up code; the tests boot it as it is.
//!
//! `adapters` puts the persistence adapters and the handlers on a database,
//! `identity` the sign-in and signing keys, `providers` the pipeline's providers and
//! worker, `secret_files` the files only their owner reads, and `shutdown` the signals
//! and the drain. The command-line subcommands other than `serve` live in
//! [`crate::commands`].

mod adapters;
mod identity;
mod providers;
mod secret_files;
mod shutdown;

pub(crate) use adapters::Adapters;
pub use adapters::handlers;
pub use identity::{ADMIN_KEY_FILE, identity, secret_box};
pub use shutdown::shutdown_signal;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use self::adapters::wire_handlers;
use self::identity::{BOOTSTRAP_LOCK, bootstrap_admin};
use self::providers::{providers, worker};
use self::shutdown::finish_within;
use crate::application::gateway::{RateLimiter, Throttle};
use crate::application::integrations::kinds::KindRegistry;
use crate::application::notifications::notifier::{Notifier, NotifierSettings};
use crate::application::pipeline::worker::Worker;
use crate::application::status::{BulkheadName, LocalWorker, StatusBoard};
use crate::application::telemetry::ProcessMetrics;
use crate::config::{ProcessRole, Profile, Settings};
use crate::infrastructure::fanout;
use crate::infrastructure::persistence::StoreSignal;
use crate::infrastructure::persistence::database::{self, QueryCounter};
use crate::infrastructure::persistence::view_cache::ViewCache;
use crate::infrastructure::persistence::{SeaOrmNotificationStore, SeaOrmStatusBoard};
use crate::infrastructure::providers::webhook_sender::HttpWebhookSender;
use crate::infrastructure::ratelimit::{LocalRateLimiter, RedisRateLimiter};
use crate::presentation::graphql::{self, SchemaOptions};
use crate::presentation::http::auth::Gate;
use crate::presentation::http::{self, HttpShared, HttpState};

/// A bound, ready-to-serve instance of the product.
pub struct Application {
    listener: Option<TcpListener>,
    addr: SocketAddr,
    router: axum::Router,
    worker: Option<Worker>,
    notifier: Option<Notifier>,
    /// Publishes the worker's breakers and bulkheads until stopped.
    reporter: Option<std::pin::Pin<Box<dyn Future<Output = ()> + Send>>>,
    db: DatabaseConnection,
    queries: QueryCounter,
    /// Stops the background tasks (worker, event feed) on shutdown.
    stop: CancellationToken,
    /// Longest the shutdown waits for work in flight.
    drain: Duration,
}

impl Application {
    /// Connects to the database, migrates it (the embedded default and tests do this at
    /// start), wires the handlers, binds the listener (unless the role is `worker`) and
    /// prepares the worker (unless the role is `api`).
    ///
    /// Fails when the database cannot be reached or migrated, or the address cannot be
    /// bound.
    pub async fn build(settings: &Settings) -> anyhow::Result<Application> {
        settings.check_signing()?;
        let (db, queries) = database::connect(&settings.database_url(), &settings.database).await?;
        database::migrate(&db).await?;
        let identity = identity(settings, &db)?;
        // The first admin, on every backend: replicas that start together on a fresh
        // database make one key between them (the first to take the lock).
        if settings.role != ProcessRole::Worker {
            database::exclusively(&db, BOOTSTRAP_LOCK, bootstrap_admin(settings, &identity))
                .await?;
        }
        let stop = CancellationToken::new();
        let mut signal = StoreSignal::default();
        if let Some(url) = &settings.redis_url {
            let (remote, appended) = tokio::sync::mpsc::channel(1);
            fanout::start(url.expose(), appended, signal.appended(), stop.clone())
                .map_err(anyhow::Error::msg)?;
            signal = signal.with_remote(remote);
        }
        // integration(id) reads through a cache: Redis when there is one; in the
        // process only when it is the only process (the embedded default).
        let cache = match &settings.redis_url {
            Some(url) => Some(Arc::new(
                ViewCache::redis(url.expose()).map_err(anyhow::Error::msg)?,
            )),
            None if settings.is_embedded() && settings.role == ProcessRole::All => {
                Some(Arc::new(ViewCache::local()))
            }
            None => None,
        };
        let adapters = Adapters::wired(&db, signal, Some(secret_box(settings)?), cache);
        let feed_poll = Duration::from_millis(settings.feed_poll_ms.max(10));
        let (providers, mut guards) = providers(settings)?;
        let db_bulkhead = settings.worker.db_bulkhead;
        let database_bulkhead = guards.add_bulkhead(
            BulkheadName::Database,
            db_bulkhead.concurrent,
            db_bulkhead.queued,
        );
        let mut handlers =
            wire_handlers(&db, &adapters, identity.clone(), feed_poll, stop.clone()).await?;
        handlers.integration_queries = handlers
            .integration_queries
            .clone()
            .with_code_host(providers.code_host.clone());
        handlers.notifications = handlers
            .notifications
            .clone()
            .allowing_private_targets(settings.providers.notify_allow_private);
        // Every instance reads the workers' reports; a worker also publishes its own.
        let board: Arc<dyn StatusBoard> = Arc::new(SeaOrmStatusBoard::new(db.clone()));
        let report_every = Duration::from_secs(settings.worker.status_report_secs);
        handlers.system_status = handlers
            .system_status
            .with_board(board.clone(), report_every * 3 + Duration::from_secs(1));
        let mut reporter = None;
        let worker = (settings.role != ProcessRole::Api).then(|| {
            let name = format!(
                "{}-{}",
                std::process::id(),
                &uuid::Uuid::new_v4().simple().to_string()[..8]
            );
            let local = LocalWorker {
                instance: name.clone(),
                health: Arc::new(guards),
            };
            handlers.system_status = handlers
                .system_status
                .clone()
                .with_local_worker(local.clone());
            reporter = Some(local.publish_until(board, report_every, stop.clone()));
            worker(settings, name, &adapters, providers, database_bulkhead)
        });
        // Notifications go out from the worker role, beside the pipeline.
        let notifier = if settings.role == ProcessRole::Api {
            None
        } else {
            Some(Notifier::new(
                Arc::new(SeaOrmNotificationStore::new(db.clone())),
                adapters.store.clone(),
                Arc::new(
                    HttpWebhookSender::new(settings.providers.notify_allow_private)
                        .map_err(anyhow::Error::msg)?,
                ),
                KindRegistry::builtin(),
                NotifierSettings {
                    max_attempts: settings.providers.notify_max_attempts.max(1),
                    retry_base: Duration::from_millis(
                        settings.providers.notify_retry_base_ms.max(1),
                    ),
                    ..NotifierSettings::default()
                },
            ))
        };
        let limiter: Arc<dyn RateLimiter> = match &settings.redis_url {
            Some(url) => Arc::new(RedisRateLimiter::new(url.expose()).map_err(anyhow::Error::msg)?),
            None => Arc::new(LocalRateLimiter::default()),
        };
        let throttle = Throttle::new(limiter, settings.gateway.rate_limits);
        let schema = graphql::build_schema(
            handlers.clone(),
            throttle.clone(),
            SchemaOptions {
                production: settings.gateway.profile == Profile::Production,
            },
        )
        .map_err(|problems| anyhow::anyhow!("the access policy: {}", problems.join("; ")))?;
        let gate = Gate::new(
            identity,
            throttle,
            settings.public_url().starts_with("https://"),
            settings.gateway.ws_connections_per_identity,
        );
        let metrics = crate::infrastructure::metrics::PrometheusMetrics::install()
            .map_err(anyhow::Error::msg)?;
        let state = HttpState::new(HttpShared {
            schema,
            metrics: Some(ProcessMetrics::new(
                Arc::new(metrics),
                handlers.system_status.clone(),
            )),
            handlers,
            body_limit: settings.http.body_limit,
            max_batch: settings.http.max_batch,
            gate: Arc::new(gate),
            cors_origins: settings.gateway.cors_origins.clone(),
            github_webhook_secret: settings.providers.github_webhook_secret.clone(),
            stopping: stop.clone(),
            metrics_token: settings.gateway.metrics_token.clone(),
            shared_subscriptions: Arc::default(),
        });
        // A worker serves only health, readiness and metrics, on its own address.
        let router = if settings.role == ProcessRole::Worker {
            http::ops_router(state)
        } else {
            http::router(state)
        };
        let listener = TcpListener::bind(settings.addr)
            .await
            .with_context(|| format!("cannot listen on {}", settings.addr))?;
        let addr = listener.local_addr().context("the bound address")?;
        let listener = Some(listener);
        Ok(Application {
            listener,
            addr,
            router,
            worker,
            notifier,
            reporter: reporter.map(|r| Box::pin(r) as _),
            db,
            queries,
            stop,
            drain: Duration::from_secs(settings.drain_secs),
        })
    }

    /// The address actually bound (port 0 in the settings picks a free one).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Counts the statements this instance sends to the database (for metrics and for
    /// tests that bound the queries a request costs).
    pub fn query_counter(&self) -> QueryCounter {
        self.queries.clone()
    }

    /// Serves (and works) until `shutdown` resolves, then finishes the requests in
    /// flight and releases the jobs in hand, for at most the drain time: what is still
    /// running then is cut off, so a stop never hangs on a stuck client or call.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let Application {
            listener,
            router,
            worker,
            notifier,
            reporter,
            db,
            stop,
            drain,
            ..
        } = self;
        let mut tasks = Vec::new();
        tasks.extend(worker.map(|worker| tokio::spawn(worker.run(stop.clone()))));
        tasks.extend(reporter.map(tokio::spawn));
        tasks.extend(notifier.map(|notifier| tokio::spawn(notifier.run(stop.clone()))));
        let mut serving = listener.map(|listener| {
            let stop_http = stop.clone();
            tokio::spawn(
                axum::serve(
                    listener,
                    router.into_make_service_with_connect_info::<SocketAddr>(),
                )
                .with_graceful_shutdown(async move { stop_http.cancelled().await })
                .into_future(),
            )
        });
        // The server ends by itself only on an error: then the rest stops too.
        let mut ended_early = None;
        tokio::select! {
            () = shutdown => {}
            joined = async {
                match serving.as_mut() {
                    Some(handle) => handle.await,
                    None => std::future::pending().await,
                }
            } => ended_early = Some(joined),
        }
        stop.cancel();
        let deadline = tokio::time::Instant::now() + drain;
        let served = match (ended_early, serving) {
            (Some(joined), _) => Some(joined.context("the HTTP server task failed")?),
            (None, Some(handle)) => finish_within(deadline, "the HTTP server", handle).await,
            (None, None) => None,
        };
        for task in tasks {
            finish_within(deadline, "a background task", task).await;
        }
        // Every holder of a pooled connection (handlers, the worker's LISTEN) is gone
        // by now, so closing the pool does not wait on a connection still in use.
        tokio::time::timeout_at(deadline + Duration::from_secs(1), db.close())
            .await
            .ok();
        match served {
            Some(result) => result.context("the HTTP server stopped with an error"),
            None => Ok(()),
        }
    }
}
