//! OAuth sign-in: against a local OpenID Connect provider end to end, and against a
//! fake of GitHub, whose new users may be limited to some e-mail domains.

use std::collections::BTreeMap;
use std::process::Stdio;
use std::time::Duration;

use codebot_tests::{Backend, TestApp, plain_client};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::sessions::{cookie_header, refresh_with_cookies, set_cookies, with_cookies};

/// The local OpenID Connect provider (npm oauth2-mock-server), running until dropped.
pub(crate) struct OidcProvider {
    child: tokio::process::Child,
    issuer: String,
}

impl OidcProvider {
    pub(crate) async fn start() -> Self {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/js/oidc-server.mjs");
        let mut child = tokio::process::Command::new("node")
            .arg(script)
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("node runs (the test script installs tests/js)");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let line = tokio::time::timeout(Duration::from_secs(20), lines.next_line())
            .await
            .expect("the provider starts")
            .expect("read")
            .expect("a line");
        let issuer = line
            .strip_prefix("issuer ")
            .expect("the issuer line")
            .trim_end_matches('/')
            .to_owned();
        Self { child, issuer }
    }
}

impl Drop for OidcProvider {
    fn drop(&mut self) {
        self.child.start_kill().ok();
    }
}

/// An API instance that signs people in at the local OpenID Connect `provider`, with
/// one more setting.
pub(crate) async fn signing_in_with(provider: &OidcProvider, setting: (&str, &str)) -> TestApp {
    TestApp::spawn_with(
        Backend::Sqlite,
        &[
            ("CODEBOT_ROLE", "api"),
            ("CODEBOT_OIDC_ISSUER", &provider.issuer),
            ("CODEBOT_OIDC_CLIENT_ID", "codebot-tests"),
            ("CODEBOT_OIDC_NAME", "Test Provider"),
            ("CODEBOT_PUBLIC_URL", "http://codebot.test"),
            setting,
        ],
    )
    .await
}

/// Starts a sign-in with `provider` at the app: the login cookie the browser holds
/// and the provider's authorization URL it is sent to.
async fn start_sign_in(app: &TestApp, provider: &str) -> (String, reqwest::Url) {
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .get(app.url(&format!(
            "/auth/login?provider={provider}&redirect=/integrations"
        )))
        .send()
        .await
        .expect("login");
    assert_eq!(response.status(), 302);
    let login_cookie = cookie_header(&set_cookies(&response));
    assert!(login_cookie.starts_with("codebot_login="), "{login_cookie}");
    let authorize =
        reqwest::Url::parse(response.headers()["location"].to_str().expect("ascii")).expect("url");
    (login_cookie, authorize)
}

/// Starts a sign-in at the app and lets the provider answer: returns the callback's
/// query string (`code` and `state`) the browser would bring back.
pub(crate) async fn sign_in_at_provider(app: &TestApp) -> (String, reqwest::Url, String) {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let (login_cookie, authorize) = start_sign_in(app, "oidc").await;
    let response = client
        .get(authorize.clone())
        .send()
        .await
        .expect("authorize");
    assert_eq!(response.status(), 302, "{:?}", response.text().await);
    let back =
        reqwest::Url::parse(response.headers()["location"].to_str().expect("ascii")).expect("url");
    (
        back.query().expect("query").to_owned(),
        authorize,
        login_cookie,
    )
}

/// The browser coming back to the callback, with the login cookie it holds (if any).
pub(crate) async fn callback(
    app: &TestApp,
    query: &str,
    login_cookie: Option<&str>,
) -> reqwest::Response {
    let mut request = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .get(app.url(&format!("/auth/callback?{query}")));
    if let Some(cookie) = login_cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.expect("callback")
}

fn param(query: &str, name: &str) -> String {
    query
        .split('&')
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
        .expect("the parameter")
}

#[tokio::test]
async fn oauth_sign_in_works_end_to_end_against_a_local_openid_provider() {
    let provider = OidcProvider::start().await;
    // Any reuse is theft here; the grace for concurrent tabs is tested apart.
    let app = signing_in_with(&provider, ("CODEBOT_REFRESH_REUSE_GRACE_SECS", "0")).await;
    let providers: Value = plain_client()
        .get(app.url("/auth/providers"))
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    assert_eq!(providers["providers"][0]["id"], "oidc");
    assert_eq!(providers["providers"][0]["name"], "Test Provider");

    // The authorization request: our exact redirect URI, PKCE S256, a state.
    let (query, authorize, login) = sign_in_at_provider(&app).await;
    let pairs: BTreeMap<String, String> = authorize
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    assert_eq!(pairs["redirect_uri"], "http://codebot.test/auth/callback");
    assert_eq!(pairs["code_challenge_method"], "S256");
    assert_eq!(pairs["response_type"], "code");
    assert!(pairs["state"].len() >= 32);

    // A tampered state gets no session (and spends nothing).
    let tampered = query.replace(&param(&query, "state"), "forged-state");
    let response = callback(&app, &tampered, Some(&login)).await;
    assert_eq!(response.status(), 401);
    assert!(set_cookies(&response).is_empty());

    // Login CSRF: the right callback in a browser that did not start the login (an
    // attacker's link) signs nobody in.
    let response = callback(&app, &query, None).await;
    assert_eq!(response.status(), 401);
    assert!(set_cookies(&response).is_empty());

    // The real callback signs the user in and sends the browser where it was going.
    let response = callback(&app, &query, Some(&login)).await;
    assert_eq!(response.status(), 302);
    assert_eq!(response.headers()["location"], "/integrations");
    let cookies = set_cookies(&response);
    assert!(
        cookies.contains_key("codebot_session") && cookies.contains_key("codebot_refresh"),
        "{cookies:?}"
    );
    let (status, body) = with_cookies(&app, &cookies, true, "{ me { name email role } }").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["me"]["name"], "John Doe");
    assert_eq!(body["data"]["me"]["email"], "john@example.com");
    assert_eq!(body["data"]["me"]["role"], "VIEWER");

    // Replaying the same callback gets nothing.
    let response = callback(&app, &query, Some(&login)).await;
    assert_eq!(response.status(), 401);
    assert!(set_cookies(&response).is_empty());

    // A code from one login brought back with another login's state: our verifier
    // does not match that code's challenge, so the provider refuses the exchange.
    let (first, _, _) = sign_in_at_provider(&app).await;
    let (second, _, second_login) = sign_in_at_provider(&app).await;
    let injected = format!(
        "code={}&state={}",
        param(&first, "code"),
        param(&second, "state")
    );
    let response = callback(&app, &injected, Some(&second_login)).await;
    assert_eq!(response.status(), 401);
    assert!(set_cookies(&response).is_empty());

    // Refresh rotates the refresh token; the old one, used again, ends the session.
    let refresh = |cookies: BTreeMap<String, String>| refresh_with_cookies(&app, cookies);
    let response = refresh(cookies.clone()).await;
    assert_eq!(response.status(), 204);
    let mut rotated = cookies.clone();
    rotated.extend(set_cookies(&response));
    assert_ne!(rotated["codebot_refresh"], cookies["codebot_refresh"]);
    let (status, _) = with_cookies(&app, &rotated, true, "{ me { id } }").await;
    assert_eq!(status, 200);
    assert_eq!(
        refresh(cookies.clone()).await.status(),
        401,
        "a used refresh token works once"
    );
    assert_eq!(
        refresh(rotated.clone()).await.status(),
        401,
        "reuse revoked the whole session"
    );

    // Programs refresh with the token in the body; logout revokes.
    let (query, _, login) = sign_in_at_provider(&app).await;
    let cookies = set_cookies(&callback(&app, &query, Some(&login)).await);
    let response = plain_client()
        .post(app.url("/auth/refresh"))
        .json(&json!({ "refreshToken": cookies["codebot_refresh"] }))
        .send()
        .await
        .expect("refresh");
    assert_eq!(response.status(), 200);
    let tokens: Value = response.json().await.expect("json");
    let access = tokens["accessToken"].as_str().expect("access token");
    let (status, body) = app
        .graphql_as(Some(access), "{ me { name } }", Value::Null)
        .await;
    assert_eq!(status, 200, "{body}");
    let response = plain_client()
        .post(app.url("/auth/logout"))
        .json(&json!({ "refreshToken": tokens["refreshToken"] }))
        .send()
        .await
        .expect("logout");
    assert_eq!(response.status(), 204);
    let response = plain_client()
        .post(app.url("/auth/refresh"))
        .json(&json!({ "refreshToken": tokens["refreshToken"] }))
        .send()
        .await
        .expect("refresh");
    assert_eq!(response.status(), 401);

    // An unknown provider and an open redirect are refused.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let response = client
        .get(app.url("/auth/login?provider=nope"))
        .send()
        .await
        .expect("login");
    assert_eq!(response.status(), 400);
    let response = client
        .get(app.url("/auth/login?provider=oidc&redirect=https://evil.example/"))
        .send()
        .await
        .expect("login");
    assert_eq!(response.status(), 400);
    // A tab that browsers drop would make `/\t/evil.example` a link to another host.
    let response = client
        .get(app.url("/auth/login?provider=oidc&redirect=/%09/evil.example"))
        .send()
        .await
        .expect("login");
    assert_eq!(response.status(), 400);
}

/// GitHub as the sign-in provider, against a fake of its OAuth and REST endpoints:
/// with `CODEBOT_SIGNUP_EMAIL_DOMAINS`, a first sign-in needs a primary address GitHub
/// has verified at one of those domains; a refused one learns why (403), and a user
/// who already exists keeps signing in.
#[tokio::test]
async fn github_sign_in_admits_new_users_only_from_the_allowed_domains() {
    use wiremock::matchers::{body_string_contains, header, method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let github = MockServer::start().await;
    // The code exchange: each code stands for one GitHub user's consent.
    for (code, token) in [
        ("octo-code", "gho_octo"),
        ("mallory-code", "gho_mallory"),
        ("eve-code", "gho_eve"),
        ("octo-again", "gho_octo_moved"),
    ] {
        Mock::given(method("POST"))
            .and(path("/login/oauth/access_token"))
            .and(header("accept", "application/json"))
            .and(body_string_contains(format!("code={code}")))
            .and(body_string_contains("code_verifier="))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "access_token": token, "token_type": "bearer", "scope": "read:user,user:email"
            })))
            .mount(&github)
            .await;
    }
    let users = [
        ("gho_octo", 4242, "octocat", "octo@acme.com", true),
        ("gho_mallory", 666, "mallory", "mallory@evil.example", true),
        ("gho_eve", 777, "eve", "eve@acme.com", false),
        // The same GitHub user later, with another primary address.
        ("gho_octo_moved", 4242, "octocat", "octo@home.example", true),
    ];
    for (token, id, login, email, verified) in users {
        let bearer = format!("Bearer {token}");
        Mock::given(method("GET"))
            .and(path("/user"))
            .and(header("authorization", bearer.as_str()))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "id": id, "login": login, "name": null, "email": null
            })))
            .mount(&github)
            .await;
        Mock::given(method("GET"))
            .and(path("/user/emails"))
            .and(header("authorization", bearer.as_str()))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!([
                { "email": format!("{login}@users.noreply.github.com"), "primary": false, "verified": true, "visibility": null },
                { "email": email, "primary": true, "verified": verified, "visibility": "private" }
            ])))
            .mount(&github)
            .await;
    }
    let app = TestApp::spawn_with(
        Backend::Sqlite,
        &[
            ("CODEBOT_ROLE", "api"),
            ("CODEBOT_GITHUB_CLIENT_ID", "Iv1.codebot-tests"),
            ("CODEBOT_GITHUB_CLIENT_SECRET", "github-client-secret"),
            ("CODEBOT_GITHUB_WEB_URL", &github.uri()),
            ("GITHUB_API_URL", &github.uri()),
            ("CODEBOT_PUBLIC_URL", "http://codebot.test"),
            ("CODEBOT_SIGNUP_EMAIL_DOMAINS", "Acme.com, @example.org"),
        ],
    )
    .await;
    // The browser goes to GitHub and comes back with `code`.
    let authorize_at = format!("{}/login/oauth/authorize?", github.uri());
    let sign_in = |code: &'static str| {
        let app = &app;
        let authorize_at = authorize_at.as_str();
        async move {
            let (login, authorize) = start_sign_in(app, "github").await;
            assert!(authorize.as_str().starts_with(authorize_at), "{authorize}");
            let pairs: BTreeMap<String, String> = authorize
                .query_pairs()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            assert_eq!(pairs["client_id"], "Iv1.codebot-tests");
            assert_eq!(pairs["scope"], "read:user user:email");
            assert_eq!(pairs["code_challenge_method"], "S256");
            let query = format!("code={code}&state={}", pairs["state"]);
            callback(app, &query, Some(&login)).await
        }
    };

    let response = sign_in("octo-code").await;
    assert_eq!(response.status(), 302);
    let cookies = set_cookies(&response);
    let (status, body) = with_cookies(&app, &cookies, true, "{ me { id name email role } }").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["me"]["name"], "octocat");
    assert_eq!(
        body["data"]["me"]["email"], "octo@acme.com",
        "the verified primary address"
    );
    assert_eq!(body["data"]["me"]["role"], "VIEWER");
    let octocat = body["data"]["me"]["id"].clone();

    // Another domain, or the right domain unverified: no account, and a reason.
    for code in ["mallory-code", "eve-code"] {
        let response = sign_in(code).await;
        assert_eq!(response.status(), 403, "{code}");
        assert!(set_cookies(&response).keys().all(|k| k == "codebot_login"));
        let problem: Value = response.json().await.expect("problem");
        let message = problem["errors"][0]["message"].as_str().unwrap_or_default();
        assert!(message.contains("acme.com, example.org"), "{problem}");
        assert_eq!(problem["errors"][0]["extensions"]["code"], "FORBIDDEN");
    }
    let users = app
        .graphql_ok("{ users { totalCount } }", Value::Null)
        .await;
    assert_eq!(
        users["users"]["totalCount"], 2,
        "the admin and octocat only"
    );

    // An existing user signs in whatever its address is now.
    let response = sign_in("octo-again").await;
    assert_eq!(response.status(), 302);
    let (_, body) = with_cookies(&app, &set_cookies(&response), true, "{ me { id email } }").await;
    assert_eq!(body["data"]["me"]["id"], octocat);
    assert_eq!(body["data"]["me"]["email"], "octo@home.example");
}
