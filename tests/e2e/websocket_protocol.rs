//! The websocket protocols' rules, message by message, with a raw client: every close
//! code of graphql-transport-ws is provoked and asserted.

use std::time::Duration;

use codebot_tests::{Backend, TestApp};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

pub(crate) type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

pub(crate) async fn connect(app: &TestApp, protocol: &str) -> Socket {
    let mut request = format!("ws://{}/graphql/ws", app.addr)
        .into_client_request()
        .expect("request");
    request
        .headers_mut()
        .insert("sec-websocket-protocol", protocol.parse().expect("header"));
    let (socket, response) = tokio_tungstenite::connect_async(request)
        .await
        .expect("upgrade");
    assert_eq!(response.headers()["sec-websocket-protocol"], protocol);
    socket
}

pub(crate) async fn send(socket: &mut Socket, message: Value) {
    socket
        .send(Message::Text(message.to_string().into()))
        .await
        .expect("send");
}

/// The next JSON message, skipping pings.
pub(crate) async fn receive(socket: &mut Socket) -> Value {
    loop {
        match tokio::time::timeout(Duration::from_secs(10), socket.next())
            .await
            .expect("a message in time")
        {
            Some(Ok(Message::Text(text))) => return serde_json::from_str(&text).expect("json"),
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
            other => panic!("expected a message, got {other:?}"),
        }
    }
}

/// Waits for the close frame and returns its code.
pub(crate) async fn closed_with(socket: &mut Socket) -> u16 {
    loop {
        match tokio::time::timeout(Duration::from_secs(15), socket.next())
            .await
            .expect("closed in time")
        {
            Some(Ok(Message::Close(Some(frame)))) => return frame.code.into(),
            Some(Ok(Message::Close(None))) | None => panic!("closed without a code"),
            Some(Ok(_)) => continue,
            Some(Err(error)) => panic!("{error}"),
        }
    }
}

async fn initialised(app: &TestApp) -> Socket {
    let mut socket = connect(app, "graphql-transport-ws").await;
    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {}", app.admin_key) } }),
    )
    .await;
    assert_eq!(receive(&mut socket).await["type"], "connection_ack");
    socket
}

#[tokio::test]
async fn graphql_transport_ws_closes_with_the_codes_of_its_protocol() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let subscribe = json!({ "type": "subscribe", "id": "1", "payload": { "query": "subscription { events { position } }" } });

    // 4400: a message that is not JSON, and one of an unknown type.
    let mut socket = connect(&app, "graphql-transport-ws").await;
    socket
        .send(Message::Text("not json".into()))
        .await
        .expect("send");
    assert_eq!(closed_with(&mut socket).await, 4400);
    let mut socket = initialised(&app).await;
    send(&mut socket, json!({ "type": "teleport" })).await;
    assert_eq!(closed_with(&mut socket).await, 4400);

    // 1009: a message larger than the body limit.
    let mut socket = initialised(&app).await;
    let padding = "x".repeat(app.settings.http.body_limit + 1);
    send(
        &mut socket,
        json!({ "type": "ping", "payload": { "padding": padding } }),
    )
    .await;
    assert_eq!(closed_with(&mut socket).await, 1009);

    // 4401: subscribing before the connection is acknowledged.
    let mut socket = connect(&app, "graphql-transport-ws").await;
    send(&mut socket, subscribe.clone()).await;
    assert_eq!(closed_with(&mut socket).await, 4401);

    // 4429: a second connection_init.
    let mut socket = initialised(&app).await;
    send(&mut socket, json!({ "type": "connection_init" })).await;
    assert_eq!(closed_with(&mut socket).await, 4429);

    // 4409: a second subscriber with a live id.
    let mut socket = initialised(&app).await;
    send(&mut socket, subscribe.clone()).await;
    send(&mut socket, subscribe.clone()).await;
    assert_eq!(closed_with(&mut socket).await, 4409);
}

#[tokio::test]
async fn a_connection_that_never_initialises_is_closed_with_4408() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let mut socket = connect(&app, "graphql-transport-ws").await;
    assert_eq!(closed_with(&mut socket).await, 4408);
}

#[tokio::test]
async fn ping_gets_pong_and_a_bad_document_gets_an_error_for_its_id_only() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let mut socket = initialised(&app).await;
    send(
        &mut socket,
        json!({ "type": "ping", "payload": { "at": 1 } }),
    )
    .await;
    assert_eq!(
        receive(&mut socket).await,
        json!({ "type": "pong", "payload": { "at": 1 } })
    );
    send(&mut socket, json!({ "type": "subscribe", "id": "bad", "payload": { "query": "subscription { nope }" } })).await;
    let error = receive(&mut socket).await;
    assert_eq!(error["type"], "error");
    assert_eq!(error["id"], "bad");
    // The connection stays usable: the same id may be used again once it ended.
    send(&mut socket, json!({ "type": "subscribe", "id": "bad", "payload": { "query": "subscription { events(afterPosition: 0) { position } }" } })).await;
    send(&mut socket, json!({ "type": "complete", "id": "bad" })).await;
    send(&mut socket, json!({ "type": "ping" })).await;
    loop {
        let message = receive(&mut socket).await;
        if message["type"] == "pong" {
            break;
        }
    }
}

#[tokio::test]
async fn the_legacy_protocol_acknowledges_keeps_alive_and_streams_data() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    crate::integrations::create(&app, "Legacy").await;
    let mut socket = connect(&app, "graphql-ws").await;
    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {}", app.admin_key) } }),
    )
    .await;
    assert_eq!(receive(&mut socket).await["type"], "connection_ack");
    send(&mut socket, json!({ "type": "start", "id": "a", "payload": { "query": "subscription { events(afterPosition: 0) { position type } }" } })).await;
    let data = receive(&mut socket).await;
    assert_eq!(data["type"], "data");
    assert_eq!(
        data["payload"]["data"]["events"]["type"],
        "INTEGRATION_CREATED"
    );
    send(&mut socket, json!({ "type": "stop", "id": "a" })).await;
    send(&mut socket, json!({ "type": "connection_terminate" })).await;
}

#[tokio::test]
async fn a_page_from_another_origin_cannot_open_the_socket() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let mut request = format!("ws://{}/graphql/ws", app.addr)
        .into_client_request()
        .expect("request");
    request.headers_mut().insert(
        "sec-websocket-protocol",
        "graphql-transport-ws".parse().expect("header"),
    );
    request
        .headers_mut()
        .insert("origin", "http://evil.example".parse().expect("header"));
    match tokio_tungstenite::connect_async(request).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            assert_eq!(response.status(), 403)
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    let mut request = format!("ws://{}/graphql/ws", app.addr)
        .into_client_request()
        .expect("request");
    request.headers_mut().insert(
        "origin",
        format!("http://{}", app.addr).parse().expect("header"),
    );
    assert!(
        tokio_tungstenite::connect_async(request).await.is_ok(),
        "the server's own origin is welcome"
    );
}

/// A `connection_init` with `credential` as bearer token.
fn init_with(credential: &str) -> Value {
    json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {credential}") } })
}

#[tokio::test]
async fn credentials_are_checked_at_init_and_the_connection_ends_with_its_token() {
    let app = TestApp::spawn_with(
        Backend::Sqlite,
        &[
            ("CODEBOT_ROLE", "api"),
            ("CODEBOT_WS_CONNECTIONS_PER_IDENTITY", "2"),
        ],
    )
    .await;

    // 4403: no credentials, or credentials that do not check out.
    let mut socket = connect(&app, "graphql-transport-ws").await;
    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": {} }),
    )
    .await;
    assert_eq!(closed_with(&mut socket).await, 4403);
    let mut socket = connect(&app, "graphql-transport-ws").await;
    send(&mut socket, init_with("cb_not-a-real-key")).await;
    assert_eq!(closed_with(&mut socket).await, 4403);
    let mut socket = connect(&app, "graphql-ws").await;
    send(&mut socket, init_with("eyJhbGciOiJub25lIn0.e30.")).await;
    assert_eq!(closed_with(&mut socket).await, 4403);

    // An API key in `X-API-Key` works as well as a bearer token.
    let mut socket = connect(&app, "graphql-transport-ws").await;
    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": { "X-API-Key": app.admin_key } }),
    )
    .await;
    assert_eq!(receive(&mut socket).await["type"], "connection_ack");

    // 4429: one identity holds at most its share of connections.
    let viewer = app
        .key("watcher", api::domain::identity::Role::Viewer)
        .await;
    let mut first = connect(&app, "graphql-transport-ws").await;
    send(&mut first, init_with(&viewer)).await;
    assert_eq!(receive(&mut first).await["type"], "connection_ack");
    let mut second = connect(&app, "graphql-transport-ws").await;
    send(&mut second, init_with(&viewer)).await;
    assert_eq!(receive(&mut second).await["type"], "connection_ack");
    let mut third = connect(&app, "graphql-transport-ws").await;
    send(&mut third, init_with(&viewer)).await;
    assert_eq!(closed_with(&mut third).await, 4429);
    // Closing one frees its place.
    drop(second);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut again = connect(&app, "graphql-transport-ws").await;
    send(&mut again, init_with(&viewer)).await;
    assert_eq!(receive(&mut again).await["type"], "connection_ack");

    // A key revoked while its socket is open: the next operation closes it (4403).
    // (A developer key, since a viewer key may not manage keys.)
    let temp = app
        .key("temporary", api::domain::identity::Role::Developer)
        .await;
    let mut socket = connect(&app, "graphql-transport-ws").await;
    send(&mut socket, init_with(&temp)).await;
    assert_eq!(receive(&mut socket).await["type"], "connection_ack");
    let (_, keys) = app
        .graphql_as(Some(&temp), "{ apiKeys { id } }", Value::Null)
        .await;
    let (_, revoked) = app
        .graphql_as(
            Some(&temp),
            "mutation($id: ID!) { revokeApiKey(id: $id) }",
            json!({ "id": keys["data"]["apiKeys"][0]["id"] }),
        )
        .await;
    assert_eq!(revoked["data"]["revokeApiKey"], true, "{revoked}");
    send(
        &mut socket,
        json!({ "type": "subscribe", "id": "after", "payload": { "query": "subscription { events { position } }" } }),
    )
    .await;
    assert_eq!(closed_with(&mut socket).await, 4403);

    // 4401 when the access token expires, with a subscription running.
    let token = short_lived_token(&app, 2);
    let mut socket = connect(&app, "graphql-transport-ws").await;
    send(&mut socket, init_with(&token)).await;
    assert_eq!(receive(&mut socket).await["type"], "connection_ack");
    send(
        &mut socket,
        json!({ "type": "subscribe", "id": "1", "payload": { "query": "subscription { events { position } }" } }),
    )
    .await;
    assert_eq!(closed_with(&mut socket).await, 4401);
}

/// An access token for the admin that expires in `seconds`.
fn short_lived_token(app: &TestApp, seconds: i64) -> String {
    let now = chrono::Utc::now().timestamp();
    let claims = json!({
        "sub": "admin", "roles": ["ADMIN"], "iat": now, "exp": now + seconds,
        "iss": app.settings.auth.jwt_issuer, "aud": app.settings.auth.jwt_audience,
    });
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(codebot_tests::TEST_JWT_SECRET.as_bytes()),
    )
    .expect("a token")
}
