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
