//! Browser sessions: cookies made from an API key, the CSRF header they need, sign-out,
//! and refresh tokens that rotate (two tabs at once both stay signed in; a late reuse
//! ends the session).

use std::collections::BTreeMap;
use std::time::Duration;

use codebot_tests::{Backend, TestApp, codes, plain_client};
use serde_json::{Value, json};

use crate::oauth::{OidcProvider, callback, sign_in_at_provider, signing_in_with};

/// The `name=value` pairs a response sets.
pub(crate) fn set_cookies(response: &reqwest::Response) -> BTreeMap<String, String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

pub(crate) fn cookie_header(cookies: &BTreeMap<String, String>) -> String {
    cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// `POST /auth/refresh` as the dashboard sends it: the cookies and the CSRF header.
pub(crate) async fn refresh_with_cookies(
    app: &TestApp,
    cookies: BTreeMap<String, String>,
) -> reqwest::Response {
    plain_client()
        .post(app.url("/auth/refresh"))
        .header("cookie", cookie_header(&cookies))
        .header(
            "x-csrf-token",
            cookies.get("codebot_csrf").cloned().unwrap_or_default(),
        )
        .send()
        .await
        .expect("refresh")
}

/// A GraphQL POST carrying `cookies` (and the CSRF header when `csrf`).
pub(crate) async fn with_cookies(
    app: &TestApp,
    cookies: &BTreeMap<String, String>,
    csrf: bool,
    query: &str,
) -> (u16, Value) {
    let mut request = plain_client()
        .post(app.url("/graphql"))
        .header("cookie", cookie_header(cookies))
        .json(&json!({ "query": query }));
    if csrf {
        request = request.header(
            "x-csrf-token",
            cookies.get("codebot_csrf").cloned().unwrap_or_default(),
        );
    }
    let response = request.send().await.expect("post");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn the_dashboard_signs_in_with_an_api_key_and_cookies_need_the_csrf_header() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let response = plain_client()
        .post(app.url("/auth/session"))
        .json(&json!({ "apiKey": "cb_wrong" }))
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 401);
    let response = plain_client()
        .post(app.url("/auth/session"))
        .json(&json!({ "apiKey": app.admin_key }))
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 204);
    let raw: Vec<String> = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().expect("ascii").to_owned())
        .collect();
    assert!(
        raw.iter().any(|c| c.starts_with("codebot_session=")
            && c.contains("HttpOnly")
            && c.contains("SameSite=Lax")),
        "{raw:?}"
    );
    assert!(
        raw.iter()
            .any(|c| c.starts_with("codebot_csrf=") && !c.contains("HttpOnly")),
        "{raw:?}"
    );
    let cookies = set_cookies(&response);
    let (status, body) = with_cookies(&app, &cookies, true, "{ me { id } }").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["me"]["id"], "admin");
    let (status, body) = with_cookies(&app, &cookies, false, "{ me { id } }").await;
    assert_eq!(status, 403, "{body}");
    assert_eq!(codes(&body), ["CSRF"]);
    // A form post (the CSRF classic) is refused before anything runs.
    let response = plain_client()
        .post(app.url("/graphql"))
        .header("cookie", cookie_header(&cookies))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("query=mutation%7B__typename%7D")
        .send()
        .await
        .expect("post");
    assert!(
        matches!(response.status().as_u16(), 403 | 415),
        "{}",
        response.status()
    );
    // Another site cannot plant its own key as this browser's session with a form.
    let response = plain_client()
        .post(app.url("/auth/session"))
        .header("content-type", "text/plain")
        .body(format!("{{\"apiKey\":\"{}\",\"x\":\"=\"}}", app.admin_key))
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 415);
    // Nor sign it out: a browser with session cookies must show the CSRF header.
    let response = plain_client()
        .post(app.url("/auth/logout"))
        .header("cookie", cookie_header(&cookies))
        .json(&json!({ "refreshToken": "bogus" }))
        .send()
        .await
        .expect("logout");
    assert_eq!(response.status(), 403);
    // Signing out clears the cookies.
    let response = plain_client()
        .post(app.url("/auth/logout"))
        .header("cookie", cookie_header(&cookies))
        .header("x-csrf-token", &cookies["codebot_csrf"])
        .send()
        .await
        .expect("logout");
    assert_eq!(response.status(), 204);
    assert_eq!(set_cookies(&response)["codebot_session"], "");
}

/// Two tabs whose access tokens expire together refresh with the same token at once:
/// both get a session; the same token coming back after the grace is taken for theft.
#[tokio::test]
async fn tabs_refreshing_at_once_both_stay_signed_in_and_late_reuse_ends_the_session() {
    let provider = OidcProvider::start().await;
    let app = signing_in_with(&provider, ("CODEBOT_REFRESH_REUSE_GRACE_SECS", "1")).await;
    let (query, _, login) = sign_in_at_provider(&app).await;
    let cookies = set_cookies(&callback(&app, &query, Some(&login)).await);
    assert!(cookies.contains_key("codebot_refresh"), "{cookies:?}");
    let refresh = |cookies: BTreeMap<String, String>| refresh_with_cookies(&app, cookies);
    let (first, second) = tokio::join!(refresh(cookies.clone()), refresh(cookies.clone()));
    assert_eq!(
        (first.status().as_u16(), second.status().as_u16()),
        (204, 204)
    );
    let mut tabs = Vec::new();
    for response in [first, second] {
        let mut tab = cookies.clone();
        tab.extend(set_cookies(&response));
        let (status, _) = with_cookies(&app, &tab, true, "{ me { id } }").await;
        assert_eq!(status, 200);
        tabs.push(tab);
    }
    assert_ne!(tabs[0]["codebot_refresh"], tabs[1]["codebot_refresh"]);
    // The grace gives one extra successor, not more: a third use of it is refused.
    assert_eq!(refresh(cookies.clone()).await.status(), 401);
    // Each tab goes on refreshing its own token.
    let response = refresh(tabs[0].clone()).await;
    assert_eq!(response.status(), 204);
    let mut later = tabs[0].clone();
    later.extend(set_cookies(&response));
    // A used token back long after its first use: stolen; the whole session ends. So
    // does the first token, which the grace retired: a replay is a replay.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(refresh(cookies.clone()).await.status(), 401);
    assert_eq!(
        refresh(later).await.status(),
        401,
        "the replay of the retired token revoked the session"
    );
    assert_eq!(refresh(tabs[0].clone()).await.status(), 401);
    assert_eq!(
        refresh(tabs[1].clone()).await.status(),
        401,
        "every tab of it"
    );
}
