//! The request gate: which credential a request presents, who it authenticates,
//! and the rate budget and websocket connections that identity may spend.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};

use super::{SESSION_COOKIE, check_csrf, cookie};
use crate::http::problem::Problem;
use codebot_application::gateway::Throttle;
use codebot_application::identity::secrets;
use codebot_application::identity::{AuthError, Identity};
use codebot_domain::identity::Principal;

/// What the edge needs to let requests in.
pub struct Gate {
    pub identity: Identity,
    pub throttle: Throttle,
    /// Cookies get `Secure` (the public URL is https).
    pub secure_cookies: bool,
    /// Websocket connections one identity may hold.
    pub ws_per_identity: usize,
    ws_open: Mutex<HashMap<String, usize>>,
}

impl Gate {
    pub fn new(
        identity: Identity,
        throttle: Throttle,
        secure_cookies: bool,
        ws_per_identity: usize,
    ) -> Self {
        Self {
            identity,
            throttle,
            secure_cookies,
            ws_per_identity,
            ws_open: Mutex::new(HashMap::new()),
        }
    }

    /// Authenticates `credential` and spends one unit of its identity's budget.
    pub async fn admit(&self, credential: &str) -> Result<Principal, Problem> {
        let principal = self
            .identity
            .authenticate(credential)
            .await
            .map_err(|e| match e {
                AuthError::Invalid(reason) | AuthError::SignUpClosed(reason) => {
                    tracing::info!(%reason, "credentials refused");
                    Problem::unauthorized()
                }
                AuthError::Store(error) => {
                    tracing::error!(%error, "cannot check credentials");
                    Problem::new(
                        StatusCode::SERVICE_UNAVAILABLE,
                        "SERVICE_UNAVAILABLE",
                        "credentials cannot be checked right now; try again",
                    )
                }
            })?;
        self.spend(&principal, 1).await?;
        Ok(principal)
    }

    /// Spends `cost` units of the principal's budget (a batch costs one per operation;
    /// each websocket subscription costs one); 429 when it is spent.
    pub async fn spend(&self, principal: &Principal, cost: u32) -> Result<(), Problem> {
        self.throttle
            .spend(principal, cost)
            .await
            .map_err(|throttled| {
                Problem::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "RATE_LIMITED",
                    throttled.to_string(),
                )
                .with_header(
                    header::RETRY_AFTER,
                    HeaderValue::from(throttled.retry_after_secs()),
                )
            })
    }

    /// Whether `credential` still authenticates (a revoked key, an expired token do
    /// not); `None` when it cannot be told right now. Spends no budget.
    pub async fn still_valid(&self, credential: &str) -> Option<bool> {
        match self.identity.authenticate(credential).await {
            Ok(_) => Some(true),
            Err(AuthError::Invalid(_) | AuthError::SignUpClosed(_)) => Some(false),
            Err(AuthError::Store(_)) => None,
        }
    }

    /// Holds one of `user`'s websocket connections; `None` when it holds its limit.
    pub fn open_socket(self: &Arc<Self>, user: &str) -> Option<SocketSlot> {
        let mut open = self.ws_open.lock().unwrap_or_else(|e| e.into_inner());
        let count = open.entry(user.to_owned()).or_default();
        if *count >= self.ws_per_identity {
            return None;
        }
        *count += 1;
        Some(SocketSlot {
            gate: self.clone(),
            user: user.to_owned(),
        })
    }
}

/// One open websocket of an identity; released when dropped.
pub struct SocketSlot {
    gate: Arc<Gate>,
    user: String,
}

impl Drop for SocketSlot {
    fn drop(&mut self) {
        let mut open = self.gate.ws_open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(count) = open.get_mut(&self.user) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.user);
            }
        }
    }
}

/// Where a request's credential came from.
enum Presented<'a> {
    Header(&'a str),
    Cookie(&'a str),
}

fn presented(headers: &HeaderMap) -> Option<Presented<'_>> {
    if let Some(value) = headers.get(header::AUTHORIZATION) {
        let value = value.to_str().unwrap_or_default();
        let token = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))
            .unwrap_or("");
        return Some(Presented::Header(token));
    }
    if let Some(value) = headers.get("x-api-key") {
        return Some(Presented::Header(value.to_str().unwrap_or_default()));
    }
    session_cookie(headers).map(Presented::Cookie)
}

/// The session cookie's access token. An API key is never a session cookie (sign-in
/// exchanges it for a session), so a cookie holding one authenticates nothing.
pub(in crate::http) fn session_cookie(headers: &HeaderMap) -> Option<&str> {
    cookie(headers, SESSION_COOKIE).filter(|value| !secrets::is_api_key(value.trim()))
}

/// Who sends this request. `changes` is true for requests that may change something
/// (a POST), which need the CSRF header when authenticated by cookie.
pub async fn authenticate(
    gate: &Gate,
    headers: &HeaderMap,
    changes: bool,
) -> Result<Principal, Problem> {
    let credential = match presented(headers) {
        None => return Err(Problem::unauthorized()),
        Some(Presented::Header(value)) => value,
        Some(Presented::Cookie(value)) => {
            if changes {
                check_csrf(headers)?;
            }
            value
        }
    };
    gate.admit(credential).await
}

/// The credential a request presents (header or cookie), if any.
pub fn credential(headers: &HeaderMap) -> Option<String> {
    presented(headers).map(|p| match p {
        Presented::Header(value) | Presented::Cookie(value) => value.to_owned(),
    })
}

/// Resolves when a long-lived stream authenticated by `credential` must end: when the
/// credential expires, or when a check (once a minute) finds it revoked.
pub async fn credential_lapses(
    gate: Arc<Gate>,
    credential: String,
    expires_at: Option<chrono::DateTime<chrono::Utc>>,
) -> &'static str {
    const RECHECK: std::time::Duration = std::time::Duration::from_secs(60);
    loop {
        let left = expires_at.map(|at| (at - chrono::Utc::now()).to_std().unwrap_or_default());
        match left {
            Some(left) if left <= RECHECK => {
                tokio::time::sleep(left).await;
                return "Token expired";
            }
            _ => tokio::time::sleep(RECHECK).await,
        }
        if gate.still_valid(&credential).await == Some(false) {
            return "Forbidden: credentials revoked";
        }
    }
}

/// The credential a websocket upgrade carries in its cookie (same-origin pages only;
/// the upgrade handler has checked the origin).
pub fn upgrade_credential(headers: &HeaderMap) -> Option<String> {
    session_cookie(headers).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_cookie_holding_an_api_key_is_no_credential() {
        let key = secrets::new_api_key();
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("codebot_session={key}")).expect("ascii"),
        );
        assert!(presented(&headers).is_none());
        assert!(upgrade_credential(&headers).is_none());
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("codebot_session=a.b.c"),
        );
        assert_eq!(upgrade_credential(&headers).as_deref(), Some("a.b.c"));
    }
}
