//! An undo that keeps failing: the saga gives up after its retries instead of trying
//! for ever, the integration shows the failure (its field, an event, `systemStatus`,
//! a listing filter), and only an administrator retries the undo or resolves it by
//! hand, each recorded with who did it.

use api::domain::identity::Role;
use codebot_tests::{Backend, TestApp, both_databases};
use serde_json::{Value, json};

const FIELDS: &str = "state version failure { step reason } compensationFailed { step error attempts } pullRequest { state } events(first: 100) { type actor data }";

fn event_types(integration: &Value) -> Vec<String> {
    integration["events"]
        .as_array()
        .map(|events| {
            events
                .iter()
                .map(|e| e["type"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// Polls until the integration shows a failed undo with `attempts` tries of
/// `COMPENSATION_ATTEMPT_FAILED`.
async fn wait_for_gave_up(app: &TestApp, id: &str, failed_events: usize) -> Value {
    let query = format!("query($id: ID!) {{ integration(id: $id) {{ {FIELDS} }} }}");
    for _ in 0..400 {
        let data = app.graphql_ok(&query, json!({ "id": id })).await;
        let integration = data["integration"].clone();
        let gave_up = event_types(&integration)
            .iter()
            .filter(|t| *t == "COMPENSATION_FAILED")
            .count();
        if gave_up == failed_events && !integration["compensationFailed"].is_null() {
            return integration;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{id} never gave its undo up {failed_events} time(s)");
}

async fn status_count(app: &TestApp) -> (Value, Value) {
    let data = app
        .graphql_ok(
            "{ systemStatus { compensationsFailed } integrations(filter: { compensationFailed: true }) { totalCount } }",
            Value::Null,
        )
        .await;
    (
        data["systemStatus"]["compensationsFailed"].clone(),
        data["integrations"]["totalCount"].clone(),
    )
}

both_databases!(
    a_rollback_that_keeps_failing_waits_for_an_administrator,
    |backend: Backend| async move {
        // The deploy command fails, and so does its rollback.
        let app = TestApp::spawn_with(
            backend,
            &[
                ("CODEBOT_DEPLOYER", "command"),
                ("CODEBOT_DEPLOY_COMMAND", "echo the host refused >&2; false"),
                ("CODEBOT_RETRY_BASE_MS", "20"),
            ],
        )
        .await;
        let created = app
            .graphql_ok(
                r#"mutation { createIntegration(input: { kind: "http_poller", name: "Unlucky", prompt: "poll", config: { url: "https://api.example.com/x", interval_seconds: 60 } }) { id } }"#,
                Value::Null,
            )
            .await;
        let id = created["createIntegration"]["id"]
            .as_str()
            .expect("id")
            .to_owned();
        app.wait_for_state(&id, "REVIEWING", "state").await;
        app.graphql_ok(
            "mutation($id: ID!) { approveIntegration(id: $id) { state } }",
            json!({ "id": id }),
        )
        .await;

        let integration = wait_for_gave_up(&app, &id, 1).await;
        assert_eq!(integration["state"], "FAILED", "{integration}");
        assert_eq!(integration["compensationFailed"]["step"], "DEPLOY");
        assert_eq!(integration["compensationFailed"]["attempts"], 3);
        let error = integration["compensationFailed"]["error"]
            .as_str()
            .unwrap_or_default();
        assert!(error.contains("the host refused"), "{error}");
        assert_eq!(
            integration["pullRequest"]["state"], "OPEN",
            "nothing past the failed undo was undone"
        );
        let types = event_types(&integration);
        assert_eq!(
            types
                .iter()
                .filter(|t| *t == "COMPENSATION_ATTEMPT_FAILED")
                .count(),
            3,
            "{types:?}"
        );
        assert_eq!(status_count(&app).await, (json!(1), json!(1)));

        // The saga stopped: no further attempt is made while it waits.
        let version = integration["version"].clone();
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let again = app.wait_for_state(&id, "FAILED", "state version").await;
        assert_eq!(again["version"], version, "the saga waits");

        // Neither a developer nor a new run may paper over it.
        let developer = app.key("dev", Role::Developer).await;
        let (_, body) = app
            .graphql_as(
                Some(&developer),
                "mutation($id: ID!) { resolveCompensation(id: $id, note: \"done\") { state } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(
            body["errors"][0]["extensions"]["code"], "FORBIDDEN",
            "{body}"
        );
        let (_, body) = app
            .graphql(
                "mutation($id: ID!) { retryIntegration(id: $id) { state } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(
            body["errors"][0]["extensions"]["code"], "FAILED_PRECONDITION",
            "{body}"
        );

        // The administrator retries: three fresh tries, which fail again.
        let retried = app
            .graphql_ok(
                "mutation($id: ID!) { retryCompensation(id: $id) { compensationFailed { step } } }",
                json!({ "id": id }),
            )
            .await;
        assert!(
            retried["retryCompensation"]["compensationFailed"].is_null(),
            "{retried}"
        );
        let integration = wait_for_gave_up(&app, &id, 2).await;
        assert_eq!(integration["compensationFailed"]["attempts"], 3);

        // Then resolves it by hand: the saga goes on and closes the pull request.
        let (_, body) = app
            .graphql(
                "mutation($id: ID!) { resolveCompensation(id: $id, note: \"  \") { state } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(body["errors"][0]["extensions"]["code"], "BAD_USER_INPUT");
        app.graphql_ok(
            "mutation($id: ID!) { resolveCompensation(id: $id, note: \"stopped it on the host by hand\") { state } }",
            json!({ "id": id }),
        )
        .await;
        let query = format!("query($id: ID!) {{ integration(id: $id) {{ {FIELDS} }} }}");
        let mut closed = Value::Null;
        for _ in 0..400 {
            let data = app.graphql_ok(&query, json!({ "id": id })).await;
            if data["integration"]["pullRequest"]["state"] == "CLOSED" {
                closed = data["integration"].clone();
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert!(closed.is_object(), "the pull request was never closed");
        assert!(closed["compensationFailed"].is_null(), "{closed}");
        assert_eq!(status_count(&app).await, (json!(0), json!(0)));
        let events = closed["events"].as_array().expect("events");
        let by_hand: Vec<&Value> = events
            .iter()
            .filter(|e| {
                matches!(
                    e["type"].as_str(),
                    Some("COMPENSATION_RETRIED" | "COMPENSATION_RESOLVED")
                )
            })
            .collect();
        assert_eq!(by_hand.len(), 2, "{events:?}");
        let admin = app.graphql_ok("{ me { id } }", Value::Null).await["me"]["id"].clone();
        for event in &by_hand {
            assert_eq!(event["actor"], admin, "audited: {event}");
        }
        assert_eq!(
            by_hand[1]["data"]["note"], "stopped it on the host by hand",
            "{}",
            by_hand[1]
        );
    }
);
