//! `integration(id)` through the cache: Redis shared by two API instances (a read after
//! a mutation on the other instance is never stale), and a Redis that is down costs
//! clients nothing.

use codebot_tests::{Backend, TestApp, TestDb};
use serde_json::json;

const READ: &str = "query($id: ID!) { integration(id: $id) { id name state version } }";

/// Cache hits so far (one recorder serves every application in this test process).
async fn hits(app: &TestApp) -> f64 {
    let text = codebot_tests::plain_client()
        .get(app.url("/metrics"))
        .send()
        .await
        .expect("metrics")
        .text()
        .await
        .expect("text");
    text.lines()
        .find(|l| {
            l.starts_with(r#"codebot_cache_requests_total{cache="integrations",result="hit"}"#)
        })
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_after_a_mutation_on_another_instance_is_never_stale() {
    let db = TestDb::create(Backend::Postgres).await;
    let other = db.share();
    let redis = [
        ("CODEBOT_ROLE", "api"),
        ("REDIS_URL", "redis://127.0.0.1:6379"),
    ];
    let a = TestApp::spawn_on(db, &redis).await;
    let b = TestApp::spawn_on(other, &redis).await;
    let created = crate::integrations::create(&a, "Cached").await;
    let id = created["id"].as_str().expect("id").to_owned();
    // B reads it (and caches it), twice: the second read is a hit.
    let before = hits(&b).await;
    for _ in 0..2 {
        let seen = b.graphql_ok(READ, json!({ "id": id })).await;
        assert_eq!(seen["integration"]["name"], "Cached");
    }
    assert!(
        hits(&b).await > before,
        "the second read was not served by the cache"
    );
    // Every change on A is what B reads next, at once.
    let cancelled = a
        .graphql_ok(
            "mutation($id: ID!) { cancelIntegration(id: $id) { state version } }",
            json!({ "id": id }),
        )
        .await;
    let seen = b.graphql_ok(READ, json!({ "id": id })).await;
    assert_eq!(
        seen["integration"]["state"],
        cancelled["cancelIntegration"]["state"]
    );
    assert_eq!(
        seen["integration"]["version"],
        cancelled["cancelIntegration"]["version"]
    );
    for round in 0..5 {
        let name = format!("Renamed {round}");
        let updated = a
            .graphql_ok(
                "mutation($id: ID!, $name: String!) { updateIntegration(id: $id, input: { name: $name }) { version } }",
                json!({ "id": id, "name": name }),
            )
            .await;
        let seen = b.graphql_ok(READ, json!({ "id": id })).await;
        assert_eq!(seen["integration"]["name"], name, "{seen}");
        assert_eq!(
            seen["integration"]["version"],
            updated["updateIntegration"]["version"]
        );
    }
    // A deletion is seen too.
    a.graphql_ok(
        "mutation($id: ID!) { deleteIntegration(id: $id) }",
        json!({ "id": id }),
    )
    .await;
    let seen = b.graphql_ok(READ, json!({ "id": id })).await;
    assert!(seen["integration"].is_null(), "{seen}");
    b.stop().await;
    a.stop().await;
}

#[tokio::test]
async fn with_redis_down_reads_go_to_the_database_without_an_error() {
    let app = TestApp::spawn_with(
        Backend::Postgres,
        &[
            ("CODEBOT_ROLE", "api"),
            ("REDIS_URL", "redis://127.0.0.1:1"),
        ],
    )
    .await;
    let created = crate::integrations::create(&app, "Uncached").await;
    let id = created["id"].as_str().expect("id");
    for _ in 0..3 {
        let seen = app.graphql_ok(READ, json!({ "id": id })).await;
        assert_eq!(seen["integration"]["name"], "Uncached");
    }
    app.stop().await;
}

#[tokio::test]
async fn the_embedded_default_caches_in_the_process_and_writes_through() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let created = crate::integrations::create(&app, "Local").await;
    let id = created["id"].as_str().expect("id").to_owned();
    // The worker in the same process moves it on; every read sees each version as it
    // is committed, never an older one.
    let mut last = 0;
    for _ in 0..100 {
        let seen = app.graphql_ok(READ, json!({ "id": id })).await;
        let version = seen["integration"]["version"].as_u64().expect("version");
        assert!(version >= last, "went back from {last} to {version}");
        last = version;
        if seen["integration"]["state"] == "REVIEWING" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let fresh = app.wait_for_state(&id, "REVIEWING", "state version").await;
    let seen = app.graphql_ok(READ, json!({ "id": id })).await;
    assert_eq!(seen["integration"]["version"], fresh["version"]);
    app.stop().await;
}
