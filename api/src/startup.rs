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
use crate::application::gateway::{RateLimiter, Throttle};
use crate::application::identity::ports::{OAuthProvider, TokenCodec};
use crate::application::identity::{Identity, IdentitySettings};
use crate::application::integrations::commands::IntegrationCommands;
use crate::application::integrations::kinds::KindRegistry;
use crate::application::integrations::queries::IntegrationQueries;
use crate::application::integrations::rebuild::{ProjectionRebuild, RebuildReport};
use crate::application::notifications::notifier::{Notifier, NotifierSettings};
use crate::application::notifications::subscriptions::Notifications;
use crate::application::pipeline::ports::{CodeGenerator, CodeHost, Deployer};
use crate::application::pipeline::saga::{PipelineRunner, PipelineSettings, Providers};
use crate::application::pipeline::worker::{Worker, WorkerSettings};
use crate::application::ports::IntegrationReadModel;
use crate::application::ports::{IntegrationStore, JobQueue};
use crate::application::status::{LocalWorker, StatusBoard, SystemStatusQuery};
use crate::application::telemetry::ProcessMetrics;
use crate::config::{Role, Settings};
use crate::domain::identity::Role as UserRole;
use crate::infrastructure::auth::jwt::{JwtCodec, SigningKey};
use crate::infrastructure::auth::oauth::{OAuth2Provider, ProviderKind, ProviderSettings};
use crate::infrastructure::fanout;
use crate::infrastructure::persistence::database::{self, QueryCounter};
use crate::infrastructure::persistence::secret_box::SecretBox;
use crate::infrastructure::persistence::view_cache::{CachedReadModel, ViewCache};
use crate::infrastructure::persistence::{
    SeaOrmEventStore, SeaOrmJobQueue, SeaOrmReadModel, SeaOrmUserDirectory, SqlDatabaseProbe,
    StoreSignal,
};
use crate::infrastructure::persistence::{
    SeaOrmIdentityStore, SeaOrmNotificationStore, SeaOrmStatusBoard,
};
use crate::infrastructure::providers::deployers::{CommandDeployer, WebhookDeployer};
use crate::infrastructure::providers::github::{GithubCodeHost, GithubSettings};
use crate::infrastructure::providers::llm::Price;
use crate::infrastructure::providers::llm::anthropic::{AnthropicGenerator, AnthropicSettings};
use crate::infrastructure::providers::llm::openai::{OpenAiGenerator, OpenAiSettings};
use crate::infrastructure::providers::local_deployer::LocalDeployer;
use crate::infrastructure::providers::local_git::LocalGitHost;
use crate::infrastructure::providers::sandbox::{ProcessSandbox, SandboxLimits};
use crate::infrastructure::providers::scaffold::ScaffoldGenerator;
use crate::infrastructure::providers::webhook_sender::HttpWebhookSender;
use crate::infrastructure::ratelimit::{LocalRateLimiter, RedisRateLimiter};
use crate::infrastructure::resilience::{
    Bulkhead, BulkheadedQueue, BulkheadedStore, GuardedCodeHost, GuardedDeployer, GuardedGenerator,
    Guards, Policy as ResiliencePolicy,
};
use crate::presentation::graphql::{self, Handlers, SchemaOptions};
use crate::presentation::http::auth::Gate;
use crate::presentation::http::{self, HttpShared, HttpState};

/// The adapters on one database, shared by the API and the worker of a process.
struct Adapters {
    signal: StoreSignal,
    store: Arc<SeaOrmEventStore>,
    read: Arc<dyn IntegrationReadModel>,
    queue: Arc<SeaOrmJobQueue>,
}

impl Adapters {
    fn new(db: &DatabaseConnection) -> Self {
        Self::with_signal(db, StoreSignal::default(), None)
    }

    /// The adapters on `db`; with `secrets`, the event store seals secret config
    /// values at rest.
    fn with_signal(
        db: &DatabaseConnection,
        signal: StoreSignal,
        secrets: Option<Arc<SecretBox>>,
    ) -> Self {
        Self::wired(db, signal, secrets, None)
    }

    /// The adapters on `db`; with `secrets` the event store seals secret config values
    /// at rest, and with `cache` `integration(id)` reads go through it.
    fn wired(
        db: &DatabaseConnection,
        signal: StoreSignal,
        secrets: Option<Arc<SecretBox>>,
        cache: Option<Arc<ViewCache>>,
    ) -> Self {
        let mut store = SeaOrmEventStore::new(db.clone(), signal.clone());
        if let Some(secrets) = secrets {
            store = store.with_secrets(secrets);
        }
        let read: Arc<dyn IntegrationReadModel> = match cache {
            Some(cache) => {
                store = store.with_cache(cache.clone());
                Arc::new(CachedReadModel::new(
                    SeaOrmReadModel::new(db.clone()),
                    cache,
                ))
            }
            None => Arc::new(SeaOrmReadModel::new(db.clone())),
        };
        Self {
            store: Arc::new(store),
            read,
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
    identity: Identity,
    stop: CancellationToken,
) -> anyhow::Result<Handlers> {
    wire_handlers(db, &Adapters::new(db), identity, FEED_POLL, stop).await
}

async fn wire_handlers(
    db: &DatabaseConnection,
    adapters: &Adapters,
    identity: Identity,
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
        identity,
        notifications: Notifications::new(Arc::new(SeaOrmNotificationStore::new(db.clone()))),
        feed,
    })
}

/// The identity use cases on `db`, signing access tokens as `settings` say.
///
/// Fails when the signing key cannot be read or made, or a provider is misconfigured.
pub fn identity(settings: &Settings, db: &DatabaseConnection) -> anyhow::Result<Identity> {
    crate::infrastructure::install_tls_provider();
    let auth = &settings.auth;
    let read = |path: &Option<std::path::PathBuf>, what: &str| -> anyhow::Result<Vec<u8>> {
        let path = path
            .as_ref()
            .with_context(|| format!("{what} is not set"))?;
        std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
    };
    let key = match auth.jwt_algorithm.as_str() {
        "RS256" => SigningKey::Rs256 {
            private_pem: read(&auth.jwt_private_key_file, "CODEBOT_JWT_PRIVATE_KEY_FILE")?,
            public_pem: read(&auth.jwt_public_key_file, "CODEBOT_JWT_PUBLIC_KEY_FILE")?,
        },
        "EdDSA" => SigningKey::EdDsa {
            private_pem: read(&auth.jwt_private_key_file, "CODEBOT_JWT_PRIVATE_KEY_FILE")?,
            public_pem: read(&auth.jwt_public_key_file, "CODEBOT_JWT_PUBLIC_KEY_FILE")?,
        },
        _ => SigningKey::Hs256(match &auth.jwt_secret {
            Some(secret) => secret.expose().as_bytes().to_vec(),
            None if settings.is_embedded() => embedded_secret(&settings.data_dir)?,
            // A worker signs and checks no tokens: any secret will do.
            None if settings.role == Role::Worker => {
                crate::application::identity::secrets::random_token().into_bytes()
            }
            None => {
                settings.check_signing()?;
                anyhow::bail!("CODEBOT_JWT_SECRET is required");
            }
        }),
    };
    let tokens: Arc<dyn TokenCodec> = Arc::new(
        JwtCodec::new(
            key,
            &auth.jwt_issuer,
            &auth.jwt_audience,
            Duration::from_secs(auth.access_token_ttl_secs),
        )
        .map_err(|e| anyhow::anyhow!("access tokens: {e}"))?,
    );
    let redirect_uri = format!("{}/auth/callback", settings.public_url());
    let mut providers: Vec<Arc<dyn OAuthProvider>> = Vec::new();
    if let (Some(client_id), Some(secret)) = (&auth.github_client_id, &auth.github_client_secret) {
        providers.push(Arc::new(
            OAuth2Provider::new(ProviderSettings {
                id: "github".to_owned(),
                display_name: "GitHub".to_owned(),
                kind: ProviderKind::Github {
                    web: auth.github_web_url.clone(),
                    api: auth.github_api_url.clone(),
                },
                client_id: client_id.clone(),
                client_secret: Some(secret.expose().clone()),
                redirect_uri: redirect_uri.clone(),
            })
            .map_err(|e| anyhow::anyhow!("GitHub sign-in: {e}"))?,
        ));
    }
    if let (Some(issuer), Some(client_id)) = (&auth.oidc_issuer, &auth.oidc_client_id) {
        providers.push(Arc::new(
            OAuth2Provider::new(ProviderSettings {
                id: "oidc".to_owned(),
                display_name: auth.oidc_name.clone(),
                kind: ProviderKind::Oidc {
                    issuer: issuer.clone(),
                },
                client_id: client_id.clone(),
                client_secret: auth.oidc_client_secret.as_ref().map(|s| s.expose().clone()),
                redirect_uri,
            })
            .map_err(|e| anyhow::anyhow!("OpenID Connect sign-in: {e}"))?,
        ));
    }
    Ok(Identity::new(
        Arc::new(SeaOrmIdentityStore::new(db.clone())),
        tokens,
        providers,
        IdentitySettings {
            default_role: UserRole::parse(&auth.default_role).unwrap_or(UserRole::Viewer),
            signup_domains: auth.signup_domains.clone(),
            refresh_reuse_grace: Duration::from_secs(auth.refresh_reuse_grace_secs),
            credential_cache_ttl: Duration::from_secs(auth.credential_cache_secs),
            ..IdentitySettings::default()
        },
    ))
}

/// The keys that seal secret config values at rest: `CODEBOT_SECRETS_KEYS`, and a key
/// derived from the access-token secret (`CODEBOT_JWT_SECRET`, or the embedded
/// default's own), which seals when no list is configured and otherwise still opens
/// what it sealed (so that a rotation can move those values to a listed key).
///
/// Fails when neither is available, or a key is malformed.
pub fn secret_box(settings: &Settings) -> anyhow::Result<Arc<SecretBox>> {
    let derived_from = match &settings.auth.jwt_secret {
        Some(secret) => Some(secret.expose().as_bytes().to_vec()),
        None if settings.is_embedded() => Some(embedded_secret(&settings.data_dir)?),
        None => None,
    };
    let listed = settings
        .auth
        .secrets_keys
        .as_ref()
        .map(|k| k.expose().clone());
    let boxed = match (listed, derived_from) {
        (Some(list), Some(secret)) => {
            let derived = SecretBox::derived_key(&secret).map_err(anyhow::Error::msg)?;
            let mut keys = SecretBox::parse_keys(&list).map_err(anyhow::Error::msg)?;
            if !keys.iter().any(|(id, _)| id == "derived") {
                keys.push(("derived".to_owned(), derived));
            }
            SecretBox::new(keys)
        }
        (Some(list), None) => SecretBox::parse(&list),
        (None, Some(secret)) => SecretBox::derived("derived", &secret),
        (None, None) => Err("CODEBOT_SECRETS_KEYS: required outside the embedded default when CODEBOT_JWT_SECRET is not set (ID:BASE64KEY with a 32-byte key)".to_owned()),
    }
    .map_err(anyhow::Error::msg)?;
    Ok(Arc::new(boxed))
}

/// `codebot secrets rotate`: re-wraps every sealed value with the first key; answers
/// how many values changed.
///
/// Fails when the database cannot be reached or a value opens with no configured key.
pub async fn rotate_secrets(settings: &Settings) -> anyhow::Result<u64> {
    let (db, _) = database::connect(&settings.database_url(), &settings.database).await?;
    database::migrate(&db).await?;
    let store = SeaOrmEventStore::new(db.clone(), StoreSignal::default())
        .with_secrets(secret_box(settings)?);
    let rewrapped = store
        .rewrap_secrets()
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    db.close().await.ok();
    Ok(rewrapped)
}

/// The embedded default's HS256 secret: made once, kept in the data dir (mode 0600).
fn embedded_secret(data_dir: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    let path = data_dir.join("jwt-secret");
    if let Ok(secret) = std::fs::read_to_string(&path) {
        return Ok(secret.trim().as_bytes().to_vec());
    }
    let secret = format!(
        "{}{}",
        crate::application::identity::secrets::random_token(),
        crate::application::identity::secrets::random_token()
    );
    write_private(&path, &secret)?;
    Ok(secret.into_bytes())
}

/// Writes a file only its owner can read (a secret).
pub fn write_private(path: &std::path::Path, contents: &str) -> anyhow::Result<()> {
    use std::io::Write as _;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    file.write_all(contents.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write {}", path.display()))
}

/// The code generator the settings name, behind its resilience guard when it is
/// networked.
fn generator(settings: &Settings, guards: &mut Guards) -> anyhow::Result<Arc<dyn CodeGenerator>> {
    let llm = &settings.providers;
    let price = Price {
        input_per_million: llm.price.0,
        output_per_million: llm.price.1,
    };
    let inner: Arc<dyn CodeGenerator> = match settings.worker.generator(llm) {
        "anthropic" => Arc::new(
            AnthropicGenerator::new(AnthropicSettings {
                base_url: llm.anthropic_base_url.clone(),
                api_key: llm
                    .anthropic_api_key
                    .clone()
                    .context("ANTHROPIC_API_KEY is not set")?,
                model: llm.anthropic_model.clone(),
                max_tokens: llm.max_tokens,
                price,
            })
            .map_err(anyhow::Error::msg)?,
        ),
        "openai" => Arc::new(
            OpenAiGenerator::new(OpenAiSettings {
                base_url: llm
                    .openai_base_url
                    .clone()
                    .context("OPENAI_BASE_URL is not set")?,
                api_key: llm.openai_api_key.clone(),
                model: llm
                    .openai_model
                    .clone()
                    .context("OPENAI_MODEL is not set")?,
                max_tokens: llm.max_tokens,
                price,
            })
            .map_err(anyhow::Error::msg)?,
        ),
        _ => return Ok(Arc::new(ScaffoldGenerator::new())),
    };
    let guard = guards.add(
        inner.name(),
        ResiliencePolicy {
            failure_threshold: llm.breaker.0,
            open_for: Duration::from_secs(llm.breaker.1),
            concurrency: llm.bulkhead.0,
            queue: llm.bulkhead.1,
            timeout: Duration::from_secs(llm.call_timeout_secs),
        },
    );
    Ok(Arc::new(GuardedGenerator { inner, guard }))
}

/// The pipeline's providers as the settings choose them (the offline ones keep their
/// state in the data dir), and the guards of the networked ones.
fn providers(settings: &Settings) -> anyhow::Result<(Providers, Guards)> {
    let data = &settings.data_dir;
    let mut guards = Guards::default();
    let providers = Providers {
        generator: generator(settings, &mut guards)?,
        sandbox: Arc::new(ProcessSandbox::new(
            data.join("sandbox"),
            SandboxLimits::default(),
        )),
        code_host: code_host(settings, &mut guards)?,
        deployer: deployer(settings, &mut guards)?,
    };
    Ok((providers, guards))
}

/// The deployer the settings name: a local directory, a command after it, or a signed
/// webhook behind its guard.
fn deployer(settings: &Settings, guards: &mut Guards) -> anyhow::Result<Arc<dyn Deployer>> {
    let local = LocalDeployer::new(settings.data_dir.join("deployments"));
    let config = &settings.providers;
    match settings.worker.deployer.as_str() {
        "command" => Ok(Arc::new(CommandDeployer::new(
            local,
            config
                .deploy_command
                .clone()
                .context("CODEBOT_DEPLOY_COMMAND is not set")?,
            Duration::from_secs(config.deploy_timeout_secs),
        ))),
        "webhook" => {
            let inner = WebhookDeployer::new(
                config
                    .deploy_webhook_url
                    .clone()
                    .context("CODEBOT_DEPLOY_WEBHOOK_URL is not set")?,
                config
                    .deploy_webhook_secret
                    .clone()
                    .context("CODEBOT_DEPLOY_WEBHOOK_SECRET is not set")?,
            )
            .map_err(anyhow::Error::msg)?;
            let guard = guards.add(
                "deploy-webhook",
                ResiliencePolicy {
                    failure_threshold: 5,
                    open_for: Duration::from_secs(60),
                    concurrency: 10,
                    queue: 20,
                    timeout: Duration::from_secs(60),
                },
            );
            Ok(Arc::new(GuardedDeployer {
                inner: Arc::new(inner),
                guard,
            }))
        }
        _ => Ok(Arc::new(local)),
    }
}

/// The code host the settings name: the local git repository, or GitHub behind its
/// guard.
fn code_host(settings: &Settings, guards: &mut Guards) -> anyhow::Result<Arc<dyn CodeHost>> {
    let data = &settings.data_dir;
    if settings.worker.code_host != "github" {
        return Ok(Arc::new(LocalGitHost::new(
            data.join("git").join("integrations.git"),
            data.join("git"),
        )));
    }
    let config = &settings.providers;
    let inner = GithubCodeHost::new(GithubSettings {
        api_url: settings.auth.github_api_url.clone(),
        token: config
            .github_token
            .clone()
            .context("GITHUB_TOKEN is not set")?,
        repository: config
            .github_repository
            .clone()
            .context("GITHUB_REPOSITORY is not set")?,
    })
    .map_err(anyhow::Error::msg)?;
    let guard = guards.add(
        "github",
        ResiliencePolicy {
            failure_threshold: config.github_breaker.0,
            open_for: Duration::from_secs(config.github_breaker.1),
            concurrency: config.github_bulkhead.0,
            queue: config.github_bulkhead.1,
            timeout: Duration::from_secs(30),
        },
    );
    Ok(Arc::new(GuardedCodeHost {
        inner: Arc::new(inner),
        guard,
    }))
}

fn worker(
    settings: &Settings,
    name: String,
    adapters: &Adapters,
    providers: Providers,
    database: Arc<Bulkhead>,
) -> Worker {
    let w = &settings.worker;
    let pipeline = PipelineSettings {
        max_rounds: w.max_rounds,
        step_attempts: w.step_attempts,
        retry_base: Duration::from_millis(w.retry_base_ms),
        generation_timeout: Duration::from_secs(w.generation_timeout_secs),
        progress_interval: Duration::from_millis(w.progress_interval_ms.max(100)),
        test_timeout: Duration::from_secs(w.test_timeout_secs),
        ..PipelineSettings::default()
    };
    // The pipeline's database work goes through the database bulkhead.
    let store: Arc<dyn IntegrationStore> = Arc::new(BulkheadedStore {
        inner: adapters.store.clone(),
        bulkhead: database.clone(),
    });
    let queue: Arc<dyn JobQueue> = Arc::new(BulkheadedQueue {
        inner: adapters.queue.clone(),
        bulkhead: database,
    });
    let runner = PipelineRunner::new(
        IntegrationCommands::new(store.clone(), KindRegistry::builtin()),
        store,
        adapters.read.clone(),
        queue.clone(),
        KindRegistry::builtin(),
        providers,
        pipeline,
    );
    Worker::new(
        name,
        queue,
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
    let adapters = Adapters::with_signal(&db, StoreSignal::default(), Some(secret_box(settings)?));
    let report = ProjectionRebuild::new(adapters.store.clone(), adapters.read.clone())
        .run()
        .await
        .map_err(|e| anyhow::anyhow!("{e}: {:?}", std::error::Error::source(&e)))?;
    db.close().await.ok();
    Ok(report)
}

/// The file the embedded default writes the first admin key to.
pub const ADMIN_KEY_FILE: &str = "admin-api-key";

/// On the first start (no users yet), makes the admin and an admin API key, prints the
/// key once and writes it to the data dir (mode 0600), so a new user can sign in.
/// The PostgreSQL advisory lock under which the first admin is made.
const BOOTSTRAP_LOCK: i64 = 0x0063_6f64_6562_6f75;

async fn bootstrap_admin(settings: &Settings, identity: &Identity) -> anyhow::Result<()> {
    let Some(secret) = identity
        .bootstrap_admin()
        .await
        .map_err(|e| anyhow::anyhow!("cannot make the first admin: {e}"))?
    else {
        return Ok(());
    };
    let path = settings.data_dir.join(ADMIN_KEY_FILE);
    if let Err(error) = write_private(&path, &format!("{secret}\n")) {
        tracing::warn!(%error, "cannot keep the admin key in the data dir");
    }
    // Printed on stdout, once, outside the logs: the one time it is shown.
    println!(
        "\nFirst start: an admin API key was made (also in {}):\n\n    {secret}\n\nSend it as `Authorization: Bearer <key>`, or sign in to the dashboard with it.\n",
        path.display()
    );
    Ok(())
}

/// `codebot apikey create`: a key for `user` (made with `role` if missing), printed
/// once by the caller.
pub async fn create_api_key(
    settings: &Settings,
    user: &str,
    name: &str,
    role: UserRole,
) -> anyhow::Result<String> {
    create_api_key_as(settings, user, name, role, true).await
}

/// `codebot apikey create`: like [`create_api_key`], but for a user that does not
/// exist only when `create_user` says so.
///
/// Fails when the user does not exist and may not be made, or as `create_api_key`.
pub async fn create_api_key_as(
    settings: &Settings,
    user: &str,
    name: &str,
    role: UserRole,
    create_user: bool,
) -> anyhow::Result<String> {
    let (db, _) = database::connect(&settings.database_url(), &settings.database).await?;
    database::migrate(&db).await?;
    let identity = identity(settings, &db)?;
    if !create_user
        && !identity
            .user_exists(user)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?
    {
        db.close().await.ok();
        anyhow::bail!("--user: no user `{user}` exists; add --create-user to make it");
    }
    let created = identity
        .issue_key_for(user, name, role, "command-line")
        .await;
    db.close().await.ok();
    let (_, secret) = created.map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(secret)
}

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
        if settings.role != Role::Worker {
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
            None if settings.is_embedded() && settings.role == Role::All => {
                Some(Arc::new(ViewCache::local()))
            }
            None => None,
        };
        let adapters = Adapters::wired(&db, signal, Some(secret_box(settings)?), cache);
        let feed_poll = Duration::from_millis(settings.feed_poll_ms.max(10));
        let (providers, mut guards) = providers(settings)?;
        let (db_concurrency, db_queue) = settings.worker.db_bulkhead;
        let database_bulkhead = guards.add_bulkhead("database", db_concurrency, db_queue);
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
        let worker = (settings.role != Role::Api).then(|| {
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
        let notifier = if settings.role == Role::Api {
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
                production: settings.gateway.production,
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
        let router = if settings.role == Role::Worker {
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

/// Waits for `task` until `deadline`, then cuts it off. `None` when it failed or was
/// cut off (both logged).
async fn finish_within<T>(
    deadline: tokio::time::Instant,
    what: &str,
    task: tokio::task::JoinHandle<T>,
) -> Option<T> {
    let abort = task.abort_handle();
    match tokio::time::timeout_at(deadline, task).await {
        Ok(Ok(value)) => Some(value),
        Ok(Err(error)) => {
            tracing::error!(%error, "{what} failed while stopping");
            None
        }
        Err(_) => {
            abort.abort();
            tracing::warn!("{what} did not finish within the drain time and was cut off");
            None
        }
    }
}

/// Resolves on SIGINT or SIGTERM. The handlers are installed now, not when the future
/// is first polled, so a signal that arrives while the process is still starting is
/// not lost (nor does it kill the process).
pub fn shutdown_signal() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    let terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    async move {
        #[cfg(unix)]
        let terminate = async move {
            match terminate {
                Some(mut signal) => {
                    signal.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        #[cfg(not(unix))]
        let terminate = std::future::pending::<()>();
        tokio::select! {
            () = interrupt => tracing::info!("SIGINT received, shutting down"),
            () = terminate => tracing::info!("SIGTERM received, shutting down"),
        }
    }
}
