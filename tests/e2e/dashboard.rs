//! The dashboard as the binary serves it: the built `web/dist`, embedded.

use codebot_tests::{Backend, TestApp, plain_client};

#[tokio::test]
async fn the_binary_serves_the_built_dashboard_with_client_routes_falling_back_to_it() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let client = plain_client();
    let index = client.get(app.url("/")).send().await.expect("get /");
    assert_eq!(index.status(), 200);
    assert_eq!(index.headers()["content-type"], "text/html; charset=utf-8");
    assert_eq!(index.headers()["cache-control"], "no-cache");
    assert!(
        index.headers()["content-security-policy"]
            .to_str()
            .expect("ascii")
            .contains("default-src 'self'")
    );
    let html = index.text().await.expect("html");
    let script = html
        .split("src=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page loads a script")
        .to_owned();
    assert!(script.starts_with("/assets/"), "{script}");

    // A client-side route gets the same page.
    let route = client
        .get(app.url("/integrations/0190-abc"))
        .send()
        .await
        .expect("get");
    assert_eq!(route.status(), 200);
    assert_eq!(route.text().await.expect("html"), html);

    let asset = client
        .get(app.url(&script))
        .send()
        .await
        .expect("get asset");
    assert_eq!(asset.status(), 200);
    assert_eq!(
        asset.headers()["content-type"],
        "text/javascript; charset=utf-8"
    );
    assert!(
        asset.headers()["cache-control"]
            .to_str()
            .expect("ascii")
            .contains("immutable")
    );

    for missing in ["/assets/nope.js", "/graphql/nope", "/auth/nope"] {
        let response = client.get(app.url(missing)).send().await.expect("get");
        assert_eq!(response.status(), 404, "{missing}");
    }
    let response = client
        .post(app.url("/somewhere"))
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 405);
}

/// `GET /auth/status` with `cookies` as the browser would send them.
async fn session_status(app: &TestApp, cookies: &str) -> (u16, serde_json::Value) {
    let mut request = plain_client().get(app.url("/auth/status"));
    if !cookies.is_empty() {
        request = request.header("cookie", cookies);
    }
    let response = request.send().await.expect("get /auth/status");
    let status = response.status().as_u16();
    assert_eq!(response.headers()["cache-control"], "no-store");
    (status, response.json().await.expect("json"))
}

#[tokio::test]
async fn the_session_status_answers_200_whether_or_not_the_browser_is_signed_in() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let signed_out = serde_json::json!({ "signedIn": false, "refreshable": false });
    assert_eq!(session_status(&app, "").await, (200, signed_out.clone()));
    // It is no free key checker: it spends no rate budget, so it reads only the
    // browser's session cookie, never an API key in a header.
    let with_key: serde_json::Value = plain_client()
        .get(app.url("/auth/status"))
        .bearer_auth(&app.admin_key)
        .send()
        .await
        .expect("get /auth/status")
        .json()
        .await
        .expect("json");
    assert_eq!(with_key, signed_out);
    assert_eq!(
        session_status(&app, "codebot_session=forged").await,
        (200, signed_out)
    );

    let response = plain_client()
        .post(app.url("/auth/session"))
        .json(&serde_json::json!({ "apiKey": app.admin_key }))
        .send()
        .await
        .expect("sign in");
    assert_eq!(response.status(), 204);
    let cookies: Vec<String> = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok()?.split(';').next().map(str::to_owned))
        .collect();
    let all = cookies.join("; ");
    // A session made from an API key is a real session: an access token and a
    // refresh token beside it.
    assert_eq!(
        session_status(&app, &all).await,
        (
            200,
            serde_json::json!({ "signedIn": true, "refreshable": true })
        )
    );
    // An expired access token beside a refresh cookie (an OAuth session): renewable,
    // not signed in; the refresh itself checks the token.
    assert_eq!(
        session_status(&app, "codebot_session=expired; codebot_refresh=r1").await,
        (
            200,
            serde_json::json!({ "signedIn": false, "refreshable": true })
        )
    );
}
