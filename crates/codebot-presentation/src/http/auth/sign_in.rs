//! The sign-in routes under `/auth`: OAuth login and its callback, a session from an
//! API key, refresh and logout. Each sets or clears the session cookies.

use axum::Router;
use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{CSRF_COOKIE, REFRESH_COOKIE, SESSION_COOKIE, check_csrf, cookie, same_secret};
use crate::http::HttpState;
use crate::http::problem::Problem;
use codebot_application::identity::secrets;
use codebot_application::identity::{AuthError, Session};

/// Holds an OAuth login's state in the browser that started it.
pub const LOGIN_COOKIE: &str = "codebot_login";

/// How long an OAuth login may take.
const LOGIN_SECS: i64 = 600;

pub fn routes() -> Router<HttpState> {
    Router::new()
        .route("/auth/providers", get(providers))
        .route("/auth/login", get(login))
        .route("/auth/callback", get(callback))
        .route("/auth/session", post(api_key_session))
        .route("/auth/refresh", post(refresh))
        .route("/auth/logout", post(logout))
}

async fn providers(State(state): State<HttpState>) -> Response {
    let list: Vec<Value> = state
        .gate
        .identity
        .providers()
        .into_iter()
        .map(|(id, name)| json!({ "id": id, "name": name, "loginUrl": format!("/auth/login?provider={id}") }))
        .collect();
    axum::Json(json!({ "providers": list })).into_response()
}

#[derive(Deserialize)]
struct LoginParams {
    provider: String,
    redirect: Option<String>,
}

/// A path on this server: `/` and no scheme or host, so a login can never send the
/// browser elsewhere.
fn local_path(path: Option<&str>) -> Result<String, Problem> {
    match path {
        None | Some("") => Ok("/".to_owned()),
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.contains('\\')
                && p.len() <= 400
                // Visible ASCII only: browsers drop tabs and newlines from URLs, which
                // would turn `/\t/evil.example` into `//evil.example`.
                && p.bytes().all(|b| b.is_ascii_graphic()) =>
        {
            Ok(p.to_owned())
        }
        Some(_) => Err(Problem::bad_request(
            "`redirect` must be a path on this server",
        )),
    }
}

async fn login(
    State(state): State<HttpState>,
    params: Result<Query<LoginParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, Problem> {
    let Query(params) = params.map_err(|e| Problem::bad_request(format!("bad query: {e}")))?;
    let redirect = local_path(params.redirect.as_deref())?;
    let (url, login_state) = state
        .gate
        .identity
        .begin_login(&params.provider, &redirect)
        .await
        .map_err(|e| match e {
            codebot_application::error::AppError::Domain(_) => {
                Problem::bad_request(format!("unknown sign-in provider `{}`", params.provider))
            }
            other => {
                tracing::error!(error = %other, "cannot start a sign-in");
                Problem::new(
                    StatusCode::BAD_GATEWAY,
                    "BAD_GATEWAY",
                    "the sign-in provider cannot be reached; try again later",
                )
            }
        })?;
    let mut response = StatusCode::FOUND.into_response();
    let location = HeaderValue::from_str(&url)
        .map_err(|_| Problem::new(StatusCode::BAD_GATEWAY, "BAD_GATEWAY", "bad provider URL"))?;
    response.headers_mut().insert(header::LOCATION, location);
    // The state also goes to this browser, so that the callback can tell that the
    // browser finishing the login is the one that started it (no login CSRF).
    append_cookie(
        &mut response,
        LOGIN_COOKIE,
        &login_state,
        LOGIN_SECS,
        "/auth",
        true,
        state.gate.secure_cookies,
    );
    no_store(&mut response);
    Ok(response)
}

#[derive(Deserialize)]
struct CallbackParams {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

async fn callback(
    State(state): State<HttpState>,
    headers: HeaderMap,
    Query(params): Query<CallbackParams>,
) -> Result<Response, Problem> {
    let failed = || {
        Problem::new(
            StatusCode::UNAUTHORIZED,
            "UNAUTHENTICATED",
            "sign-in failed; start again from the sign-in page",
        )
    };
    if let Some(error) = params.error {
        tracing::info!(%error, "the provider refused the sign-in");
        return Err(failed());
    }
    let (Some(code), Some(login_state)) = (params.code, params.state) else {
        return Err(failed());
    };
    if !cookie(&headers, LOGIN_COOKIE).is_some_and(|c| same_secret(c, &login_state)) {
        tracing::info!("a sign-in callback came back to a browser that did not start it");
        return Err(failed());
    }
    let (session, redirect) = state
        .gate
        .identity
        .finish_login(&login_state, &code)
        .await
        .map_err(|e| {
            tracing::info!(error = %e, "sign-in refused");
            match e {
                AuthError::SignUpClosed(message) => {
                    Problem::new(StatusCode::FORBIDDEN, "FORBIDDEN", message)
                }
                _ => failed(),
            }
        })?;
    let mut response = StatusCode::FOUND.into_response();
    response.headers_mut().insert(
        header::LOCATION,
        HeaderValue::from_str(&redirect).unwrap_or(HeaderValue::from_static("/")),
    );
    set_session_cookies(&mut response, &session, state.gate.secure_cookies);
    append_cookie(
        &mut response,
        LOGIN_COOKIE,
        "",
        0,
        "/auth",
        true,
        state.gate.secure_cookies,
    );
    no_store(&mut response);
    Ok(response)
}

/// The dashboard's sign-in with an API key: the key is exchanged for a session (a
/// short-lived access token and a rotating refresh token, in HttpOnly cookies) that
/// acts as the key's user with the key's role and ends when the key is revoked. The
/// key itself never goes into a cookie.
async fn api_key_session(
    State(state): State<HttpState>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, Problem> {
    // JSON only: another site's page can post a form or text, but not JSON without a
    // CORS preflight, so it cannot plant its own key as this browser's session.
    if !crate::http::media::is_json_body(&headers) {
        return Err(Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UNSUPPORTED_MEDIA_TYPE",
            "send `Content-Type: application/json`",
        ));
    }
    let bytes = axum::body::to_bytes(body, 16 * 1024)
        .await
        .map_err(|_| Problem::bad_request("the body is too large"))?;
    let body: Value = serde_json::from_slice(&bytes)
        .map_err(|_| Problem::bad_request("send JSON: {\"apiKey\": \"cb_…\"}"))?;
    let key = body["apiKey"].as_str().unwrap_or_default().trim();
    if !secrets::is_api_key(key) {
        return Err(Problem::unauthorized());
    }
    let principal = state.gate.admit(key).await?;
    let session = state
        .gate
        .identity
        .start_key_session(&principal)
        .await
        .map_err(|error| {
            tracing::error!(%error, "cannot start a session from an API key");
            Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "SERVICE_UNAVAILABLE",
                "the session cannot be started right now; try again",
            )
        })?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    set_session_cookies(&mut response, &session, state.gate.secure_cookies);
    no_store(&mut response);
    Ok(response)
}

#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RefreshBody {
    refresh_token: Option<String>,
}

/// The refresh token from the body (programs) or the cookie (the dashboard, with the
/// CSRF header).
async fn refresh_token(headers: &HeaderMap, body: Body) -> Result<(String, bool), Problem> {
    let bytes = axum::body::to_bytes(body, 16 * 1024)
        .await
        .map_err(|_| Problem::bad_request("the body is too large"))?;
    if !bytes.is_empty() {
        let body: RefreshBody = serde_json::from_slice(&bytes)
            .map_err(|_| Problem::bad_request("send JSON: {\"refreshToken\": \"…\"}"))?;
        if let Some(token) = body.refresh_token {
            return Ok((token, false));
        }
    }
    let token = cookie(headers, REFRESH_COOKIE).ok_or_else(Problem::unauthorized)?;
    check_csrf(headers)?;
    Ok((token.to_owned(), true))
}

async fn refresh(
    State(state): State<HttpState>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, Problem> {
    let (token, by_cookie) = refresh_token(&headers, body).await?;
    let session = state.gate.identity.refresh(&token).await.map_err(|e| {
        tracing::info!(error = %e, "refresh refused");
        match e {
            AuthError::Store(_) => Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "SERVICE_UNAVAILABLE",
                "try again",
            ),
            AuthError::Invalid(_) | AuthError::SignUpClosed(_) => Problem::unauthorized(),
        }
    })?;
    let mut response = if by_cookie {
        let mut response = StatusCode::NO_CONTENT.into_response();
        set_session_cookies(&mut response, &session, state.gate.secure_cookies);
        response
    } else {
        axum::Json(json!({
            "tokenType": "Bearer",
            "accessToken": session.access.token,
            "expiresAt": session.access.expires_at,
            "refreshToken": session.refresh_token,
            "refreshExpiresAt": session.refresh_expires_at,
        }))
        .into_response()
    };
    no_store(&mut response);
    Ok(response)
}

async fn logout(
    State(state): State<HttpState>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, Problem> {
    // A browser that holds session cookies must prove the request is its own before
    // they are cleared, whatever the body says.
    let has_cookies =
        cookie(&headers, SESSION_COOKIE).is_some() || cookie(&headers, REFRESH_COOKIE).is_some();
    if has_cookies {
        check_csrf(&headers)?;
    }
    match refresh_token(&headers, body).await {
        Ok((token, _)) => {
            if let Err(error) = state.gate.identity.logout(&token).await {
                tracing::error!(%error, "cannot revoke a session");
            }
        }
        // A browser whose refresh cookie has lapsed has no session left to revoke:
        // clearing the cookies ends what remains of it.
        Err(_) if has_cookies => {}
        Err(problem) => return Err(problem),
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    let secure = state.gate.secure_cookies;
    append_cookie(&mut response, SESSION_COOKIE, "", 0, "/", true, secure);
    append_cookie(&mut response, REFRESH_COOKIE, "", 0, "/auth", true, secure);
    append_cookie(&mut response, CSRF_COOKIE, "", 0, "/", false, secure);
    no_store(&mut response);
    Ok(response)
}

fn set_session_cookies(response: &mut Response, session: &Session, secure: bool) {
    let now = chrono::Utc::now();
    let access_age = (session.access.expires_at - now).num_seconds().max(1);
    let refresh_age = (session.refresh_expires_at - now).num_seconds().max(1);
    append_cookie(
        response,
        SESSION_COOKIE,
        &session.access.token,
        access_age,
        "/",
        true,
        secure,
    );
    append_cookie(
        response,
        REFRESH_COOKIE,
        &session.refresh_token,
        refresh_age,
        "/auth",
        true,
        secure,
    );
    append_cookie(
        response,
        CSRF_COOKIE,
        &secrets::random_token(),
        refresh_age,
        "/",
        false,
        secure,
    );
}

fn append_cookie(
    response: &mut Response,
    name: &str,
    value: &str,
    max_age: i64,
    path: &str,
    http_only: bool,
    secure: bool,
) {
    let mut cookie = format!("{name}={value}; Path={path}; Max-Age={max_age}; SameSite=Lax");
    if http_only {
        cookie.push_str("; HttpOnly");
    }
    if secure {
        cookie.push_str("; Secure");
    }
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

fn no_store(response: &mut Response) {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_redirects_stay_on_this_server() {
        assert_eq!(local_path(None).ok().as_deref(), Some("/"));
        assert_eq!(
            local_path(Some("/integrations/1")).ok().as_deref(),
            Some("/integrations/1")
        );
        assert!(local_path(Some("//evil.example")).is_err());
        assert!(local_path(Some("https://evil.example")).is_err());
        assert!(local_path(Some("/\\evil.example")).is_err());
    }
}
