//! Field-level access control: every field of the schema, as every role, through every
//! path a client has to it, against `policy.toml`.

use std::collections::BTreeMap;
use std::time::Duration;

use api::domain::identity::Role;
use async_graphql::parser::types::{BaseType, Type, TypeKind, TypeSystemDefinition};
use codebot_tests::{Backend, TestApp, codes};
use serde_json::{Value, json};

use crate::integrations::{CREATE, input};
use crate::websocket_protocol::{connect, receive, send};

/// One `case …: ok|FAILED` line of the RBAC matrix, which the scorecard counts.
fn print_rbac_case(name: &str, ok: bool) {
    println!("case rbac {name}: {}", if ok { "ok" } else { "FAILED" });
}

/// A field: its name, its arguments (name and type) and its type.
type Field = (String, Vec<(String, Type)>, Type);

/// The fields of each object type of the schema.
struct SchemaFields {
    objects: BTreeMap<String, Vec<Field>>,
    interfaces: Vec<String>,
}

impl SchemaFields {
    fn load() -> Self {
        let document = async_graphql::parser::parse_schema(api::presentation::graphql::sdl())
            .expect("the SDL parses");
        let mut objects = BTreeMap::new();
        let mut interfaces = Vec::new();
        for definition in document.definitions {
            let TypeSystemDefinition::Type(ty) = definition else {
                continue;
            };
            if let TypeKind::Object(object) = &ty.node.kind {
                let fields = object
                    .fields
                    .iter()
                    .map(|f| {
                        let args = f
                            .node
                            .arguments
                            .iter()
                            .map(|a| (a.node.name.node.to_string(), a.node.ty.node.clone()))
                            .collect();
                        (f.node.name.node.to_string(), args, f.node.ty.node.clone())
                    })
                    .collect();
                objects.insert(ty.node.name.node.to_string(), fields);
            } else if let TypeKind::Interface(_) = &ty.node.kind {
                interfaces.push(ty.node.name.node.to_string());
            }
        }
        Self {
            objects,
            interfaces,
        }
    }

    fn is_object(&self, ty: &Type) -> bool {
        match &ty.base {
            BaseType::Named(name) => {
                self.objects.contains_key(name.as_str())
                    || self.interfaces.iter().any(|i| i == name.as_str())
            }
            BaseType::List(inner) => self.is_object(inner),
        }
    }
}

/// Arguments that pass validation for every root field that needs some.
fn arguments(field: &str, integration: &str) -> String {
    let id = format!("\"{integration}\"");
    match field {
        "node" | "integration" | "retryIntegration" | "deprecateIntegration" | "deleteIntegration" | "cancelIntegration" | "retryCompensation" => format!("(id: {id})"),
        "resolveCompensation" => format!("(id: {id}, note: \"done by hand\")"),
        "integrationAt" => format!("(id: {id}, version: 1)"),
        "updateIntegration" => format!("(id: {id}, input: {{ name: \"Renamed\" }})"),
        "approveIntegration" => format!("(id: {id})"),
        "rejectIntegration" => format!("(id: {id}, reason: \"no\")"),
        "requestChanges" => format!("(id: {id}, comment: \"more\")"),
        "createIntegration" => "(input: { kind: \"http_poller\", name: \"Matrix\", prompt: \"poll\", config: { url: \"https://example.com/x\", interval_seconds: 60 } })".to_owned(),
        "createApiKey" => "(input: { name: \"matrix\", role: VIEWER })".to_owned(),
        "inviteUser" => "(input: { name: \"Matrix\", role: VIEWER })".to_owned(),
        "createWebhookSubscription" => "(input: { url: \"https://example.com/hook\" })".to_owned(),
        "deleteWebhookSubscription" => format!("(id: \"{}\")", uuid::Uuid::new_v4()),
        "revokeApiKey" => format!("(id: \"{}\")", uuid::Uuid::new_v4()),
        "setUserRole" => "(userId: \"nobody\", role: VIEWER)".to_owned(),
        _ => String::new(),
    }
}

/// Whether `body` carries a FORBIDDEN error for the field at `path`.
pub(crate) fn forbidden_at(body: &Value, path: &[&str]) -> bool {
    body["errors"].as_array().into_iter().flatten().any(|e| {
        e["extensions"]["code"] == "FORBIDDEN"
            && e["path"]
                .as_array()
                .is_some_and(|p| p.iter().filter_map(Value::as_str).eq(path.iter().copied()))
    })
}

/// Every field of the schema, as every role, through every path a client has to it —
/// directly, through a named fragment, an inline fragment, and (for integrations) a
/// connection edge, and the `Node` interface — is allowed exactly when `policy.toml`
/// says so (a field reached through an interface needs the strictest requirement of the
/// types that have it).
#[tokio::test]
async fn the_rbac_matrix_matches_the_policy_file() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let policy =
        api::presentation::graphql::policy::Policy::load(&api::presentation::graphql::sdl())
            .expect("the policy covers the schema");
    let schema = SchemaFields::load();
    let keys: Vec<(Role, String)> = vec![
        (Role::Viewer, app.key("matrix-viewer", Role::Viewer).await),
        (
            Role::Developer,
            app.key("matrix-developer", Role::Developer).await,
        ),
        (Role::Admin, app.admin_key.clone()),
    ];
    let principal = |role: Role| api::domain::identity::Principal {
        user_id: "x".into(),
        role,
        credential: api::domain::identity::Credential::AccessToken,
        expires_at: None,
    };
    let mut checked = 0;
    // Root fields: one operation each. Mutations run on an integration made for them.
    for root in ["Query", "Mutation"] {
        for (field, _, ty) in &schema.objects[root] {
            for (role, key) in &keys {
                // The target belongs to the caller when it may create one, so that
                // ownership (checked apart from the policy) does not get in the way.
                let owner = if role.allows(api::domain::identity::Permission::IntegrationWrite) {
                    key
                } else {
                    &app.admin_key
                };
                let (_, made) = app
                    .graphql_as(
                        Some(owner),
                        CREATE,
                        json!({ "input": input("Matrix target") }),
                    )
                    .await;
                let id = made["data"]["createIntegration"]["id"]
                    .as_str()
                    .expect("id")
                    .to_owned();
                let selection = if schema.is_object(ty) {
                    " { __typename }"
                } else {
                    ""
                };
                let operation = if root == "Mutation" {
                    "mutation"
                } else {
                    "query"
                };
                let query = format!(
                    "{operation} {{ {field}{}{selection} }}",
                    arguments(field, &id)
                );
                let (status, body) = app.graphql_as(Some(key), &query, Value::Null).await;
                let allowed = policy
                    .requirement(root, field)
                    .expect("in the policy")
                    .allows(Some(&principal(*role)));
                print_rbac_case(
                    &format!("{role} {root}.{field} over http"),
                    status == 200
                        && body.get("data").is_some()
                        && forbidden_at(&body, &[field]) != allowed,
                );
                assert_eq!(status, 200, "{query}: {body}");
                assert!(
                    body.get("data").is_some(),
                    "the operation must validate: {query}: {body}"
                );
                assert_eq!(
                    !forbidden_at(&body, &[field]),
                    allowed,
                    "{role} {root}.{field}: {body}"
                );
                checked += 1;
            }
        }
    }
    // Subscription fields, over the websocket.
    for (field, _, _) in &schema.objects["Subscription"] {
        for (role, key) in &keys {
            let args = if field == "integrationEvents" {
                format!("(id: \"{}\")", uuid::Uuid::new_v4())
            } else {
                String::new()
            };
            let mut socket = connect(&app, "graphql-transport-ws").await;
            send(&mut socket, json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {key}") } })).await;
            assert_eq!(receive(&mut socket).await["type"], "connection_ack");
            send(&mut socket, json!({ "type": "subscribe", "id": "m", "payload": { "query": format!("subscription {{ {field}{args} {{ __typename }} }}") } })).await;
            let allowed = policy
                .requirement("Subscription", field)
                .expect("in the policy")
                .allows(Some(&principal(*role)));
            // Allowed: the stream stays open (nothing to say yet). Forbidden: an error.
            let first =
                tokio::time::timeout(Duration::from_millis(700), receive(&mut socket)).await;
            let refused = matches!(&first, Ok(m) if m.to_string().contains("FORBIDDEN"));
            print_rbac_case(
                &format!("{role} Subscription.{field} over websocket"),
                refused != allowed,
            );
            assert_eq!(!refused, allowed, "{role} Subscription.{field}: {first:?}");
            checked += 1;
        }
    }
    // Object fields, reached through an integration in every way a client can.
    let id = crate::integrations::create(&app, "Matrix object").await["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let reach: &[(&str, &str)] = &[
        ("Integration", "integration(id: $id) { SEL }"),
        (
            "Integration",
            "integration(id: $id) { ...F } } fragment F on Integration { SEL",
        ),
        (
            "Integration",
            "integration(id: $id) { ... on Integration { SEL } }",
        ),
        (
            "Integration",
            "integrations(first: 1) { edges { node { SEL } } }",
        ),
        (
            "Integration",
            "node(id: $id) { ... on Integration { SEL } }",
        ),
        (
            "Integration",
            "node(id: $id) { ...F } } fragment F on Integration { SEL",
        ),
        ("User", "node(id: \"admin\") { ... on User { SEL } }"),
        ("IntegrationConnection", "integrations(first: 1) { SEL }"),
        (
            "IntegrationEdge",
            "integrations(first: 1) { edges { SEL } }",
        ),
        ("PageInfo", "integrations(first: 1) { pageInfo { SEL } }"),
        ("PipelineStep", "integration(id: $id) { steps { SEL } }"),
        ("User", "integration(id: $id) { owner { SEL } }"),
        ("User", "me { ...U } } fragment U on User { SEL"),
        ("IntegrationKind", "integrationKinds { SEL }"),
        (
            "IntegrationEvent",
            "integration(id: $id) { events { SEL } }",
        ),
        ("ApiKey", "apiKeys { SEL }"),
        ("SystemStatus", "systemStatus { SEL }"),
        ("DatabaseStatus", "systemStatus { database { SEL } }"),
        ("UserConnection", "users { SEL }"),
        ("UserEdge", "users { edges { SEL } }"),
    ];
    for (type_name, template) in reach {
        for (field, args, ty) in &schema.objects[*type_name] {
            if args.iter().any(|(_, t)| !t.nullable) {
                continue;
            }
            let selection = if schema.is_object(ty) {
                format!("{field} {{ __typename }}")
            } else {
                field.clone()
            };
            let body_text = template.replace("SEL", &selection);
            let query = if body_text.contains("$id") {
                format!("query($id: ID!) {{ {body_text} }}")
            } else {
                format!("query {{ {body_text} }}")
            };
            for (role, key) in &keys {
                let (status, body) = app.graphql_as(Some(key), &query, json!({ "id": id })).await;
                let allowed = policy
                    .requirement(type_name, field)
                    .expect("in the policy")
                    .allows(Some(&principal(*role)));
                let root = body_text.split(['(', ' ']).next().expect("root");
                let root_allowed = policy
                    .requirement("Query", root)
                    .expect("root")
                    .allows(Some(&principal(*role)));
                let any_forbidden = codes(&body).iter().any(|c| c == "FORBIDDEN");
                print_rbac_case(
                    &format!("{role} {type_name}.{field} via `{template}` over http"),
                    status == 200
                        && body.get("data").is_some()
                        && any_forbidden != (allowed && root_allowed),
                );
                assert_eq!(status, 200, "{query}: {body}");
                assert!(body.get("data").is_some(), "{query}: {body}");
                assert_eq!(
                    !any_forbidden,
                    allowed && root_allowed,
                    "{role} {type_name}.{field} via `{template}`: {body}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 300, "only {checked} checks");
}
