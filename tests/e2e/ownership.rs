//! Object-level access: a developer changes only the integrations it owns, an id it
//! may not see answers like a missing one, only a user manager sets roles, and the
//! audit log keeps who changed roles and keys.

use api::domain::identity::Role;
use codebot_tests::{TestApp, both_databases, codes};
use serde_json::{Value, json};

use crate::credentials::CREATE_KEY;
use crate::integrations::{CREATE, input};
use crate::rbac::forbidden_at;

both_databases!(
    a_developer_changes_only_what_it_owns,
    |backend| async move {
        let app = TestApp::spawn_api(backend).await;
        let alice = app.key("alice", Role::Developer).await;
        let bob = app.key("bob", Role::Developer).await;
        let viewer = app.key("vera", Role::Viewer).await;
        let (_, created) = app
            .graphql_as(Some(&alice), CREATE, json!({ "input": input("Alice's") }))
            .await;
        let id = created["data"]["createIntegration"]["id"]
            .as_str()
            .expect("an id")
            .to_owned();
        assert_eq!(created["data"]["createIntegration"]["owner"]["id"], "alice");

        let operations = [
            "mutation($id: ID!) { updateIntegration(id: $id, input: { name: \"Bob's now\" }) { id } }",
            "mutation($id: ID!) { approveIntegration(id: $id) { id } }",
            "mutation($id: ID!) { rejectIntegration(id: $id, reason: \"mine\") { id } }",
            "mutation($id: ID!) { requestChanges(id: $id, comment: \"redo\") { id } }",
            "mutation($id: ID!) { cancelIntegration(id: $id) { id } }",
            "mutation($id: ID!) { retryIntegration(id: $id) { id } }",
            "mutation($id: ID!) { deprecateIntegration(id: $id) { id } }",
            "mutation($id: ID!) { deleteIntegration(id: $id) }",
        ];
        for operation in operations {
            for (who, key) in [("bob", &bob), ("vera", &viewer)] {
                let (status, body) = app
                    .graphql_as(Some(key), operation, json!({ "id": id }))
                    .await;
                assert_eq!(status, 200);
                assert_eq!(codes(&body), ["FORBIDDEN"], "{who}: {operation}: {body}");
                assert_eq!(body["errors"][0]["message"], "Insufficient permissions");
            }
        }
        let (_, body) = app
            .graphql_as(Some(&viewer), CREATE, json!({ "input": input("Viewer's") }))
            .await;
        assert_eq!(codes(&body), ["FORBIDDEN"], "{body}");
        // Nothing changed hands; every refused attempt left the integration as it was.
        let (_, seen) = app
            .graphql_as(
                Some(&bob),
                "query($id: ID!) { integration(id: $id) { name version owner { id } } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(seen["data"]["integration"]["name"], "Alice's");
        assert_eq!(seen["data"]["integration"]["version"], 2, "{seen}");
        // Its owner and an admin may change it; only an admin may delete it.
        let (_, body) = app
            .graphql_as(
                Some(&alice),
                "mutation($id: ID!) { cancelIntegration(id: $id) { state } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(
            body["data"]["cancelIntegration"]["state"], "FAILED",
            "{body}"
        );
        let (_, body) = app
            .graphql_as(
                Some(&alice),
                "mutation($id: ID!) { deleteIntegration(id: $id) }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(codes(&body), ["FORBIDDEN"]);
        let body = app
            .graphql_ok(
                "mutation($id: ID!) { deleteIntegration(id: $id) }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(body["deleteIntegration"], true);
        // A deleted integration answers like a missing one, to everyone.
        let (_, gone) = app
            .graphql_as(
                Some(&bob),
                "mutation($id: ID!) { cancelIntegration(id: $id) { id } }",
                json!({ "id": id }),
            )
            .await;
        let (_, missing) = app
            .graphql_as(
                Some(&bob),
                "mutation($id: ID!) { cancelIntegration(id: $id) { id } }",
                json!({ "id": uuid::Uuid::new_v4().to_string() }),
            )
            .await;
        assert_eq!(codes(&gone), ["NOT_FOUND"]);
        assert_eq!(
            gone["errors"][0]["message"],
            missing["errors"][0]["message"]
        );

        // Roles: only a user manager sets them, never its own; keys drop with their owner.
        let (_, body) = app
            .graphql_as(
                Some(&alice),
                "mutation { setUserRole(userId: \"bob\", role: ADMIN) { role } }",
                Value::Null,
            )
            .await;
        assert_eq!(codes(&body), ["FORBIDDEN"]);
        let (_, body) = app
            .graphql(
                r#"mutation { setUserRole(userId: "admin", role: VIEWER) { role } }"#,
                Value::Null,
            )
            .await;
        assert_eq!(codes(&body), ["BAD_USER_INPUT"], "{body}");
        let body = app
            .graphql_ok(
                r#"mutation { setUserRole(userId: "alice", role: VIEWER) { role permissions } }"#,
                Value::Null,
            )
            .await;
        assert_eq!(body["setUserRole"]["role"], "VIEWER");
        assert_eq!(
            body["setUserRole"]["permissions"],
            json!(["INTEGRATION_READ"])
        );
        let (_, body) = app
            .graphql_as(Some(&alice), "{ me { role } }", Value::Null)
            .await;
        assert_eq!(body["data"]["me"]["role"], "VIEWER");
        let (_, body) = app
            .graphql_as(
                Some(&alice),
                CREATE,
                json!({ "input": input("After demotion") }),
            )
            .await;
        assert_eq!(codes(&body), ["FORBIDDEN"]);
        // A token still saying ADMIN (issued before the demotion) acts as the viewer its
        // user is now: it cannot make keys at all.
        let stale = app.access_token("alice", Role::Admin);
        let (_, body) = app
            .graphql_as(
                Some(&stale),
                CREATE_KEY,
                json!({ "input": { "name": "escape", "role": "ADMIN" } }),
            )
            .await;
        assert_eq!(codes(&body), ["FORBIDDEN"], "{body}");
        // E-mail addresses: one's own and, for user managers, everyone's; nobody else's.
        let (_, body) = app
            .graphql_as(
                Some(&bob),
                "query($id: ID!) { node(id: $id) { ... on User { email } } me { id } }",
                json!({ "id": "alice" }),
            )
            .await;
        assert!(body["data"]["node"]["email"].is_null(), "{body}");
        // A forbidden field leaves the rest of the response intact.
        let (_, body) = app
            .graphql_as(
                Some(&alice),
                "{ me { id } users { totalCount } }",
                Value::Null,
            )
            .await;
        assert_eq!(body["data"]["me"]["id"], "alice");
        assert!(body["data"]["users"].is_null());
        assert!(forbidden_at(&body, &["users"]), "{body}");
        // The audit log keeps who changed roles and keys.
        use sea_orm::ConnectionTrait as _;
        let db = sea_orm::Database::connect(&app.db.url)
            .await
            .expect("connect");
        let rows = db
            .query_all_raw(sea_orm::Statement::from_string(
                db.get_database_backend(),
                "SELECT actor, action, target FROM audit_log ORDER BY id",
            ))
            .await
            .expect("audit rows");
        let entries: Vec<(String, String, String)> = rows
            .iter()
            .map(|r| {
                (
                    r.try_get::<String>("", "actor").expect("actor"),
                    r.try_get::<String>("", "action").expect("action"),
                    r.try_get::<String>("", "target").expect("target"),
                )
            })
            .collect();
        assert!(
            entries.contains(&("admin".into(), "user.role_changed".into(), "alice".into())),
            "{entries:?}"
        );
        assert!(
            entries
                .iter()
                .any(|(actor, action, _)| actor == "command-line" && action == "api_key.created")
        );
        db.close().await.ok();
    }
);
