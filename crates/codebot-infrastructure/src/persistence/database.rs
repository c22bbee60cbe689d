//! Opening the database: the embedded SQLite file or a PostgreSQL pool.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use migration::MigratorTrait;
use sea_orm::sqlx::postgres::PgSslMode;
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection, DbErr,
    TransactionTrait,
};

use codebot_application::secret::Secret;

/// How the pool connects; built from the settings at startup.
#[derive(Debug, Clone)]
pub struct DatabaseSettings {
    /// `sqlite://…` or `postgres://…`; `None` means the SQLite file in the data dir.
    pub url: Option<Secret<String>>,
    /// Connections the pool keeps open (PostgreSQL).
    pub min_connections: u32,
    /// Connections the pool may open at most (PostgreSQL).
    pub max_connections: u32,
    /// Seconds to wait for a connection before giving up.
    pub connect_timeout_secs: u64,
    /// Longest one statement may run, and longest a transaction may sit idle, on
    /// PostgreSQL: the server ends what outlives it, so nothing holds locks for ever.
    pub statement_timeout_secs: u64,
}

/// Why the database could not be opened. The URL is never part of the message.
#[derive(Debug, thiserror::Error)]
pub enum DatabaseError {
    #[error("cannot create the data directory {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot connect to the {backend} database at {target}: {reason}")]
    Connect {
        backend: &'static str,
        target: String,
        reason: String,
    },
    #[error("cannot migrate the database: {0}")]
    Migrate(String),
}

/// Counts the statements sent through one connection pool.
#[derive(Debug, Clone, Default)]
pub struct QueryCounter(Arc<AtomicU64>);

impl QueryCounter {
    /// Statements sent so far.
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// Opens a pool for `url` with the configured sizes.
///
/// SQLite gets WAL, `synchronous=FULL` (a committed write survives a power loss),
/// foreign keys and a busy timeout; its file is created if missing. Fails when the
/// server cannot be reached within the connect timeout.
pub async fn connect(
    url: &Secret<String>,
    settings: &DatabaseSettings,
) -> Result<(DatabaseConnection, QueryCounter), DatabaseError> {
    let raw = url.expose();
    let is_sqlite = raw.starts_with("sqlite:");
    if let Some(parent) = sqlite_path(raw).and_then(|p| p.parent().map(|p| p.to_owned()))
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(&parent).map_err(|source| DatabaseError::DataDir {
            path: parent.display().to_string(),
            source,
        })?;
    }
    let mut options = ConnectOptions::new(raw.clone());
    let timeout = Duration::from_secs(settings.connect_timeout_secs);
    options
        .connect_timeout(timeout)
        .acquire_timeout(timeout)
        .sqlx_logging(false);
    if is_sqlite {
        // SQLite has one writer; a small pool of readers is all it can use.
        options
            .min_connections(1)
            .max_connections(settings.max_connections.min(8))
            .map_sqlx_sqlite_opts(|opts| {
                opts.create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10))
            });
    } else {
        // The server ends a statement or an idle transaction that outlives the limit,
        // so a connection can never hold locks for ever, whatever its client did.
        let limit = format!("{}s", settings.statement_timeout_secs);
        let plain_loopback = is_loopback_without_tls_choice(raw);
        // Lazily: the pool fills up to its minimum in the background instead of before
        // `connect` returns (each PostgreSQL connection costs a server process; ten of
        // them were most of a cold start). The ping below still fails fast.
        options
            .min_connections(settings.min_connections)
            .max_connections(settings.max_connections)
            .connect_lazy(true)
            .map_sqlx_postgres_opts(move |opts| {
                let opts = opts.options([
                    ("statement_timeout", limit.as_str()),
                    ("idle_in_transaction_session_timeout", limit.as_str()),
                ]);
                // Over loopback TLS protects nothing and costs a handshake per
                // connection; a URL that names an `sslmode` keeps it.
                if plain_loopback {
                    opts.ssl_mode(PgSslMode::Disable)
                } else {
                    opts
                }
            });
    }
    let unreachable = |e: DbErr| DatabaseError::Connect {
        backend: if is_sqlite { "SQLite" } else { "PostgreSQL" },
        target: redacted_target(raw),
        reason: redact(&e, raw),
    };
    let mut db = Database::connect(options).await.map_err(unreachable)?;
    db.ping().await.map_err(unreachable)?;
    let counter = QueryCounter::default();
    let count = counter.0.clone();
    db.set_metric_callback(move |_| {
        count.fetch_add(1, Ordering::Relaxed);
    });
    Ok((db, counter))
}

/// The PostgreSQL advisory lock that serialises migrations ("codebot" in ASCII).
const MIGRATION_LOCK: i64 = 0x0063_6f64_6562_6f74;

/// Runs `work` while holding the PostgreSQL advisory lock `key` (a transaction on a
/// connection of its own holds it; `work` uses the pool as usual), so that processes
/// starting together do it one at a time. On SQLite it just runs `work`.
///
/// Fails when the lock cannot be taken, or with `work`'s error.
pub async fn exclusively<T>(
    db: &DatabaseConnection,
    key: i64,
    work: impl Future<Output = anyhow::Result<T>>,
) -> anyhow::Result<T> {
    if db.get_database_backend() != DatabaseBackend::Postgres {
        return work.await;
    }
    let lock = db.begin().await?;
    lock.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({key})"))
        .await?;
    let result = work.await;
    lock.commit().await?;
    result
}

/// Brings the schema up to date. On PostgreSQL the migrations run in one transaction
/// under an advisory lock, so replicas that start together apply them once: the others
/// wait, then find nothing left to do.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DatabaseError> {
    let failed = |e: DbErr| DatabaseError::Migrate(e.to_string());
    if db.get_database_backend() != DatabaseBackend::Postgres {
        return migration::Migrator::up(db, None).await.map_err(failed);
    }
    let tx = db.begin().await.map_err(failed)?;
    tx.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
        .await
        .map_err(failed)?;
    migration::Migrator::up(&tx, None).await.map_err(failed)?;
    tx.commit().await.map_err(failed)
}

/// Which of the product's databases `db` is, as `systemStatus` shows it.
pub fn backend_of(db: &DatabaseConnection) -> codebot_application::status::DatabaseBackend {
    use codebot_application::status::DatabaseBackend as Product;
    match db.get_database_backend() {
        DatabaseBackend::Sqlite => Product::Sqlite,
        DatabaseBackend::Postgres => Product::Postgres,
        // No connection of another backend exists: this build has the SQLite and
        // PostgreSQL drivers only, and the settings refuse other URLs. `connect` treats
        // every URL but `sqlite:` as a server's, and so does this.
        _ => Product::Postgres,
    }
}

/// Whether `url` names a loopback PostgreSQL server and says nothing about TLS.
fn is_loopback_without_tls_choice(url: &str) -> bool {
    let Ok(parsed) = url::Url::parse(url) else {
        return false;
    };
    let loopback = match parsed.host() {
        // PostgreSQL URLs have no special scheme, so an IPv4 address arrives as a name.
        Some(url::Host::Domain(name)) => {
            name == "localhost"
                || name
                    .parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback())
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    loopback && !parsed.query_pairs().any(|(key, _)| key == "sslmode")
}

fn sqlite_path(url: &str) -> Option<std::path::PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| std::path::PathBuf::from(path))
}

/// `scheme://host:port/db` with the user and password left out.
fn redacted_target(url: &str) -> String {
    if let Some(path) = sqlite_path(url) {
        return path.display().to_string();
    }
    let Some((scheme, rest)) = url.split_once("://") else {
        return "(unparsable url)".to_owned();
    };
    let host_part = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
    let host_part = host_part.split('?').next().unwrap_or_default();
    format!("{scheme}://{host_part}")
}

/// The driver's message with any copy of the URL (and so its password) taken out.
fn redact(err: &DbErr, url: &str) -> String {
    let text = err.to_string();
    let text = text.replace(url, "[database url]");
    match url
        .split_once("://")
        .and_then(|(_, rest)| rest.rsplit_once('@'))
    {
        Some((credentials, _)) if !credentials.is_empty() => {
            text.replace(credentials, "[credentials]")
        }
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_target_shown_in_errors_has_no_credentials() {
        assert_eq!(
            redacted_target("postgres://bob:hunter2@db.example:5432/codebot?sslmode=require"),
            "postgres://db.example:5432/codebot"
        );
        assert_eq!(
            redacted_target("sqlite://./data/codebot.db?mode=rwc"),
            "./data/codebot.db"
        );
    }

    /// `.cargo/config.toml` asks for the query planner stability guarantee; without it
    /// every cached statement with a `LIMIT ?` is compiled again on each execution.
    #[tokio::test]
    async fn the_bundled_sqlite_keeps_prepared_statements() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = Secret::new(format!("sqlite://{}", dir.path().join("c.db").display()));
        let settings = DatabaseSettings {
            url: None,
            min_connections: 1,
            max_connections: 1,
            connect_timeout_secs: 5,
            statement_timeout_secs: 5,
        };
        let (db, _) = connect(&url, &settings).await.expect("a SQLite pool");
        let options = db
            .query_all_raw(sea_orm::Statement::from_string(
                DatabaseBackend::Sqlite,
                "PRAGMA compile_options",
            ))
            .await
            .expect("the compile options");
        let options: Vec<String> = options
            .iter()
            .map(|row| row.try_get_by_index(0).expect("an option's name"))
            .collect();
        assert!(
            options.iter().any(|o| o == "ENABLE_QPSG"),
            "SQLite was built without SQLITE_ENABLE_QPSG: {options:?}"
        );
    }

    #[test]
    fn only_a_loopback_server_without_an_sslmode_skips_tls() {
        for url in [
            "postgres://postgres@127.0.0.1:5432/codebot",
            "postgres://postgres@localhost/codebot",
            "postgres://postgres@[::1]:5432/codebot",
        ] {
            assert!(is_loopback_without_tls_choice(url), "{url}");
        }
        for url in [
            "postgres://postgres@127.0.0.1:5432/codebot?sslmode=require",
            "postgres://postgres@db.example:5432/codebot",
            "postgres://postgres@10.0.0.5/codebot",
        ] {
            assert!(!is_loopback_without_tls_choice(url), "{url}");
        }
    }
}
