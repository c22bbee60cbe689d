//! Outbound webhooks: subscribed through GraphQL, each transition delivered signed to
//! a live endpoint, a dead endpoint retried and given up without slowing the pipeline,
//! and every attempt in the delivery log.

use std::time::Duration;

use api::application::identity::secrets::signature;
use api::domain::identity::Role;
use api::infrastructure::providers::deployers::SIGNATURE_HEADER;
use codebot_tests::{TestApp, both_databases};
use serde_json::{Value, json};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const SUBSCRIBE: &str = "mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id url eventTypes } } }";
const LOG: &str = "{ webhookSubscriptions { id url deliveries(first: 50) { eventType status attempts lastStatusCode lastError } } }";

both_databases!(
    transitions_reach_a_live_endpoint_signed_and_a_dead_one_is_retried_then_given_up,
    |backend| async move {
        let app = TestApp::spawn_with(
            backend,
            &[
                ("CODEBOT_NOTIFY_RETRY_BASE_MS", "50"),
                ("CODEBOT_NOTIFY_MAX_ATTEMPTS", "3"),
            ],
        )
        .await;
        let receiver = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(204))
            .mount(&receiver)
            .await;
        let dead_port = std::net::TcpListener::bind("127.0.0.1:0")
            .expect("a port")
            .local_addr()
            .expect("addr")
            .port();

        let live = app
        .graphql_ok(SUBSCRIBE, json!({ "input": { "url": format!("{}/hooks", receiver.uri()), "eventTypes": ["STATE_CHANGED"] } }))
        .await["createWebhookSubscription"]
        .clone();
        let secret = live["secret"].as_str().expect("secret").to_owned();
        assert!(secret.starts_with("whsec_"));
        assert_eq!(live["subscription"]["eventTypes"], json!(["STATE_CHANGED"]));
        app.graphql_ok(
            SUBSCRIBE,
            json!({ "input": { "url": format!("http://127.0.0.1:{dead_port}/hooks") } }),
        )
        .await;
        let (_, bad) = app
            .graphql(
                SUBSCRIBE,
                json!({ "input": { "url": "ftp://example.com/x" } }),
            )
            .await;
        assert_eq!(
            bad["errors"][0]["extensions"]["code"], "BAD_USER_INPUT",
            "{bad}"
        );

        // The pipeline runs at its usual pace with a dead endpoint subscribed.
        let id = crate::integrations::create(&app, "Notified").await["id"]
            .as_str()
            .expect("id")
            .to_owned();
        let started = std::time::Instant::now();
        loop {
            let data = app
                .graphql_ok(
                    "query($id: ID!) { integration(id: $id) { state } }",
                    json!({ "id": id }),
                )
                .await;
            if data["integration"]["state"] == "REVIEWING" {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "the pipeline stalled"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }

        // The live endpoint gets each state change once, signed, in order.
        let mut received = Vec::new();
        for _ in 0..200 {
            received = receiver.received_requests().await.expect("recorded");
            if received.len() >= 4 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(received.len() >= 4, "only {} deliveries", received.len());
        let mut keys = std::collections::BTreeSet::new();
        let mut versions = Vec::new();
        for request in &received {
            let claimed = request
                .headers
                .get(SIGNATURE_HEADER)
                .expect("signed")
                .to_str()
                .expect("ascii");
            assert_eq!(claimed, signature(secret.as_bytes(), &request.body));
            assert_eq!(
                request.headers.get("x-codebot-event").expect("event type"),
                "StateChanged"
            );
            assert!(
                keys.insert(
                    request
                        .headers
                        .get("idempotency-key")
                        .expect("key")
                        .to_str()
                        .expect("ascii")
                        .to_owned()
                )
            );
            let body: Value = serde_json::from_slice(&request.body).expect("json");
            assert_eq!(body["event"]["type"], "StateChanged");
            assert_eq!(body["event"]["integrationId"], id);
            versions.push(body["event"]["version"].as_u64().expect("version"));
        }
        let mut sorted = versions.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), versions.len(), "no event twice: {versions:?}");

        // The dead endpoint's deliveries are retried, then given up, each attempt logged.
        let mut dead = Value::Null;
        for _ in 0..200 {
            let log = app.graphql_ok(LOG, Value::Null).await;
            dead = log["webhookSubscriptions"]
                .as_array()
                .expect("subscriptions")
                .iter()
                .find(|s| {
                    s["url"]
                        .as_str()
                        .is_some_and(|u| u.contains(&dead_port.to_string()))
                })
                .expect("the dead subscription")
                .clone();
            let deliveries = dead["deliveries"].as_array().expect("deliveries");
            if !deliveries.is_empty() && deliveries.iter().all(|d| d["status"] == "FAILED") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let deliveries = dead["deliveries"].as_array().expect("deliveries");
        assert!(deliveries.len() >= 4, "every event was fanned out: {dead}");
        for delivery in deliveries {
            assert_eq!(delivery["status"], "FAILED", "{delivery}");
            assert_eq!(delivery["attempts"], 3, "{delivery}");
            assert!(
                delivery["lastError"]
                    .as_str()
                    .expect("error")
                    .contains("cannot be reached"),
                "{delivery}"
            );
        }
        let log = app.graphql_ok(LOG, Value::Null).await;
        let live_log = log["webhookSubscriptions"]
            .as_array()
            .expect("subscriptions")
            .iter()
            .find(|s| s["id"] == live["subscription"]["id"])
            .expect("the live subscription")
            .clone();
        assert!(
            live_log["deliveries"]
                .as_array()
                .expect("deliveries")
                .iter()
                .all(|d| d["status"] == "DELIVERED"
                    && d["eventType"] == "STATE_CHANGED"
                    && d["lastStatusCode"] == 204)
        );

        // Another user sees none of them and cannot delete them.
        let viewer = app.key("onlooker", Role::Viewer).await;
        let (_, theirs) = app
            .graphql_as(
                Some(&viewer),
                "{ webhookSubscriptions { id } }",
                Value::Null,
            )
            .await;
        assert_eq!(theirs["data"]["webhookSubscriptions"], json!([]));
        let (_, refused) = app
            .graphql_as(
                Some(&viewer),
                "mutation($id: ID!) { deleteWebhookSubscription(id: $id) }",
                json!({ "id": live["subscription"]["id"] }),
            )
            .await;
        assert_eq!(refused["errors"][0]["extensions"]["code"], "NOT_FOUND");
        let deleted = app
            .graphql_ok(
                "mutation($id: ID!) { deleteWebhookSubscription(id: $id) }",
                json!({ "id": live["subscription"]["id"] }),
            )
            .await;
        assert_eq!(deleted["deleteWebhookSubscription"], true);
    }
);

/// By default the server calls public endpoints only: a subscription naming a private,
/// loopback or link-local address (cloud metadata lives there) is refused plainly.
#[tokio::test]
async fn subscriptions_to_private_addresses_are_refused_by_default() {
    let app = TestApp::spawn_with(
        codebot_tests::Backend::Sqlite,
        &[("CODEBOT_NOTIFY_ALLOW_PRIVATE", "false")],
    )
    .await;
    for url in [
        "http://127.0.0.1:8080/hooks",
        "http://localhost:8080/hooks",
        "http://app.localhost/hooks",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/hooks",
        "http://[::1]:9000/hooks",
        "http://[::ffff:192.168.1.1]/hooks",
        "http://[fd00::1]/hooks",
    ] {
        let (_, body) = app
            .graphql(SUBSCRIBE, json!({ "input": { "url": url } }))
            .await;
        assert_eq!(
            body["errors"][0]["extensions"]["code"], "BAD_USER_INPUT",
            "{url}: {body}"
        );
        let message = body["errors"][0]["message"].as_str().unwrap_or_default();
        assert!(message.contains("private"), "{url}: {message}");
    }
    let accepted = app
        .graphql_ok(
            SUBSCRIBE,
            json!({ "input": { "url": "https://hooks.example.com/codebot" } }),
        )
        .await;
    assert_eq!(
        accepted["createWebhookSubscription"]["subscription"]["url"],
        "https://hooks.example.com/codebot"
    );
}
