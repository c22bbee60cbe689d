//! Every setting, declared once: field, type, default, variable and meaning (the doc
//! comment, which is also the README's table row), with its parsing and checks.

use std::net::SocketAddr;
use std::path::PathBuf;

use super::declare::declare_settings;
use super::values::{
    Breaker, BulkheadSize, LogFormat, ProcessRole, Profile, at_least, comma_list, one_of,
};
use crate::application::gateway::{Budget, RoleBudgets};
use crate::application::secret::Secret;
use crate::domain::identity::Role as UserRole;
use crate::infrastructure::persistence::database::DatabaseSettings;
use crate::infrastructure::persistence::secret_box::SecretBox;
use crate::infrastructure::providers::llm::Price;

/// The default rate budget of every role.
const BUDGET: Budget = Budget {
    per_minute: 100,
    per_hour: 1000,
};

declare_settings! {
    /// Everything the process needs to start.
    pub struct Settings {
        /// path of an optional TOML file
        config_file: Option<PathBuf> = None, env "CODEBOT_CONFIG";
        /// address the HTTP server listens on
        addr: SocketAddr = SocketAddr::from(([127, 0, 0, 1], 8000)), env "CODEBOT_ADDR";
        /// directory for the embedded database and local state
        data_dir: PathBuf = PathBuf::from("./data"), env "CODEBOT_DATA_DIR";
        /// `redis://HOST:PORT`: instances share rate-limit windows, wake each other's live
        /// updates through pub/sub, and cache `integration(id)` reads (`integration:{id}`,
        /// one hour, written through by every change, so a read after a mutation on any
        /// instance is current; Redis down means reads go to the database). Without it,
        /// the embedded default caches in the process and other deployments read the
        /// database
        redis_url: Option<Secret<String>> = None, env "REDIS_URL";
        /// how often live updates poll the store for other instances' events (the
        /// fallback when Redis is absent or down)
        feed_poll_ms: u64 = 250, env "CODEBOT_FEED_POLL_MS";
        /// on SIGTERM or SIGINT: longest the process waits for requests, websockets and
        /// jobs in flight to finish before it exits anyway
        drain_secs: u64 = 30, env "CODEBOT_DRAIN_SECS";
        /// `all` (API and worker), `api` or `worker`; `serve --role` overrides
        role: ProcessRole = ProcessRole::All, env "CODEBOT_ROLE";
    }
    groups {
        database: DatabaseSettings,
        log: LogSettings,
        http: HttpSettings,
        worker: WorkerConfig,
        providers: ProvidersConfig,
        auth: AuthSettings,
        gateway: GatewaySettings,
    }
}

declare_settings! {
    existing DatabaseSettings {
        /// `sqlite://PATH` or `postgres://USER@HOST:PORT/DB`
        url: Option<Secret<String>> = None, env "DATABASE_URL",
            unset "`sqlite://./data/codebot.db`",
            check |url| match url {
                Some(url) if !["sqlite:", "postgres://", "postgresql://"]
                    .iter()
                    .any(|scheme| url.expose().starts_with(scheme)) =>
                {
                    Err("must start with `sqlite:` or `postgres://`".to_owned())
                }
                _ => Ok(()),
            };
        /// connections the PostgreSQL pool keeps open
        min_connections: u32 = 10, env "CODEBOT_DB_MIN_CONNECTIONS";
        /// connections the PostgreSQL pool may open
        max_connections: u32 = 20, env "CODEBOT_DB_MAX_CONNECTIONS",
            check |n| at_least(*n, 1);
        /// seconds to wait for a database connection
        connect_timeout_secs: u64 = 5, env "CODEBOT_DB_CONNECT_TIMEOUT_SECS";
        /// PostgreSQL: longest one statement may run, and longest a transaction may sit
        /// idle, before the server ends it
        statement_timeout_secs: u64 = 30, env "CODEBOT_DB_STATEMENT_TIMEOUT_SECS",
            check |n| at_least(*n, 1);
    }
}

declare_settings! {
    /// How log lines are written and which are.
    pub struct LogSettings {
        /// log filter (`tracing` directives, e.g. `info,codebot_application=debug` for the
        /// use cases and the pipeline)
        filter: String = "info".to_owned(), env "CODEBOT_LOG",
            check |filter| tracing_subscriber::EnvFilter::try_new(filter)
                .map(|_| ())
                .map_err(|e| e.to_string());
        /// `pretty` (human-readable) or `json`
        format: LogFormat = LogFormat::Pretty, env "CODEBOT_LOG_FORMAT";
    }
}

declare_settings! {
    /// What one HTTP request may carry.
    pub struct HttpSettings {
        /// largest request body in bytes (larger gets 413)
        body_limit: usize = 1024 * 1024, env "CODEBOT_BODY_LIMIT",
            check |n| at_least(*n, 1024);
        /// most operations in one batched GraphQL request
        max_batch: usize = 10, env "CODEBOT_MAX_BATCH", check |n| at_least(*n, 1);
    }
}

declare_settings! {
    /// How the pipeline worker runs.
    pub struct WorkerConfig {
        /// pipeline jobs a worker drives at once
        concurrency: usize = 4, env "CODEBOT_WORKER_CONCURRENCY", check |n| at_least(*n, 1);
        /// the pipeline's database bulkhead: operations at once / operations that may
        /// wait (more are refused and retried)
        db_bulkhead: BulkheadSize = BulkheadSize { concurrent: 10, queued: 100 },
            env "CODEBOT_DB_BULKHEAD";
        /// how often a worker publishes its breakers and bulkheads; `systemStatus` on any
        /// instance shows the workers heard from within three periods
        status_report_secs: u64 = 5, env "CODEBOT_STATUS_REPORT_SECS",
            check |n| at_least(*n, 1);
        /// seconds a claimed job stays with its worker without renewal
        lease_secs: u64 = 30, env "CODEBOT_LEASE_SECS", check |n| at_least(*n, 3);
        /// slowest a worker looks for jobs when no wake-up arrives
        poll_secs: u64 = 5, env "CODEBOT_POLL_SECS";
        /// generate+test rounds (first try plus self-repairs) before failing
        max_rounds: u32 = 2, env "CODEBOT_MAX_ROUNDS", check |n| at_least(*n, 1);
        /// attempts of a step (or of undoing one) whose provider fails in a retryable way
        step_attempts: u32 = 3, env "CODEBOT_STEP_ATTEMPTS", check |n| at_least(*n, 1);
        /// first retry delay (doubles each time, capped at 60 s, 10% jitter)
        retry_base_ms: u64 = 1000, env "CODEBOT_RETRY_BASE_MS";
        /// how often a streaming generation's progress is recorded (a
        /// `GENERATION_PROGRESSED` event)
        progress_interval_ms: u64 = 2000, env "CODEBOT_PROGRESS_INTERVAL_MS";
        /// seconds the generate step may take
        generation_timeout_secs: u64 = 300, env "CODEBOT_GENERATION_TIMEOUT_SECS";
        /// seconds the generated tests may run
        test_timeout_secs: u64 = 120, env "CODEBOT_TEST_TIMEOUT_SECS";
    }
}

declare_settings! {
    /// The pipeline's providers (code generator, code host, deployer, notifications)
    /// and the protection around the networked ones.
    pub struct ProvidersConfig {
        /// code generator: `scaffold` (offline templates, not AI), `anthropic` or
        /// `openai`; `anthropic` by default when `ANTHROPIC_API_KEY` is set
        llm_provider: Option<String> = None, env "CODEBOT_LLM_PROVIDER", unset "`scaffold`",
            parse |text| one_of(text, &["scaffold", "anthropic", "openai"]).map(Some);
        /// Anthropic API key
        anthropic_api_key: Option<Secret<String>> = None, env "ANTHROPIC_API_KEY";
        /// Anthropic API address
        anthropic_base_url: String = "https://api.anthropic.com".to_owned(),
            env "ANTHROPIC_BASE_URL";
        /// the Anthropic model that writes the code
        anthropic_model: String = "claude-sonnet-4-5".to_owned(), env "ANTHROPIC_MODEL";
        /// an OpenAI-compatible server, e.g. `http://localhost:11434/v1` (Ollama), vLLM,
        /// llama.cpp
        openai_base_url: Option<String> = None, env "OPENAI_BASE_URL";
        /// its bearer key, if it wants one
        openai_api_key: Option<Secret<String>> = None, env "OPENAI_API_KEY";
        /// the model name on that server
        openai_model: Option<String> = None, env "OPENAI_MODEL";
        /// most tokens one model answer may have
        max_tokens: u32 = 16_000, env "CODEBOT_LLM_MAX_TOKENS";
        /// US dollars per million input/output tokens (for `Integration.usage`)
        price: Price = Price { input_per_million: 3.0, output_per_million: 15.0 },
            env "CODEBOT_LLM_PRICE";
        /// the model's circuit breaker: failures in a row / seconds open
        breaker: Breaker = Breaker { failures: 3, open_secs: 30 }, env "CODEBOT_LLM_BREAKER";
        /// the model's bulkhead: calls at once / calls that may wait (more are refused)
        bulkhead: BulkheadSize = BulkheadSize { concurrent: 5, queued: 20 },
            env "CODEBOT_LLM_BULKHEAD";
        /// longest one model call may take
        call_timeout_secs: u64 = 120, env "CODEBOT_LLM_CALL_TIMEOUT_SECS",
            check |n| at_least(*n, 1);
        /// where pull requests go: `local` (a git repository in the data dir; the
        /// dashboard shows their diffs) or `github` (merged through its API once deployed)
        code_host: String = "local".to_owned(), env "CODEBOT_CODE_HOST",
            parse |text| one_of(text, &["local", "github"]);
        /// a GitHub token that may push branches and open pull requests
        github_token: Option<Secret<String>> = None, env "GITHUB_TOKEN";
        /// `owner/name` of the repository pull requests go to
        github_repository: Option<String> = None, env "GITHUB_REPOSITORY";
        /// the repository webhook's secret; enables `POST /webhooks/github` (merged →
        /// approve, closed → reject)
        github_webhook_secret: Option<Secret<String>> = None, env "GITHUB_WEBHOOK_SECRET";
        /// GitHub's circuit breaker: failures in a row / seconds open
        github_breaker: Breaker = Breaker { failures: 5, open_secs: 60 },
            env "CODEBOT_GITHUB_BREAKER";
        /// GitHub's bulkhead: calls at once / calls that may wait
        github_bulkhead: BulkheadSize = BulkheadSize { concurrent: 3, queued: 20 },
            env "CODEBOT_GITHUB_BULKHEAD";
        /// where deployments go: `local` (a directory in the data dir), `webhook` or
        /// `command`
        deployer: String = "local".to_owned(), env "CODEBOT_DEPLOYER",
            parse |text| one_of(text, &["local", "webhook", "command"]);
        /// the `webhook` deployer's URL: JSON POSTs (`action`: `deploy`, `rollback`,
        /// `undeploy`) with an `Idempotency-Key`
        deploy_webhook_url: Option<String> = None, env "CODEBOT_DEPLOY_WEBHOOK_URL";
        /// the secret of their `X-Codebot-Signature-256: sha256=<HMAC-SHA256 of the body>`
        deploy_webhook_secret: Option<Secret<String>> = None,
            env "CODEBOT_DEPLOY_WEBHOOK_SECRET";
        /// the `command` deployer: a shell command run after the release is installed
        /// locally, given `CODEBOT_DEPLOY_ACTION`, `CODEBOT_ARTIFACT_DIR`,
        /// `CODEBOT_INTEGRATION_ID`, `CODEBOT_DEPLOYMENT_ID`
        deploy_command: Option<String> = None, env "CODEBOT_DEPLOY_COMMAND";
        /// longest the deploy command may run
        deploy_timeout_secs: u64 = 120, env "CODEBOT_DEPLOY_TIMEOUT_SECS";
        /// attempts of a webhook notification before it is given up
        notify_max_attempts: u32 = 8, env "CODEBOT_NOTIFY_MAX_ATTEMPTS";
        /// whether webhook notifications may go to private, loopback or link-local
        /// addresses (refused by default, at subscription and at every delivery, so a
        /// user cannot make the server call its own network; deliveries then ignore
        /// `HTTPS_PROXY`)
        notify_allow_private: bool = false, env "CODEBOT_NOTIFY_ALLOW_PRIVATE";
        /// first retry delay of a webhook notification (doubles, capped at 15 min)
        notify_retry_base_ms: u64 = 1000, env "CODEBOT_NOTIFY_RETRY_BASE_MS";
    }
}

declare_settings! {
    /// Sign-in, tokens and sessions.
    pub struct AuthSettings {
        /// access-token signature: `HS256`, `RS256` or `EdDSA`
        jwt_algorithm: String = "HS256".to_owned(), env "CODEBOT_JWT_ALGORITHM",
            parse |text| one_of(text, &["HS256", "RS256", "EdDSA"]);
        /// HS256 secret, 32+ bytes; required with PostgreSQL (every API instance shares
        /// it)
        jwt_secret: Option<Secret<String>> = None, env "CODEBOT_JWT_SECRET",
            unset "(made in the data dir)";
        /// PEM private key for RS256/EdDSA
        jwt_private_key_file: Option<PathBuf> = None, env "CODEBOT_JWT_PRIVATE_KEY_FILE";
        /// PEM public key for RS256/EdDSA
        jwt_public_key_file: Option<PathBuf> = None, env "CODEBOT_JWT_PUBLIC_KEY_FILE";
        /// the `iss` of access tokens, checked on each
        jwt_issuer: String = "codebot".to_owned(), env "CODEBOT_JWT_ISSUER";
        /// the `aud` of access tokens, checked on each
        jwt_audience: String = "codebot".to_owned(), env "CODEBOT_JWT_AUDIENCE";
        /// lifetime of an access token (refresh tokens last 30 days, rotated on use)
        access_token_ttl_secs: u64 = 3600, env "CODEBOT_ACCESS_TOKEN_TTL_SECS",
            check |n| at_least(*n, 60);
        /// where browsers reach the server; cookies get `Secure` when it is https
        public_url: Option<String> = None, env "CODEBOT_PUBLIC_URL", unset "`http://ADDR`",
            parse |text| Ok(Some(text.trim_end_matches('/').to_owned()));
        /// role of a user's first OAuth sign-in
        default_role: UserRole = UserRole::Viewer, env "CODEBOT_DEFAULT_ROLE";
        /// seconds after its first use that a refresh token still works (two tabs
        /// refreshing at once); a later reuse is taken for theft and ends the session
        refresh_reuse_grace_secs: u64 = 10, env "CODEBOT_REFRESH_REUSE_GRACE_SECS";
        /// keys that seal secret config values (those a kind's schema marks `writeOnly`)
        /// at rest in the event store, by envelope encryption: `ID:BASE64KEY,…` with
        /// 32-byte keys (`openssl rand -base64 32`); the first seals, every one opens.
        /// Unset, a key derived from `CODEBOT_JWT_SECRET` (or the embedded default's
        /// own) seals; required when neither exists. To rotate: put a new key first,
        /// keep the old ones, run `codebot secrets rotate`, then remove the old ones
        secrets_keys: Option<Secret<String>> = None, env "CODEBOT_SECRETS_KEYS",
            unset "(derived from the access-token secret)",
            parse |text| {
                SecretBox::parse(text)?;
                Ok(Some(Secret::new(text.to_owned())))
            };
        /// how long an instance trusts what it read about an API key or a user's role: a
        /// revoked key or a demoted or deleted user is refused on every instance within
        /// this time (at once on the instance that made the change); `0` reads the store
        /// on every request
        credential_cache_secs: u64 = 5, env "CODEBOT_CREDENTIAL_CACHE_SECS";
        /// comma-separated e-mail domains whose *verified* addresses may sign up through
        /// OAuth; others are refused (403) on their first sign-in, while existing users
        /// keep signing in
        signup_domains: Vec<String> = Vec::new(), env "CODEBOT_SIGNUP_EMAIL_DOMAINS",
            unset "(anyone)",
            parse |text| Ok(comma_list(text, |domain| {
                domain.trim_start_matches('@').to_ascii_lowercase()
            }));
        /// GitHub OAuth app client id (enables GitHub sign-in)
        github_client_id: Option<String> = None, env "CODEBOT_GITHUB_CLIENT_ID";
        /// GitHub OAuth app client secret
        github_client_secret: Option<Secret<String>> = None,
            env "CODEBOT_GITHUB_CLIENT_SECRET";
        /// where GitHub users sign in (GitHub Enterprise: its URL)
        github_web_url: String = "https://github.com".to_owned(), env "CODEBOT_GITHUB_WEB_URL";
        /// GitHub's REST API
        github_api_url: String = "https://api.github.com".to_owned(), env "GITHUB_API_URL";
        /// OpenID Connect issuer URL (endpoints found by discovery; enables OIDC sign-in)
        oidc_issuer: Option<String> = None, env "CODEBOT_OIDC_ISSUER";
        /// OpenID Connect client id
        oidc_client_id: Option<String> = None, env "CODEBOT_OIDC_CLIENT_ID";
        /// OpenID Connect client secret (omit for a public client)
        oidc_client_secret: Option<Secret<String>> = None, env "CODEBOT_OIDC_CLIENT_SECRET";
        /// the provider's name on the sign-in button
        oidc_name: String = "OpenID Connect".to_owned(), env "CODEBOT_OIDC_NAME";
    }
}

declare_settings! {
    /// The gateway's limits.
    pub struct GatewaySettings {
        /// `production` turns off introspection and "did you mean" suggestions
        profile: Profile = Profile::Development, env "CODEBOT_PROFILE";
        /// comma-separated browser origins allowed to call the API (with credentials)
        cors_origins: Vec<String> = Vec::new(), env "CODEBOT_CORS_ORIGINS",
            parse |text| Ok(comma_list(text, |origin| origin.trim_end_matches('/').to_owned()));
        /// a bearer token (16+ characters) that lets clients other than local ones scrape
        /// `GET /metrics`; without it only loopback clients that no proxy forwarded may
        metrics_token: Option<Secret<String>> = None, env "CODEBOT_METRICS_TOKEN",
            parse |text| {
                if text.len() < 16 {
                    return Err("must be at least 16 characters".to_owned());
                }
                Ok(Some(Secret::new(text.to_owned())))
            };
        /// websocket connections one identity may hold
        ws_connections_per_identity: usize = 20, env "CODEBOT_WS_CONNECTIONS_PER_IDENTITY";
    }
    groups {
        /// Requests per minute and per hour, by user role.
        rate_limits: RoleBudgets,
    }
}

declare_settings! {
    existing RoleBudgets {
        /// requests per minute/per hour for a VIEWER identity
        viewer: Budget = BUDGET, env "CODEBOT_RATE_LIMIT_VIEWER";
        /// requests per minute/per hour for a DEVELOPER identity
        developer: Budget = BUDGET, env "CODEBOT_RATE_LIMIT_DEVELOPER";
        /// requests per minute/per hour for an ADMIN identity
        admin: Budget = BUDGET, env "CODEBOT_RATE_LIMIT_ADMIN";
    }
}

impl ProvidersConfig {
    /// The generator to use: the configured one, or `anthropic` when its key is set.
    pub fn generator(&self) -> &str {
        match &self.llm_provider {
            Some(choice) => choice,
            None if self.anthropic_api_key.is_some() => "anthropic",
            None => "scaffold",
        }
    }
}
