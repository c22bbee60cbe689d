//! Access tokens (JWTs) and the attacks on them, over HTTP and the websocket: the
//! algorithm is pinned, every claim that matters is checked, and RS256 and EdDSA keys
//! work without letting an HS256 token signed with the public key through.

use std::collections::BTreeMap;

use codebot_tests::{Backend, TEST_JWT_SECRET, TestApp};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};

use crate::credentials::is_invalid_token;
use crate::websocket_protocol::{closed_with, connect, receive, send};

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
