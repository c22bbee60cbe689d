//! `POST /webhooks/github`: the repository's pull-request events. The body must carry
//! GitHub's `X-Hub-Signature-256` (HMAC-SHA256 with the webhook secret, compared in
//! constant time). A merged pull request approves its integration and one closed
//! unmerged rejects it, each recorded with the GitHub user as the actor; anything else
//! (other events, pull requests that are not ours, an integration no longer in review,
//! a redelivery) is acknowledged and ignored.

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};
use uuid::Uuid;

use super::HttpState;
use super::problem::Problem;
use codebot_application::error::AppError;
use codebot_application::identity::secrets::signature_matches;
use codebot_application::integrations::commands::Actor;
use codebot_domain::Command;

/// The routes, refusing bodies over `body_limit` bytes (413) like every other route.
pub fn routes(body_limit: usize) -> Router<HttpState> {
    Router::new()
        .route("/webhooks/github", post(github))
        .layer(axum::extract::DefaultBodyLimit::max(body_limit))
}

fn ignored(why: &str) -> Response {
    (StatusCode::ACCEPTED, axum::Json(json!({ "ignored": why }))).into_response()
}

async fn github(State(state): State<HttpState>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(secret) = &state.github_webhook_secret else {
        return Problem::new(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "GitHub webhooks are not configured (GITHUB_WEBHOOK_SECRET)",
        )
        .into_response();
    };
    let signature = headers
        .get("x-hub-signature-256")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !signature_matches(secret.expose().as_bytes(), &body, signature) {
        tracing::warn!("a GitHub webhook with a bad signature was refused");
        return Problem::new(
            StatusCode::UNAUTHORIZED,
            "UNAUTHENTICATED",
            "the X-Hub-Signature-256 signature does not match",
        )
        .into_response();
    }
    let event = headers
        .get("x-github-event")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if event == "ping" {
        return (StatusCode::OK, axum::Json(json!({ "ok": true }))).into_response();
    }
    if event != "pull_request" {
        return ignored("not a pull_request event");
    }
    let Ok(payload) = serde_json::from_slice::<Value>(&body) else {
        return Problem::bad_request("the body is not JSON").into_response();
    };
    if payload["action"] != "closed" {
        return ignored("only closed pull requests change integrations");
    }
    let branch = payload["pull_request"]["head"]["ref"]
        .as_str()
        .unwrap_or_default();
    let Some(id) = branch
        .strip_prefix("codebot/")
        .and_then(|id| Uuid::parse_str(id).ok())
    else {
        return ignored("not a pull request of this bot");
    };
    let login: String = payload["sender"]["login"]
        .as_str()
        .unwrap_or("unknown")
        .chars()
        .take(50)
        .collect();
    let merged = payload["pull_request"]["merged"] == true;
    let command = if merged {
        Command::Approve {
            comment: Some(format!("merged on GitHub by {login}")),
        }
    } else {
        Command::Reject {
            reason: format!("pull request closed on GitHub by {login}"),
        }
    };
    // The delivery id is the command's idempotency key: GitHub (or anyone replaying a
    // captured delivery) sending it again changes nothing.
    let Some(delivery) = headers
        .get("x-github-delivery")
        .and_then(|v| v.to_str().ok())
        .filter(|d| !d.is_empty() && d.len() <= 100)
    else {
        return Problem::bad_request("the X-GitHub-Delivery header is missing").into_response();
    };
    let actor = Actor {
        user_id: format!("github:{login}"),
        request_id: Some(format!("github-delivery:{delivery}")),
        may_change_any: true,
    };
    match state
        .handlers
        .integration_commands
        .execute_once(&actor, id, command)
        .await
    {
        Ok((_, false)) => ignored("this delivery was applied already"),
        Ok((projection, true)) => (
            StatusCode::OK,
            axum::Json(json!({ "integration": id, "state": projection.view().state.as_str() })),
        )
            .into_response(),
        Err(AppError::Internal(error) | AppError::Unavailable(error)) => {
            tracing::error!(%error, "cannot record a GitHub review");
            Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "SERVICE_UNAVAILABLE",
                "try again",
            )
            .into_response()
        }
        Err(other) => ignored(&other.to_string()),
    }
}
