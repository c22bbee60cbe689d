//! Authentication at the edge, and the sign-in endpoints.
//!
//! Credentials: `Authorization: Bearer <access token or API key>`, `X-API-Key: <key>`,
//! or the dashboard's session cookie. A cookie travels with every request the browser
//! makes, so a cookie-authenticated request that changes something must also carry the
//! `X-CSRF-Token` header, equal to the `codebot_csrf` cookie (a double-submit token that
//! another site's page can neither read nor set). Every authenticated request then
//! spends one unit of its identity's rate budget.
//!
//! `gate` lets requests in (credentials, the CSRF rule, budgets, websocket slots);
//! `sign_in` serves the `/auth/*` routes that start, refresh and end sessions. This
//! module holds the cookies and the CSRF check both rely on.

mod gate;
mod sign_in;

use axum::http::{HeaderMap, StatusCode, header};

use super::problem::Problem;

pub(super) use gate::session_cookie;
pub use gate::{Gate, SocketSlot, authenticate, credential, credential_lapses, upgrade_credential};
pub use sign_in::{LOGIN_COOKIE, routes};

pub const SESSION_COOKIE: &str = "codebot_session";
pub const REFRESH_COOKIE: &str = "codebot_refresh";
pub const CSRF_COOKIE: &str = "codebot_csrf";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The value of cookie `name`, if the request carries it.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// Constant-time comparison, so the CSRF check leaks nothing through timing.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A cookie-authenticated request that changes something must echo the CSRF cookie.
fn check_csrf(headers: &HeaderMap) -> Result<(), Problem> {
    let cookie = cookie(headers, CSRF_COOKIE);
    let header = headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
    match (cookie, header) {
        (Some(cookie), Some(header)) if !cookie.is_empty() && same_secret(cookie, header) => Ok(()),
        _ => Err(Problem::new(
            StatusCode::FORBIDDEN,
            "CSRF",
            "a request signed in by cookie must send the X-CSRF-Token header",
        )),
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    #[test]
    fn cookies_are_found_by_exact_name() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; codebot_session_x=2; codebot_session=3"),
        );
        assert_eq!(cookie(&headers, SESSION_COOKIE), Some("3"));
        assert_eq!(cookie(&headers, "b"), None);
    }

    #[test]
    fn the_csrf_check_wants_the_header_to_equal_the_cookie() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("codebot_csrf=abc"));
        assert!(check_csrf(&headers).is_err());
        headers.insert(CSRF_HEADER, HeaderValue::from_static("abd"));
        assert!(check_csrf(&headers).is_err());
        headers.insert(CSRF_HEADER, HeaderValue::from_static("abc"));
        assert!(check_csrf(&headers).is_ok());
    }
}
