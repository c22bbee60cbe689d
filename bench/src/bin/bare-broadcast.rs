//! The benchmark's live-update floor (R4): a `graphql-transport-ws` endpoint that
//! acknowledges every connection, accepts every subscription, and on `POST /emit`
//! sends one event to all of them: serialised once, stamped with the time it was
//! made, written to each socket by that socket's task, as the product does. No
//! authentication, no GraphQL execution, no store: the time from the stamp to a
//! subscriber's receipt is what the machine, the runtime and the subscribers' own
//! process cost at the least, which tells how much of the product's latency is its own.
//!
//! usage: bare-broadcast ADDR

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::{
    Router,
    extract::{
        State,
        ws::{Message, Utf8Bytes, WebSocket, WebSocketUpgrade},
    },
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{any, get, post},
};
use chrono::{SecondsFormat, Utc};
use serde_json::{Value, json};
use tokio::sync::broadcast;

struct Floor {
    events: broadcast::Sender<Utf8Bytes>,
    position: AtomicU64,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .ok_or_else(|| std::io::Error::other("usage: bare-broadcast ADDR"))?;
    let floor = Arc::new(Floor {
        events: broadcast::channel(1024).0,
        position: AtomicU64::new(0),
    });
    let app = Router::new()
        .route("/graphql/ws", any(upgrade))
        .route("/emit", post(emit))
        .route("/readyz", get(ok))
        .route("/healthz", get(ok))
        .with_state(floor);
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    axum::serve(listener, app).await
}

/// Sends one event, shaped as the product's `events` subscription answers it, to every
/// subscription.
async fn emit(State(floor): State<Arc<Floor>>) -> impl IntoResponse {
    let position = floor.position.fetch_add(1, Ordering::Relaxed) + 1;
    let payload = json!({ "data": { "events": {
        "position": position.to_string(),
        "integrationId": format!("floor-{position}"),
        "type": "STATE_CHANGED",
        "recordedAt": Utc::now().to_rfc3339_opts(SecondsFormat::Micros, true),
    }}});
    let receivers = floor.events.send(payload.to_string().into()).unwrap_or(0);
    (StatusCode::OK, receivers.to_string())
}

async fn upgrade(State(floor): State<Arc<Floor>>, ws: WebSocketUpgrade) -> Response {
    ws.protocols(["graphql-transport-ws"])
        .on_upgrade(move |socket| connection(socket, floor.events.subscribe()))
}

/// One connection: `connection_init` → `connection_ack`, `subscribe` → its id gets
/// every event from then on, `ping` → `pong`, `complete` → its id stops.
async fn connection(mut socket: WebSocket, mut events: broadcast::Receiver<Utf8Bytes>) {
    let mut ids: Vec<String> = Vec::new();
    loop {
        tokio::select! {
            incoming = socket.recv() => {
                let Some(Ok(Message::Text(text))) = incoming else {
                    match incoming {
                        Some(Ok(_)) => continue,
                        _ => return,
                    }
                };
                let Ok(message) = serde_json::from_str::<Value>(&text) else { return };
                let reply = match message["type"].as_str() {
                    Some("connection_init") => Some(json!({ "type": "connection_ack" })),
                    Some("ping") => Some(json!({ "type": "pong" })),
                    Some("subscribe") => {
                        ids.extend(message["id"].as_str().map(str::to_owned));
                        None
                    }
                    Some("complete") => {
                        ids.retain(|id| Some(id.as_str()) != message["id"].as_str());
                        None
                    }
                    _ => None,
                };
                if let Some(reply) = reply
                    && socket.send(Message::Text(reply.to_string().into())).await.is_err()
                {
                    return;
                }
            }
            event = events.recv() => {
                let payload = match event {
                    Ok(payload) => payload,
                    Err(broadcast::error::RecvError::Lagged(_)) => continue,
                    Err(broadcast::error::RecvError::Closed) => return,
                };
                for id in &ids {
                    let next = format!(r#"{{"id":"{id}","type":"next","payload":{payload}}}"#);
                    if socket.send(Message::Text(next.into())).await.is_err() {
                        return;
                    }
                }
            }
        }
    }
}

async fn ok() -> impl IntoResponse {
    (StatusCode::OK, "ok")
}
