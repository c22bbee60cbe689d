//! GraphQL over HTTP, as the GraphQL-over-HTTP specification asks: `POST` with a JSON
//! body, `GET` with query parameters (queries only), the response media type and status
//! chosen by the `Accept` header, and the GraphQL playground (GraphiQL, built into the
//! binary with the dashboard) for a browser.

use std::collections::HashMap;

use async_graphql::parser::types::{DocumentOperations, OperationType};
use async_graphql::{BatchRequest, Request, Variables};
use axum::Router;
use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Map, Value};

use super::HttpState;
use super::auth::authenticate;
use super::media::{self, ResponseMedia};
use super::problem::Problem;
use crate::graphql::{AppSchema, RequestInfo, prepare_request};
use codebot_domain::identity::Principal;

pub fn routes() -> Router<HttpState> {
    Router::new()
        .route(
            "/graphql",
            get(graphql_get)
                .post(graphql_post)
                .fallback(method_not_allowed),
        )
        .route(
            "/graphql/stream",
            axum::routing::post(graphql_sse).fallback(method_not_allowed),
        )
}

/// GraphQL over Server-Sent Events (the graphql-sse protocol, distinct connections
/// mode): for clients behind proxies that block websockets. Each result is a `next`
/// event; the end of the stream is a `complete` event.
async fn graphql_sse(
    State(state): State<HttpState>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, Problem> {
    use axum::response::sse::{Event, KeepAlive, Sse};
    use futures_util::StreamExt;

    let principal = authenticate(&state.gate, &headers, true).await?;
    // A stream counts as one of the identity's connections, and ends when its
    // credential expires or is revoked, like a websocket.
    let slot = state.gate.open_socket(&principal.user_id).ok_or_else(|| {
        Problem::new(
            axum::http::StatusCode::TOO_MANY_REQUESTS,
            "TOO_MANY_CONNECTIONS",
            "too many open streams for this identity",
        )
    })?;
    let lapse = super::auth::credential_lapses(
        state.gate.clone(),
        super::auth::credential(&headers).unwrap_or_default(),
        principal.expires_at,
    );
    let Value::Object(params) = read_json_body(&state, &headers, body).await? else {
        return Err(Problem::bad_request(
            "the request body must be a JSON object with a `query`",
        ));
    };
    let request = request_from_params(params)?;
    let request = prepare_request(&state.handlers, request, request_info(&headers, principal));
    let live = super::metrics::Held::new("codebot_subscriptions_active");
    let results = state
        .schema
        .execute_stream(request)
        .take_until(lapse)
        .map(move |response| {
            let _held = (&slot, &live);
            Event::default()
                .event("next")
                .json_data(&response)
                .map_err(|e| std::io::Error::other(e.to_string()))
        });
    let complete = futures_util::stream::once(async {
        Ok::<_, std::io::Error>(Event::default().event("complete").data(""))
    });
    // A stopping server ends the stream without `complete`: the client reconnects.
    let stream = results
        .chain(complete)
        .take_until(state.stopping.clone().cancelled_owned());
    Ok(Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(std::time::Duration::from_secs(15)))
        .into_response())
}

async fn method_not_allowed() -> Problem {
    Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "METHOD_NOT_ALLOWED",
        "GraphQL is served with GET (queries) and POST",
    )
    .with_allow("GET, POST")
}

/// Reads a JSON request body: declared as `application/json` (else 415), within the
/// size limit (else 413), non-empty and well-formed (else 400).
async fn read_json_body(
    state: &HttpState,
    headers: &HeaderMap,
    body: Body,
) -> Result<Value, Problem> {
    if !media::is_json_body(headers) {
        return Err(Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UNSUPPORTED_MEDIA_TYPE",
            "send the GraphQL request as `Content-Type: application/json`",
        ));
    }
    let bytes = axum::body::to_bytes(body, state.body_limit)
        .await
        .map_err(|_| {
            Problem::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "PAYLOAD_TOO_LARGE",
                format!("the request body is over {} bytes", state.body_limit),
            )
        })?;
    if bytes.is_empty() {
        return Err(Problem::bad_request("the request body is empty"));
    }
    serde_json::from_slice(&bytes)
        .map_err(|e| Problem::bad_request(format!("the request body is not valid JSON: {e}")))
}

async fn graphql_post(
    State(state): State<HttpState>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, Problem> {
    let media = negotiate(&headers)?;
    let principal = authenticate(&state.gate, &headers, true).await?;
    let json = read_json_body(&state, &headers, body).await?;
    let info = request_info(&headers, principal);
    match json {
        Value::Object(params) => {
            let request = request_from_params(params)?;
            let request = prepare_request(&state.handlers, request, info);
            Ok(execute_single(&state.schema, request, media).await)
        }
        Value::Array(items) => {
            if items.is_empty() || items.len() > state.max_batch {
                return Err(Problem::bad_request(format!(
                    "a batch must hold between 1 and {} operations",
                    state.max_batch
                )));
            }
            // Each operation of a batch is a request (the first was counted at entry).
            if let Some(principal) = &info.principal {
                let extra = u32::try_from(items.len() - 1).unwrap_or(u32::MAX);
                if extra > 0 {
                    state.gate.spend(principal, extra).await?;
                }
            }
            let requests = items
                .into_iter()
                .map(|item| match item {
                    Value::Object(params) => request_from_params(params)
                        .map(|r| prepare_request(&state.handlers, r, info.clone())),
                    _ => Err(Problem::bad_request("every batch entry must be an object")),
                })
                .collect::<Result<Vec<_>, _>>()?;
            let response = state
                .schema
                .execute_batch(BatchRequest::Batch(requests))
                .await;
            Ok(json_response(StatusCode::OK, media, &response))
        }
        _ => Err(Problem::bad_request(
            "the request body must be a JSON object with a `query`",
        )),
    }
}

async fn graphql_get(
    State(state): State<HttpState>,
    headers: HeaderMap,
    query: Result<Query<HashMap<String, String>>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, Problem> {
    let Query(params) =
        query.map_err(|e| Problem::bad_request(format!("bad query string: {e}")))?;
    if !params.contains_key("query") && media::wants_html(&headers) {
        return super::dashboard::playground().ok_or_else(|| {
            Problem::new(
                StatusCode::NOT_FOUND,
                "NOT_FOUND",
                "the GraphQL playground is not built into this binary",
            )
        });
    }
    let media = negotiate(&headers)?;
    let principal = authenticate(&state.gate, &headers, false).await?;
    let mut object = Map::new();
    for (key, value) in params {
        let value = match key.as_str() {
            "variables" | "extensions" => serde_json::from_str(&value)
                .map_err(|e| Problem::bad_request(format!("`{key}` must be JSON-encoded: {e}")))?,
            _ => Value::String(value),
        };
        object.insert(key, value);
    }
    let request = request_from_params(object)?;
    if is_mutation(&request) {
        return Err(Problem::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "METHOD_NOT_ALLOWED",
            "mutations are only accepted with POST",
        )
        .with_allow("POST"));
    }
    let request = prepare_request(&state.handlers, request, request_info(&headers, principal));
    Ok(execute_single(&state.schema, request, media).await)
}

fn negotiate(headers: &HeaderMap) -> Result<ResponseMedia, Problem> {
    media::negotiate(headers).ok_or_else(|| {
        Problem::new(
            StatusCode::NOT_ACCEPTABLE,
            "NOT_ACCEPTABLE",
            "accept `application/graphql-response+json` or `application/json`",
        )
    })
}

fn request_info(headers: &HeaderMap, principal: Principal) -> RequestInfo {
    RequestInfo {
        request_id: super::request_id(headers),
        principal: Some(principal),
    }
}

/// Builds a GraphQL request from the parameters of the specification, checking each
/// one's type: `query` a string; `operationName` a string or null; `variables` and
/// `extensions` objects or null.
fn request_from_params(mut params: Map<String, Value>) -> Result<Request, Problem> {
    let query = match params.remove("query") {
        Some(Value::String(query)) => query,
        Some(_) => return Err(Problem::bad_request("`query` must be a string")),
        None => return Err(Problem::bad_request("the `query` parameter is missing")),
    };
    let mut request = Request::new(query);
    match params.remove("operationName") {
        Some(Value::String(name)) => request = request.operation_name(name),
        Some(Value::Null) | None => {}
        Some(_) => return Err(Problem::bad_request("`operationName` must be a string")),
    }
    match params.remove("variables") {
        Some(variables @ Value::Object(_)) => {
            request = request.variables(Variables::from_json(variables));
        }
        Some(Value::Null) | None => {}
        Some(_) => return Err(Problem::bad_request("`variables` must be an object")),
    }
    match params.remove("extensions") {
        Some(Value::Object(extensions)) => {
            for (key, value) in extensions {
                let value = async_graphql::Value::from_json(value)
                    .map_err(|e| Problem::bad_request(format!("bad `extensions`: {e}")))?;
                request.extensions.insert(key, value);
            }
        }
        Some(Value::Null) | None => {}
        Some(_) => return Err(Problem::bad_request("`extensions` must be an object")),
    }
    Ok(request)
}

/// Whether the operation the request selects is a mutation. A query that does not
/// parse is left for the executor to report.
fn is_mutation(request: &Request) -> bool {
    let Some(document) = crate::graphql::parsed_document(&request.query) else {
        return false;
    };
    let ty = match (&document.operations, request.operation_name.as_deref()) {
        (DocumentOperations::Single(op), _) => Some(op.node.ty),
        (DocumentOperations::Multiple(ops), Some(name)) => ops.get(name).map(|op| op.node.ty),
        (DocumentOperations::Multiple(_), None) => None,
    };
    ty == Some(OperationType::Mutation)
}

async fn execute_single(schema: &AppSchema, request: Request, media: ResponseMedia) -> Response {
    let response = schema.execute(request).await;
    // A request error (the document does not parse or validate, or the variables do not
    // coerce) stops before execution: no `data`, and every error lacks a path.
    let request_error = response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|e| e.path.is_empty());
    if let Some(retry_after) = rate_limited(&response) {
        let body = serde_json::json!({ "errors": response.errors });
        let mut answer = json_response(StatusCode::TOO_MANY_REQUESTS, media, &body);
        answer
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
        return answer;
    }
    if request_error {
        let status = match media {
            ResponseMedia::GraphqlResponseJson => StatusCode::BAD_REQUEST,
            ResponseMedia::Json => StatusCode::OK,
        };
        let body = serde_json::json!({ "errors": response.errors });
        return json_response(status, media, &body);
    }
    json_response(StatusCode::OK, media, &response)
}

/// The seconds to wait when the document limits refused the operation for its cost.
fn rate_limited(response: &async_graphql::Response) -> Option<u64> {
    response.errors.iter().find_map(|error| {
        let extensions = error.extensions.as_ref()?;
        match (extensions.get("code"), extensions.get("retryAfter")) {
            (
                Some(async_graphql::Value::String(code)),
                Some(async_graphql::Value::Number(seconds)),
            ) if code == "RATE_LIMITED" => seconds.as_u64(),
            _ => None,
        }
    })
}

fn json_response<T: serde::Serialize>(
    status: StatusCode,
    media: ResponseMedia,
    body: &T,
) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => (
            status,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static(media.content_type()),
            )],
            bytes,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "cannot serialize a GraphQL response");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
