//! `GET /metrics`: the process's metrics in Prometheus's text format, and the HTTP
//! metrics every route records.
//!
//! Who may scrape: a client on this machine's loopback that no proxy forwarded (a
//! local Prometheus or a sidecar), or anyone presenting the bearer token from
//! `CODEBOT_METRICS_TOKEN`. A request a proxy forwarded from loopback carries
//! forwarding headers and so needs the token too: behind a load balancer the metrics
//! are never open by accident.

use std::net::SocketAddr;
use std::time::Instant;

use axum::Router;
use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::HttpState;
use super::problem::Problem;

pub fn routes() -> Router<HttpState> {
    Router::new().route("/metrics", get(scrape))
}

async fn scrape(State(state): State<HttpState>, request: Request) -> Response {
    let Some(metrics) = &state.metrics else {
        return Problem::new(StatusCode::NOT_FOUND, "NOT_FOUND", "no such endpoint")
            .into_response();
    };
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| *addr);
    if !may_scrape(peer, request.headers(), state.metrics_token.as_ref()) {
        return Problem::new(
            StatusCode::FORBIDDEN,
            "FORBIDDEN",
            "metrics are served to loopback clients, or with the bearer token of CODEBOT_METRICS_TOKEN",
        )
        .into_response();
    }
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
        )],
        metrics.render().await,
    )
        .into_response()
}

fn may_scrape(
    peer: Option<SocketAddr>,
    headers: &HeaderMap,
    token: Option<&codebot_application::secret::Secret<String>>,
) -> bool {
    if let Some(token) = token {
        let presented = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or_default();
        if codebot_application::identity::secrets::same(presented, token.expose()) {
            return true;
        }
    }
    let forwarded = ["forwarded", "x-forwarded-for", "x-real-ip"]
        .iter()
        .any(|name| headers.contains_key(*name));
    !forwarded && peer.is_some_and(|addr| addr.ip().is_loopback())
}

/// Counts every request by route, method and status, and times it.
pub async fn record(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "other".to_owned(), |path| path.as_str().to_owned());
    let method = request.method().as_str().to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("codebot_http_requests_total", "route" => route.clone(), "method" => method.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("codebot_http_request_duration_seconds", "route" => route, "method" => method)
        .record(started.elapsed().as_secs_f64());
    response
}

/// Holds one unit of a gauge (open websockets, live subscriptions) while it lives.
pub struct Held(&'static str);

impl Held {
    pub fn new(gauge: &'static str) -> Self {
        metrics::gauge!(gauge).increment(1.0);
        Self(gauge)
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        metrics::gauge!(self.0).decrement(1.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_unforwarded_loopback_or_the_token_may_scrape() {
        let local: SocketAddr = "127.0.0.1:5000".parse().expect("addr");
        let remote: SocketAddr = "203.0.113.9:5000".parse().expect("addr");
        let none = HeaderMap::new();
        let mut forwarded = HeaderMap::new();
        forwarded.insert("x-forwarded-for", HeaderValue::from_static("203.0.113.9"));
        let token = codebot_application::secret::Secret::new("scrape-token-123".to_owned());
        let mut bearer = HeaderMap::new();
        bearer.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer scrape-token-123"),
        );
        assert!(may_scrape(Some(local), &none, None));
        assert!(!may_scrape(Some(local), &forwarded, None));
        assert!(!may_scrape(Some(remote), &none, None));
        assert!(!may_scrape(None, &none, None));
        assert!(may_scrape(Some(remote), &bearer, Some(&token)));
        assert!(!may_scrape(Some(remote), &none, Some(&token)));
    }
}
