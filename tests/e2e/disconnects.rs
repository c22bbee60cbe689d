//! Clients that hang up mid-request: whatever point a request had reached when its
//! client went away, no transaction stays open and every later request goes through.

use std::time::Duration;

use api::application::integrations::commands::Actor;
use api::domain::IntegrationDraft;
use codebot_tests::{Backend, TestApp, TestDb, both_databases};
use sea_orm::{ConnectionTrait, Database, Statement};
use serde_json::json;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

const CREATE: &str = r#"mutation { createIntegration(input: { kind: "http_poller", name: "Hang-up", prompt: "Poll orders", config: { url: "https://api.example.com/orders", interval_seconds: 60 } }) { id } }"#;

/// Sends a whole `createIntegration` request, then closes the connection after
/// `wait`, before (or while) the answer arrives.
async fn hang_up_after(addr: std::net::SocketAddr, key: String, wait: Duration) {
    let Ok(mut stream) = TcpStream::connect(addr).await else {
        return;
    };
    let body = json!({ "query": CREATE }).to_string();
    let request = format!(
        "POST /graphql HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\nauthorization: Bearer {key}\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    if stream.write_all(request.as_bytes()).await.is_err() {
        return;
    }
    tokio::time::sleep(wait).await;
    // Dropping the stream closes the socket; the server sees its client gone.
}

/// Sessions of the test's database that sit in an open transaction.
async fn sessions_in_transaction(db: &TestDb) -> i64 {
    let admin = Database::connect(codebot_tests::postgres_admin_url())
        .await
        .expect("the PostgreSQL server");
    let database = db
        .url
        .rsplit('/')
        .next()
        .and_then(|name| name.split('?').next())
        .unwrap_or_default()
        .to_owned();
    let row = admin
        .query_one_raw(Statement::from_sql_and_values(
            sea_orm::DatabaseBackend::Postgres,
            "SELECT count(*) AS n FROM pg_stat_activity \
             WHERE datname = $1 AND state LIKE 'idle in transaction%'",
            [database.into()],
        ))
        .await
        .expect("pg_stat_activity")
        .expect("a row");
    admin.close().await.ok();
    row.try_get::<i64>("", "n").expect("a count")
}

both_databases!(
    clients_that_hang_up_mid_mutation_leave_no_transaction_open,
    |backend| async move {
        let app = TestApp::spawn_api(backend).await;
        // Hang-ups spread from "at once" to "after a few milliseconds", so that they
        // land before, inside and after the append's transaction.
        for round in 0..8u64 {
            let mut clients = Vec::new();
            for i in 0..32u64 {
                let wait = Duration::from_micros((round * 32 + i) * 7919 % 6000);
                clients.push(tokio::spawn(hang_up_after(
                    app.addr,
                    app.admin_key.clone(),
                    wait,
                )));
            }
            for client in clients {
                client.await.expect("a client task");
            }
        }
        if backend == Backend::Postgres {
            // Requests still running finish on their own; a leaked transaction would
            // stay for the whole statement timeout (30 s).
            let mut open = i64::MAX;
            for _ in 0..50 {
                open = sessions_in_transaction(&app.db).await;
                if open == 0 {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            assert_eq!(open, 0, "sessions left idle in transaction");
        }
        // The same key still writes and reads, promptly.
        let write =
            tokio::time::timeout(Duration::from_secs(10), app.graphql_ok(CREATE, json!({})))
                .await
                .expect("a write after the hang-ups answers within 10 s");
        assert!(write["createIntegration"]["id"].is_string(), "{write}");
        let read = tokio::time::timeout(
            Duration::from_secs(10),
            app.graphql_ok("{ integrations(first: 1) { totalCount } }", json!({})),
        )
        .await
        .expect("a read after the hang-ups answers within 10 s");
        assert!(
            read["integrations"]["totalCount"].as_i64().unwrap_or(0) >= 1,
            "{read}"
        );
        app.stop().await;
    }
);

/// Waits until no session of `db` sits in a transaction (a leaked one would sit there
/// for the whole statement timeout, 30 s) and returns how many still do after 5 s.
async fn settled_sessions_in_transaction(db: &TestDb) -> i64 {
    let mut open = i64::MAX;
    for _ in 0..50 {
        open = sessions_in_transaction(db).await;
        if open == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    open
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_command_dropped_at_any_await_leaves_no_transaction_open() {
    let db = TestDb::create(Backend::Postgres).await;
    let (handlers, conn) = db.handlers().await;
    let actor = Actor {
        user_id: "tester".into(),
        request_id: None,
        may_change_any: true,
    };
    let draft = |name: String| IntegrationDraft {
        kind: "webhook_relay".into(),
        name,
        description: None,
        prompt: "relay".into(),
        config: json!({ "target_url": "https://example.test" }),
    };
    // Each command is dropped after a deadline that lands somewhere between its first
    // statement and its commit: 8 at a time, so that some wait for a connection too.
    for round in 0..60u64 {
        let mut drops = Vec::new();
        for i in 0..8u64 {
            let handlers = handlers.clone();
            let actor = actor.clone();
            let draft = draft(format!("Dropped {round}-{i}"));
            drops.push(tokio::spawn(async move {
                let deadline = Duration::from_micros((round * 8 + i) * 977 % 4_000);
                tokio::time::timeout(
                    deadline,
                    handlers.integration_commands.create(&actor, draft),
                )
                .await
                .ok();
            }));
        }
        for dropped in drops {
            dropped.await.expect("a task");
        }
    }
    // Plain reads on every pooled connection: a connection that a dropped command left
    // inside a transaction stays there (only a later commit would end it).
    let reads: Vec<_> = (0..40)
        .map(|_| {
            let conn = conn.clone();
            tokio::spawn(async move {
                conn.execute_unprepared("SELECT pg_sleep(0.01)").await.ok();
            })
        })
        .collect();
    for read in reads {
        read.await.expect("a read");
    }
    assert_eq!(
        settled_sessions_in_transaction(&db).await,
        0,
        "sessions left idle in transaction"
    );
    let created = tokio::time::timeout(
        Duration::from_secs(10),
        handlers
            .integration_commands
            .create(&actor, draft("After".into())),
    )
    .await
    .expect("a command after the drops answers within 10 s");
    assert!(created.is_ok(), "{created:?}");
    // And the server ends whatever would still slip through: every pooled session has
    // a statement and an idle-in-transaction timeout.
    for setting in ["statement_timeout", "idle_in_transaction_session_timeout"] {
        let row = conn
            .query_one_raw(Statement::from_string(
                sea_orm::DatabaseBackend::Postgres,
                format!("SELECT current_setting('{setting}') AS value"),
            ))
            .await
            .expect("a setting")
            .expect("a row");
        assert_eq!(
            row.try_get::<String>("", "value").expect("text"),
            "30s",
            "{setting}"
        );
    }
}
