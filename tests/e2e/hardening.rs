//! What a hostile or careless client tried, each now refused the same way on every
//! transport: a config nested deep enough to poison the store, a role kept on an open
//! socket, limits skipped over the websocket, secrets quoted in errors, NUL characters.

use std::time::Duration;

use codebot_tests::{Backend, TestApp, both_databases};
use serde_json::{Value, json};

use crate::websocket_protocol::{Socket, connect, receive, send};

/// `{ a: { a: … 1 … } }` nested `levels` deep, as a GraphQL literal.
fn nested_literal(levels: usize) -> String {
    format!("{}1{}", "{ a: ".repeat(levels), " }".repeat(levels))
}

/// The same as JSON.
fn nested_json(levels: usize) -> Value {
    let mut value = json!(1);
    for _ in 0..levels {
        value = json!({ "a": value });
    }
    value
}

fn create_with_config(config: &str) -> String {
    format!(
        r#"mutation {{ createIntegration(input: {{ kind: "http_poller", name: "Deep", prompt: "p", config: {config} }}) {{ id }} }}"#
    )
}

/// A websocket initialised with `credential`.
async fn socket_as(app: &TestApp, credential: &str) -> Socket {
    let mut socket = connect(app, "graphql-transport-ws").await;
    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {credential}") } }),
    )
    .await;
    assert_eq!(receive(&mut socket).await["type"], "connection_ack");
    socket
}

/// Runs one operation over the socket and returns its first `next` or `error` payload.
async fn run_on(socket: &mut Socket, id: &str, query: &str) -> Value {
    send(
        socket,
        json!({ "type": "subscribe", "id": id, "payload": { "query": query } }),
    )
    .await;
    loop {
        let message = receive(socket).await;
        if message["id"] == id && (message["type"] == "next" || message["type"] == "error") {
            return message["payload"].clone();
        }
    }
}

fn error_code(payload: &Value) -> String {
    let errors = if payload.is_array() {
        payload.clone()
    } else {
        payload["errors"].clone()
    };
    errors[0]["extensions"]["code"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

both_databases!(
    a_deep_config_is_refused_on_every_transport_and_listings_keep_working,
    |backend| async move {
        let app = TestApp::spawn_api(backend).await;
        // Inline literal, over HTTP: 128 levels once poisoned the store.
        for levels in [40, 128, 2_000] {
            let (status, body) = app
                .graphql(&create_with_config(&nested_literal(levels)), Value::Null)
                .await;
            assert!(status < 500, "{levels} levels: {status} {body}");
            assert!(body["data"]["createIntegration"].is_null(), "{body}");
            let text = body["errors"].to_string();
            assert!(
                text.contains("BAD_USER_INPUT") || text.contains("nested") || text.contains("deep"),
                "{levels} levels: {body}"
            );
        }
        // In variables.
        let (_, body) = app
            .graphql(
                r#"mutation($config: JSON!) { createIntegration(input: { kind: "http_poller", name: "Deep", prompt: "p", config: $config }) { id } }"#,
                json!({ "config": nested_json(100) }),
            )
            .await;
        assert_eq!(error_code(&body), "BAD_USER_INPUT", "{body}");
        // Over the websocket.
        let mut socket = socket_as(&app, &app.admin_key).await;
        let payload = run_on(
            &mut socket,
            "deep",
            &create_with_config(&nested_literal(120)),
        )
        .await;
        assert!(payload["data"]["createIntegration"].is_null(), "{payload}");
        // Nothing was stored, and every reader still works.
        let data = app
            .graphql_ok(
                "{ integrations(first: 10) { totalCount edges { node { id config } } } }",
                Value::Null,
            )
            .await;
        assert_eq!(data["integrations"]["totalCount"], 0, "{data}");
        // A config at the limit is fine and reads back whole.
        let (_, body) = app
            .graphql(
                r#"mutation($config: JSON!) { createIntegration(input: { kind: "http_poller", name: "Edge", prompt: "p", config: $config }) { id config } }"#,
                json!({ "config": nested_json(32) }),
            )
            .await;
        assert_eq!(
            body["data"]["createIntegration"]["config"],
            nested_json(32),
            "{body}"
        );
        let payload = run_on(
            &mut socket,
            "feed",
            "subscription { events(afterPosition: 0) { position type } }",
        )
        .await;
        assert_eq!(
            payload["data"]["events"]["type"], "INTEGRATION_CREATED",
            "{payload}"
        );
        app.stop().await;
    }
);

#[tokio::test]
async fn an_open_socket_acts_with_the_role_its_user_has_now() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let key = app
        .key("dana", api::domain::identity::Role::Developer)
        .await;
    let mut socket = socket_as(&app, &key).await;
    let create = r#"mutation { createIntegration(input: { kind: "http_poller", name: "Before", prompt: "p", config: { url: "https://api.example.com/a", interval_seconds: 60 } }) { id } }"#;
    let payload = run_on(&mut socket, "1", create).await;
    assert!(
        payload["data"]["createIntegration"]["id"].is_string(),
        "{payload}"
    );
    app.graphql_ok(
        r#"mutation { setUserRole(userId: "dana", role: VIEWER) { role } }"#,
        Value::Null,
    )
    .await;
    let payload = run_on(&mut socket, "2", &create.replace("Before", "After")).await;
    assert_eq!(error_code(&payload), "FORBIDDEN", "{payload}");
    let data = app
        .graphql_ok("{ integrations(first: 10) { totalCount } }", Value::Null)
        .await;
    assert_eq!(data["integrations"]["totalCount"], 1, "{data}");
}

#[tokio::test]
async fn an_access_token_never_grants_more_than_its_user_has_now() {
    use api::domain::identity::Role;
    let app = TestApp::spawn_with(Backend::Sqlite, &[("CODEBOT_ROLE", "api")]).await;
    // A correctly signed token for a user that does not exist grants nothing.
    let ghost = app.access_token("ghost", Role::Admin);
    let (status, body) = app
        .graphql_as(Some(&ghost), "{ me { name } }", Value::Null)
        .await;
    assert_eq!(status, 401, "{body}");
    // A token issued while the user was an admin acts as what the user is now.
    app.key("erin", Role::Admin).await;
    let token = app.access_token("erin", Role::Admin);
    let promote = r#"mutation { setUserRole(userId: "admin2", role: ADMIN) { role } }"#;
    app.key("admin2", Role::Viewer).await;
    app.graphql_ok(
        r#"mutation { setUserRole(userId: "erin", role: VIEWER) { role } }"#,
        Value::Null,
    )
    .await;
    let (_, body) = app.graphql_as(Some(&token), promote, Value::Null).await;
    assert_eq!(error_code(&body), "FORBIDDEN", "{body}");
    let (_, body) = app
        .graphql_as(Some(&token), "{ me { role } }", Value::Null)
        .await;
    assert_eq!(body["data"]["me"]["role"], "VIEWER", "{body}");
}

#[tokio::test]
async fn document_limits_and_the_rate_budget_are_the_same_over_the_websocket() {
    let app = TestApp::spawn_with(
        Backend::Sqlite,
        &[
            ("CODEBOT_ROLE", "api"),
            ("CODEBOT_RATE_LIMIT_ADMIN", "10/1000"),
        ],
    )
    .await;
    let mut socket = socket_as(&app, &app.admin_key).await;
    // The alias cap.
    let aliases: String = (0..31).map(|i| format!("a{i}: __typename ")).collect();
    let payload = run_on(&mut socket, "aliases", &format!("{{ {aliases} }}")).await;
    assert!(payload.to_string().contains("aliases"), "{payload}");
    // A mutation of 20 root fields costs 20 requests: over a budget of 10 a minute,
    // none of it runs.
    let creates: String = (0..20)
        .map(|i| format!(r#"c{i}: createIntegration(input: {{ kind: "http_poller", name: "N{i}", prompt: "p", config: {{ url: "https://api.example.com/a", interval_seconds: 60 }} }}) {{ id }} "#))
        .collect();
    let payload = run_on(&mut socket, "many", &format!("mutation {{ {creates} }}")).await;
    assert_eq!(error_code(&payload), "RATE_LIMITED", "{payload}");
    // Over HTTP the same document is refused the same way, with 429.
    let (status, body) = app
        .graphql(&format!("mutation {{ {creates} }}"), Value::Null)
        .await;
    assert_eq!(status, 429, "{body}");
    let admin_token = app.access_token("admin", api::domain::identity::Role::Admin);
    tokio::time::sleep(Duration::from_millis(10)).await;
    let (_, body) = app
        .graphql_as(
            Some(&admin_token),
            "{ integrations(first: 1) { totalCount } }",
            Value::Null,
        )
        .await;
    assert_eq!(body["data"]["integrations"]["totalCount"], 0, "{body}");
}

both_databases!(
    nul_characters_are_the_callers_mistake,
    |backend| async move {
        let app = TestApp::spawn_api(backend).await;
        for (query, variables) in [
            (r#"{ node(id: "\u0000") { id } }"#.to_owned(), Value::Null),
            (
                "query($id: ID!) { node(id: $id) { id } }".to_owned(),
                json!({ "id": "a\u{0}b" }),
            ),
            (
                r#"{ integrations(first: 5, filter: { text: "x\u0000" }) { totalCount } }"#
                    .to_owned(),
                Value::Null,
            ),
            (
                create_with_config(
                    r#"{ url: "https://api.example.com/\u0000", interval_seconds: 60 }"#,
                ),
                Value::Null,
            ),
        ] {
            let (status, body) = app.graphql(&query, variables).await;
            assert!(status < 500, "{query}: {status} {body}");
            assert_eq!(error_code(&body), "BAD_USER_INPUT", "{query}: {body}");
        }
        app.stop().await;
    }
);

#[tokio::test]
async fn a_secret_that_breaks_its_kinds_rules_is_never_quoted() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let data = app
        .graphql_ok(
            r#"mutation { createIntegration(input: { kind: "webhook_relay", name: "Leaky", prompt: "relay", config: { target_url: "https://example.com/hook", signing_secret: "shortleak-13c" } }) { id } }"#,
            Value::Null,
        )
        .await;
    let id = data["createIntegration"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let failed = app
        .wait_for_state(
            &id,
            "FAILED",
            "state failure { reason } steps { name error } events(first: 50) { data }",
        )
        .await;
    let text = failed.to_string();
    assert!(text.contains("signing_secret"), "{text}");
    assert!(!text.contains("shortleak"), "{text}");
}

#[tokio::test]
async fn an_early_refusal_tells_the_client_the_connection_closes() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let response = codebot_tests::plain_client()
        .post(app.url("/graphql"))
        .header("content-type", "text/plain")
        .header("authorization", format!("Bearer {}", app.admin_key))
        .body("{ __typename }")
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status().as_u16(), 415);
    assert_eq!(response.headers()["connection"], "close");
}

#[tokio::test]
async fn replicas_that_start_together_on_a_fresh_database_all_start() {
    let db = codebot_tests::TestDb::create(Backend::Postgres).await;
    let data = db.dir.path().join("data");
    let starts: Vec<_> = (0..3)
        .map(|_| {
            tokio::process::Command::new(codebot_tests::codebot_binary())
                .arg("migrate")
                .env_clear()
                .env("PATH", std::env::var("PATH").unwrap_or_default())
                .env("DATABASE_URL", &db.url)
                .env("CODEBOT_DATA_DIR", &data)
                .env("CODEBOT_JWT_SECRET", codebot_tests::TEST_JWT_SECRET)
                .output()
        })
        .collect();
    for start in futures_util::future::join_all(starts).await {
        let output = start.expect("codebot migrate runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

both_databases!(
    a_store_poisoned_before_the_depth_limit_is_repaired_at_start,
    |backend| async move {
        use sea_orm::{ConnectionTrait, EntityTrait, Statement};
        let app = TestApp::spawn_api(backend).await;
        let create = |name: &str| {
            format!(
                r#"mutation {{ createIntegration(input: {{ kind: "http_poller", name: "{name}", prompt: "p", config: {{ url: "https://api.example.com/a", interval_seconds: 60 }} }}) {{ id }} }}"#
            )
        };
        let deep = app.graphql_ok(&create("Deep"), Value::Null).await["createIntegration"]["id"]
            .as_str()
            .expect("id")
            .to_owned();
        app.graphql_ok(&create("Fine"), Value::Null).await;
        let db = app.stop_keeping_database().await;
        // What a client could store before configs were limited: 130 levels.
        let conn = sea_orm::Database::connect(&db.url).await.expect("connect");
        let poison = nested_json(130).to_string();
        let statements = match backend {
            Backend::Postgres => [
                format!(
                    "UPDATE integrations SET config = jsonb_set(config, '{{deep}}', CAST('{poison}' AS jsonb)) WHERE name = 'Deep'"
                ),
                format!(
                    "UPDATE events SET data = jsonb_set(data, '{{config,deep}}', CAST('{poison}' AS jsonb)) WHERE aggregate_id = (SELECT id FROM integrations WHERE name = 'Deep') AND version = 1"
                ),
            ],
            Backend::Sqlite => [
                format!(
                    "UPDATE integrations SET config = json_set(config, '$.deep', json('{poison}')) WHERE name = 'Deep'"
                ),
                format!(
                    "UPDATE events SET data = json_set(data, '$.config.deep', json('{poison}')) WHERE aggregate_id = (SELECT id FROM integrations WHERE name = 'Deep') AND version = 1"
                ),
            ],
        };
        for sql in statements {
            let done = conn
                .execute_raw(Statement::from_string(
                    conn.get_database_backend(),
                    sql.clone(),
                ))
                .await
                .unwrap_or_else(|e| panic!("{sql}: {e}"));
            assert_eq!(done.rows_affected(), 1, "{sql}");
        }
        // As the store was then: its rows no longer read.
        assert!(
            entity::integration::Entity::find()
                .all(&conn)
                .await
                .is_err()
        );
        assert!(entity::event::Entity::find().all(&conn).await.is_err());
        conn.execute_raw(Statement::from_string(
            conn.get_database_backend(),
            "DELETE FROM seaql_migrations WHERE version = 'm20261130_000008_repair_deep_json'",
        ))
        .await
        .expect("forget the repair");
        conn.close().await.ok();

        // The next start repairs it: listings, the feed and history read again, and an
        // admin can delete the damaged integration.
        let app = TestApp::spawn_on(db, &[("CODEBOT_ROLE", "api")]).await;
        let data = app
            .graphql_ok(
                "{ integrations(first: 10) { totalCount edges { node { id config events { type } } } } }",
                Value::Null,
            )
            .await;
        assert_eq!(data["integrations"]["totalCount"], 2, "{data}");
        assert!(data.to_string().contains("[nested too deep]"), "{data}");
        let mut socket = socket_as(&app, &app.admin_key).await;
        let payload = run_on(
            &mut socket,
            "feed",
            "subscription { events(afterPosition: 0) { position type } }",
        )
        .await;
        assert_eq!(
            payload["data"]["events"]["type"], "INTEGRATION_CREATED",
            "{payload}"
        );
        app.graphql_ok(
            "mutation($id: ID!) { cancelIntegration(id: $id) { state } }",
            json!({ "id": deep }),
        )
        .await;
        let deleted = app
            .graphql_ok(
                "mutation($id: ID!) { deleteIntegration(id: $id) }",
                json!({ "id": deep }),
            )
            .await;
        assert_eq!(deleted["deleteIntegration"], true, "{deleted}");
        app.stop().await;
    }
);

both_databases!(
    secret_config_values_are_sealed_at_rest_and_keys_rotate,
    |backend| async move {
        use sea_orm::{ConnectionTrait, Statement};
        let old = format!("old:{}", "b2xkLWtleS1vbGQta2V5LW9sZC1rZXktb2xkLWtleSE=");
        let new = format!("new:{}", "bmV3LWtleS1uZXcta2V5LW5ldy1rZXktbmV3LWtleSE=");
        let app = TestApp::spawn_with(backend, &[("CODEBOT_SECRETS_KEYS", old.as_str())]).await;
        let data = app
            .graphql_ok(
                r#"mutation { createIntegration(input: { kind: "webhook_relay", name: "Sealed", prompt: "relay", config: { target_url: "https://example.com/hook", signing_secret: "hunter2-hunter2-hunter2" } }) { id } }"#,
                Value::Null,
            )
            .await;
        let id = data["createIntegration"]["id"]
            .as_str()
            .expect("id")
            .to_owned();
        // The validate step read the real secret (16 characters at least) back.
        app.wait_for_state(&id, "REVIEWING", "state").await;
        let db = app.stop_keeping_database().await;
        let dump = |db: &codebot_tests::TestDb| {
            let url = db.url.clone();
            async move {
                let conn = sea_orm::Database::connect(&url).await.expect("connect");
                let backend = conn.get_database_backend();
                let mut text = String::new();
                for sql in [
                    "SELECT CAST(data AS TEXT) AS r FROM events",
                    "SELECT CAST(config AS TEXT) AS r FROM integrations",
                    "SELECT COALESCE(error, '') AS r FROM pipeline_steps",
                ] {
                    for row in conn
                        .query_all_raw(Statement::from_string(backend, sql))
                        .await
                        .expect("rows")
                    {
                        text.push_str(&row.try_get::<String>("", "r").unwrap_or_default());
                    }
                }
                conn.close().await.ok();
                text
            }
        };
        let stored = dump(&db).await;
        assert!(
            !stored.contains("hunter2"),
            "a secret in the clear: {stored}"
        );
        assert!(stored.contains("enc:v1:old:"), "{stored}");

        // Rotation: the new key first, the old one kept to open what it sealed.
        let output = std::process::Command::new(codebot_tests::codebot_binary())
            .args(["secrets", "rotate"])
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DATABASE_URL", &db.url)
            .env("CODEBOT_DATA_DIR", db.dir.path().join("data"))
            .env("CODEBOT_JWT_SECRET", codebot_tests::TEST_JWT_SECRET)
            .env("CODEBOT_SECRETS_KEYS", format!("{new},{old}"))
            .output()
            .expect("codebot secrets rotate");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            String::from_utf8_lossy(&output.stdout).contains("re-wrapped 1 "),
            "{}",
            String::from_utf8_lossy(&output.stdout)
        );
        let stored = dump(&db).await;
        assert!(
            stored.contains("enc:v1:new:") && !stored.contains("enc:v1:old:"),
            "{stored}"
        );

        // The old key is gone; history still reads, and the secret still opens.
        let app = TestApp::spawn_on(db, &[("CODEBOT_SECRETS_KEYS", new.as_str())]).await;
        let then = app
            .graphql_ok(
                "query($id: ID!) { integrationAt(id: $id, version: 1) { config } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(
            then["integrationAt"]["config"]["signing_secret"], "[secret]",
            "{then}"
        );
        app.graphql_ok(
            "mutation($id: ID!) { requestChanges(id: $id, comment: \"again\") { state } }",
            json!({ "id": id }),
        )
        .await;
        app.wait_for_state(&id, "REVIEWING", "state").await;
        app.stop().await;
    }
);

#[tokio::test]
async fn replicas_that_start_together_on_postgresql_make_one_first_admin() {
    let db = codebot_tests::TestDb::create(Backend::Postgres).await;
    let ports: Vec<u16> = (0..3)
        .map(|_| {
            std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .expect("a port")
                .port()
        })
        .collect();
    let mut replicas: Vec<_> = ports
        .iter()
        .enumerate()
        .map(|(i, port)| {
            std::process::Command::new(codebot_tests::codebot_binary())
                .args(["serve", "--role", "api"])
                .env_clear()
                .env("PATH", std::env::var("PATH").unwrap_or_default())
                .env("DATABASE_URL", &db.url)
                .env("CODEBOT_DATA_DIR", db.dir.path().join(format!("data-{i}")))
                .env("CODEBOT_JWT_SECRET", codebot_tests::TEST_JWT_SECRET)
                .env("CODEBOT_ADDR", format!("127.0.0.1:{port}"))
                .env("CODEBOT_LOG", "warn")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("a replica starts")
        })
        .collect();
    // Every replica becomes ready.
    for port in &ports {
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        while codebot_tests::plain_client()
            .get(format!("http://127.0.0.1:{port}/readyz"))
            .send()
            .await
            .map_or(true, |r| !r.status().is_success())
        {
            assert!(
                std::time::Instant::now() < deadline,
                "a replica never became ready"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    for replica in &mut replicas {
        replica.kill().ok();
    }
    let mut keys = Vec::new();
    for replica in replicas {
        let output = replica.wait_with_output().expect("output");
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        keys.extend(
            text.lines()
                .map(str::trim)
                .filter(|line| line.starts_with("cb_"))
                .map(str::to_owned),
        );
    }
    assert_eq!(keys.len(), 1, "first admin keys printed: {keys:?}");
    // That key is an admin's, and the only key there is.
    let app = TestApp::spawn_on(db, &[("CODEBOT_ROLE", "api")]).await;
    let (status, body) = app
        .graphql_as(
            Some(&keys[0]),
            "{ me { id role } apiKeys { id } }",
            Value::Null,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["me"]["role"], "ADMIN", "{body}");
    // The harness made one more for itself.
    assert_eq!(
        body["data"]["apiKeys"].as_array().map(Vec::len),
        Some(2),
        "{body}"
    );
}

/// A database that cannot be reached (restarting, refusing connections) is a
/// `SERVICE_UNAVAILABLE` the client may retry, never an internal error; once it is back
/// the same request succeeds.
#[tokio::test]
async fn an_unreachable_database_is_service_unavailable_and_then_recovers() {
    use sea_orm::ConnectionTrait;
    let app = TestApp::spawn_api(Backend::Postgres).await;
    let create = r#"mutation { createIntegration(input: { kind: "http_poller", name: "Later", prompt: "p", config: { url: "https://api.example.com/x", interval_seconds: 60 } }) { id } }"#;
    // Signed in (the credential is now cached), then the database goes away.
    app.graphql_ok("{ integrations(first: 1) { totalCount } }", Value::Null)
        .await;
    let name = app.db.url.rsplit('/').next().expect("a name").to_owned();
    let admin = sea_orm::Database::connect(codebot_tests::postgres_admin_url())
        .await
        .expect("admin");
    let set_allowed =
        |allowed: bool| format!("ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS {allowed}");
    admin
        .execute_unprepared(&set_allowed(false))
        .await
        .expect("refuse connections");
    admin
        .execute_unprepared(&format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
        ))
        .await
        .expect("terminate");
    let (status, body) = app.graphql(create, Value::Null).await;
    admin
        .execute_unprepared(&set_allowed(true))
        .await
        .expect("accept connections");
    assert!(
        status == 503 || status == 200,
        "a retryable answer, not {status}: {body}"
    );
    assert_eq!(error_code(&body), "SERVICE_UNAVAILABLE", "{body}");
    let data = app.graphql_ok(create, Value::Null).await;
    assert!(data["createIntegration"]["id"].is_string(), "{data}");
}

/// Positions are 64-bit: past 2^31 a client reads the true position and resumes from
/// it (it once read 0, and a reconnecting client would have replayed everything); a
/// typo in an event type filter is refused instead of silently matching nothing.
#[tokio::test]
async fn positions_past_two_to_the_31_survive_and_unknown_event_types_are_refused() {
    use sea_orm::ConnectionTrait;
    let app = TestApp::spawn_api(Backend::Postgres).await;
    let sql = sea_orm::Database::connect(&app.db.url)
        .await
        .expect("connect");
    sql.execute_unprepared(
        "SELECT setval(pg_get_serial_sequence('events', 'position'), 3000000000)",
    )
    .await
    .expect("move the sequence past 2^31");
    let created = app
        .graphql_ok(
            r#"mutation { createIntegration(input: { kind: "http_poller", name: "Far", prompt: "p", config: { url: "https://api.example.com/x", interval_seconds: 60 } }) { id events(first: 5) { position } } }"#,
            Value::Null,
        )
        .await;
    let position = created["createIntegration"]["events"][0]["position"]
        .as_i64()
        .expect("a number");
    assert!(position > 3_000_000_000, "{created}");

    // A subscriber resuming just before it gets it, and only it.
    let mut socket = socket_as(&app, &app.admin_key).await;
    let first = run_on(
        &mut socket,
        "1",
        &format!(
            "subscription {{ events(afterPosition: {}, types: [INTEGRATION_CREATED]) {{ position type }} }}",
            position - 1
        ),
    )
    .await;
    assert_eq!(first["data"]["events"]["position"], position, "{first}");

    // The types are an enum: GraphQL validation refuses a name outside it, in the
    // document or in the variables, before anything runs, and says which type it wanted.
    let refuses = |errors: &Value, offered: &str| {
        let message = errors[0]["message"].as_str().unwrap_or_default();
        assert!(
            message.contains("EventType") && message.contains(offered),
            "{errors}"
        );
    };
    let (_, body) = app
        .graphql(
            "mutation { createWebhookSubscription(input: { url: \"https://example.com/hook\", eventTypes: [STATE_CHANGD] }) { secret } }",
            Value::Null,
        )
        .await;
    assert!(body["data"].is_null(), "{body}");
    refuses(&body["errors"], "STATE_CHANGD");
    let (_, body) = app
        .graphql(
            "mutation($types: [EventType!]) { createWebhookSubscription(input: { url: \"https://example.com/hook\", eventTypes: $types }) { secret } }",
            json!({ "types": ["StateChanged"] }),
        )
        .await;
    assert!(body["data"].is_null(), "{body}");
    refuses(&body["errors"], "StateChanged");
    assert_eq!(
        app.graphql_ok("{ webhookSubscriptions { id } }", Value::Null)
            .await["webhookSubscriptions"],
        json!([]),
        "nothing was subscribed"
    );
    let refused = run_on(
        &mut socket,
        "2",
        "subscription { events(types: [STATE_CHANGD]) { position } }",
    )
    .await;
    refuses(&refused, "STATE_CHANGD");
}

/// Reading a pull request's changes runs git: one document may not ask for them over
/// and over (aliases of the same field).
#[tokio::test]
async fn a_pull_requests_changes_cost_enough_that_one_document_cannot_repeat_them() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let id = uuid::Uuid::now_v7();
    let alias = |n: usize| {
        (0..n)
            .map(|i| {
                format!(
                    "a{i}: integration(id: \"{id}\") {{ pullRequest {{ changes {{ diff }} }} }}"
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (status, body) = app
        .graphql(&format!("{{ {} }}", alias(25)), Value::Null)
        .await;
    assert!(status < 500, "{status} {body}");
    let message = body["errors"][0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("complex"), "{body}");
    let data = app
        .graphql_ok(&format!("{{ {} }}", alias(3)), Value::Null)
        .await;
    assert!(data["a0"].is_null(), "{data}");
}
