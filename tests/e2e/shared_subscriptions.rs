//! Identical live subscriptions share one execution: each subscriber still gets every
//! event under its own id, one that leaves does not stop the others, and one that
//! replays history (or acts as someone else) runs on its own.

use std::time::Duration;

use api::domain::identity::Role;
use codebot_tests::{Backend, TestApp, plain_client};
use serde_json::{Value, json};

use crate::websocket_protocol::{Socket, connect, receive, send};

const EVENTS: &str = "subscription { events { position type } }";

/// The total of a counter in the app's `/metrics`.
async fn counter(app: &TestApp, name: &str) -> f64 {
    let text = plain_client()
        .get(app.url("/metrics"))
        .send()
        .await
        .expect("metrics")
        .text()
        .await
        .expect("text");
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let (series, value) = line.rsplit_once(' ')?;
            let metric = series.split('{').next()?;
            (metric == name)
                .then(|| value.parse::<f64>().ok())
                .flatten()
        })
        .sum()
}

async fn subscribed(app: &TestApp, credential: &str, id: &str, query: &str) -> Socket {
    let mut socket = connect(app, "graphql-transport-ws").await;
    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {credential}") } }),
    )
    .await;
    assert_eq!(receive(&mut socket).await["type"], "connection_ack");
    send(
        &mut socket,
        json!({ "type": "subscribe", "id": id, "payload": { "query": query } }),
    )
    .await;
    socket
}

/// The id and type of the next `INTEGRATION_CREATED` event (each create is followed
/// by the pipeline's own events, skipped here).
async fn next_event(socket: &mut Socket) -> (String, String) {
    loop {
        let message = receive(socket).await;
        if message["type"] == "next"
            && message["payload"]["data"]["events"]["type"] == "INTEGRATION_CREATED"
        {
            return (
                message["id"].as_str().unwrap_or_default().to_owned(),
                message["payload"]["data"]["events"]["type"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            );
        }
        assert_ne!(message["type"], "error", "{message}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn identical_subscriptions_share_one_execution_and_each_gets_every_event() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let viewer = app.key("watcher", Role::Viewer).await;
    let started = counter(&app, "codebot_subscription_executions_started_total").await;
    let joins = counter(&app, "codebot_subscription_joins_total").await;

    let mut same: Vec<Socket> = Vec::new();
    for n in 0..4 {
        same.push(subscribed(&app, &app.admin_key, &format!("s{n}"), EVENTS).await);
    }
    // Someone else, and a replay, each run on their own.
    let mut other = subscribed(&app, &viewer, "v", EVENTS).await;
    let mut replay = subscribed(
        &app,
        &app.admin_key,
        "r",
        "subscription { events(afterPosition: 0) { position type } }",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let shared_joins = (counter(&app, "codebot_subscription_joins_total").await - joins)
        - (counter(&app, "codebot_subscription_executions_started_total").await - started);
    assert!(
        shared_joins >= 3.0,
        "three of the four identical subscriptions joined the first one's execution ({shared_joins})"
    );

    app.graphql_ok(
        r#"mutation { createIntegration(input: { kind: "http_poller", name: "Shared", prompt: "p", config: { url: "https://api.example.com/x", interval_seconds: 60 } }) { id } }"#,
        Value::Null,
    )
    .await;
    for (n, socket) in same.iter_mut().enumerate() {
        assert_eq!(
            next_event(socket).await,
            (format!("s{n}"), "INTEGRATION_CREATED".to_owned())
        );
    }
    assert_eq!(next_event(&mut other).await.1, "INTEGRATION_CREATED");
    assert_eq!(next_event(&mut replay).await.1, "INTEGRATION_CREATED");

    // One leaves (`complete`), another hangs up: the rest go on.
    send(&mut same[0], json!({ "type": "complete", "id": "s0" })).await;
    drop(same.remove(1));
    app.graphql_ok(
        r#"mutation { createIntegration(input: { kind: "http_poller", name: "Shared 2", prompt: "p", config: { url: "https://api.example.com/y", interval_seconds: 60 } }) { id } }"#,
        Value::Null,
    )
    .await;
    assert_eq!(
        next_event(&mut same[1]).await,
        ("s2".to_owned(), "INTEGRATION_CREATED".to_owned())
    );
    assert_eq!(
        next_event(&mut same[2]).await,
        ("s3".to_owned(), "INTEGRATION_CREATED".to_owned())
    );
}
