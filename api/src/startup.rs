//! The composition root: the one place that picks adapters and wires the layers.
//! `Application::build` is the real start-up code; the tests boot it as it is.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::application::feed::EventFeed;
use crate::application::integrations::commands::IntegrationCommands;
use crate::application::integrations::kinds::KindRegistry;
use crate::application::integrations::queries::IntegrationQueries;
use crate::application::integrations::rebuild::{ProjectionRebuild, RebuildReport};
use crate::application::pipeline::saga::{PipelineRunner, PipelineSettings, Providers};
use crate::application::pipeline::worker::{Worker, WorkerSettings};
use crate::application::status::SystemStatusQuery;
use crate::config::{Role, Settings};
use crate::infrastructure::fanout;
use crate::infrastructure::persistence::database::{self, QueryCounter};
use crate::infrastructure::persistence::{
    SeaOrmEventStore, SeaOrmJobQueue, SeaOrmReadModel, SeaOrmUserDirectory, SqlDatabaseProbe,
    StoreSignal,
};
use crate::infrastructure::providers::local_deployer::LocalDeployer;
use crate::infrastructure::providers::local_git::LocalGitHost;
use crate::infrastructure::providers::sandbox::{ProcessSandbox, SandboxLimits};
use crate::infrastructure::providers::scaffold::ScaffoldGenerator;
use crate::presentation::graphql::integrations::LOCAL_OPERATOR;
use crate::presentation::graphql::{self, Handlers};
use crate::presentation::http::{self, HttpState};

/// The adapters on one database, shared by the API and the worker of a process.
struct Adapters {
    signal: StoreSignal,
    store: Arc<SeaOrmEventStore>,
    read: Arc<SeaOrmReadModel>,
    queue: Arc<SeaOrmJobQueue>,
}

impl Adapters {
    fn new(db: &DatabaseConnection) -> Self {
        Self::with_signal(db, StoreSignal::default())
    }

    fn with_signal(db: &DatabaseConnection, signal: StoreSignal) -> Self {
        Self {
            store: Arc::new(SeaOrmEventStore::new(db.clone(), signal.clone())),
            read: Arc::new(SeaOrmReadModel::new(db.clone())),
            queue: Arc::new(SeaOrmJobQueue::new(db.clone(), signal.clone())),
            signal,
        }
    }
}

/// How often the event feed looks for events committed by other processes.
const FEED_POLL: Duration = Duration::from_millis(250);

/// Wires the application handlers to the SeaORM adapters on `db` (the event feed runs
/// until `stop`).
///
/// Fails when the store cannot be read.
pub async fn handlers(
    db: &DatabaseConnection,
    stop: CancellationToken,
) -> anyhow::Result<Handlers> {
    wire_handlers(db, &Adapters::new(db), FEED_POLL, stop).await
}

async fn wire_handlers(
    db: &DatabaseConnection,
    adapters: &Adapters,
    feed_poll: Duration,
    stop: CancellationToken,
) -> anyhow::Result<Handlers> {
    let kinds = KindRegistry::builtin();
    let feed = EventFeed::start(
        adapters.store.clone(),
        adapters.signal.appended(),
        feed_poll,
        stop,
    )
    .await
    .map_err(|e| anyhow::anyhow!("cannot start the event feed: {e}"))?;
    Ok(Handlers {
        system_status: SystemStatusQuery::new(
            Arc::new(SqlDatabaseProbe::new(db.clone())),
            adapters.queue.clone(),
        ),
        integration_commands: IntegrationCommands::new(adapters.store.clone(), kinds.clone()),
        integration_queries: IntegrationQueries::new(
            adapters.read.clone(),
            adapters.store.clone(),
            adapters.store.clone(),
            kinds,
        ),
        users: Arc::new(SeaOrmUserDirectory::new(db.clone())),
        feed,
    })
}

/// The offline providers of the embedded default, keeping their state in the data dir.
fn local_providers(settings: &Settings) -> Providers {
    let data = &settings.data_dir;
    Providers {
        generator: Arc::new(ScaffoldGenerator::new()),
        sandbox: Arc::new(ProcessSandbox::new(
            data.join("sandbox"),
            SandboxLimits::default(),
        )),
        code_host: Arc::new(LocalGitHost::new(
            data.join("git").join("integrations.git"),
            data.join("git"),
        )),
        deployer: Arc::new(LocalDeployer::new(data.join("deployments"))),
    }
}

fn worker(settings: &Settings, handlers: &Handlers, adapters: &Adapters) -> Worker {
    let w = &settings.worker;
    let pipeline = PipelineSettings {
        max_rounds: w.max_rounds,
        step_attempts: w.step_attempts,
        retry_base: Duration::from_millis(w.retry_base_ms),
        generation_timeout: Duration::from_secs(w.generation_timeout_secs),
        test_timeout: Duration::from_secs(w.test_timeout_secs),
        ..PipelineSettings::default()
    };
    let runner = PipelineRunner::new(
        handlers.integration_commands.clone(),
        adapters.store.clone(),
        adapters.read.clone(),
        adapters.queue.clone(),
        KindRegistry::builtin(),
        local_providers(settings),
        pipeline,
    );
    let name = format!(
        "{}-{}",
        std::process::id(),
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    );
    Worker::new(
        name,
        adapters.queue.clone(),
        Arc::new(runner),
        WorkerSettings {
            concurrency: w.concurrency,
            lease: Duration::from_secs(w.lease_secs),
            poll: Duration::from_secs(w.poll_secs),
        },
    )
}

/// `codebot projections rebuild`: replays every event into fresh read models.
pub async fn rebuild_projections(settings: &Settings) -> anyhow::Result<RebuildReport> {
    let (db, _) = database::connect(&settings.database_url(), &settings.database).await?;
    database::migrate(&db).await?;
    let adapters = Adapters::new(&db);
    let report = ProjectionRebuild::new(adapters.store.clone(), adapters.read.clone())
        .run()
        .await
        .map_err(|e| anyhow::anyhow!("{e}: {:?}", std::error::Error::source(&e)))?;
    db.close().await.ok();
    Ok(report)
}

/// A bound, ready-to-serve instance of the product.
pub struct Application {
    listener: Option<TcpListener>,
    addr: SocketAddr,
    router: axum::Router,
    worker: Option<Worker>,
    db: DatabaseConnection,
    queries: QueryCounter,
    /// Stops the background tasks (worker, event feed) on shutdown.
    stop: CancellationToken,
}

impl Application {
    /// Connects to the database, migrates it (the embedded default and tests do this at
    /// start), wires the handlers, binds the listener (unless the role is `worker`) and
    /// prepares the worker (unless the role is `api`).
    ///
    /// Fails when the database cannot be reached or migrated, or the address cannot be
    /// bound.
    pub async fn build(settings: &Settings) -> anyhow::Result<Application> {
        let (db, queries) = database::connect(&settings.database_url(), &settings.database).await?;
        database::migrate(&db).await?;
        // Until sign-in is configured, every request acts as the local operator.
        SeaOrmUserDirectory::new(db.clone())
            .ensure(LOCAL_OPERATOR, "Local operator", "ADMIN")
            .await
            .map_err(|e| anyhow::anyhow!("cannot create the local operator: {e}"))?;
        let stop = CancellationToken::new();
        let mut signal = StoreSignal::default();
        if let Some(url) = &settings.redis_url {
            let (remote, appended) = tokio::sync::mpsc::channel(1);
            fanout::start(url.expose(), appended, signal.appended(), stop.clone())
                .map_err(anyhow::Error::msg)?;
            signal = signal.with_remote(remote);
        }
        let adapters = Adapters::with_signal(&db, signal);
        let feed_poll = Duration::from_millis(settings.feed_poll_ms.max(10));
        let handlers = wire_handlers(&db, &adapters, feed_poll, stop.clone()).await?;
        let worker = (settings.role != Role::Api).then(|| worker(settings, &handlers, &adapters));
        let schema = graphql::build_schema(handlers.clone());
        let router = http::router(HttpState {
            schema,
            handlers,
            body_limit: settings.http.body_limit,
            max_batch: settings.http.max_batch,
        });
        let (listener, addr) = if settings.role == Role::Worker {
            (None, settings.addr)
        } else {
            let listener = TcpListener::bind(settings.addr)
                .await
                .with_context(|| format!("cannot listen on {}", settings.addr))?;
            let addr = listener.local_addr().context("the bound address")?;
            (Some(listener), addr)
        };
        Ok(Application {
            listener,
            addr,
            router,
            worker,
            db,
            queries,
            stop,
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
    /// flight and releases the jobs in hand.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let Application {
            listener,
            router,
            worker,
            db,
            stop,
            ..
        } = self;
        let worker = worker.map(|worker| tokio::spawn(worker.run(stop.clone())));
        let stopping = {
            let stop = stop.clone();
            async move {
                shutdown.await;
                stop.cancel();
            }
        };
        match listener {
            Some(listener) => {
                let stop_http = stop.clone();
                let serving = axum::serve(listener, router)
                    .with_graceful_shutdown(async move { stop_http.cancelled().await });
                let (served, ()) = tokio::join!(serving, stopping);
                served.context("the HTTP server stopped with an error")?;
            }
            None => {
                drop(router);
                stopping.await;
            }
        }
        if let Some(worker) = worker {
            worker.await.ok();
        }
        // Every holder of a pooled connection (handlers, the worker's LISTEN) is gone
        // by now, so closing the pool does not wait on a connection still in use.
        db.close().await.ok();
        Ok(())
    }
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => tracing::info!("SIGINT received, shutting down"),
        () = terminate => tracing::info!("SIGTERM received, shutting down"),
    }
}
