//! Identity and access over the real HTTP edge: API keys, access tokens and the attacks
//! on them, the RBAC matrix against `policy.toml`, ownership, rate limits, the GraphQL
//! abuse limits, CORS, and OAuth sign-in against a local OpenID Connect provider.

use std::collections::BTreeMap;
use std::process::Stdio;
use std::time::Duration;

use api::domain::identity::Role;
use async_graphql::parser::types::{BaseType, Type, TypeKind, TypeSystemDefinition};
use codebot_tests::{Backend, TEST_JWT_SECRET, TestApp, both_databases, plain_client};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::integrations::{CREATE, input};
use crate::websocket_protocol::{closed_with, connect, receive, send};

/// The codes of a response's errors.
pub(crate) fn codes(body: &Value) -> Vec<String> {
    body["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["extensions"]["code"].as_str().map(str::to_owned))
        .collect()
}

fn is_invalid_token(status: u16, body: &Value) -> bool {
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
            json!(["integration.read", "integration.write", "apikey.manage"])
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

/// Signs `claims` with `algorithm` and `key`.
fn sign(claims: &Value, algorithm: Algorithm, key: &EncodingKey) -> String {
    jsonwebtoken::encode(&Header::new(algorithm), claims, key).expect("a token")
}

fn claims(app: &TestApp, change: impl FnOnce(&mut serde_json::Map<String, Value>)) -> Value {
    let now = chrono::Utc::now().timestamp();
    let mut claims = json!({
        "sub": "admin", "roles": ["ADMIN"], "iat": now, "exp": now + 600,
        "iss": app.settings.auth.jwt_issuer, "aud": app.settings.auth.jwt_audience,
    });
    change(claims.as_object_mut().expect("object"));
    claims
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Whether the server accepts `token` over HTTP, and over the websocket.
async fn accepted(app: &TestApp, token: &str) -> (bool, bool) {
    let (status, body) = app
        .graphql_as(Some(token), "{ me { id } }", Value::Null)
        .await;
    let http = match status {
        200 => true,
        401 if is_invalid_token(status, &body) => false,
        other => panic!("unexpected answer {other}: {body}"),
    };
    let mut socket = connect(app, "graphql-transport-ws").await;
    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {token}") } }),
    )
    .await;
    let ws = if http {
        receive(&mut socket).await["type"] == "connection_ack"
    } else {
        assert_eq!(closed_with(&mut socket).await, 4403);
        false
    };
    (http, ws)
}

#[tokio::test]
async fn the_jwt_attack_matrix_is_refused_over_http_and_websocket() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let secret = EncodingKey::from_secret(TEST_JWT_SECRET.as_bytes());
    let good = sign(&claims(&app, |_| {}), Algorithm::HS256, &secret);
    let got = accepted(&app, &good).await;
    print_jwt_cases("a good token (control)", got, (true, true));
    assert_eq!(got, (true, true));

    let now = chrono::Utc::now().timestamp();
    let mut attacks: BTreeMap<&str, String> = BTreeMap::new();
    let unsigned_header = b64(br#"{"alg":"none","typ":"JWT"}"#);
    let payload = b64(claims(&app, |_| {}).to_string().as_bytes());
    attacks.insert("alg none", format!("{unsigned_header}.{payload}."));
    attacks.insert(
        "wrong key",
        sign(
            &claims(&app, |_| {}),
            Algorithm::HS256,
            &EncodingKey::from_secret(b"another-secret-of-32-bytes-or-more!!"),
        ),
    );
    attacks.insert(
        "HS512 with the right secret",
        sign(&claims(&app, |_| {}), Algorithm::HS512, &secret),
    );
    attacks.insert(
        "expired",
        sign(
            &claims(&app, |c| {
                c.insert("exp".into(), json!(now - 120));
            }),
            Algorithm::HS256,
            &secret,
        ),
    );
    attacks.insert(
        "not yet valid",
        sign(
            &claims(&app, |c| {
                c.insert("nbf".into(), json!(now + 3600));
            }),
            Algorithm::HS256,
            &secret,
        ),
    );
    attacks.insert(
        "wrong issuer",
        sign(
            &claims(&app, |c| {
                c.insert("iss".into(), json!("someone-else"));
            }),
            Algorithm::HS256,
            &secret,
        ),
    );
    attacks.insert(
        "wrong audience",
        sign(
            &claims(&app, |c| {
                c.insert("aud".into(), json!("another-api"));
            }),
            Algorithm::HS256,
            &secret,
        ),
    );
    attacks.insert(
        "no subject",
        sign(
            &claims(&app, |c| {
                c.remove("sub");
            }),
            Algorithm::HS256,
            &secret,
        ),
    );
    attacks.insert(
        "no expiry",
        sign(
            &claims(&app, |c| {
                c.remove("exp");
            }),
            Algorithm::HS256,
            &secret,
        ),
    );
    attacks.insert(
        "unknown role",
        sign(
            &claims(&app, |c| {
                c.insert("roles".into(), json!(["ROOT"]));
            }),
            Algorithm::HS256,
            &secret,
        ),
    );
    // A viewer's token with its payload swapped for an admin's.
    let viewer = sign(
        &claims(&app, |c| {
            c.insert("roles".into(), json!(["VIEWER"]));
        }),
        Algorithm::HS256,
        &secret,
    );
    let parts: Vec<&str> = viewer.split('.').collect();
    attacks.insert(
        "tampered payload",
        format!("{}.{}.{}", parts[0], payload, parts[2]),
    );
    attacks.insert("oversized", format!("{good}{}", "A".repeat(8000)));
    for (name, token) in &attacks {
        let got = accepted(&app, token).await;
        print_jwt_cases(name, got, (false, false));
        assert_eq!(got, (false, false), "{name} was accepted");
    }
}

/// One `case …: ok|FAILED` line per transport, which the scorecard counts.
fn print_jwt_cases(name: &str, got: (bool, bool), wanted: (bool, bool)) {
    let verdict = |ok: bool| if ok { "ok" } else { "FAILED" };
    println!("case jwt {name} over http: {}", verdict(got.0 == wanted.0));
    println!(
        "case jwt {name} over websocket: {}",
        verdict(got.1 == wanted.1)
    );
}

/// One `case …: ok|FAILED` line of the RBAC matrix, which the scorecard counts.
fn print_rbac_case(name: &str, ok: bool) {
    println!("case rbac {name}: {}", if ok { "ok" } else { "FAILED" });
}

fn openssl(args: &[&str]) -> Vec<u8> {
    let output = std::process::Command::new("openssl")
        .args(args)
        .output()
        .expect("openssl runs");
    assert!(
        output.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

/// A key pair in PEM files: `(private, public)`.
fn key_pair(dir: &std::path::Path, algorithm: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let private = dir.join(format!("{algorithm}.key"));
    let public = dir.join(format!("{algorithm}.pub"));
    let mut generate = vec![
        "genpkey",
        "-algorithm",
        algorithm,
        "-out",
        private.to_str().expect("path"),
    ];
    if algorithm == "RSA" {
        generate.extend(["-pkeyopt", "rsa_keygen_bits:2048"]);
    }
    openssl(&generate);
    openssl(&[
        "pkey",
        "-in",
        private.to_str().expect("path"),
        "-pubout",
        "-out",
        public.to_str().expect("path"),
    ]);
    (private, public)
}

/// An API server signing with a fresh `kind` key pair under `algorithm`, and the
/// key files.
async fn spawn_signing(
    dir: &std::path::Path,
    kind: &str,
    algorithm: &str,
) -> (TestApp, std::path::PathBuf, std::path::PathBuf) {
    let (private, public) = key_pair(dir, kind);
    let app = TestApp::spawn_with(
        Backend::Sqlite,
        &[
            ("CODEBOT_ROLE", "api"),
            ("CODEBOT_JWT_ALGORITHM", algorithm),
            (
                "CODEBOT_JWT_PRIVATE_KEY_FILE",
                private.to_str().expect("path"),
            ),
            (
                "CODEBOT_JWT_PUBLIC_KEY_FILE",
                public.to_str().expect("path"),
            ),
        ],
    )
    .await;
    (app, private, public)
}

#[tokio::test]
async fn rs256_and_eddsa_keys_work_and_hs_rs_confusion_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (app, private, public) = spawn_signing(dir.path(), "RSA", "RS256").await;
    let private_pem = std::fs::read(&private).expect("key");
    let public_pem = std::fs::read(&public).expect("key");
    let good = sign(
        &claims(&app, |_| {}),
        Algorithm::RS256,
        &EncodingKey::from_rsa_pem(&private_pem).expect("rsa"),
    );
    assert_eq!(accepted(&app, &good).await, (true, true));
    // The classic confusion: HS256 "signed" with the server's public key as the secret.
    let confused = sign(
        &claims(&app, |_| {}),
        Algorithm::HS256,
        &EncodingKey::from_secret(&public_pem),
    );
    assert_eq!(accepted(&app, &confused).await, (false, false));
    let hs = sign(
        &claims(&app, |_| {}),
        Algorithm::HS256,
        &EncodingKey::from_secret(TEST_JWT_SECRET.as_bytes()),
    );
    assert_eq!(accepted(&app, &hs).await, (false, false));
    drop(app);

    let (app, private, _) = spawn_signing(dir.path(), "ed25519", "EdDSA").await;
    let private_pem = std::fs::read(&private).expect("key");
    let good = sign(
        &claims(&app, |_| {}),
        Algorithm::EdDSA,
        &EncodingKey::from_ed_pem(&private_pem).expect("ed"),
    );
    assert_eq!(accepted(&app, &good).await, (true, true));
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
fn forbidden_at(body: &Value, path: &[&str]) -> bool {
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

#[tokio::test]
async fn the_rate_limit_trips_at_its_budget_and_resets() {
    let app = TestApp::spawn_with(
        Backend::Sqlite,
        &[
            ("CODEBOT_ROLE", "api"),
            ("CODEBOT_RATE_LIMIT_VIEWER", "60/1000"),
        ],
    )
    .await;
    let viewer = app.key("busy", Role::Viewer).await;
    for i in 0..60 {
        let (status, body) = app
            .graphql_as(Some(&viewer), "{ me { id } }", Value::Null)
            .await;
        assert_eq!(status, 200, "request {i}: {body}");
    }
    let response = plain_client()
        .post(app.url("/graphql"))
        .bearer_auth(&viewer)
        .json(&json!({ "query": "{ me { id } }" }))
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "1");
    let body: Value = response.json().await.expect("json");
    assert_eq!(codes(&body), ["RATE_LIMITED"]);
    // Another identity keeps its own budget.
    let (status, _) = app.graphql("{ me { id } }", Value::Null).await;
    assert_eq!(status, 200);
    // The budget refills: one request a second at 60 a minute.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (status, _) = app
        .graphql_as(Some(&viewer), "{ me { id } }", Value::Null)
        .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn with_redis_the_rate_limit_is_shared_by_every_instance() {
    let first = TestApp::spawn_with(
        Backend::Postgres,
        &[
            ("CODEBOT_ROLE", "api"),
            ("REDIS_URL", "redis://127.0.0.1:6379"),
            ("CODEBOT_RATE_LIMIT_VIEWER", "6/1000"),
        ],
    )
    .await;
    let db = first.db.share();
    let second = TestApp::spawn_on(
        db,
        &[
            ("CODEBOT_ROLE", "api"),
            ("REDIS_URL", "redis://127.0.0.1:6379"),
            ("CODEBOT_RATE_LIMIT_VIEWER", "6/1000"),
        ],
    )
    .await;
    // A fresh identity, so an earlier run's window in Redis does not count.
    let viewer = first
        .key(
            &format!("shared-{}", uuid::Uuid::new_v4().simple()),
            Role::Viewer,
        )
        .await;
    for i in 0..6 {
        let app = if i % 2 == 0 { &first } else { &second };
        let (status, body) = app
            .graphql_as(Some(&viewer), "{ me { id } }", Value::Null)
            .await;
        assert_eq!(status, 200, "request {i}: {body}");
    }
    for app in [&first, &second] {
        let (status, body) = app
            .graphql_as(Some(&viewer), "{ me { id } }", Value::Null)
            .await;
        assert_eq!(status, 429, "{body}");
    }
}

#[tokio::test]
async fn graphql_abuse_limits_hold_and_production_hides_the_schema() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let aliases: String = (0..31).map(|i| format!("a{i}: __typename ")).collect();
    // A request error like any other document limit: 200 under `application/json`
    // (what this client gets), 400 under `application/graphql-response+json`.
    let (status, body) = app.graphql(&format!("{{ {aliases} }}"), Value::Null).await;
    assert_eq!(status, 200, "{body}");
    assert!(body["data"].is_null(), "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .expect("message")
            .contains("aliases")
    );
    let too_deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }";
    let (_, body) = app.graphql(too_deep, Value::Null).await;
    assert!(
        body.to_string().contains("nested too deep") || body["data"].is_null(),
        "{body}"
    );
    let directives: String = (0..20).map(|_| "@include(if: true) ").collect();
    let (_, body) = app
        .graphql(&format!("{{ __typename {directives} }}"), Value::Null)
        .await;
    assert!(body["errors"].is_array(), "{body}");
    // Development: introspection and suggestions on.
    let (_, body) = app
        .graphql("{ __schema { queryType { name } } }", Value::Null)
        .await;
    assert_eq!(body["data"]["__schema"]["queryType"]["name"], "Query");
    let (_, body) = app.graphql("{ integrationz }", Value::Null).await;
    assert!(body.to_string().contains("Did you mean"), "{body}");
    drop(app);

    let app = TestApp::spawn_with(
        Backend::Sqlite,
        &[("CODEBOT_ROLE", "api"), ("CODEBOT_PROFILE", "production")],
    )
    .await;
    let (_, body) = app
        .graphql("{ __schema { queryType { name } } }", Value::Null)
        .await;
    assert!(
        body["data"].is_null() || body["data"]["__schema"].is_null(),
        "{body}"
    );
    let (_, body) = app.graphql("{ integrationz }", Value::Null).await;
    assert!(!body.to_string().contains("Did you mean"), "{body}");
}

#[tokio::test]
async fn cors_answers_only_the_listed_origins() {
    let app = TestApp::spawn_with(
        Backend::Sqlite,
        &[
            ("CODEBOT_ROLE", "api"),
            ("CODEBOT_CORS_ORIGINS", "https://dashboard.example"),
        ],
    )
    .await;
    let preflight = |origin: &'static str| {
        plain_client()
            .request(reqwest::Method::OPTIONS, app.url("/graphql"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "content-type, x-csrf-token",
            )
            .send()
    };
    let allowed = preflight("https://dashboard.example")
        .await
        .expect("preflight");
    assert_eq!(
        allowed.headers()["access-control-allow-origin"],
        "https://dashboard.example"
    );
    assert_eq!(
        allowed.headers()["access-control-allow-credentials"],
        "true"
    );
    let refused = preflight("https://evil.example").await.expect("preflight");
    assert!(
        refused
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
    drop(app);
    // Without a list, no CORS headers at all: same-origin only.
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let response = plain_client()
        .request(reqwest::Method::OPTIONS, app.url("/graphql"))
        .header("origin", "https://dashboard.example")
        .header("access-control-request-method", "POST")
        .send()
        .await
        .expect("preflight");
    assert!(
        response
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
}

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

/// The local OpenID Connect provider (npm oauth2-mock-server), running until dropped.
struct OidcProvider {
    child: tokio::process::Child,
    issuer: String,
}

impl OidcProvider {
    async fn start() -> Self {
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
async fn signing_in_with(provider: &OidcProvider, setting: (&str, &str)) -> TestApp {
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
async fn sign_in_at_provider(app: &TestApp) -> (String, reqwest::Url, String) {
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
async fn callback(app: &TestApp, query: &str, login_cookie: Option<&str>) -> reqwest::Response {
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
