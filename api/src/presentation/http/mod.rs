//! The HTTP edge: one axum router for GraphQL, websockets, health and (later) the
//! dashboard. Each area builds its own routes; this module stacks the shared layers.

mod graphql;
mod health;
mod media;
mod problem;
mod websocket;

use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, Request};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

use crate::presentation::graphql::{AppSchema, Handlers};

/// The header that carries the request id in both directions.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// What the HTTP handlers share.
#[derive(Clone)]
pub struct HttpState {
    pub schema: AppSchema,
    pub handlers: Handlers,
    /// Largest request body accepted, in bytes.
    pub body_limit: usize,
    /// Most operations in one batched GraphQL request.
    pub max_batch: usize,
}

/// The whole HTTP surface.
pub fn router(state: HttpState) -> Router {
    let trace = TraceLayer::new_for_http()
        .make_span_with(|request: &Request<_>| {
            let request_id = request
                .headers()
                .get(REQUEST_ID)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("-");
            tracing::info_span!(
                "http",
                method = %request.method(),
                path = %request.uri().path(),
                request_id = %request_id,
            )
        })
        .on_response(
            |response: &axum::response::Response, latency: Duration, _span: &tracing::Span| {
                tracing::info!(
                    status = response.status().as_u16(),
                    latency_ms = latency.as_secs_f64() * 1000.0,
                    "response"
                );
            },
        );

    Router::new()
        .route("/graphql/ws", axum::routing::get(websocket::upgrade))
        .merge(graphql::routes())
        .merge(health::routes())
        .with_state(state)
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(trace)
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
}
