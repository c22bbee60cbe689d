//! Credentials over the real HTTP edge: requests without good ones get 401, and API
//! keys are shown once, capped by their creator, revocable and expiring.

use std::time::Duration;

use api::domain::identity::Role;
use codebot_tests::{Backend, TestApp, both_databases, codes, plain_client};
use serde_json::{Value, json};

pub(crate) fn is_invalid_token(status: u16, body: &Value) -> bool {
    status == 401
        && body["errors"][0]["message"] == "Invalid token"
        && body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
}

#[tokio::test]
async fn requests_without_good_credentials_get_401_invalid_token() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let query = "{ me { id } }";
    let (status, body) = app.graphql_as(None, query, Value::Null).await;
    assert!(is_invalid_token(status, &body), "{status} {body}");
    for bad in [
        "nonsense",
        "cb_short",
        &format!("cb_{}", "A".repeat(43)),
        "",
    ] {
        let (status, body) = app.graphql_as(Some(bad), query, Value::Null).await;
        assert!(is_invalid_token(status, &body), "{bad}: {status} {body}");
    }
    let response = plain_client()
        .post(app.url("/graphql"))
        .json(&json!({ "query": query }))
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 401);
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    // The same key in `X-API-Key` is accepted.
    let response = plain_client()
        .post(app.url("/graphql"))
        .header("x-api-key", &app.admin_key)
        .json(&json!({ "query": query }))
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["data"]["me"]["id"], "admin");
    // Health needs no credentials.
    let response = plain_client()
        .get(app.url("/healthz"))
        .send()
        .await
        .expect("get");
    assert_eq!(response.status(), 200);
}

pub(crate) const CREATE_KEY: &str = "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name role prefix lastUsedAt revokedAt owner { id } } } }";

both_databases!(
    api_keys_are_shown_once_capped_by_their_creator_revocable_and_expire,
    |backend| async move {
        let app = TestApp::spawn_api(backend).await;
        let created = app
            .graphql_ok(
                CREATE_KEY,
                json!({ "input": { "name": "deploy bot", "role": "DEVELOPER" } }),
            )
            .await["createApiKey"]
            .clone();
        let secret = created["secret"].as_str().expect("secret").to_owned();
        let key = &created["apiKey"];
        assert_eq!(key["role"], "DEVELOPER");
        assert_eq!(key["owner"]["id"], "admin");
        assert!(secret.starts_with(key["prefix"].as_str().expect("prefix")));
        assert!(key["lastUsedAt"].is_null());

        // The key acts with its own role, below its owner's.
        let (status, body) = app
            .graphql_as(Some(&secret), "{ me { id role permissions } }", Value::Null)
            .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["data"]["me"]["role"], "DEVELOPER");
        assert_eq!(
            body["data"]["me"]["permissions"],
            json!(["INTEGRATION_READ", "INTEGRATION_WRITE", "API_KEY_MANAGE"])
        );
        // The secret is never listed; the use is (recorded off the request path, so
        // a moment later).
        let mut mine = Value::Null;
        for _ in 0..50 {
            let listed = app
                .graphql_ok("{ apiKeys { id prefix lastUsedAt } }", Value::Null)
                .await;
            assert!(!listed.to_string().contains(&secret));
            mine = listed["apiKeys"]
                .as_array()
                .expect("keys")
                .iter()
                .find(|k| k["id"] == key["id"])
                .expect("listed")
                .clone();
            if mine["lastUsedAt"].is_string() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert!(mine["lastUsedAt"].is_string(), "{mine}");

        // A key never has more rights than its creator.
        let (_, body) = app
            .graphql_as(
                Some(&secret),
                CREATE_KEY,
                json!({ "input": { "name": "escalate", "role": "ADMIN" } }),
            )
            .await;
        assert_eq!(codes(&body), ["BAD_USER_INPUT"], "{body}");

        // Revoked: refused from then on.
        let revoked = app
            .graphql_ok(
                "mutation($id: ID!) { revokeApiKey(id: $id) }",
                json!({ "id": key["id"] }),
            )
            .await;
        assert_eq!(revoked["revokeApiKey"], true);
        let (status, body) = app
            .graphql_as(Some(&secret), "{ me { id } }", Value::Null)
            .await;
        assert!(is_invalid_token(status, &body), "{status} {body}");

        // Expired: refused once its time is up.
        let soon = (chrono::Utc::now() + chrono::Duration::seconds(2)).to_rfc3339();
        let expiring = app
            .graphql_ok(
                CREATE_KEY,
                json!({ "input": { "name": "short", "role": "VIEWER", "expiresAt": soon } }),
            )
            .await["createApiKey"]["secret"]
            .as_str()
            .expect("secret")
            .to_owned();
        let (status, _) = app
            .graphql_as(Some(&expiring), "{ me { id } }", Value::Null)
            .await;
        assert_eq!(status, 200);
        tokio::time::sleep(Duration::from_millis(2500)).await;
        let (status, body) = app
            .graphql_as(Some(&expiring), "{ me { id } }", Value::Null)
            .await;
        assert!(is_invalid_token(status, &body), "{status} {body}");
        let past = (chrono::Utc::now() - chrono::Duration::seconds(5)).to_rfc3339();
        let (_, body) = app
            .graphql(
                CREATE_KEY,
                json!({ "input": { "name": "late", "role": "VIEWER", "expiresAt": past } }),
            )
            .await;
        assert_eq!(codes(&body), ["BAD_USER_INPUT"], "{body}");

        // Another user's key answers exactly like a missing one.
        let other = app.key("someone", Role::Developer).await;
        let theirs = app
            .graphql_as(Some(&other), "{ apiKeys { id } }", Value::Null)
            .await
            .1["data"]["apiKeys"][0]["id"]
            .clone();
        let viewer = app.key("peeker", Role::Developer).await;
        let (_, foreign) = app
            .graphql_as(
                Some(&viewer),
                "mutation($id: ID!) { revokeApiKey(id: $id) }",
                json!({ "id": theirs }),
            )
            .await;
        let (_, missing) = app
            .graphql_as(
                Some(&viewer),
                "mutation($id: ID!) { revokeApiKey(id: $id) }",
                json!({ "id": uuid::Uuid::new_v4().to_string() }),
            )
            .await;
        assert_eq!(
            foreign["errors"][0]["message"],
            missing["errors"][0]["message"]
        );
        assert_eq!(codes(&foreign), ["NOT_FOUND"]);
        let (status, _) = app
            .graphql_as(Some(&other), "{ me { id } }", Value::Null)
            .await;
        assert_eq!(status, 200, "the key is still good");
    }
);
