//! The HTTP edge: one axum router for GraphQL, websockets, sign-in, health and the
//! dashboard. Each area builds its own routes; this module stacks the shared layers.

pub mod auth;
mod dashboard;
mod graphql;
mod health;
mod media;
pub(crate) mod metrics;
mod problem;
mod session_status;
mod shared_subscriptions;
mod webhooks;
mod websocket;

use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, Request};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

use crate::graphql::{AppSchema, Handlers};

/// The header that carries the request id in both directions.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The request id to record with what a request changes: the caller's (at most 100
/// characters, what the stores keep) or the one the edge made.
pub fn request_id(headers: &axum::http::HeaderMap) -> Option<String> {
    headers
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .map(|id| id.chars().take(100).collect())
}

/// What the HTTP handlers share: behind an `Arc`, because axum hands every request
/// (and every websocket) its own copy of the state.
#[derive(Clone)]
pub struct HttpState(std::sync::Arc<HttpShared>);

impl HttpState {
    pub fn new(shared: HttpShared) -> Self {
        Self(std::sync::Arc::new(shared))
    }
}

impl std::ops::Deref for HttpState {
    type Target = HttpShared;

    fn deref(&self) -> &HttpShared {
        &self.0
    }
}

/// The fields of [`HttpState`].
pub struct HttpShared {
    pub schema: AppSchema,
    pub handlers: Handlers,
    /// Largest request body accepted, in bytes.
    pub body_limit: usize,
    /// Most operations in one batched GraphQL request.
    pub max_batch: usize,
    /// Authentication and rate limits.
    pub gate: std::sync::Arc<auth::Gate>,
    /// Browser origins allowed to call the API (CORS); empty means same-origin only.
    pub cors_origins: Vec<String>,
    /// The secret GitHub signs its webhooks with; none turns the route off.
    pub github_webhook_secret: Option<codebot_application::secret::Secret<String>>,
    /// Cancelled when the process begins to stop: live streams end so that their
    /// clients reconnect to another instance.
    pub stopping: tokio_util::sync::CancellationToken,
    /// The process's metrics (`GET /metrics`); none serves 404.
    pub metrics: Option<codebot_application::telemetry::ProcessMetrics>,
    /// The bearer token that lets a client other than a local one scrape them.
    pub metrics_token: Option<codebot_application::secret::Secret<String>>,
    /// Live subscriptions that share one execution (see `shared_subscriptions`).
    pub shared_subscriptions: std::sync::Arc<shared_subscriptions::SharedSubscriptions>,
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
            let span = tracing::info_span!(
                "http",
                otel.name = %format!("{} {}", request.method(), request.uri().path()),
                method = %request.method(),
                path = %request.uri().path(),
                request_id = %request_id,
                trace_id = tracing::field::Empty,
            );
            // A caller's `traceparent` makes this request part of its trace.
            let parent = request
                .headers()
                .get("traceparent")
                .and_then(|v| v.to_str().ok());
            codebot_application::telemetry::continue_trace(&span, parent);
            span
        })
        .on_response(
            |response: &axum::response::Response, latency: Duration, _span: &tracing::Span| {
                // A line per answered request costs a busy server more CPU than the
                // request itself: refusals and failures are logged, successes only at
                // debug (`CODEBOT_LOG=info,codebot_presentation=debug`; GraphQL
                // mutations are logged at info as they run); the metrics count every
                // request either way.
                let status = response.status().as_u16();
                let latency_ms = latency.as_secs_f64() * 1000.0;
                if status >= 400 {
                    tracing::info!(status, latency_ms, "response");
                } else {
                    tracing::debug!(status, latency_ms, "response");
                }
            },
        );

    let cors = cors(&state.cors_origins);
    let router = Router::new()
        .route("/graphql/ws", axum::routing::get(websocket::upgrade))
        .merge(graphql::routes())
        .merge(auth::routes())
        .merge(session_status::routes())
        .merge(webhooks::routes(state.body_limit))
        .merge(health::routes())
        .merge(metrics::routes())
        .route_layer(axum::middleware::from_fn(metrics::record))
        .fallback(dashboard::serve)
        .with_state(state);
    let router = match cors {
        Some(cors) => router.layer(cors),
        None => router,
    };
    router
        .layer(axum::middleware::from_fn(close_after_early_refusal))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(trace)
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
}

/// What a worker-only process serves: health, readiness and metrics.
pub fn ops_router(state: HttpState) -> Router {
    Router::new()
        .merge(health::routes())
        .merge(metrics::routes())
        .route_layer(axum::middleware::from_fn(metrics::record))
        .with_state(state)
}

/// Refusals that come before the body is read (401, 406, 413, 415, 429 …) leave the
/// body unread, and the server then cannot reuse the connection: say so with
/// `Connection: close`, so that the client does not send its next request into a
/// connection about to close.
async fn close_after_early_refusal(
    request: Request<axum::body::Body>,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::http::header::{CONNECTION, CONTENT_LENGTH, TRANSFER_ENCODING};
    let headers = request.headers();
    let has_body = headers.contains_key(TRANSFER_ENCODING)
        || headers
            .get(CONTENT_LENGTH)
            .is_some_and(|length| length.as_bytes() != b"0");
    let mut response = next.run(request).await;
    let status = response.status();
    if has_body && status.is_client_error() && status != axum::http::StatusCode::BAD_REQUEST {
        response
            .headers_mut()
            .insert(CONNECTION, axum::http::HeaderValue::from_static("close"));
    }
    response
}

/// CORS for the configured origins only (with credentials, so a listed dashboard
/// origin may use its cookie); no layer at all when none are configured, so browsers
/// keep other origins out.
fn cors(origins: &[String]) -> Option<tower_http::cors::CorsLayer> {
    use axum::http::{HeaderValue, Method, header};
    if origins.is_empty() {
        return None;
    }
    let origins: Vec<HeaderValue> = origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    Some(
        tower_http::cors::CorsLayer::new()
            .allow_origin(origins)
            .allow_methods([Method::GET, Method::POST])
            .allow_headers([
                header::CONTENT_TYPE,
                header::AUTHORIZATION,
                header::ACCEPT,
                HeaderName::from_static("x-api-key"),
                HeaderName::from_static(auth::CSRF_HEADER),
            ])
            .allow_credentials(true)
            .max_age(Duration::from_secs(600)),
    )
}
