//! GraphQL over websockets, both subprotocols, written to their documents:
//! `graphql-transport-ws` (with its close codes: 4400 bad message, 4401 unauthorized,
//! 4403 forbidden, 4408 init timeout, 4409 duplicate subscriber id, 4429 too many init
//! requests) and the legacy `graphql-ws` of subscriptions-transport-ws.
//!
//! Buffers are sized for mostly idle connections; each connection writes through one
//! bounded queue, so a slow client only slows itself (and its subscriptions fall back
//! to catching up from the store).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use async_graphql::{Request, Variables};
use axum::extract::State;
use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::sync::mpsc;
use tokio::task::AbortHandle;

use super::HttpState;
use super::shared_subscriptions::{Membership, Rendered, SharedSubscriptions};
use crate::graphql::{AppSchema, Handlers, RequestInfo, prepare_request};

/// How long a client may take to send `connection_init`.
const INIT_TIMEOUT: Duration = Duration::from_secs(10);
/// How often the server proves the connection alive.
const KEEPALIVE: Duration = Duration::from_secs(15);
/// Most subscriptions one connection may run at once.
const MAX_SUBSCRIPTIONS: usize = 100;
/// Outgoing messages queued per connection before producers wait.
const OUTBOX: usize = 64;
/// Longest one write to the client may take: a client that stopped reading is
/// dropped, and its subscriptions with it, instead of holding buffers forever.
const WRITE_TIMEOUT: Duration = Duration::from_secs(30);
/// A `graphql-transport-ws` client that has sent nothing, not even a pong to the
/// server's pings, for this long is gone.
const SILENCE_LIMIT: Duration = Duration::from_secs(3 * 15);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Protocol {
    /// `graphql-transport-ws` (the graphql-ws library).
    TransportWs,
    /// `graphql-ws` (the legacy subscriptions-transport-ws library).
    Legacy,
}

impl Protocol {
    fn from_header(offered: &str) -> Option<Self> {
        offered.split(',').map(str::trim).find_map(|p| match p {
            "graphql-transport-ws" => Some(Protocol::TransportWs),
            "graphql-ws" => Some(Protocol::Legacy),
            _ => None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Protocol::TransportWs => "graphql-transport-ws",
            Protocol::Legacy => "graphql-ws",
        }
    }
}

/// Whether a browser page may open this socket: browsers apply no CORS to websockets,
/// so a page from any other origin could otherwise drive the API with the user's
/// network position. Clients that are not browsers send no `Origin`.
fn same_origin(headers: &axum::http::HeaderMap) -> bool {
    let Some(origin) = headers.get(axum::http::header::ORIGIN) else {
        return true;
    };
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|v| v.to_str().ok());
    let origin_host = origin
        .to_str()
        .ok()
        .and_then(|o| o.split_once("://"))
        .map(|(_, rest)| rest.trim_end_matches('/'));
    matches!((origin_host, host), (Some(o), Some(h)) if o.eq_ignore_ascii_case(h))
}

pub async fn upgrade(
    State(state): State<HttpState>,
    headers: axum::http::HeaderMap,
    ws: WebSocketUpgrade,
) -> Response {
    if !same_origin(&headers) {
        return super::problem::Problem::new(
            axum::http::StatusCode::FORBIDDEN,
            "FORBIDDEN",
            "websocket connections are accepted from this server's own origin only",
        )
        .into_response();
    }
    let offered = headers
        .get(axum::http::header::SEC_WEBSOCKET_PROTOCOL)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("graphql-transport-ws");
    let protocol = Protocol::from_header(offered).unwrap_or(Protocol::TransportWs);
    let request_id = super::request_id(&headers);
    let cookie_credential = super::auth::upgrade_credential(&headers);
    ws.protocols([protocol.name()])
        .read_buffer_size(4 * 1024)
        .write_buffer_size(4 * 1024)
        .max_message_size(state.body_limit)
        .on_upgrade(move |socket| {
            serve(
                socket,
                protocol,
                state,
                RequestInfo {
                    request_id,
                    principal: None,
                },
                cookie_credential,
            )
        })
}

/// Why the server closes a connection.
struct Close(u16, &'static str);

async fn serve(
    socket: WebSocket,
    protocol: Protocol,
    state: HttpState,
    info: RequestInfo,
    cookie_credential: Option<String>,
) {
    let _open = super::metrics::Held::new("codebot_websocket_connections");
    let stopping = state.stopping.clone();
    let (mut sink, mut stream) = socket.split();
    let (outbox, mut outgoing) = mpsc::channel::<Message>(OUTBOX);
    let writer = tokio::spawn(async move {
        while let Some(message) = outgoing.recv().await {
            let closing = matches!(message, Message::Close(_));
            match tokio::time::timeout(WRITE_TIMEOUT, sink.send(message)).await {
                Ok(Ok(())) if !closing => {}
                Ok(_) => break,
                Err(_) => {
                    tracing::info!("dropping a websocket whose client stopped reading");
                    return;
                }
            }
        }
        tokio::time::timeout(WRITE_TIMEOUT, sink.close()).await.ok();
    });
    let mut connection = Connection {
        protocol,
        schema: state.schema.clone(),
        handlers: state.handlers.clone(),
        gate: state.gate.clone(),
        cookie_credential,
        credential: None,
        slot: None,
        info,
        outbox: outbox.clone(),
        initialised: false,
        subscriptions: HashMap::new(),
        shared: state.shared_subscriptions.clone(),
    };
    let init_deadline = tokio::time::sleep(INIT_TIMEOUT);
    tokio::pin!(init_deadline);
    let mut keepalive = tokio::time::interval(KEEPALIVE);
    keepalive.tick().await;
    // The connection ends when its credential expires or is found revoked.
    let mut lapse: Option<futures_util::future::BoxFuture<'static, &'static str>> = None;
    let mut last_heard = tokio::time::Instant::now();
    let close = loop {
        if lapse.is_none()
            && let (Some(principal), Some(credential)) =
                (&connection.info.principal, &connection.credential)
        {
            lapse = Some(Box::pin(super::auth::credential_lapses(
                connection.gate.clone(),
                credential.clone(),
                principal.expires_at,
            )));
        }
        tokio::select! {
            () = stopping.cancelled() => {
                // 1012: the service restarts; clients reconnect (to another instance
                // behind the balancer) and resume from their last position.
                break Some(Close(1012, "Server restarting: reconnect"));
            }
            () = &mut init_deadline, if !connection.initialised => {
                break Some(Close(4408, "Connection initialisation timeout"));
            }
            reason = async { lapse.as_mut().expect("armed").await }, if lapse.is_some() => {
                let code = if reason == "Token expired" { 4401 } else { 4403 };
                break Some(Close(code, reason));
            }
            _ = keepalive.tick() => {
                if protocol == Protocol::TransportWs && last_heard.elapsed() > SILENCE_LIMIT {
                    break Some(Close(1001, "Keepalive timeout: no pong"));
                }
                let ping = match protocol {
                    Protocol::TransportWs => Message::Ping(Default::default()),
                    Protocol::Legacy => text(&json!({ "type": "ka" })),
                };
                if outbox.send(ping).await.is_err() {
                    break None;
                }
            }
            message = stream.next() => {
                if matches!(message, Some(Ok(_))) {
                    last_heard = tokio::time::Instant::now();
                }
                match message {
                    Some(Ok(Message::Text(body))) => {
                        if let Err(close) = connection.receive(&body).await {
                            break close;
                        }
                    }
                    Some(Ok(Message::Binary(_))) => break Some(Close(4400, "Binary messages are not supported")),
                    Some(Err(error)) if too_big(&error) => {
                        break Some(Close(1009, "Message too big"));
                    }
                    Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break None,
                    Some(Ok(_)) => {}
                }
            },
        }
    };
    for (_, task) in connection.subscriptions.drain() {
        task.abort();
    }
    if let Some(Close(code, reason)) = close {
        let frame = CloseFrame {
            code,
            reason: Utf8Bytes::from_static(reason),
        };
        outbox.send(Message::Close(Some(frame))).await.ok();
    }
    drop(connection);
    drop(outbox);
    writer.await.ok();
}

/// Whether a read failed because the client's message exceeds the body limit.
fn too_big(error: &axum::Error) -> bool {
    use tokio_tungstenite::tungstenite::Error;
    matches!(
        std::error::Error::source(error).and_then(|cause| cause.downcast_ref::<Error>()),
        Some(Error::Capacity(_))
    )
}

fn text(value: &Value) -> Message {
    Message::Text(value.to_string().into())
}

struct Connection {
    protocol: Protocol,
    schema: AppSchema,
    handlers: Handlers,
    gate: std::sync::Arc<super::auth::Gate>,
    /// The session cookie the upgrade carried, used when `connection_init` has none.
    cookie_credential: Option<String>,
    /// The credential the connection was initialised with, checked again for every
    /// subscription.
    credential: Option<String>,
    /// This identity's hold on one of its websocket connections.
    slot: Option<super::auth::SocketSlot>,
    info: RequestInfo,
    outbox: mpsc::Sender<Message>,
    initialised: bool,
    subscriptions: HashMap<String, AbortHandle>,
    /// Executions shared by identical subscriptions of every connection.
    shared: std::sync::Arc<SharedSubscriptions>,
}

impl Connection {
    /// Handles one client message; `Err` closes the connection (with a code, or
    /// silently when the client asked to end it).
    async fn receive(&mut self, body: &str) -> Result<(), Option<Close>> {
        let message: Value = serde_json::from_str(body)
            .map_err(|_| Some(Close(4400, "Invalid message: not JSON")))?;
        let kind = message["type"]
            .as_str()
            .ok_or(Some(Close(4400, "Invalid message: no type")))?;
        match (self.protocol, kind) {
            (_, "connection_init") => {
                if self.initialised {
                    return Err(Some(Close(4429, "Too many initialisation requests")));
                }
                let credential = init_credential(&message["payload"])
                    .or_else(|| self.cookie_credential.clone())
                    .ok_or(Some(Close(4403, "Forbidden: no credentials")))?;
                let principal = match self.gate.admit(&credential).await {
                    Ok(principal) => principal,
                    Err(problem) if problem.status.as_u16() == 429 => {
                        return Err(Some(Close(4429, "Rate limit reached")));
                    }
                    Err(problem) if problem.status.as_u16() == 503 => {
                        return Err(Some(Close(1011, "Credentials cannot be checked now")));
                    }
                    Err(_) => return Err(Some(Close(4403, "Forbidden: invalid token"))),
                };
                self.credential = Some(credential);
                self.slot = Some(
                    self.gate
                        .open_socket(&principal.user_id)
                        .ok_or(Some(Close(4429, "Too many connections for this identity")))?,
                );
                self.info.principal = Some(principal);
                self.initialised = true;
                self.send(json!({ "type": "connection_ack" })).await
            }
            (Protocol::TransportWs, "ping") => {
                let mut pong = json!({ "type": "pong" });
                if !message["payload"].is_null() {
                    pong["payload"] = message["payload"].clone();
                }
                self.send(pong).await
            }
            (Protocol::TransportWs, "pong") => Ok(()),
            (Protocol::TransportWs, "subscribe") | (Protocol::Legacy, "start") => {
                let id = message["id"]
                    .as_str()
                    .filter(|id| !id.is_empty())
                    .ok_or(Some(Close(4400, "Invalid message: no id")))?
                    .to_owned();
                if !self.initialised {
                    return Err(Some(Close(4401, "Unauthorized")));
                }
                self.subscriptions.retain(|_, task| !task.is_finished());
                if self.subscriptions.contains_key(&id) {
                    return Err(Some(Close(4409, "Subscriber for this id already exists")));
                }
                let request = request_from(&message["payload"])
                    .ok_or(Some(Close(4400, "Invalid message: bad payload")))?;
                // Every operation is a request: its credential must still hold, and it
                // spends the identity's budget.
                // The operation acts with the identity as it is now: a role changed
                // since the connection opened applies to it.
                if let Some(credential) = &self.credential {
                    match self.gate.admit(credential).await {
                        Ok(principal) => self.info.principal = Some(principal),
                        Err(problem) if problem.status.as_u16() == 401 => {
                            return Err(Some(Close(4403, "Forbidden: credentials revoked")));
                        }
                        Err(problem) => {
                            let error = json!([{ "message": problem.message, "extensions": { "code": problem.code } }]);
                            return self
                                .send(json!({ "type": "error", "id": id, "payload": error }))
                                .await;
                        }
                    }
                }
                if self.subscriptions.len() >= MAX_SUBSCRIPTIONS {
                    let error = json!([{ "message": format!("at most {MAX_SUBSCRIPTIONS} subscriptions per connection"), "extensions": { "code": "TOO_MANY_SUBSCRIPTIONS" } }]);
                    return self
                        .send(json!({ "type": "error", "id": id, "payload": error }))
                        .await;
                }
                let request = prepare_request(&self.handlers, request, self.info.clone());
                let task = match self.shared.join(
                    &self.schema,
                    &message["payload"],
                    self.protocol.name(),
                    self.info.principal.as_ref(),
                    request,
                ) {
                    Ok(membership) => tokio::spawn(follow(
                        self.protocol,
                        membership,
                        id.clone(),
                        self.outbox.clone(),
                    )),
                    Err(request) => tokio::spawn(run(
                        self.protocol,
                        self.schema.clone(),
                        *request,
                        id.clone(),
                        self.outbox.clone(),
                    )),
                };
                self.subscriptions.insert(id, task.abort_handle());
                Ok(())
            }
            (Protocol::TransportWs, "complete") | (Protocol::Legacy, "stop") => {
                if let Some(task) = message["id"]
                    .as_str()
                    .and_then(|id| self.subscriptions.remove(id))
                {
                    task.abort();
                }
                Ok(())
            }
            (Protocol::Legacy, "connection_terminate") => Err(None),
            _ => Err(Some(Close(4400, "Invalid message: unknown type"))),
        }
    }

    async fn send(&self, value: Value) -> Result<(), Option<Close>> {
        self.outbox.send(text(&value)).await.map_err(|_| None)
    }
}

/// The credential a client put in its `connection_init` payload: `Authorization:
/// Bearer …` (any capitalisation of the key) or `X-API-Key`.
fn init_credential(payload: &Value) -> Option<String> {
    let object = payload.as_object()?;
    object.iter().find_map(|(key, value)| {
        let value = value.as_str()?;
        if key.eq_ignore_ascii_case("authorization") {
            value
                .strip_prefix("Bearer ")
                .or_else(|| value.strip_prefix("bearer "))
                .map(str::to_owned)
        } else if key.eq_ignore_ascii_case("x-api-key") {
            Some(value.to_owned())
        } else {
            None
        }
    })
}

fn request_from(payload: &Value) -> Option<Request> {
    let mut request = Request::new(payload["query"].as_str()?);
    if let Some(name) = payload["operationName"].as_str() {
        request = request.operation_name(name);
    }
    match &payload["variables"] {
        Value::Null => {}
        variables @ Value::Object(_) => {
            request = request.variables(Variables::from_json(variables.clone()))
        }
        _ => return None,
    }
    Some(request)
}

/// Runs one subscription on its own, forwarding each result.
async fn run(
    protocol: Protocol,
    schema: AppSchema,
    request: Request,
    id: String,
    outbox: mpsc::Sender<Message>,
) {
    let _live = super::metrics::Held::new("codebot_subscriptions_active");
    let mut stream = schema.execute_stream(request);
    let mut first = true;
    while let Some(response) = stream.next().await {
        let rendered = Rendered::of(&response, first);
        first = false;
        if !deliver(protocol, &rendered, &id, &outbox).await {
            return;
        }
    }
    deliver(protocol, &Rendered::Complete, &id, &outbox).await;
}

/// Forwards a shared execution's results to one subscriber, under its own id. A
/// subscriber that falls too far behind is stopped with an error; it resubscribes from
/// its last position like after any disconnect.
async fn follow(
    protocol: Protocol,
    mut membership: Membership,
    id: String,
    outbox: mpsc::Sender<Message>,
) {
    use tokio::sync::broadcast::error::RecvError;
    let _live = super::metrics::Held::new("codebot_subscriptions_active");
    loop {
        let item = match membership.results.recv().await {
            Ok(item) => item,
            Err(RecvError::Lagged(missed)) => {
                let payload = json!([{
                    "message": format!("this subscriber fell {missed} results behind and was stopped; subscribe again from the last position it received"),
                    "extensions": { "code": "SUBSCRIBER_TOO_SLOW" }
                }]);
                outbox
                    .send(text(
                        &json!({ "type": "error", "id": id, "payload": payload }),
                    ))
                    .await
                    .ok();
                return;
            }
            Err(RecvError::Closed) => Arc::new(Rendered::Complete),
        };
        if !deliver(protocol, &item, &id, &outbox).await {
            return;
        }
    }
}

/// Sends one result to subscriber `id` in its protocol's words: a result (`next`, or
/// the legacy `data`), a request error, or the end (`complete`). Answers whether the
/// subscription goes on.
async fn deliver(
    protocol: Protocol,
    rendered: &Rendered,
    id: &str,
    outbox: &mpsc::Sender<Message>,
) -> bool {
    let message = match rendered {
        Rendered::Next(payload) => {
            let next = match protocol {
                Protocol::TransportWs => "next",
                Protocol::Legacy => "data",
            };
            let quoted_id = Value::String(id.to_owned()).to_string();
            // The payload was serialised once for every subscriber of an execution.
            let message = format!(r#"{{"type":"{next}","id":{quoted_id},"payload":{payload}}}"#);
            return outbox.send(Message::Text(message.into())).await.is_ok();
        }
        Rendered::RequestError(errors) => {
            let payload = match protocol {
                Protocol::TransportWs => errors.clone(),
                Protocol::Legacy => errors[0].clone(),
            };
            json!({ "type": "error", "id": id, "payload": payload })
        }
        Rendered::Complete => json!({ "type": "complete", "id": id }),
    };
    outbox.send(text(&message)).await.ok();
    false
}
