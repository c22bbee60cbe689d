//! Live subscriptions over websockets with real third-party clients: the npm
//! `graphql-ws` client (graphql-transport-ws) and the legacy `subscriptions-transport-ws`
//! client (graphql-ws). Replay from a cursor, then live: in order, nothing missing,
//! nothing twice.

use std::process::Stdio;
use std::time::Duration;

use codebot_tests::{Backend, TestApp};
use serde_json::{Value, json};
use tokio::io::AsyncReadExt;

const EVENTS: &str = "subscription($after: Position) { events(afterPosition: $after) { position integrationId version type actor data } }";

/// Runs the node client until it has `count` payloads and returns them.
async fn subscribe(
    app: &TestApp,
    protocol: &str,
    query: &str,
    variables: Value,
    count: usize,
) -> Vec<Value> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/js/subscribe.mjs");
    let url = format!("ws://{}/graphql/ws", app.addr);
    let mut child = tokio::process::Command::new("node")
        .args([
            script,
            protocol,
            &url,
            query,
            &variables.to_string(),
            &count.to_string(),
            "60000",
        ])
        .env("CODEBOT_TOKEN", &app.admin_key)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs (the test script installs tests/js)");
    let mut stdout = String::new();
    let mut stderr = String::new();
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let (status, _, _) = tokio::join!(
        child.wait(),
        out.read_to_string(&mut stdout),
        err.read_to_string(&mut stderr)
    );
    assert!(
        status.expect("exit").success(),
        "the client failed: {stderr}\n{stdout}"
    );
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON payload"))
        .collect()
}

/// Starts the npm graphql-ws client for one payload and returns once the server has
/// acknowledged the connection (and had a moment to start the stream), so that what
/// the test does next happens while the subscription is live.
async fn connected_subscriber(
    app: &TestApp,
    query: &str,
    variables: Value,
    timeout_ms: &str,
) -> tokio::process::Child {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/js/subscribe.mjs");
    let url = format!("ws://{}/graphql/ws", app.addr);
    let mut child = tokio::process::Command::new("node")
        .args([
            script,
            "graphql-transport-ws",
            &url,
            query,
            &variables.to_string(),
            "1",
            timeout_ms,
        ])
        .env("CODEBOT_TOKEN", &app.admin_key)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs (the test script installs tests/js)");
    let mut stderr = tokio::io::BufReader::new(child.stderr.take().expect("stderr"));
    let mut line = String::new();
    tokio::io::AsyncBufReadExt::read_line(&mut stderr, &mut line)
        .await
        .expect("read");
    assert_eq!(line.trim(), "connected");
    tokio::time::sleep(Duration::from_millis(300)).await;
    child
}

/// Every stored event's position, in order, straight from GraphQL queries.
async fn stored_positions(app: &TestApp, ids: &[Value]) -> Vec<i64> {
    let mut positions = Vec::new();
    for id in ids {
        let data = app
            .graphql_ok(
                "query($id: ID!) { integration(id: $id) { events(first: 1000) { position } } }",
                json!({ "id": id }),
            )
            .await;
        positions.extend(
            data["integration"]["events"]
                .as_array()
                .expect("events")
                .iter()
                .map(|e| e["position"].as_i64().expect("position")),
        );
    }
    positions.sort_unstable();
    positions
}

fn positions(payloads: &[Value]) -> Vec<i64> {
    payloads
        .iter()
        .map(|p| p["data"]["events"]["position"].as_i64().expect("position"))
        .collect()
}

async fn create_and_cancel(app: &TestApp, n: usize) -> Vec<Value> {
    let mut ids = Vec::new();
    for i in 0..n {
        let id = crate::integrations::create(app, &format!("Feed {i}")).await["id"].clone();
        crate::integrations::cancel(app, &id).await;
        ids.push(id);
    }
    ids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_transition_of_a_running_pipeline_reaches_both_kinds_of_client_in_order() {
    let app = TestApp::spawn_with(Backend::Postgres, &[("CODEBOT_POLL_SECS", "1")]).await;
    let created = crate::integrations::create(&app, "Watched").await;
    let id = created["id"].clone();
    let reviewing = crate::embedded_pipeline::wait_for(&app, &id, "REVIEWING").await;
    let total = reviewing["events"].as_array().expect("events").len();
    for protocol in ["graphql-transport-ws", "graphql-ws"] {
        let payloads = subscribe(&app, protocol, EVENTS, json!({ "after": 0 }), total).await;
        let versions: Vec<i64> = payloads
            .iter()
            .map(|p| p["data"]["events"]["version"].as_i64().expect("version"))
            .collect();
        assert_eq!(
            versions,
            (1..=total as i64).collect::<Vec<_>>(),
            "{protocol}"
        );
        let last = &payloads[total - 1]["data"]["events"];
        assert_eq!(last["type"], "STATE_CHANGED");
        assert_eq!(last["data"]["to"], "REVIEWING");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_events_reach_three_clients_in_order_without_gaps_or_duplicates() {
    let app = TestApp::spawn_api(Backend::Postgres).await;
    // Three clients subscribe from the start while the events are being written.
    let expected = 336 * 3;
    let clients: Vec<_> = (0..3)
        .map(|_| {
            let app = &app;
            async move {
                subscribe(
                    app,
                    "graphql-transport-ws",
                    EVENTS,
                    json!({ "after": 0 }),
                    expected,
                )
                .await
            }
        })
        .collect();
    let writing = create_and_cancel(&app, 336);
    let (received, ids) = tokio::join!(futures_util::future::join_all(clients), writing);
    let stored = stored_positions(&app, &ids).await;
    assert_eq!(stored.len(), expected);
    for payloads in received {
        assert_eq!(positions(&payloads), stored, "every event once, in order");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_resuming_from_its_last_cursor_after_a_restart_misses_nothing() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let ids = create_and_cancel(&app, 4).await;
    let first = subscribe(
        &app,
        "graphql-transport-ws",
        EVENTS,
        json!({ "after": 0 }),
        12,
    )
    .await;
    let cursor = positions(&first).last().copied().expect("a cursor");
    // Restart on the same database, write more, resume from the cursor.
    let url = app.db.url.clone();
    let data_dir = app.db.dir.path().join("data").display().to_string();
    let db = app.stop_keeping_database().await;
    let app = TestApp::spawn_on(
        db,
        &[
            ("CODEBOT_ROLE", "api"),
            ("DATABASE_URL", &url),
            ("CODEBOT_DATA_DIR", &data_dir),
        ],
    )
    .await;
    let more = create_and_cancel(&app, 2).await;
    let rest = subscribe(
        &app,
        "graphql-transport-ws",
        EVENTS,
        json!({ "after": cursor }),
        6,
    )
    .await;
    let mut all = positions(&first);
    all.extend(positions(&rest));
    let stored = stored_positions(&app, &[ids, more].concat()).await;
    assert_eq!(all, stored);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn integration_events_replay_after_a_version_and_integration_updated_follows_changes() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let id = crate::integrations::create(&app, "Single").await["id"].clone();
    crate::integrations::cancel(&app, &id).await;
    let query = "subscription($id: ID!, $after: Int) { integrationEvents(id: $id, afterVersion: $after) { version type } }";
    let payloads = subscribe(
        &app,
        "graphql-transport-ws",
        query,
        json!({ "id": id, "after": 1 }),
        2,
    )
    .await;
    let versions: Vec<i64> = payloads
        .iter()
        .map(|p| {
            p["data"]["integrationEvents"]["version"]
                .as_i64()
                .expect("v")
        })
        .collect();
    assert_eq!(versions, [2, 3]);

    let query = "subscription($id: ID) { integrationUpdated(id: $id) { id name state version owner { id } steps { name } } }";
    let watcher = connected_subscriber(&app, query, json!({ "id": id }), "30000").await;
    app.graphql_ok(
        "mutation($id: ID!) { updateIntegration(id: $id, input: { name: \"Renamed\" }) { version } }",
        json!({ "id": id }),
    )
    .await;
    let output = watcher.wait_with_output().await.expect("watcher");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    let update: Value = serde_json::from_str(stdout.lines().next().expect("a line")).expect("json");
    assert_eq!(update["data"]["integrationUpdated"]["name"], "Renamed");
    assert_eq!(update["data"]["integrationUpdated"]["owner"]["id"], "admin");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_sent_events_carry_the_same_feed_for_clients_without_websockets() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let ids = create_and_cancel(&app, 3).await;
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/js/subscribe-sse.mjs");
    let output = tokio::process::Command::new("node")
        .env("CODEBOT_TOKEN", &app.admin_key)
        .args([
            script,
            &app.url("/graphql/stream"),
            EVENTS,
            &json!({ "after": 0 }).to_string(),
            "9",
            "30000",
        ])
        .output()
        .await
        .expect("node");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let payloads: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(positions(&payloads), stored_positions(&app, &ids).await);
}

/// Runs a subscriber on `app` for one `events` payload and, once it is connected,
/// creates an integration on `other`; returns how long the event took to arrive.
async fn deliver_across(app: &TestApp, other: &TestApp) -> Duration {
    let child = connected_subscriber(app, EVENTS, json!({ "after": 0 }), "20000").await;
    let sent = std::time::Instant::now();
    crate::integrations::create(other, "Across").await;
    let output = child.wait_with_output().await.expect("node");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    sent.elapsed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mutation_on_one_instance_reaches_a_subscriber_on_another_through_redis() {
    // The feed of instance B polls the store only once a minute: within the test's
    // time only Redis can wake it.
    let vars = [
        ("CODEBOT_ROLE", "api"),
        ("REDIS_URL", "redis://127.0.0.1:6379"),
        ("CODEBOT_FEED_POLL_MS", "60000"),
    ];
    let a = TestApp::spawn_with(Backend::Postgres, &vars).await;
    let b = TestApp::spawn_on(a.db.share(), &vars).await;
    let took = deliver_across(&b, &a).await;
    assert!(took < Duration::from_secs(20));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_redis_down_live_updates_still_flow_from_the_store() {
    let vars = [
        ("CODEBOT_ROLE", "api"),
        ("REDIS_URL", "redis://127.0.0.1:1"),
    ];
    let a = TestApp::spawn_with(Backend::Postgres, &vars).await;
    let b = TestApp::spawn_on(a.db.share(), &vars).await;
    deliver_across(&b, &a).await;
}
