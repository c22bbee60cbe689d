//! What the edge lets through and how much: the rate budget (per instance and shared
//! through Redis), the GraphQL abuse limits and the production schema, and CORS for
//! the listed origins only.

use std::time::Duration;

use api::domain::identity::Role;
use codebot_tests::{Backend, TestApp, codes, plain_client};
use serde_json::{Value, json};

#[tokio::test]
async fn the_rate_limit_trips_at_its_budget_and_resets() {
    let app = TestApp::spawn_with(
        Backend::Sqlite,
        &[
            ("CODEBOT_ROLE", "api"),
            ("CODEBOT_RATE_LIMIT_VIEWER", "60/1000"),
        ],
    )
    .await;
    let viewer = app.key("busy", Role::Viewer).await;
    for i in 0..60 {
        let (status, body) = app
            .graphql_as(Some(&viewer), "{ me { id } }", Value::Null)
            .await;
        assert_eq!(status, 200, "request {i}: {body}");
    }
    let response = plain_client()
        .post(app.url("/graphql"))
        .bearer_auth(&viewer)
        .json(&json!({ "query": "{ me { id } }" }))
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "1");
    let body: Value = response.json().await.expect("json");
    assert_eq!(codes(&body), ["RATE_LIMITED"]);
    // Another identity keeps its own budget.
    let (status, _) = app.graphql("{ me { id } }", Value::Null).await;
    assert_eq!(status, 200);
    // The budget refills: one request a second at 60 a minute.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (status, _) = app
        .graphql_as(Some(&viewer), "{ me { id } }", Value::Null)
        .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn with_redis_the_rate_limit_is_shared_by_every_instance() {
    let first = TestApp::spawn_with(
        Backend::Postgres,
        &[
            ("CODEBOT_ROLE", "api"),
            ("REDIS_URL", "redis://127.0.0.1:6379"),
            ("CODEBOT_RATE_LIMIT_VIEWER", "6/1000"),
        ],
    )
    .await;
    let db = first.db.share();
    let second = TestApp::spawn_on(
        db,
        &[
            ("CODEBOT_ROLE", "api"),
            ("REDIS_URL", "redis://127.0.0.1:6379"),
            ("CODEBOT_RATE_LIMIT_VIEWER", "6/1000"),
        ],
    )
    .await;
    // A fresh identity, so an earlier run's window in Redis does not count.
    let viewer = first
        .key(
            &format!("shared-{}", uuid::Uuid::new_v4().simple()),
            Role::Viewer,
        )
        .await;
    for i in 0..6 {
        let app = if i % 2 == 0 { &first } else { &second };
        let (status, body) = app
            .graphql_as(Some(&viewer), "{ me { id } }", Value::Null)
            .await;
        assert_eq!(status, 200, "request {i}: {body}");
    }
    for app in [&first, &second] {
        let (status, body) = app
            .graphql_as(Some(&viewer), "{ me { id } }", Value::Null)
            .await;
        assert_eq!(status, 429, "{body}");
    }
}

/// What Redis counts for `identity` in its current minute window.
fn redis_minute_count(identity: &str) -> Option<u32> {
    let out = std::process::Command::new("redis-cli")
        .args(["-h", "127.0.0.1", "-p", "6379", "GET"])
        .arg(format!("codebot:ratelimit:{identity}:minute"))
        .output()
        .expect("redis-cli runs");
    assert!(out.status.success(), "redis-cli: {out:?}");
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// A large budget is taken from Redis in leases: one round trip per lease, not per
/// request, and still never more than the budget across instances.
#[tokio::test]
async fn a_large_shared_budget_is_leased_and_never_exceeded() {
    // 640 a minute: each instance takes 40 units at a time.
    let env = [
        ("CODEBOT_ROLE", "api"),
        ("REDIS_URL", "redis://127.0.0.1:6379"),
        ("CODEBOT_RATE_LIMIT_VIEWER", "640/1000000"),
    ];
    let first = TestApp::spawn_with(Backend::Postgres, &env).await;
    let second = TestApp::spawn_on(first.db.share(), &env).await;
    let user = format!("leased-{}", uuid::Uuid::new_v4().simple());
    let viewer = first.key(&user, Role::Viewer).await;
    let me = "{ me { id } }";
    let (status, body) = first.graphql_as(Some(&viewer), me, Value::Null).await;
    assert_eq!(status, 200, "{body}");
    let user_id = body["data"]["me"]["id"].as_str().expect("an id").to_owned();
    assert_eq!(
        redis_minute_count(&user_id),
        Some(40),
        "the first request takes a lease of 40 units"
    );
    let (mut admitted, mut refused) = (1, 0);
    for i in 0..719 {
        let app = if i % 2 == 0 { &second } else { &first };
        let (status, body) = app.graphql_as(Some(&viewer), me, Value::Null).await;
        match status {
            200 => admitted += 1,
            429 => refused += 1,
            other => panic!("request {i}: {other} {body}"),
        }
    }
    assert_eq!(admitted + refused, 720);
    assert!(admitted <= 640, "{admitted} admitted over a budget of 640");
    // Each instance can hold at most one lease it has not spent.
    assert!(admitted > 640 - 2 * 40, "only {admitted} of 640 admitted");
    assert_eq!(redis_minute_count(&user_id), Some(640));
}

#[tokio::test]
async fn graphql_abuse_limits_hold_and_production_hides_the_schema() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let aliases: String = (0..31).map(|i| format!("a{i}: __typename ")).collect();
    // A request error like any other document limit: 200 under `application/json`
    // (what this client gets), 400 under `application/graphql-response+json`.
    let (status, body) = app.graphql(&format!("{{ {aliases} }}"), Value::Null).await;
    assert_eq!(status, 200, "{body}");
    assert!(body["data"].is_null(), "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .expect("message")
            .contains("aliases")
    );
    let too_deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }";
    let (_, body) = app.graphql(too_deep, Value::Null).await;
    assert!(
        body.to_string().contains("nested too deep") || body["data"].is_null(),
        "{body}"
    );
    let directives: String = (0..20).map(|_| "@include(if: true) ").collect();
    let (_, body) = app
        .graphql(&format!("{{ __typename {directives} }}"), Value::Null)
        .await;
    assert!(body["errors"].is_array(), "{body}");
    // Development: introspection and suggestions on.
    let (_, body) = app
        .graphql("{ __schema { queryType { name } } }", Value::Null)
        .await;
    assert_eq!(body["data"]["__schema"]["queryType"]["name"], "Query");
    let (_, body) = app.graphql("{ integrationz }", Value::Null).await;
    assert!(body.to_string().contains("Did you mean"), "{body}");
    drop(app);

    let app = TestApp::spawn_with(
        Backend::Sqlite,
        &[("CODEBOT_ROLE", "api"), ("CODEBOT_PROFILE", "production")],
    )
    .await;
    let (_, body) = app
        .graphql("{ __schema { queryType { name } } }", Value::Null)
        .await;
    assert!(
        body["data"].is_null() || body["data"]["__schema"].is_null(),
        "{body}"
    );
    let (_, body) = app.graphql("{ integrationz }", Value::Null).await;
    assert!(!body.to_string().contains("Did you mean"), "{body}");
}

#[tokio::test]
async fn cors_answers_only_the_listed_origins() {
    let app = TestApp::spawn_with(
        Backend::Sqlite,
        &[
            ("CODEBOT_ROLE", "api"),
            ("CODEBOT_CORS_ORIGINS", "https://dashboard.example"),
        ],
    )
    .await;
    let preflight = |origin: &'static str| {
        plain_client()
            .request(reqwest::Method::OPTIONS, app.url("/graphql"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "content-type, x-csrf-token",
            )
            .send()
    };
    let allowed = preflight("https://dashboard.example")
        .await
        .expect("preflight");
    assert_eq!(
        allowed.headers()["access-control-allow-origin"],
        "https://dashboard.example"
    );
    assert_eq!(
        allowed.headers()["access-control-allow-credentials"],
        "true"
    );
    let refused = preflight("https://evil.example").await.expect("preflight");
    assert!(
        refused
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
    drop(app);
    // Without a list, no CORS headers at all: same-origin only.
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let response = plain_client()
        .request(reqwest::Method::OPTIONS, app.url("/graphql"))
        .header("origin", "https://dashboard.example")
        .header("access-control-request-method", "POST")
        .send()
        .await
        .expect("preflight");
    assert!(
        response
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
}
