//! The end-to-end harness: boots the real application (`Application::build`, the same
//! start-up code as `codebot serve`) on a fresh database of its own, SQLite or
//! PostgreSQL, and talks to it over HTTP.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;

use api::config::Settings;
use api::startup::Application;
use sea_orm::{ConnectionTrait, Database};
use serde_json::{Value, json};
use tokio::sync::oneshot;

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The PostgreSQL server the tests create their databases on.
pub fn postgres_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned())
}

/// A database that exists for one test: a SQLite file in a temporary directory, or a
/// PostgreSQL database created for the test and dropped when this value is dropped.
pub struct TestDb {
    pub url: String,
    pub backend: Backend,
    pub dir: tempfile::TempDir,
    pg_name: Option<String>,
}

impl TestDb {
    /// Creates an empty database. Panics with a clear message when PostgreSQL cannot
    /// be reached: a PostgreSQL test never silently skips.
    pub async fn create(backend: Backend) -> TestDb {
        let dir = tempfile::tempdir().expect("a temporary directory");
        match backend {
            Backend::Sqlite => TestDb {
                url: format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display()),
                backend,
                dir,
                pg_name: None,
            },
            Backend::Postgres => {
                let admin_url = postgres_admin_url();
                let name = format!("codebot_test_{}", uuid::Uuid::new_v4().simple());
                let admin = Database::connect(&admin_url).await.unwrap_or_else(|e| {
                    panic!("PostgreSQL is required for the tests and did not answer at {admin_url}: {e}")
                });
                admin
                    .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                    .await
                    .expect("CREATE DATABASE");
                admin.close().await.ok();
                let base = admin_url
                    .rsplit_once('/')
                    .map_or(admin_url.as_str(), |(b, _)| b);
                TestDb {
                    url: format!("{base}/{name}"),
                    backend,
                    dir,
                    pg_name: Some(name),
                }
            }
        }
    }
}

impl TestDb {
    /// The same database for a second application instance; only the original drops it.
    pub fn share(&self) -> TestDb {
        TestDb {
            url: self.url.clone(),
            backend: self.backend,
            dir: tempfile::tempdir().expect("a temporary directory"),
            pg_name: None,
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(name) = self.pg_name.take() else {
            return;
        };
        // Drop runs outside any async context we could borrow, so a short-lived thread
        // with its own runtime removes the database.
        let admin_url = postgres_admin_url();
        let cleanup = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            runtime.block_on(async move {
                if let Ok(admin) = Database::connect(&admin_url).await {
                    let sql = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                    admin.execute_unprepared(&sql).await.ok();
                    admin.close().await.ok();
                }
            });
        });
        cleanup.join().ok();
    }
}

impl TestDb {
    /// The application's handlers on this database (migrated first), for tests that
    /// drive the use cases below GraphQL.
    pub async fn handlers(
        &self,
    ) -> (
        api::presentation::graphql::Handlers,
        sea_orm::DatabaseConnection,
    ) {
        let settings = Settings::load(
            None,
            &BTreeMap::from([
                ("DATABASE_URL".to_owned(), self.url.clone()),
                ("CODEBOT_JWT_SECRET".to_owned(), TEST_JWT_SECRET.to_owned()),
                (
                    "CODEBOT_DATA_DIR".to_owned(),
                    self.dir.path().join("data").display().to_string(),
                ),
            ]),
        )
        .expect("settings");
        let (db, _) = api::infrastructure::persistence::database::connect(
            &settings.database_url(),
            &settings.database,
        )
        .await
        .expect("connect");
        api::infrastructure::persistence::database::migrate(&db)
            .await
            .expect("migrate");
        let identity = api::startup::identity(&settings, &db).expect("identity");
        let handlers =
            api::startup::handlers(&db, identity, tokio_util::sync::CancellationToken::new())
                .await
                .expect("handlers");
        (handlers, db)
    }
}

/// The HS256 secret test applications sign access tokens with (so tests can make
/// their own tokens, good and forged).
pub const TEST_JWT_SECRET: &str = "test-signing-secret-of-at-least-32-bytes";

/// A running application with its own database.
pub struct TestApp {
    pub addr: SocketAddr,
    pub client: reqwest::Client,
    pub db: TestDb,
    /// An ADMIN API key (of user `admin`); `graphql` sends it.
    pub admin_key: String,
    /// A client without credentials.
    anonymous: reqwest::Client,
    pub settings: Settings,
    /// Statements the application has sent to its database so far.
    pub queries: api::infrastructure::persistence::database::QueryCounter,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
}

impl TestApp {
    /// Boots the application on a fresh database and a free port.
    pub async fn spawn(backend: Backend) -> TestApp {
        Self::spawn_with(backend, &[]).await
    }

    /// Boots only the API role: no worker moves integrations on, so their states stay
    /// where the test puts them.
    pub async fn spawn_api(backend: Backend) -> TestApp {
        Self::spawn_with(backend, &[("CODEBOT_ROLE", "api")]).await
    }

    /// Boots the application with extra configuration variables.
    pub async fn spawn_with(backend: Backend, vars: &[(&str, &str)]) -> TestApp {
        Self::spawn_on(TestDb::create(backend).await, vars).await
    }

    /// Stops the server but keeps its database, to boot another server on it.
    pub async fn stop_keeping_database(mut self) -> TestDb {
        if let Some(tx) = self.shutdown.take() {
            tx.send(()).ok();
        }
        if let Some(server) = self.server.take() {
            server.await.ok();
        }
        let placeholder = TestDb {
            url: String::new(),
            backend: self.db.backend,
            dir: tempfile::tempdir().expect("tempdir"),
            pg_name: None,
        };
        std::mem::replace(&mut self.db, placeholder)
    }

    /// Boots the application on an existing database.
    pub async fn spawn_on(db: TestDb, vars: &[(&str, &str)]) -> TestApp {
        let mut env: BTreeMap<String, String> = BTreeMap::new();
        env.insert("CODEBOT_ADDR".into(), "127.0.0.1:0".into());
        env.insert(
            "CODEBOT_DATA_DIR".into(),
            db.dir.path().join("data").display().to_string(),
        );
        env.insert("DATABASE_URL".into(), db.url.clone());
        env.insert("CODEBOT_DB_MIN_CONNECTIONS".into(), "1".into());
        env.insert("CODEBOT_DB_MAX_CONNECTIONS".into(), "5".into());
        env.insert("CODEBOT_JWT_SECRET".into(), TEST_JWT_SECRET.into());
        // The tests' webhook receivers listen on loopback.
        env.insert("CODEBOT_NOTIFY_ALLOW_PRIVATE".into(), "true".into());
        // Tests send many requests; the rate-limit tests set their own budgets.
        for role in ["VIEWER", "DEVELOPER", "ADMIN"] {
            env.insert(
                format!("CODEBOT_RATE_LIMIT_{role}"),
                "100000/1000000".into(),
            );
        }
        for (key, value) in vars {
            env.insert((*key).to_owned(), (*value).to_owned());
        }
        let settings = Settings::load(None, &env).expect("test settings are valid");
        let admin_key = api::commands::create_api_key(
            &settings,
            "admin",
            "tests",
            api::domain::identity::Role::Admin,
        )
        .await
        .expect("an admin key");
        let app = Application::build(&settings)
            .await
            .expect("the application starts");
        let addr = app.local_addr();
        let queries = app.query_counter();
        let (tx, rx) = oneshot::channel::<()>();
        let server = tokio::spawn(app.run_until_stopped(async {
            rx.await.ok();
        }));
        TestApp {
            addr,
            client: authenticated_client(&admin_key),
            anonymous: plain_client(),
            db,
            admin_key,
            settings,
            queries,
            shutdown: Some(tx),
            server: Some(server),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Posts a GraphQL operation as the admin and returns the status and the JSON body.
    pub async fn graphql(&self, query: &str, variables: Value) -> (u16, Value) {
        self.graphql_as(Some(&self.admin_key), query, variables)
            .await
    }

    /// Posts a GraphQL operation with `credential` as bearer token (none: anonymous).
    pub async fn graphql_as(
        &self,
        credential: Option<&str>,
        query: &str,
        variables: Value,
    ) -> (u16, Value) {
        let mut request = self
            .anonymous
            .post(self.url("/graphql"))
            .header("content-type", "application/json");
        if let Some(credential) = credential {
            request = request.bearer_auth(credential);
        }
        let response = request
            .json(&json!({ "query": query, "variables": variables }))
            .send()
            .await
            .expect("the server answers");
        let status = response.status().as_u16();
        let body = response.json().await.expect("a JSON body");
        (status, body)
    }

    /// A signed access token for `user` with `role`, as a sign-in would issue.
    pub fn access_token(&self, user: &str, role: api::domain::identity::Role) -> String {
        use api::application::identity::ports::TokenCodec as _;
        let codec = api::infrastructure::auth::jwt::JwtCodec::new(
            api::infrastructure::auth::jwt::SigningKey::Hs256(TEST_JWT_SECRET.as_bytes().to_vec()),
            &self.settings.auth.jwt_issuer,
            &self.settings.auth.jwt_audience,
            std::time::Duration::from_secs(3600),
        )
        .expect("a token codec");
        codec
            .issue(user, role, chrono::Utc::now())
            .expect("a token")
            .token
    }

    /// A new API key with `role` for user `user` (made with that role if missing).
    pub async fn key(&self, user: &str, role: api::domain::identity::Role) -> String {
        api::commands::create_api_key(&self.settings, user, &format!("{user} key"), role)
            .await
            .expect("an API key")
    }

    /// Posts a GraphQL operation that must succeed and returns its `data`.
    pub async fn graphql_ok(&self, query: &str, variables: Value) -> Value {
        let (status, body) = self.graphql(query, variables).await;
        assert_eq!(status, 200, "{body}");
        assert!(body.get("errors").is_none(), "unexpected errors: {body}");
        body["data"].clone()
    }

    /// Polls integration `id` until its state is `wanted` (for 20 s at most) and
    /// answers the integration's `fields` (a selection that includes `state`).
    pub async fn wait_for_state(&self, id: &str, wanted: &str, fields: &str) -> Value {
        let query = format!("query($id: ID!) {{ integration(id: $id) {{ {fields} }} }}");
        for _ in 0..400 {
            let data = self.graphql_ok(&query, json!({ "id": id })).await;
            if data["integration"]["state"] == wanted {
                return data["integration"].clone();
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("{id} never reached {wanted}");
    }

    /// Stops the server gracefully and waits for it.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            tx.send(()).ok();
        }
        if let Some(server) = self.server.take() {
            server
                .await
                .expect("the server task")
                .expect("a clean stop");
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            tx.send(()).ok();
        }
        if let Some(server) = self.server.take() {
            server.abort();
        }
    }
}

/// A client with no credentials.
pub fn plain_client() -> reqwest::Client {
    api::infrastructure::install_tls_provider();
    reqwest::Client::new()
}

/// A client that sends `key` as its bearer token on every request.
pub fn authenticated_client(key: &str) -> reqwest::Client {
    api::infrastructure::install_tls_provider();
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::AUTHORIZATION,
        reqwest::header::HeaderValue::from_str(&format!("Bearer {key}")).expect("a header"),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("a client")
}

/// The `extensions.code` of each of a GraphQL response's errors, in order.
pub fn codes(body: &Value) -> Vec<String> {
    body["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["extensions"]["code"].as_str().map(str::to_owned))
        .collect()
}

/// The `codebot` binary built next to the test executable (the README's test command
/// builds it first).
pub fn codebot_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the test executable");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>/deps");
    let bin = dir.join("codebot");
    assert!(
        bin.exists(),
        "{} is missing: build it with `cargo build --bin codebot` (the test script does)",
        bin.display()
    );
    bin
}

/// Runs an async test body once on SQLite and once on PostgreSQL, each on a fresh
/// database: `both_databases!(name, |backend| async move { ... });` makes the tests
/// `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! both_databases {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let body = $body;
                body($crate::Backend::Sqlite).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let body = $body;
                body($crate::Backend::Postgres).await;
            }
        }
    };
}
