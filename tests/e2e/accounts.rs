//! People and their keys: an admin invites a user (who gets a key of their own), key
//! management acts with the calling key's role (never its owner's), the audit log names
//! who acted, and signing in to the dashboard with a key makes a real session (an
//! access token and a rotating refresh token, never the key in a cookie).

use std::collections::BTreeMap;

use api::domain::identity::Role;
use codebot_tests::{TestApp, both_databases, codes, plain_client};
use serde_json::{Value, json};

use crate::credentials::CREATE_KEY;
use crate::sessions::{refresh_with_cookies, set_cookies, with_cookies};

const INVITE: &str = "mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id name role } apiKey { secret apiKey { id role owner { id name } } } } }";
const REVOKE: &str = "mutation($id: ID!) { revokeApiKey(id: $id) }";
const LIST: &str = "{ apiKeys { id role owner { id } } }";

/// Invites `name` with `role` as the admin; the new user's id and key secret.
async fn invite(app: &TestApp, name: &str, role: &str) -> (String, String) {
    let invited = app
        .graphql_ok(INVITE, json!({ "input": { "name": name, "role": role } }))
        .await["inviteUser"]
        .clone();
    assert_eq!(invited["user"]["name"], name, "{invited}");
    assert_eq!(invited["user"]["role"], role, "{invited}");
    let user = invited["user"]["id"].as_str().expect("an id").to_owned();
    assert_ne!(user, "admin");
    assert_eq!(invited["apiKey"]["apiKey"]["owner"]["id"], user.as_str());
    assert_eq!(invited["apiKey"]["apiKey"]["role"], role);
    let secret = invited["apiKey"]["secret"]
        .as_str()
        .expect("a secret")
        .to_owned();
    (user, secret)
}

/// The ids of the keys `key` lists.
async fn listed_by(app: &TestApp, key: &str) -> Vec<String> {
    let (status, body) = app.graphql_as(Some(key), LIST, Value::Null).await;
    assert_eq!(status, 200, "{body}");
    body["data"]["apiKeys"]
        .as_array()
        .unwrap_or_else(|| panic!("keys: {body}"))
        .iter()
        .map(|k| k["id"].as_str().expect("id").to_owned())
        .collect()
}

/// A key of the admin's own, made with the admin key; its id and secret.
async fn admin_key(app: &TestApp, role: &str) -> (String, String) {
    let created = app
        .graphql_ok(
            CREATE_KEY,
            json!({ "input": { "name": format!("admin's {role}"), "role": role } }),
        )
        .await["createApiKey"]
        .clone();
    (
        created["apiKey"]["id"].as_str().expect("id").to_owned(),
        created["secret"].as_str().expect("secret").to_owned(),
    )
}

both_databases!(
    an_invited_user_acts_as_themselves_with_a_key_of_their_own,
    |backend| async move {
        let app = TestApp::spawn_api(backend).await;
        let (dana, secret) = invite(&app, "Dana Scully", "DEVELOPER").await;

        // Whoever holds the key is Dana, not the admin who invited her.
        let (status, body) = app
            .graphql_as(Some(&secret), "{ me { id name role } }", Value::Null)
            .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["data"]["me"]["id"], dana.as_str());
        assert_eq!(body["data"]["me"]["name"], "Dana Scully");
        assert_eq!(body["data"]["me"]["role"], "DEVELOPER");
        // She sees her key only, none of the admin's.
        let (_, body) = app.graphql_as(Some(&secret), LIST, Value::Null).await;
        let keys = body["data"]["apiKeys"].as_array().expect("keys").clone();
        assert_eq!(keys.len(), 1, "{body}");
        assert_eq!(keys[0]["owner"]["id"], dana.as_str());
        // The admin sees every user's keys, hers included, and can revoke hers.
        let everyone = listed_by(&app, &app.admin_key).await;
        let hers = keys[0]["id"].as_str().expect("id").to_owned();
        assert!(everyone.contains(&hers), "{everyone:?}");
        assert!(everyone.len() >= 2, "{everyone:?}");

        // Only a user manager invites; bad names are refused with the field named.
        let (_, body) = app
            .graphql_as(
                Some(&secret),
                INVITE,
                json!({ "input": { "name": "Sneaky", "role": "DEVELOPER" } }),
            )
            .await;
        assert_eq!(codes(&body), ["FORBIDDEN"], "{body}");
        for name in ["", "   ", &"x".repeat(101)] {
            let (_, body) = app
                .graphql(
                    INVITE,
                    json!({ "input": { "name": name, "role": "VIEWER" } }),
                )
                .await;
            assert_eq!(codes(&body), ["BAD_USER_INPUT"], "{name:?}: {body}");
            assert!(
                body["errors"][0]["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("name")),
                "{body}"
            );
        }
        let (_, body) = app
            .graphql(
                INVITE,
                json!({ "input": { "name": "Fox", "role": "VIEWER", "keyName": "" } }),
            )
            .await;
        assert_eq!(codes(&body), ["BAD_USER_INPUT"], "{body}");

        // Revoked by the admin: refused from then on.
        app.graphql_ok(REVOKE, json!({ "id": hers })).await;
        let (status, _) = app
            .graphql_as(Some(&secret), "{ me { id } }", Value::Null)
            .await;
        assert_eq!(status, 401);
    }
);

both_databases!(
    key_management_acts_with_the_calling_keys_role_and_the_audit_names_the_actor,
    |backend| async move {
        let app = TestApp::spawn_api(backend).await;
        let (admin_admin_id, admin_admin) = admin_key(&app, "ADMIN").await;
        let (_, admin_developer) = admin_key(&app, "DEVELOPER").await;
        let (admin_viewer_id, admin_viewer) = admin_key(&app, "VIEWER").await;

        // A viewer key manages nothing, not even its own owner's keys.
        let (_, body) = app.graphql_as(Some(&admin_viewer), LIST, Value::Null).await;
        assert_eq!(codes(&body), ["FORBIDDEN"], "{body}");
        assert!(body["data"]["apiKeys"].is_null(), "{body}");
        let (_, body) = app
            .graphql_as(
                Some(&admin_viewer),
                CREATE_KEY,
                json!({ "input": { "name": "more", "role": "VIEWER" } }),
            )
            .await;
        assert_eq!(codes(&body), ["FORBIDDEN"], "{body}");
        let (_, body) = app
            .graphql_as(Some(&admin_viewer), REVOKE, json!({ "id": admin_admin_id }))
            .await;
        assert_eq!(codes(&body), ["FORBIDDEN"], "{body}");

        // A developer key neither sees nor revokes its owner's admin key: that answers
        // like a missing key, and the admin key keeps working.
        let seen = listed_by(&app, &admin_developer).await;
        assert!(!seen.contains(&admin_admin_id), "{seen:?}");
        assert!(seen.contains(&admin_viewer_id), "{seen:?}");
        let (_, body) = app
            .graphql_as(
                Some(&admin_developer),
                REVOKE,
                json!({ "id": admin_admin_id }),
            )
            .await;
        assert_eq!(codes(&body), ["NOT_FOUND"], "{body}");
        let (status, body) = app
            .graphql_as(Some(&admin_admin), "{ me { role } }", Value::Null)
            .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["data"]["me"]["role"], "ADMIN");
        // Nor does it mint a key above its own role; one at its role is the owner's.
        let (_, body) = app
            .graphql_as(
                Some(&admin_developer),
                CREATE_KEY,
                json!({ "input": { "name": "escalate", "role": "ADMIN" } }),
            )
            .await;
        assert_eq!(codes(&body), ["BAD_USER_INPUT"], "{body}");
        let (_, body) = app
            .graphql_as(
                Some(&admin_developer),
                CREATE_KEY,
                json!({ "input": { "name": "peer", "role": "DEVELOPER" } }),
            )
            .await;
        assert_eq!(
            body["data"]["createApiKey"]["apiKey"]["owner"]["id"], "admin",
            "{body}"
        );
        // It may revoke a lower key of its owner.
        let (_, body) = app
            .graphql_as(
                Some(&admin_developer),
                REVOKE,
                json!({ "id": admin_viewer_id }),
            )
            .await;
        assert_eq!(body["data"]["revokeApiKey"], true, "{body}");

        // A developer key of another user cannot reach the admin's keys either.
        let erin = app.key("erin", Role::Developer).await;
        assert!(!listed_by(&app, &erin).await.contains(&admin_admin_id));

        // The audit log names the user who acted and the key it acted with.
        let (dana, dana_key) = invite(&app, "Dana", "DEVELOPER").await;
        let (_, body) = app
            .graphql_as(
                Some(&dana_key),
                CREATE_KEY,
                json!({ "input": { "name": "dana's bot", "role": "VIEWER" } }),
            )
            .await;
        let danas_bot = body["data"]["createApiKey"]["apiKey"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{body}"))
            .to_owned();
        let entries = audit(&app).await;
        let find = |action: &str, target: &str| {
            entries
                .iter()
                .find(|(_, a, t, _)| a == action && t == target)
                .unwrap_or_else(|| panic!("no {action} of {target}: {entries:?}"))
                .clone()
        };
        let (actor, _, _, data) = find("user.invited", &dana);
        assert_eq!(actor, "admin");
        assert!(
            data["credential"]
                .as_str()
                .is_some_and(|c| c.starts_with("api_key:")),
            "{data}"
        );
        let (actor, _, _, data) = find("api_key.created", &danas_bot);
        assert_eq!(actor, dana, "the key's creator is Dana, not the admin");
        assert_eq!(data["owner"], dana.as_str());
        let (actor, _, _, _) = find("api_key.revoked", &admin_viewer_id);
        assert_eq!(actor, "admin");
    }
);

/// The audit log: (actor, action, target, data), oldest first.
async fn audit(app: &TestApp) -> Vec<(String, String, String, Value)> {
    use sea_orm::ConnectionTrait as _;
    let db = sea_orm::Database::connect(&app.db.url)
        .await
        .expect("connect");
    let rows = db
        .query_all_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT actor, action, target, CAST(data AS TEXT) AS data FROM audit_log ORDER BY id",
        ))
        .await
        .expect("audit rows");
    db.close().await.ok();
    rows.iter()
        .map(|r| {
            (
                r.try_get::<String>("", "actor").expect("actor"),
                r.try_get::<String>("", "action").expect("action"),
                r.try_get::<String>("", "target").expect("target"),
                serde_json::from_str(&r.try_get::<String>("", "data").expect("data"))
                    .expect("JSON data"),
            )
        })
        .collect()
}

/// Signs in to the dashboard with `key`; the cookies set.
async fn sign_in(
    app: &TestApp,
    key: &str,
) -> (reqwest::StatusCode, BTreeMap<String, String>, Vec<String>) {
    let response = plain_client()
        .post(app.url("/auth/session"))
        .json(&json!({ "apiKey": key }))
        .send()
        .await
        .expect("post");
    let raw = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().expect("ascii").to_owned())
        .collect();
    (response.status(), set_cookies(&response), raw)
}

both_databases!(
    an_api_key_sign_in_is_a_session_whose_refresh_token_rotates,
    |backend| async move {
        let app = TestApp::spawn_with(backend, &[("CODEBOT_REFRESH_REUSE_GRACE_SECS", "0")]).await;
        let (dana, key) = invite(&app, "Dana", "DEVELOPER").await;
        let (status, cookies, raw) = sign_in(&app, &key).await;
        assert_eq!(status, 204, "{raw:?}");
        // No cookie holds the key; the session cookie is an access token (a JWT) and
        // the refresh token is HttpOnly and sent to /auth only.
        assert!(raw.iter().all(|c| !c.contains(&key)), "{raw:?}");
        assert_eq!(
            cookies["codebot_session"].split('.').count(),
            3,
            "{cookies:?}"
        );
        assert!(
            raw.iter().any(|c| c.starts_with("codebot_refresh=")
                && c.contains("HttpOnly")
                && c.contains("Path=/auth")),
            "{raw:?}"
        );
        let (status, body) = with_cookies(&app, &cookies, true, "{ me { id name role } }").await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["data"]["me"]["id"], dana.as_str());
        assert_eq!(body["data"]["me"]["name"], "Dana");
        assert_eq!(body["data"]["me"]["role"], "DEVELOPER");

        // A cookie holding the key itself (as sessions were once made) is no credential.
        let mut planted = cookies.clone();
        planted.insert("codebot_session".to_owned(), key.clone());
        let (status, body) = with_cookies(&app, &planted, true, "{ me { id } }").await;
        assert_eq!(status, 401, "{body}");
        planted.insert("codebot_session".to_owned(), format!(" \t{key}"));
        let (status, body) = with_cookies(&app, &planted, true, "{ me { id } }").await;
        assert_eq!(status, 401, "padded: {body}");

        // Refreshing rotates: a new refresh token that works, once.
        let response = refresh_with_cookies(&app, cookies.clone()).await;
        assert_eq!(response.status(), 204);
        let mut rotated = cookies.clone();
        rotated.extend(set_cookies(&response));
        assert_ne!(rotated["codebot_refresh"], cookies["codebot_refresh"]);
        assert!(!rotated.values().any(|v| v == &key));
        let (status, body) = with_cookies(&app, &rotated, true, "{ me { id } }").await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["data"]["me"]["id"], dana.as_str());
        // The old refresh token is refused, and its reuse ends the whole session.
        let response = refresh_with_cookies(&app, cookies.clone()).await;
        assert_eq!(response.status(), 401);
        let response = refresh_with_cookies(&app, rotated.clone()).await;
        assert_eq!(response.status(), 401, "the session was revoked");

        // A session from a viewer key acts with the key's role, not its owner's.
        let viewer = app.key("watcher", Role::Admin).await;
        let (read_only, viewer_key) = {
            let (_, body) = app
                .graphql_as(
                    Some(&viewer),
                    CREATE_KEY,
                    json!({ "input": { "name": "read only", "role": "VIEWER" } }),
                )
                .await;
            let created = &body["data"]["createApiKey"];
            (
                created["apiKey"]["id"].as_str().expect("id").to_owned(),
                created["secret"].as_str().expect("secret").to_owned(),
            )
        };
        let (_, cookies, _) = sign_in(&app, &viewer_key).await;
        let (status, body) =
            with_cookies(&app, &cookies, true, "{ me { id role } apiKeys { id } }").await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["data"]["me"]["id"], "watcher");
        assert_eq!(body["data"]["me"]["role"], "VIEWER");
        assert_eq!(codes(&body), ["FORBIDDEN"], "{body}");
        let response = refresh_with_cookies(&app, cookies.clone()).await;
        assert_eq!(response.status(), 204);
        let mut refreshed = cookies.clone();
        refreshed.extend(set_cookies(&response));
        let (_, body) = with_cookies(&app, &refreshed, true, "{ me { role } }").await;
        assert_eq!(body["data"]["me"]["role"], "VIEWER", "still the key's role");

        // Revoking the key ends the session: its access token and its refresh token.
        let (status, body) = with_cookies(&app, &refreshed, true, "{ me { id } }").await;
        assert_eq!(status, 200, "{body}");
        app.graphql_ok(REVOKE, json!({ "id": read_only })).await;
        let (status, _) = with_cookies(&app, &refreshed, true, "{ me { id } }").await;
        assert_eq!(status, 401);
        let response = refresh_with_cookies(&app, refreshed.clone()).await;
        assert_eq!(response.status(), 401);
    }
);

/// A key made with an expiring key never outlives it: without an expiry it takes its
/// maker's, and a later one is refused.
#[tokio::test]
async fn a_key_made_with_an_expiring_key_expires_with_it() {
    let app = TestApp::spawn_api(codebot_tests::Backend::Sqlite).await;
    let until = (chrono::Utc::now() + chrono::Duration::hours(1))
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let made = app
        .graphql_ok(
            "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { expiresAt } } }",
            json!({ "input": { "name": "short-lived", "role": "DEVELOPER", "expiresAt": until } }),
        )
        .await["createApiKey"]
        .clone();
    let parent = made["secret"].as_str().expect("secret").to_owned();
    let parent_expiry = made["apiKey"]["expiresAt"].clone();
    let create = "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { expiresAt } } }";
    let (_, body) = app
        .graphql_as(
            Some(&parent),
            create,
            json!({ "input": { "name": "child", "role": "DEVELOPER" } }),
        )
        .await;
    assert_eq!(
        body["data"]["createApiKey"]["apiKey"]["expiresAt"], parent_expiry,
        "{body}"
    );
    let later = (chrono::Utc::now() + chrono::Duration::days(30))
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let (_, body) = app
        .graphql_as(
            Some(&parent),
            create,
            json!({ "input": { "name": "outliving", "role": "DEVELOPER", "expiresAt": later } }),
        )
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "BAD_USER_INPUT",
        "{body}"
    );
    // The admin's own lasting key still makes lasting keys.
    let (_, body) = app
        .graphql(
            create,
            json!({ "input": { "name": "lasting", "role": "VIEWER" } }),
        )
        .await;
    assert!(
        body["data"]["createApiKey"]["apiKey"]["expiresAt"].is_null(),
        "{body}"
    );
}
