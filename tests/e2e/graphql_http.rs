//! GraphQL over HTTP: the specification's media types and status codes, and a clear
//! GraphQL-shaped 4xx for every kind of bad request.

use codebot_tests::{Backend, TestApp};
use serde_json::{Value, json};

const GRJ: &str = "application/graphql-response+json";

async fn post(
    app: &TestApp,
    accept: Option<&str>,
    content_type: &str,
    body: Vec<u8>,
) -> (u16, String, Value) {
    let mut request = app
        .client
        .post(app.url("/graphql"))
        .header("content-type", content_type)
        .body(body);
    if let Some(accept) = accept {
        request = request.header("accept", accept);
    }
    let response = request.send().await.expect("response");
    let status = response.status().as_u16();
    let media = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap_or_default().to_owned())
        .unwrap_or_default();
    let body = response.json().await.unwrap_or(Value::Null);
    (status, media, body)
}

fn json_body(value: Value) -> Vec<u8> {
    serde_json::to_vec(&value).expect("json")
}

fn assert_graphql_error(body: &Value, code: &str) {
    assert!(
        body.get("data").is_none(),
        "no data on a request error: {body}"
    );
    assert_eq!(body["errors"][0]["extensions"]["code"], code, "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty())
    );
}

#[tokio::test]
async fn the_response_media_type_follows_the_accept_header() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let query = json_body(json!({ "query": "{ __typename }" }));
    let (status, media, body) = post(&app, None, "application/json", query.clone()).await;
    assert_eq!(
        (status, media.as_str()),
        (200, "application/json; charset=utf-8")
    );
    assert_eq!(body, json!({ "data": { "__typename": "Query" } }));
    let (status, media, _) = post(&app, Some(GRJ), "application/json", query.clone()).await;
    assert_eq!(status, 200);
    assert!(media.starts_with(GRJ), "{media}");
    let (status, _, body) = post(&app, Some("text/csv"), "application/json", query).await;
    assert_eq!(status, 406);
    assert_graphql_error(&body, "NOT_ACCEPTABLE");
}

#[tokio::test]
async fn request_errors_are_400_under_graphql_response_json_and_200_under_json() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    for query in ["{", "{ noSuchField }"] {
        let body = json_body(json!({ "query": query }));
        let (status, _, json) = post(&app, Some(GRJ), "application/json", body.clone()).await;
        assert_eq!(status, 400, "{query}: {json}");
        assert!(json.get("data").is_none());
        let (status, _, json) =
            post(&app, Some("application/json"), "application/json", body).await;
        assert_eq!(status, 200, "{query}: {json}");
        assert!(json["errors"].is_array());
    }
    let coercion = json_body(json!({
        "query": "query Q($id: ID!) { __typename }",
        "variables": { "id": null }
    }));
    let (status, _, _) = post(&app, Some(GRJ), "application/json", coercion).await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn malformed_bodies_get_a_graphql_shaped_400() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("malformed json", b"{ \"query\": ".to_vec()),
        ("empty body", Vec::new()),
        ("not an object", json_body(json!("{ __typename }"))),
        ("no query", json_body(json!({ "qeury": "{ __typename }" }))),
        ("query not a string", json_body(json!({ "query": 1 }))),
        (
            "variables not an object",
            json_body(json!({ "query": "{ __typename }", "variables": "x" })),
        ),
        (
            "operationName not a string",
            json_body(json!({ "query": "{ __typename }", "operationName": 1 })),
        ),
        (
            "extensions not an object",
            json_body(json!({ "query": "{ __typename }", "extensions": [] })),
        ),
        ("empty batch", json_body(json!([]))),
    ];
    for (case, body) in cases {
        let (status, _, json) = post(&app, None, "application/json", body).await;
        assert_eq!(status, 400, "{case}: {json}");
        assert_graphql_error(&json, "BAD_REQUEST");
    }
}

#[tokio::test]
async fn an_unknown_operation_name_is_a_request_error() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let body = json_body(json!({ "query": "query A { __typename }", "operationName": "B" }));
    let (status, _, json) = post(&app, Some(GRJ), "application/json", body).await;
    assert_eq!(status, 400, "{json}");
    assert!(
        json["errors"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .contains('B')
    );
}

#[tokio::test]
async fn a_body_over_the_limit_gets_413_and_other_media_types_415() {
    let app = TestApp::spawn_with(Backend::Sqlite, &[("CODEBOT_BODY_LIMIT", "2048")]).await;
    let padding = "x".repeat(4096);
    let body = json_body(json!({ "query": format!("{{ __typename }} # {padding}") }));
    let (status, _, json) = post(&app, None, "application/json", body).await;
    assert_eq!(status, 413);
    assert_graphql_error(&json, "PAYLOAD_TOO_LARGE");
    let form = b"query=%7B__typename%7D".to_vec();
    let (status, _, json) = post(&app, None, "application/x-www-form-urlencoded", form).await;
    assert_eq!(status, 415);
    assert_graphql_error(&json, "UNSUPPORTED_MEDIA_TYPE");
    let (status, _, _) = post(
        &app,
        None,
        "text/plain",
        json_body(json!({ "query": "{ __typename }" })),
    )
    .await;
    assert_eq!(status, 415);
}

#[tokio::test]
async fn get_runs_queries_but_refuses_mutations_and_serves_graphiql_to_browsers() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let response = app
        .client
        .get(app.url("/graphql"))
        .query(&[
            (
                "query",
                "query Q($n: String!) { __type(name: $n) { name } }",
            ),
            ("variables", "{\"n\":\"Query\"}"),
        ])
        .send()
        .await
        .expect("get");
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["data"]["__type"]["name"], "Query");

    let response = app
        .client
        .get(app.url("/graphql"))
        .query(&[("query", "mutation { __typename }")])
        .send()
        .await
        .expect("get");
    assert_eq!(response.status(), 405);
    assert_eq!(response.headers()["allow"], "POST");
    let body: Value = response.json().await.expect("json");
    assert_graphql_error(&body, "METHOD_NOT_ALLOWED");

    let page = app
        .client
        .get(app.url("/graphql"))
        .header("accept", "text/html")
        .send()
        .await
        .expect("graphiql");
    assert_eq!(page.status(), 200);
    assert!(page.text().await.expect("html").contains("graphiql"));

    let response = app
        .client
        .delete(app.url("/graphql"))
        .send()
        .await
        .expect("delete");
    assert_eq!(response.status(), 405);
}

#[tokio::test]
async fn every_response_carries_a_request_id_and_echoes_the_callers() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let response = app
        .client
        .post(app.url("/graphql"))
        .header("content-type", "application/json")
        .header("x-request-id", "req-42")
        .body(json_body(json!({ "query": "{ __typename }" })))
        .send()
        .await
        .expect("post");
    assert_eq!(response.headers()["x-request-id"], "req-42");
    let response = app
        .client
        .get(app.url("/healthz"))
        .send()
        .await
        .expect("get");
    assert!(!response.headers()["x-request-id"].is_empty());
}

#[tokio::test]
async fn batches_run_every_operation_up_to_the_limit() {
    let app = TestApp::spawn_with(Backend::Sqlite, &[("CODEBOT_MAX_BATCH", "2")]).await;
    let two = json_body(
        json!([{ "query": "{ __typename }" }, { "query": "{ systemStatus { version } }" }]),
    );
    let (status, _, json) = post(&app, None, "application/json", two).await;
    assert_eq!(status, 200);
    assert_eq!(json.as_array().map(Vec::len), Some(2), "{json}");
    let three = json_body(
        json!([{ "query": "{ __typename }" }, { "query": "{ __typename }" }, { "query": "{ __typename }" }]),
    );
    let (status, _, json) = post(&app, None, "application/json", three).await;
    assert_eq!(status, 400);
    assert_graphql_error(&json, "BAD_REQUEST");
}

/// The npm `graphql-http` package's audit of the GraphQL-over-HTTP specification:
/// every MUST and SHOULD passes.
#[tokio::test]
async fn the_graphql_http_audit_passes_every_must_and_should() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/js/audit-http.mjs");
    let output = tokio::process::Command::new("node")
        .arg(script)
        .arg(app.url("/graphql"))
        .env("CODEBOT_TOKEN", &app.admin_key)
        .output()
        .await
        .expect("node runs (the test script installs tests/js)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "audit failed:\n{stdout}\n{stderr}");
}
