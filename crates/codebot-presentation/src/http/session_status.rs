//! `GET /auth/status`: whether the browser has a session, answered without an error
//! either way, so that a signed-out page load asks once and shows no failed request.
//! The dashboard asks this before it asks GraphQL who it is.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;

use super::HttpState;
use super::auth::{REFRESH_COOKIE, cookie, session_cookie};
use super::problem::Problem;

pub fn routes() -> Router<HttpState> {
    Router::new().route("/auth/status", get(status))
}

/// 200 with `signedIn` (the browser's session cookie authenticates now) and
/// `refreshable` (it carries a refresh cookie, so `POST /auth/refresh` may give it a
/// new session). Spends no rate budget, so it reads the session cookie only: headers
/// (API keys) are checked where requests are counted. 503 when the session cannot be
/// checked right now.
async fn status(State(state): State<HttpState>, headers: HeaderMap) -> Response {
    let signed_in = match session_cookie(&headers) {
        None => false,
        Some(credential) => match state.gate.still_valid(credential).await {
            Some(valid) => valid,
            None => {
                return Problem::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "SERVICE_UNAVAILABLE",
                    "credentials cannot be checked right now; try again",
                )
                .into_response();
            }
        },
    };
    let refreshable = cookie(&headers, REFRESH_COOKIE).is_some_and(|value| !value.is_empty());
    let mut response =
        Json(json!({ "signedIn": signed_in, "refreshable": refreshable })).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
