//! Typed settings: defaults, then an optional TOML file, then environment variables.
//!
//! Every value is checked when the settings are loaded, so a typo or a bad value stops
//! the start with one line that names the key. Secrets are wrapped in [`Secret`] so that
//! neither `Debug` nor an error message ever prints them.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

pub use crate::application::secret::Secret;
pub use crate::infrastructure::persistence::database::DatabaseSettings;

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines, the default.
    Pretty,
    /// One JSON object per line, for log collectors.
    Json,
}

/// A configuration problem, always naming the key at fault.
#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct ConfigError(String);

/// Everything the process needs to start.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Where the HTTP server listens (`CODEBOT_ADDR`).
    pub addr: SocketAddr,
    /// Where the embedded default keeps its files (`CODEBOT_DATA_DIR`).
    pub data_dir: PathBuf,
    pub database: DatabaseSettings,
    pub log: LogSettings,
    pub http: HttpSettings,
    /// Which parts this process runs (`CODEBOT_ROLE` or `serve --role`).
    pub role: Role,
    /// Redis for cross-instance fan-out (`REDIS_URL`); none in the embedded default.
    pub redis_url: Option<Secret<String>>,
    /// How often the event feed polls the store for other instances' events.
    pub feed_poll_ms: u64,
    /// Longest a stopping process waits for requests, websockets and jobs in hand to
    /// finish before it exits anyway (`CODEBOT_DRAIN_SECS`).
    pub drain_secs: u64,
    pub worker: WorkerConfig,
    pub providers: ProvidersConfig,
    pub auth: AuthSettings,
    pub gateway: GatewaySettings,
}

/// The networked providers (language models, GitHub) and their protection.
#[derive(Debug, Clone)]
pub struct ProvidersConfig {
    pub anthropic_api_key: Option<Secret<String>>,
    pub anthropic_base_url: String,
    pub anthropic_model: String,
    pub openai_base_url: Option<String>,
    pub openai_api_key: Option<Secret<String>>,
    pub openai_model: Option<String>,
    pub max_tokens: u32,
    /// US dollars per million input/output tokens, for `Integration.usage`.
    pub price: (f64, f64),
    /// Failures in a row that open the breaker, and seconds it stays open.
    pub breaker: (u32, u64),
    /// Calls at once, and calls that may wait for a place.
    pub bulkhead: (u32, u32),
    pub call_timeout_secs: u64,
    pub github_token: Option<Secret<String>>,
    /// `owner/name` of the repository pull requests go to.
    pub github_repository: Option<String>,
    /// The secret GitHub signs its webhooks with (`X-Hub-Signature-256`).
    pub github_webhook_secret: Option<Secret<String>>,
    pub github_breaker: (u32, u64),
    pub github_bulkhead: (u32, u32),
    /// The `webhook` deployer's URL and signing secret.
    pub deploy_webhook_url: Option<String>,
    pub deploy_webhook_secret: Option<Secret<String>>,
    /// The `command` deployer's shell command.
    pub deploy_command: Option<String>,
    pub deploy_timeout_secs: u64,
    /// Attempts of a notification delivery before it is given up.
    pub notify_max_attempts: u32,
    /// Whether notification endpoints on private networks may be called.
    pub notify_allow_private: bool,
    /// First retry delay of a notification delivery (doubles each time, capped at 15 min).
    pub notify_retry_base_ms: u64,
}

impl WorkerConfig {
    /// The generator to use: the configured one, or `anthropic` when its key is set.
    pub fn generator(&self, providers: &ProvidersConfig) -> &str {
        match &self.llm_provider {
            Some(choice) => choice,
            None if providers.anthropic_api_key.is_some() => "anthropic",
            None => "scaffold",
        }
    }
}

/// Reads `A/B` into two numbers.
fn pair<A: std::str::FromStr, B: std::str::FromStr>(
    value: &str,
    shape: &str,
) -> Result<(A, B), String> {
    let (a, b) = value
        .split_once('/')
        .ok_or_else(|| format!("expected `{shape}`, got `{value}`"))?;
    match (a.trim().parse(), b.trim().parse()) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        _ => Err(format!("expected `{shape}`, got `{value}`")),
    }
}

/// Sign-in, tokens and sessions.
#[derive(Debug, Clone)]
pub struct AuthSettings {
    /// `HS256` (default), `RS256` or `EdDSA`.
    pub jwt_algorithm: String,
    /// The HS256 secret; the embedded default makes one in the data dir when unset.
    pub jwt_secret: Option<Secret<String>>,
    /// PEM files for RS256/EdDSA.
    pub jwt_private_key_file: Option<PathBuf>,
    pub jwt_public_key_file: Option<PathBuf>,
    pub jwt_issuer: String,
    pub jwt_audience: String,
    pub access_token_ttl_secs: u64,
    /// Where browsers reach this server (the OAuth callback is built from it); `None`
    /// means `http://` and the listening address.
    pub public_url: Option<String>,
    /// The role of a user's first OAuth sign-in.
    pub default_role: String,
    /// Seconds after its first use that a refresh token may be used again.
    pub refresh_reuse_grace_secs: u64,
    /// Seconds an instance trusts what it read about a key or a user's role.
    pub credential_cache_secs: u64,
    /// The keys that seal secret config values at rest (`ID:BASE64KEY,…`, the first
    /// one seals); none derives one from the access-token secret.
    pub secrets_keys: Option<Secret<String>>,
    /// E-mail domains whose verified addresses may sign up through OAuth; empty lets
    /// anyone with an account at a configured provider sign up.
    pub signup_domains: Vec<String>,
    pub github_client_id: Option<String>,
    pub github_client_secret: Option<Secret<String>>,
    pub github_web_url: String,
    pub github_api_url: String,
    pub oidc_issuer: Option<String>,
    pub oidc_client_id: Option<String>,
    pub oidc_client_secret: Option<Secret<String>>,
    pub oidc_name: String,
}

/// The gateway's limits.
#[derive(Debug, Clone)]
pub struct GatewaySettings {
    /// `development` (default) or `production` (no introspection, no suggestions).
    pub production: bool,
    /// Origins allowed to call the API from a browser (CORS); none by default.
    pub cors_origins: Vec<String>,
    /// Requests per minute and per hour, by role (VIEWER, DEVELOPER, ADMIN).
    pub rate_limits: [RateLimit; 3],
    /// Websocket connections one identity may hold at once.
    pub ws_connections_per_identity: usize,
    /// The bearer token that lets a client other than a local one scrape `/metrics`.
    pub metrics_token: Option<Secret<String>>,
}

pub use crate::application::gateway::Budget as RateLimit;

/// Reads a `PER_MINUTE/PER_HOUR` budget into `slot`; both numbers must be positive.
fn parse_rate_limit(slot: &mut RateLimit, value: &str) -> Result<(), String> {
    let (per_minute, per_hour): (u32, u32) = pair(value, "PER_MINUTE/PER_HOUR")?;
    if per_minute == 0 || per_hour == 0 {
        return Err(format!("`{value}`: both numbers must be positive"));
    }
    *slot = RateLimit {
        per_minute,
        per_hour,
    };
    Ok(())
}

/// The parts of the product one process runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// API and worker in one process: the embedded default.
    All,
    /// Only the HTTP API; workers run elsewhere.
    Api,
    /// Only the pipeline worker.
    Worker,
}

impl std::str::FromStr for Role {
    type Err = String;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "all" => Ok(Role::All),
            "api" => Ok(Role::Api),
            "worker" => Ok(Role::Worker),
            other => Err(format!("expected `all`, `api` or `worker`, got `{other}`")),
        }
    }
}

/// How the pipeline worker runs.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    pub concurrency: usize,
    /// The pipeline's database bulkhead: operations at once / operations that may wait.
    pub db_bulkhead: (u32, u32),
    /// How often a worker publishes its breakers and bulkheads for `systemStatus`.
    pub status_report_secs: u64,
    pub lease_secs: u64,
    pub poll_secs: u64,
    pub max_rounds: u32,
    pub step_attempts: u32,
    pub retry_base_ms: u64,
    pub generation_timeout_secs: u64,
    /// How often a running generation's progress is recorded (a streaming model).
    pub progress_interval_ms: u64,
    pub test_timeout_secs: u64,
    /// `scaffold` (offline templates), `anthropic` or `openai`; `None` picks
    /// `anthropic` when `ANTHROPIC_API_KEY` is set, else `scaffold`.
    pub llm_provider: Option<String>,
    /// `local` (a git repository in the data dir) or `github`.
    pub code_host: String,
    /// `local` (a directory in the data dir), `webhook` or `command`.
    pub deployer: String,
}

#[derive(Debug, Clone)]
pub struct LogSettings {
    pub format: LogFormat,
    /// A `tracing` filter directive such as `info` or `info,codebot_infrastructure=debug`.
    pub filter: String,
}

#[derive(Debug, Clone)]
pub struct HttpSettings {
    /// Largest request body accepted, in bytes; larger ones get 413.
    pub body_limit: usize,
    /// Most operations accepted in one batched GraphQL request.
    pub max_batch: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            addr: SocketAddr::from(([127, 0, 0, 1], 8000)),
            data_dir: PathBuf::from("./data"),
            database: DatabaseSettings {
                url: None,
                min_connections: 10,
                max_connections: 20,
                connect_timeout_secs: 5,
                statement_timeout_secs: 30,
            },
            log: LogSettings {
                format: LogFormat::Pretty,
                filter: "info".to_owned(),
            },
            http: HttpSettings {
                body_limit: 1024 * 1024,
                max_batch: 10,
            },
            role: Role::All,
            redis_url: None,
            feed_poll_ms: 250,
            drain_secs: 30,
            worker: WorkerConfig {
                concurrency: 4,
                db_bulkhead: (10, 100),
                status_report_secs: 5,
                lease_secs: 30,
                poll_secs: 5,
                max_rounds: 2,
                step_attempts: 3,
                retry_base_ms: 1000,
                generation_timeout_secs: 300,
                progress_interval_ms: 2000,
                test_timeout_secs: 120,
                llm_provider: None,
                code_host: "local".to_owned(),
                deployer: "local".to_owned(),
            },
            providers: ProvidersConfig {
                anthropic_api_key: None,
                anthropic_base_url: "https://api.anthropic.com".to_owned(),
                anthropic_model: "claude-sonnet-4-5".to_owned(),
                openai_base_url: None,
                openai_api_key: None,
                openai_model: None,
                max_tokens: 16_000,
                price: (3.0, 15.0),
                breaker: (3, 30),
                bulkhead: (5, 20),
                call_timeout_secs: 120,
                github_token: None,
                github_repository: None,
                github_webhook_secret: None,
                github_breaker: (5, 60),
                github_bulkhead: (3, 20),
                deploy_webhook_url: None,
                deploy_webhook_secret: None,
                deploy_command: None,
                deploy_timeout_secs: 120,
                notify_max_attempts: 8,
                notify_allow_private: false,
                notify_retry_base_ms: 1000,
            },
            auth: AuthSettings {
                jwt_algorithm: "HS256".to_owned(),
                jwt_secret: None,
                jwt_private_key_file: None,
                jwt_public_key_file: None,
                jwt_issuer: "codebot".to_owned(),
                jwt_audience: "codebot".to_owned(),
                access_token_ttl_secs: 3600,
                public_url: None,
                default_role: "VIEWER".to_owned(),
                refresh_reuse_grace_secs: 10,
                credential_cache_secs: 5,
                secrets_keys: None,
                signup_domains: Vec::new(),
                github_client_id: None,
                github_client_secret: None,
                github_web_url: "https://github.com".to_owned(),
                github_api_url: "https://api.github.com".to_owned(),
                oidc_issuer: None,
                oidc_client_id: None,
                oidc_client_secret: None,
                oidc_name: "OpenID Connect".to_owned(),
            },
            gateway: GatewaySettings {
                production: false,
                cors_origins: Vec::new(),
                rate_limits: [RateLimit {
                    per_minute: 100,
                    per_hour: 1000,
                }; 3],
                ws_connections_per_identity: 20,
                metrics_token: None,
            },
        }
    }
}

/// The TOML file's shape. Unknown keys are refused so that a typo never goes unnoticed.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    addr: Option<SocketAddr>,
    data_dir: Option<PathBuf>,
    database: Option<FileDatabase>,
    log: Option<FileLog>,
    http: Option<FileHttp>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDatabase {
    url: Option<String>,
    min_connections: Option<u32>,
    max_connections: Option<u32>,
    connect_timeout_secs: Option<u64>,
    statement_timeout_secs: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileLog {
    format: Option<LogFormat>,
    filter: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileHttp {
    body_limit: Option<usize>,
    max_batch: Option<usize>,
}

/// One environment variable the product reads, with what it sets.
pub struct EnvVar {
    pub name: &'static str,
    pub default: &'static str,
    pub description: &'static str,
    apply: fn(&mut Settings, &str) -> Result<(), String>,
}

/// Every environment variable the product reads. The README's table lists the same.
pub const ENV_VARS: &[EnvVar] = &[
    EnvVar {
        name: "CODEBOT_CONFIG",
        default: "(none)",
        description: "Path of an optional TOML file read before the environment",
        apply: |_, _| Ok(()),
    },
    EnvVar {
        name: "CODEBOT_ADDR",
        default: "127.0.0.1:8000",
        description: "Address the HTTP server listens on",
        apply: |s, v| parse_into(&mut s.addr, v),
    },
    EnvVar {
        name: "CODEBOT_DATA_DIR",
        default: "./data",
        description: "Directory for the embedded database and other local state",
        apply: |s, v| {
            s.data_dir = PathBuf::from(v);
            Ok(())
        },
    },
    EnvVar {
        name: "DATABASE_URL",
        default: "sqlite in the data dir",
        description: "`sqlite://PATH` or `postgres://USER@HOST:PORT/DB`",
        apply: |s, v| {
            s.database.url = Some(Secret::new(v.to_owned()));
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_DB_MIN_CONNECTIONS",
        default: "10",
        description: "Connections the PostgreSQL pool keeps open",
        apply: |s, v| parse_into(&mut s.database.min_connections, v),
    },
    EnvVar {
        name: "CODEBOT_DB_MAX_CONNECTIONS",
        default: "20",
        description: "Connections the PostgreSQL pool may open",
        apply: |s, v| parse_into(&mut s.database.max_connections, v),
    },
    EnvVar {
        name: "CODEBOT_DB_CONNECT_TIMEOUT_SECS",
        default: "5",
        description: "Seconds to wait for a database connection",
        apply: |s, v| parse_into(&mut s.database.connect_timeout_secs, v),
    },
    EnvVar {
        name: "CODEBOT_DB_STATEMENT_TIMEOUT_SECS",
        default: "30",
        description: "Longest a PostgreSQL statement may run, and a transaction may sit idle",
        apply: |s, v| parse_into(&mut s.database.statement_timeout_secs, v),
    },
    EnvVar {
        name: "CODEBOT_LOG",
        default: "info",
        description: "Log filter (`tracing` directives, e.g. `info,codebot_application=debug` for the use cases and the pipeline)",
        apply: |s, v| {
            s.log.filter = v.to_owned();
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_LOG_FORMAT",
        default: "pretty",
        description: "`pretty` (human-readable) or `json`",
        apply: |s, v| {
            s.log.format = match v {
                "pretty" => LogFormat::Pretty,
                "json" => LogFormat::Json,
                other => return Err(format!("expected `pretty` or `json`, got `{other}`")),
            };
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_BODY_LIMIT",
        default: "1048576",
        description: "Largest request body in bytes (larger gets 413)",
        apply: |s, v| parse_into(&mut s.http.body_limit, v),
    },
    EnvVar {
        name: "REDIS_URL",
        default: "(none)",
        description: "`redis://HOST:PORT` for cross-instance fan-out of live updates",
        apply: |s, v| {
            s.redis_url = Some(Secret::new(v.to_owned()));
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_FEED_POLL_MS",
        default: "250",
        description: "How often live updates poll the store for other instances' events",
        apply: |s, v| parse_into(&mut s.feed_poll_ms, v),
    },
    EnvVar {
        name: "CODEBOT_DRAIN_SECS",
        default: "30",
        description: "Longest a stopping process waits for work in flight before it exits",
        apply: |s, v| parse_into(&mut s.drain_secs, v),
    },
    EnvVar {
        name: "CODEBOT_ROLE",
        default: "all",
        description: "`all` (API and worker), `api` or `worker`; `serve --role` overrides",
        apply: |s, v| parse_into(&mut s.role, v),
    },
    EnvVar {
        name: "CODEBOT_WORKER_CONCURRENCY",
        default: "4",
        description: "Pipeline jobs a worker drives at once",
        apply: |s, v| parse_into(&mut s.worker.concurrency, v),
    },
    EnvVar {
        name: "CODEBOT_DB_BULKHEAD",
        default: "10/100",
        description: "The pipeline's database bulkhead: operations at once / operations that may wait",
        apply: |s, v| {
            s.worker.db_bulkhead = pair(v, "CONCURRENT/QUEUED")?;
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_STATUS_REPORT_SECS",
        default: "5",
        description: "How often a worker publishes its breakers and bulkheads for systemStatus",
        apply: |s, v| parse_into(&mut s.worker.status_report_secs, v),
    },
    EnvVar {
        name: "CODEBOT_LEASE_SECS",
        default: "30",
        description: "Seconds a claimed job stays with its worker without renewal",
        apply: |s, v| parse_into(&mut s.worker.lease_secs, v),
    },
    EnvVar {
        name: "CODEBOT_POLL_SECS",
        default: "5",
        description: "Slowest a worker looks for jobs when no wake-up arrives",
        apply: |s, v| parse_into(&mut s.worker.poll_secs, v),
    },
    EnvVar {
        name: "CODEBOT_MAX_ROUNDS",
        default: "2",
        description: "Generate+test rounds (first try plus self-repairs) before failing",
        apply: |s, v| parse_into(&mut s.worker.max_rounds, v),
    },
    EnvVar {
        name: "CODEBOT_STEP_ATTEMPTS",
        default: "3",
        description: "Attempts of a step (or of undoing one) whose provider fails in a retryable way",
        apply: |s, v| parse_into(&mut s.worker.step_attempts, v),
    },
    EnvVar {
        name: "CODEBOT_RETRY_BASE_MS",
        default: "1000",
        description: "First retry delay in ms (doubles each time, capped at 60 s, 10% jitter)",
        apply: |s, v| parse_into(&mut s.worker.retry_base_ms, v),
    },
    EnvVar {
        name: "CODEBOT_PROGRESS_INTERVAL_MS",
        default: "2000",
        description: "How often a streaming generation's progress is recorded as an event",
        apply: |s, v| parse_into(&mut s.worker.progress_interval_ms, v),
    },
    EnvVar {
        name: "CODEBOT_GENERATION_TIMEOUT_SECS",
        default: "300",
        description: "Seconds the generate step may take",
        apply: |s, v| parse_into(&mut s.worker.generation_timeout_secs, v),
    },
    EnvVar {
        name: "CODEBOT_TEST_TIMEOUT_SECS",
        default: "120",
        description: "Seconds the generated tests may run",
        apply: |s, v| parse_into(&mut s.worker.test_timeout_secs, v),
    },
    EnvVar {
        name: "CODEBOT_LLM_PROVIDER",
        default: "scaffold",
        description: "Code generator: `scaffold` (offline templates, not AI), `anthropic` or `openai` (default: `anthropic` when ANTHROPIC_API_KEY is set)",
        apply: |s, v| {
            let mut choice = String::new();
            one_of(&mut choice, v, &["scaffold", "anthropic", "openai"])?;
            s.worker.llm_provider = Some(choice);
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_CODE_HOST",
        default: "local",
        description: "Where pull requests go: `local` (a git repository in the data dir) or `github`",
        apply: |s, v| one_of(&mut s.worker.code_host, v, &["local", "github"]),
    },
    EnvVar {
        name: "CODEBOT_DEPLOYER",
        default: "local",
        description: "Where deployments go: `local` (a directory in the data dir), `webhook` or `command`",
        apply: |s, v| one_of(&mut s.worker.deployer, v, &["local", "webhook", "command"]),
    },
    EnvVar {
        name: "CODEBOT_MAX_BATCH",
        default: "10",
        description: "Most operations in one batched GraphQL request",
        apply: |s, v| parse_into(&mut s.http.max_batch, v),
    },
    EnvVar {
        name: "ANTHROPIC_API_KEY",
        default: "(none)",
        description: "Anthropic API key (makes `anthropic` the default generator)",
        apply: |s, v| {
            s.providers.anthropic_api_key = Some(Secret::new(v.to_owned()));
            Ok(())
        },
    },
    EnvVar {
        name: "ANTHROPIC_BASE_URL",
        default: "https://api.anthropic.com",
        description: "Anthropic API address",
        apply: |s, v| {
            s.providers.anthropic_base_url = v.to_owned();
            Ok(())
        },
    },
    EnvVar {
        name: "ANTHROPIC_MODEL",
        default: "claude-sonnet-4-5",
        description: "Anthropic model that writes the code",
        apply: |s, v| {
            s.providers.anthropic_model = v.to_owned();
            Ok(())
        },
    },
    EnvVar {
        name: "OPENAI_BASE_URL",
        default: "(none)",
        description: "OpenAI-compatible server, e.g. `http://localhost:11434/v1` (Ollama)",
        apply: |s, v| {
            s.providers.openai_base_url = Some(v.to_owned());
            Ok(())
        },
    },
    EnvVar {
        name: "OPENAI_API_KEY",
        default: "(none)",
        description: "Bearer key for the OpenAI-compatible server, if it wants one",
        apply: |s, v| {
            s.providers.openai_api_key = Some(Secret::new(v.to_owned()));
            Ok(())
        },
    },
    EnvVar {
        name: "OPENAI_MODEL",
        default: "(none)",
        description: "Model name on the OpenAI-compatible server",
        apply: |s, v| {
            s.providers.openai_model = Some(v.to_owned());
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_LLM_MAX_TOKENS",
        default: "16000",
        description: "Most tokens one model answer may have",
        apply: |s, v| parse_into(&mut s.providers.max_tokens, v),
    },
    EnvVar {
        name: "CODEBOT_LLM_PRICE",
        default: "3/15",
        description: "US dollars per million input/output tokens, for usage costs",
        apply: |s, v| {
            s.providers.price = pair(v, "INPUT/OUTPUT")?;
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_LLM_BREAKER",
        default: "3/30",
        description: "Model circuit breaker: failures in a row / seconds open",
        apply: |s, v| {
            s.providers.breaker = pair(v, "FAILURES/SECONDS")?;
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_LLM_BULKHEAD",
        default: "5/20",
        description: "Model bulkhead: calls at once / calls that may wait",
        apply: |s, v| {
            s.providers.bulkhead = pair(v, "CONCURRENT/QUEUED")?;
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_LLM_CALL_TIMEOUT_SECS",
        default: "120",
        description: "Longest one model call may take",
        apply: |s, v| parse_into(&mut s.providers.call_timeout_secs, v),
    },
    EnvVar {
        name: "GITHUB_TOKEN",
        default: "(none)",
        description: "GitHub token with contents and pull-request write access",
        apply: |s, v| {
            s.providers.github_token = Some(Secret::new(v.to_owned()));
            Ok(())
        },
    },
    EnvVar {
        name: "GITHUB_REPOSITORY",
        default: "(none)",
        description: "`owner/name` of the repository pull requests go to",
        apply: |s, v| {
            s.providers.github_repository = Some(v.to_owned());
            Ok(())
        },
    },
    EnvVar {
        name: "GITHUB_WEBHOOK_SECRET",
        default: "(none)",
        description: "Secret of the repository webhook (enables POST /webhooks/github)",
        apply: |s, v| {
            s.providers.github_webhook_secret = Some(Secret::new(v.to_owned()));
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_GITHUB_BREAKER",
        default: "5/60",
        description: "GitHub circuit breaker: failures in a row / seconds open",
        apply: |s, v| {
            s.providers.github_breaker = pair(v, "FAILURES/SECONDS")?;
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_GITHUB_BULKHEAD",
        default: "3/20",
        description: "GitHub bulkhead: calls at once / calls that may wait",
        apply: |s, v| {
            s.providers.github_bulkhead = pair(v, "CONCURRENT/QUEUED")?;
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_DEPLOY_WEBHOOK_URL",
        default: "(none)",
        description: "The `webhook` deployer's URL (gets signed deploy/rollback/undeploy POSTs)",
        apply: |s, v| {
            s.providers.deploy_webhook_url = Some(v.to_owned());
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_DEPLOY_WEBHOOK_SECRET",
        default: "(none)",
        description: "The secret the `webhook` deployer signs its calls with",
        apply: |s, v| {
            s.providers.deploy_webhook_secret = Some(Secret::new(v.to_owned()));
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_DEPLOY_COMMAND",
        default: "(none)",
        description: "The `command` deployer's shell command (given CODEBOT_DEPLOY_ACTION, CODEBOT_ARTIFACT_DIR, …)",
        apply: |s, v| {
            s.providers.deploy_command = Some(v.to_owned());
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_DEPLOY_TIMEOUT_SECS",
        default: "120",
        description: "Longest the deploy command may run",
        apply: |s, v| parse_into(&mut s.providers.deploy_timeout_secs, v),
    },
    EnvVar {
        name: "CODEBOT_NOTIFY_MAX_ATTEMPTS",
        default: "8",
        description: "Attempts of a webhook notification before it is given up",
        apply: |s, v| parse_into(&mut s.providers.notify_max_attempts, v),
    },
    EnvVar {
        name: "CODEBOT_NOTIFY_ALLOW_PRIVATE",
        default: "false",
        description: "Whether webhook notifications may go to private or loopback addresses",
        apply: |s, v| parse_into(&mut s.providers.notify_allow_private, v),
    },
    EnvVar {
        name: "CODEBOT_NOTIFY_RETRY_BASE_MS",
        default: "1000",
        description: "First retry delay of a webhook notification (doubles, capped at 15 min)",
        apply: |s, v| parse_into(&mut s.providers.notify_retry_base_ms, v),
    },
    EnvVar {
        name: "CODEBOT_PROFILE",
        default: "development",
        description: "`production` turns off introspection and suggestions",
        apply: |s, v| {
            s.gateway.production = match v {
                "production" => true,
                "development" => false,
                other => {
                    return Err(format!(
                        "expected `development` or `production`, got `{other}`"
                    ));
                }
            };
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_JWT_ALGORITHM",
        default: "HS256",
        description: "Access-token signature: `HS256`, `RS256` or `EdDSA`",
        apply: |s, v| one_of(&mut s.auth.jwt_algorithm, v, &["HS256", "RS256", "EdDSA"]),
    },
    EnvVar {
        name: "CODEBOT_JWT_SECRET",
        default: "(made in the data dir)",
        description: "HS256 secret (32+ bytes); required outside the embedded default",
        apply: |s, v| {
            s.auth.jwt_secret = Some(Secret::new(v.to_owned()));
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_JWT_PRIVATE_KEY_FILE",
        default: "(none)",
        description: "PEM private key for RS256/EdDSA",
        apply: |s, v| {
            s.auth.jwt_private_key_file = Some(PathBuf::from(v));
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_JWT_PUBLIC_KEY_FILE",
        default: "(none)",
        description: "PEM public key for RS256/EdDSA",
        apply: |s, v| {
            s.auth.jwt_public_key_file = Some(PathBuf::from(v));
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_JWT_ISSUER",
        default: "codebot",
        description: "The `iss` of access tokens (checked on every token)",
        apply: |s, v| {
            s.auth.jwt_issuer = v.to_owned();
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_JWT_AUDIENCE",
        default: "codebot",
        description: "The `aud` of access tokens (checked on every token)",
        apply: |s, v| {
            s.auth.jwt_audience = v.to_owned();
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_ACCESS_TOKEN_TTL_SECS",
        default: "3600",
        description: "Lifetime of an access token",
        apply: |s, v| parse_into(&mut s.auth.access_token_ttl_secs, v),
    },
    EnvVar {
        name: "CODEBOT_PUBLIC_URL",
        default: "http://ADDR",
        description: "Where browsers reach the server; the OAuth callback is PUBLIC_URL/auth/callback",
        apply: |s, v| {
            s.auth.public_url = Some(v.trim_end_matches('/').to_owned());
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_DEFAULT_ROLE",
        default: "VIEWER",
        description: "Role of a user's first OAuth sign-in",
        apply: |s, v| {
            crate::domain::identity::Role::parse(v)
                .ok_or_else(|| format!("expected VIEWER, DEVELOPER or ADMIN, got `{v}`"))?;
            s.auth.default_role = v.to_uppercase();
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_REFRESH_REUSE_GRACE_SECS",
        default: "10",
        description: "Seconds after its first use that a refresh token may be used again (tabs refreshing at once); later reuse ends the session",
        apply: |s, v| parse_into(&mut s.auth.refresh_reuse_grace_secs, v),
    },
    EnvVar {
        name: "CODEBOT_SECRETS_KEYS",
        default: "(derived from the access-token secret)",
        description: "Keys that seal secret config values at rest: ID:BASE64KEY,… (32-byte keys; the first seals, all open)",
        apply: |s, v| {
            crate::infrastructure::persistence::secret_box::SecretBox::parse(v)?;
            s.auth.secrets_keys = Some(Secret::new(v.to_owned()));
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_CREDENTIAL_CACHE_SECS",
        default: "5",
        description: "Seconds an instance trusts what it read about an API key or a user's role: a revoked key or a demoted user is refused everywhere within this time",
        apply: |s, v| parse_into(&mut s.auth.credential_cache_secs, v),
    },
    EnvVar {
        name: "CODEBOT_SIGNUP_EMAIL_DOMAINS",
        default: "(anyone)",
        description: "Comma-separated e-mail domains whose verified addresses may sign up through OAuth",
        apply: |s, v| {
            s.auth.signup_domains = v
                .split(',')
                .map(|d| d.trim().trim_start_matches('@').to_ascii_lowercase())
                .filter(|d| !d.is_empty())
                .collect();
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_GITHUB_CLIENT_ID",
        default: "(none)",
        description: "GitHub OAuth app client id (enables GitHub sign-in)",
        apply: |s, v| {
            s.auth.github_client_id = Some(v.to_owned());
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_GITHUB_CLIENT_SECRET",
        default: "(none)",
        description: "GitHub OAuth app client secret",
        apply: |s, v| {
            s.auth.github_client_secret = Some(Secret::new(v.to_owned()));
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_GITHUB_WEB_URL",
        default: "https://github.com",
        description: "Where GitHub users sign in (GitHub Enterprise: its URL)",
        apply: |s, v| {
            s.auth.github_web_url = v.to_owned();
            Ok(())
        },
    },
    EnvVar {
        name: "GITHUB_API_URL",
        default: "https://api.github.com",
        description: "GitHub's REST API",
        apply: |s, v| {
            s.auth.github_api_url = v.to_owned();
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_OIDC_ISSUER",
        default: "(none)",
        description: "OpenID Connect issuer URL (discovery; enables OIDC sign-in)",
        apply: |s, v| {
            s.auth.oidc_issuer = Some(v.to_owned());
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_OIDC_CLIENT_ID",
        default: "(none)",
        description: "OpenID Connect client id",
        apply: |s, v| {
            s.auth.oidc_client_id = Some(v.to_owned());
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_OIDC_CLIENT_SECRET",
        default: "(none)",
        description: "OpenID Connect client secret (omit for a public client)",
        apply: |s, v| {
            s.auth.oidc_client_secret = Some(Secret::new(v.to_owned()));
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_OIDC_NAME",
        default: "OpenID Connect",
        description: "The OpenID Connect provider's name on the sign-in button",
        apply: |s, v| {
            s.auth.oidc_name = v.to_owned();
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_CORS_ORIGINS",
        default: "(none)",
        description: "Comma-separated browser origins allowed to call the API",
        apply: |s, v| {
            s.gateway.cors_origins = v
                .split(',')
                .map(|o| o.trim().trim_end_matches('/').to_owned())
                .filter(|o| !o.is_empty())
                .collect();
            Ok(())
        },
    },
    EnvVar {
        name: "CODEBOT_RATE_LIMIT_VIEWER",
        default: "100/1000",
        description: "Requests per minute/per hour for a VIEWER identity",
        apply: |s, v| parse_rate_limit(&mut s.gateway.rate_limits[0], v),
    },
    EnvVar {
        name: "CODEBOT_RATE_LIMIT_DEVELOPER",
        default: "100/1000",
        description: "Requests per minute/per hour for a DEVELOPER identity",
        apply: |s, v| parse_rate_limit(&mut s.gateway.rate_limits[1], v),
    },
    EnvVar {
        name: "CODEBOT_RATE_LIMIT_ADMIN",
        default: "100/1000",
        description: "Requests per minute/per hour for an ADMIN identity",
        apply: |s, v| parse_rate_limit(&mut s.gateway.rate_limits[2], v),
    },
    EnvVar {
        name: "CODEBOT_WS_CONNECTIONS_PER_IDENTITY",
        default: "20",
        description: "Websocket connections one identity may hold at once",
        apply: |s, v| parse_into(&mut s.gateway.ws_connections_per_identity, v),
    },
    EnvVar {
        name: "CODEBOT_METRICS_TOKEN",
        default: "(none)",
        description: "Bearer token that lets clients other than local ones scrape /metrics",
        apply: |s, v| {
            if v.len() < 16 {
                return Err("must be at least 16 characters".to_owned());
            }
            s.gateway.metrics_token = Some(Secret::new(v.to_owned()));
            Ok(())
        },
    },
];

fn one_of(slot: &mut String, value: &str, allowed: &[&str]) -> Result<(), String> {
    if allowed.contains(&value) {
        *slot = value.to_owned();
        Ok(())
    } else {
        Err(format!(
            "`{value}` is not available; expected one of: {}",
            allowed.join(", ")
        ))
    }
}

fn parse_into<T: std::str::FromStr>(slot: &mut T, value: &str) -> Result<(), String>
where
    T::Err: fmt::Display,
{
    *slot = value
        .trim()
        .parse()
        .map_err(|e| format!("cannot parse `{value}`: {e}"))?;
    Ok(())
}

impl Settings {
    /// Loads the settings: defaults, then the TOML file (if `file` is given), then the
    /// variables in `env`.
    ///
    /// Fails when the file cannot be read or parsed, when it has an unknown key, when a
    /// `CODEBOT_` variable is unknown, or when any value is out of range.
    pub fn load(
        file: Option<&Path>,
        env: &BTreeMap<String, String>,
    ) -> Result<Settings, ConfigError> {
        let mut settings = Settings::default();
        if let Some(path) = file {
            let text = std::fs::read_to_string(path)
                .map_err(|e| ConfigError(format!("cannot read {}: {e}", path.display())))?;
            let parsed: FileSettings = toml::from_str(&text).map_err(|e| {
                let message = e.message().replace('\n', " ");
                ConfigError(format!("{}: {message}", path.display()))
            })?;
            settings.merge_file(parsed);
        }
        for (name, value) in env {
            match ENV_VARS.iter().find(|var| var.name == name) {
                Some(var) => (var.apply)(&mut settings, value)
                    .map_err(|e| ConfigError(format!("{name}: {e}")))?,
                None if name.starts_with("CODEBOT_") => {
                    return Err(ConfigError(format!(
                        "{name}: unknown variable (see the README's configuration table)"
                    )));
                }
                None => {}
            }
        }
        settings.check()?;
        Ok(settings)
    }

    /// Loads the settings from the process environment and an optional file.
    pub fn from_process(file: Option<&Path>) -> Result<Settings, ConfigError> {
        let env: BTreeMap<String, String> = std::env::vars().collect();
        Self::load(file, &env)
    }

    fn merge_file(&mut self, file: FileSettings) {
        if let Some(addr) = file.addr {
            self.addr = addr;
        }
        if let Some(dir) = file.data_dir {
            self.data_dir = dir;
        }
        if let Some(db) = file.database {
            if let Some(url) = db.url {
                self.database.url = Some(Secret::new(url));
            }
            if let Some(n) = db.min_connections {
                self.database.min_connections = n;
            }
            if let Some(n) = db.max_connections {
                self.database.max_connections = n;
            }
            if let Some(n) = db.connect_timeout_secs {
                self.database.connect_timeout_secs = n;
            }
            if let Some(n) = db.statement_timeout_secs {
                self.database.statement_timeout_secs = n;
            }
        }
        if let Some(log) = file.log {
            if let Some(format) = log.format {
                self.log.format = format;
            }
            if let Some(filter) = log.filter {
                self.log.filter = filter;
            }
        }
        if let Some(http) = file.http {
            if let Some(n) = http.body_limit {
                self.http.body_limit = n;
            }
            if let Some(n) = http.max_batch {
                self.http.max_batch = n;
            }
        }
    }

    fn check(&self) -> Result<(), ConfigError> {
        let db = &self.database;
        if db.max_connections == 0 {
            return Err(ConfigError(
                "CODEBOT_DB_MAX_CONNECTIONS: must be at least 1".into(),
            ));
        }
        if db.min_connections > db.max_connections {
            return Err(ConfigError(format!(
                "CODEBOT_DB_MIN_CONNECTIONS: {} is more than CODEBOT_DB_MAX_CONNECTIONS ({})",
                db.min_connections, db.max_connections
            )));
        }
        if db.statement_timeout_secs == 0 {
            return Err(ConfigError(
                "CODEBOT_DB_STATEMENT_TIMEOUT_SECS: must be at least 1".into(),
            ));
        }
        if self.http.body_limit < 1024 {
            return Err(ConfigError(
                "CODEBOT_BODY_LIMIT: must be at least 1024 bytes".into(),
            ));
        }
        if self.worker.db_bulkhead.0 == 0 || self.worker.status_report_secs == 0 {
            return Err(ConfigError(
                "CODEBOT_DB_BULKHEAD, CODEBOT_STATUS_REPORT_SECS: must be at least 1".into(),
            ));
        }
        if self.worker.concurrency == 0 {
            return Err(ConfigError(
                "CODEBOT_WORKER_CONCURRENCY: must be at least 1".into(),
            ));
        }
        if self.worker.lease_secs < 3 {
            return Err(ConfigError("CODEBOT_LEASE_SECS: must be at least 3".into()));
        }
        if self.worker.max_rounds == 0 || self.worker.step_attempts == 0 {
            return Err(ConfigError(
                "CODEBOT_MAX_ROUNDS and CODEBOT_STEP_ATTEMPTS: must be at least 1".into(),
            ));
        }
        if self.http.max_batch == 0 {
            return Err(ConfigError("CODEBOT_MAX_BATCH: must be at least 1".into()));
        }
        if let Some(url) = &db.url {
            let url = url.expose();
            if !(url.starts_with("sqlite:")
                || url.starts_with("postgres://")
                || url.starts_with("postgresql://"))
            {
                return Err(ConfigError(
                    "DATABASE_URL: must start with `sqlite:` or `postgres://`".into(),
                ));
            }
        }
        match self.worker.generator(&self.providers) {
            "anthropic" if self.providers.anthropic_api_key.is_none() => {
                return Err(ConfigError(
                    "ANTHROPIC_API_KEY: required by CODEBOT_LLM_PROVIDER=anthropic".into(),
                ));
            }
            "openai"
                if self.providers.openai_base_url.is_none()
                    || self.providers.openai_model.is_none() =>
            {
                return Err(ConfigError(
                    "OPENAI_BASE_URL and OPENAI_MODEL: required by CODEBOT_LLM_PROVIDER=openai"
                        .into(),
                ));
            }
            _ => {}
        }
        match self.worker.deployer.as_str() {
            "webhook"
                if self.providers.deploy_webhook_url.is_none()
                    || self.providers.deploy_webhook_secret.is_none() =>
            {
                return Err(ConfigError(
                    "CODEBOT_DEPLOY_WEBHOOK_URL and CODEBOT_DEPLOY_WEBHOOK_SECRET: required by CODEBOT_DEPLOYER=webhook".into(),
                ));
            }
            "command" if self.providers.deploy_command.is_none() => {
                return Err(ConfigError(
                    "CODEBOT_DEPLOY_COMMAND: required by CODEBOT_DEPLOYER=command".into(),
                ));
            }
            _ => {}
        }
        if self.worker.code_host == "github"
            && (self.providers.github_token.is_none() || self.providers.github_repository.is_none())
        {
            return Err(ConfigError(
                "GITHUB_TOKEN and GITHUB_REPOSITORY: required by CODEBOT_CODE_HOST=github".into(),
            ));
        }
        if self.providers.breaker.0 == 0
            || self.providers.bulkhead.0 == 0
            || self.providers.call_timeout_secs == 0
        {
            return Err(ConfigError(
                "CODEBOT_LLM_BREAKER, CODEBOT_LLM_BULKHEAD, CODEBOT_LLM_CALL_TIMEOUT_SECS: must be at least 1".into(),
            ));
        }
        if self.auth.oidc_issuer.is_some() != self.auth.oidc_client_id.is_some() {
            return Err(ConfigError(
                "CODEBOT_OIDC_ISSUER and CODEBOT_OIDC_CLIENT_ID: set both or neither".into(),
            ));
        }
        if self.auth.github_client_id.is_some() && self.auth.github_client_secret.is_none() {
            return Err(ConfigError(
                "CODEBOT_GITHUB_CLIENT_SECRET: required with CODEBOT_GITHUB_CLIENT_ID".into(),
            ));
        }
        if self.auth.access_token_ttl_secs < 60 {
            return Err(ConfigError(
                "CODEBOT_ACCESS_TOKEN_TTL_SECS: must be at least 60".into(),
            ));
        }
        if self.auth.jwt_algorithm != "HS256"
            && (self.auth.jwt_private_key_file.is_none() || self.auth.jwt_public_key_file.is_none())
        {
            return Err(ConfigError(format!(
                "CODEBOT_JWT_PRIVATE_KEY_FILE and CODEBOT_JWT_PUBLIC_KEY_FILE: required for {}",
                self.auth.jwt_algorithm
            )));
        }
        tracing_subscriber::EnvFilter::try_new(&self.log.filter)
            .map_err(|e| ConfigError(format!("CODEBOT_LOG: {e}")))?;
        Ok(())
    }

    /// Whether this process can sign access tokens: outside the embedded default an
    /// HS256 secret must be given (every API instance must share it), except to a
    /// worker, which signs nothing.
    pub fn check_signing(&self) -> Result<(), ConfigError> {
        if self.role != Role::Worker
            && self.auth.jwt_algorithm == "HS256"
            && self.auth.jwt_secret.is_none()
            && !self.is_embedded()
        {
            return Err(ConfigError(
                "CODEBOT_JWT_SECRET: required outside the embedded default (a PostgreSQL database); give 32 or more random bytes".into(),
            ));
        }
        Ok(())
    }

    /// Whether this is the embedded default: one process on a SQLite file, where a
    /// generated signing secret in the data dir is safe to use.
    pub fn is_embedded(&self) -> bool {
        self.database
            .url
            .as_ref()
            .is_none_or(|url| url.expose().starts_with("sqlite:"))
    }

    /// Where browsers reach this server.
    pub fn public_url(&self) -> String {
        self.auth
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.addr))
    }

    /// The database URL to connect to: the configured one, or the embedded SQLite file.
    pub fn database_url(&self) -> Secret<String> {
        match &self.database.url {
            Some(url) => url.clone(),
            None => Secret::new(format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("codebot.db").display()
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn defaults_listen_on_loopback_port_8000_with_the_embedded_database() {
        let s = Settings::load(None, &env(&[])).expect("defaults are valid");
        assert_eq!(s.addr.to_string(), "127.0.0.1:8000");
        assert_eq!(s.database.min_connections, 10);
        assert_eq!(s.database.max_connections, 20);
        assert!(s.database_url().expose().starts_with("sqlite://./data/"));
    }

    #[test]
    fn an_environment_variable_overrides_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("codebot.toml");
        std::fs::write(
            &path,
            "addr = \"127.0.0.1:9000\"\n[log]\nformat = \"json\"\n",
        )
        .expect("write");
        let s =
            Settings::load(Some(&path), &env(&[("CODEBOT_ADDR", "0.0.0.0:7000")])).expect("valid");
        assert_eq!(s.addr.to_string(), "0.0.0.0:7000");
        assert_eq!(s.log.format, LogFormat::Json);
    }

    #[test]
    fn an_unknown_key_in_the_file_is_refused_by_name() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("codebot.toml");
        std::fs::write(&path, "[database]\nurll = \"x\"\n").expect("write");
        let err = Settings::load(Some(&path), &env(&[])).expect_err("unknown key");
        let line = err.to_string();
        assert!(line.contains("urll"), "{line}");
        assert!(!line.contains('\n'), "{line}");
    }

    #[test]
    fn a_bad_value_is_refused_naming_the_variable() {
        let err = Settings::load(None, &env(&[("CODEBOT_ADDR", "nowhere")])).expect_err("bad");
        assert!(err.to_string().contains("CODEBOT_ADDR"), "{err}");
        let err = Settings::load(None, &env(&[("CODEBOT_ADRR", "x")])).expect_err("unknown");
        assert!(err.to_string().contains("CODEBOT_ADRR"), "{err}");
        let err = Settings::load(
            None,
            &env(&[
                ("CODEBOT_DB_MIN_CONNECTIONS", "30"),
                ("CODEBOT_DB_MAX_CONNECTIONS", "20"),
            ]),
        )
        .expect_err("min over max");
        assert!(
            err.to_string().contains("CODEBOT_DB_MIN_CONNECTIONS"),
            "{err}"
        );
    }

    #[test]
    fn the_database_url_never_prints() {
        let s = Settings::load(
            None,
            &env(&[
                ("DATABASE_URL", "postgres://u:hunter2@localhost/db"),
                ("CODEBOT_JWT_SECRET", "s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t"),
            ]),
        )
        .expect("valid");
        assert!(!format!("{s:?}").contains("s3cr3t"));
        assert!(!format!("{s:?}").contains("hunter2"));
        let err = Settings::load(None, &env(&[("DATABASE_URL", "mysql://u:hunter2@h/db")]))
            .expect_err("unsupported");
        assert!(!err.to_string().contains("hunter2"));
    }

    #[test]
    fn outside_the_embedded_default_a_signing_secret_is_required() {
        let pg = Settings::load(None, &env(&[("DATABASE_URL", "postgres://u@localhost/db")]))
            .expect("valid");
        let err = pg.check_signing().expect_err("no secret");
        assert!(err.to_string().contains("CODEBOT_JWT_SECRET"), "{err}");
        let worker = Settings::load(
            None,
            &env(&[
                ("DATABASE_URL", "postgres://u@localhost/db"),
                ("CODEBOT_ROLE", "worker"),
            ]),
        )
        .expect("valid");
        assert!(worker.check_signing().is_ok());
        assert!(
            Settings::load(None, &env(&[]))
                .expect("valid")
                .check_signing()
                .is_ok()
        );
        let err = Settings::load(None, &env(&[("CODEBOT_JWT_ALGORITHM", "RS256")]))
            .expect_err("no key files");
        assert!(err.to_string().contains("KEY_FILE"), "{err}");
    }

    #[test]
    fn rate_limits_are_per_minute_and_per_hour() {
        let s =
            Settings::load(None, &env(&[("CODEBOT_RATE_LIMIT_VIEWER", "5/50")])).expect("valid");
        assert_eq!(
            s.gateway.rate_limits[0],
            RateLimit {
                per_minute: 5,
                per_hour: 50
            }
        );
        assert_eq!(
            s.gateway.rate_limits[2],
            RateLimit {
                per_minute: 100,
                per_hour: 1000
            }
        );
        let err =
            Settings::load(None, &env(&[("CODEBOT_RATE_LIMIT_ADMIN", "lots")])).expect_err("bad");
        assert!(
            err.to_string().contains("CODEBOT_RATE_LIMIT_ADMIN"),
            "{err}"
        );
    }

    #[test]
    fn the_readme_documents_every_variable() {
        let readme = include_str!("../../README.md");
        for var in ENV_VARS {
            let name = var.name;
            assert!(
                readme.contains(&format!("| `{name}` |")),
                "README.md does not mention {name}"
            );
        }
    }
}
