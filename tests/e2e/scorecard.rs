//! The hostile scorecard's own checks (`scripts/scorecard.sh` runs them with
//! `--nocapture` and counts the `case …: ok|FAILED` lines they print):
//!
//! - every operation that takes the id of something owned (an `id`, `userId` or
//!   `integrationId` argument, directly or in its input), tried by another developer on
//!   someone else's id: refused, or readable exactly where the policy makes it readable
//!   to every VIEWER; the list is read from `schema.graphql`, so a new operation fails
//!   here until it has a row;
//! - a time-boxed fuzz of the request path (`SCORECARD_FUZZ_SECS`, a few seconds by
//!   default): arbitrary bodies, documents, variables and integration configs through the
//!   real HTTP edge, and arbitrary settings through `Settings::load`; no answer may be a
//!   5xx, no connection may break, and nothing may panic.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use api::domain::identity::Role;
use async_graphql::parser::types::{BaseType, TypeKind, TypeSystemDefinition};
use codebot_tests::{Backend, TestApp, both_databases, codes};
use serde_json::{Value, json};

use crate::integrations::{CREATE, input};
use crate::websocket_protocol::{connect, receive, send};

/// The arguments that name something owned.
const ID_ARGUMENTS: [&str; 3] = ["id", "userId", "integrationId"];

/// Every root field (as `Root.field`) that takes an id argument, directly or as a field
/// of an input object it takes, read from the committed `schema.graphql`.
fn id_taking_operations() -> BTreeSet<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../schema.graphql");
    let text = std::fs::read_to_string(path).expect("schema.graphql");
    let document = async_graphql::parser::parse_schema(&text).expect("schema.graphql parses");
    let mut inputs: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut roots: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for definition in document.definitions {
        let TypeSystemDefinition::Type(ty) = definition else {
            continue;
        };
        let name = ty.node.name.node.to_string();
        match &ty.node.kind {
            TypeKind::InputObject(object) => {
                inputs.insert(
                    name,
                    object
                        .fields
                        .iter()
                        .map(|f| f.node.name.node.to_string())
                        .collect(),
                );
            }
            TypeKind::Object(object)
                if ["Query", "Mutation", "Subscription"].contains(&name.as_str()) =>
            {
                for field in &object.fields {
                    let args = field
                        .node
                        .arguments
                        .iter()
                        .map(|a| {
                            let mut base = &a.node.ty.node.base;
                            while let BaseType::List(inner) = base {
                                base = &inner.base;
                            }
                            let type_name = match base {
                                BaseType::Named(n) => n.to_string(),
                                BaseType::List(_) => String::new(),
                            };
                            (a.node.name.node.to_string(), type_name)
                        })
                        .collect();
                    roots.push((format!("{name}.{}", field.node.name.node), args));
                }
            }
            _ => {}
        }
    }
    roots
        .into_iter()
        .filter(|(_, args)| {
            args.iter().any(|(arg, ty)| {
                ID_ARGUMENTS.contains(&arg.as_str())
                    || inputs.get(ty).is_some_and(|fields| {
                        fields.iter().any(|f| ID_ARGUMENTS.contains(&f.as_str()))
                    })
            })
        })
        .map(|(name, _)| name)
        .collect()
}

/// What another developer's attempt on someone else's id must get.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// FORBIDDEN or NOT_FOUND (an owned thing answers like a missing one), no data.
    Refused,
    /// The data: `policy.toml` lets every VIEWER read integrations and their events.
    SharedRead,
    /// The other user's private field (`email`) comes back `null`.
    PrivateFieldHidden,
}

/// One row: the operation (`Root.field`), what is tried, and what it must get. The
/// document's variables: `$id` (the integration), `$key` (the API key), `$sub` (the
/// webhook subscription), `$user` (the owner's user id).
const TABLE: &[(&str, &str, Expect)] = &[
    (
        "Query.integration",
        "query($id: ID!) { integration(id: $id) { id name } }",
        Expect::SharedRead,
    ),
    (
        "Query.integrationAt",
        "query($id: ID!) { integrationAt(id: $id, version: 1) { id name } }",
        Expect::SharedRead,
    ),
    (
        "Query.node",
        "query($id: ID!) { node(id: $id) { id ... on Integration { name } } }",
        Expect::SharedRead,
    ),
    (
        "Query.node",
        "query($user: ID!) { node(id: $user) { id ... on User { email } } }",
        Expect::PrivateFieldHidden,
    ),
    (
        "Mutation.updateIntegration",
        "mutation($id: ID!) { updateIntegration(id: $id, input: { name: \"Taken\" }) { id } }",
        Expect::Refused,
    ),
    (
        "Mutation.updateIntegration",
        "mutation($id: ID!) { updateIntegration(id: $id, expectedVersion: 2, input: { prompt: \"Taken\" }) { id } }",
        Expect::Refused,
    ),
    (
        "Mutation.approveIntegration",
        "mutation($id: ID!) { approveIntegration(id: $id) { id } }",
        Expect::Refused,
    ),
    (
        "Mutation.rejectIntegration",
        "mutation($id: ID!) { rejectIntegration(id: $id, reason: \"mine\") { id } }",
        Expect::Refused,
    ),
    (
        "Mutation.requestChanges",
        "mutation($id: ID!) { requestChanges(id: $id, comment: \"redo\") { id } }",
        Expect::Refused,
    ),
    (
        "Mutation.cancelIntegration",
        "mutation($id: ID!) { cancelIntegration(id: $id) { id } }",
        Expect::Refused,
    ),
    (
        "Mutation.retryIntegration",
        "mutation($id: ID!) { retryIntegration(id: $id) { id } }",
        Expect::Refused,
    ),
    (
        "Mutation.retryCompensation",
        "mutation($id: ID!) { retryCompensation(id: $id) { id } }",
        Expect::Refused,
    ),
    (
        "Mutation.resolveCompensation",
        "mutation($id: ID!) { resolveCompensation(id: $id, note: \"mine\") { id } }",
        Expect::Refused,
    ),
    (
        "Mutation.deprecateIntegration",
        "mutation($id: ID!) { deprecateIntegration(id: $id) { id } }",
        Expect::Refused,
    ),
    (
        "Mutation.deleteIntegration",
        "mutation($id: ID!) { deleteIntegration(id: $id) }",
        Expect::Refused,
    ),
    (
        "Mutation.revokeApiKey",
        "mutation($key: ID!) { revokeApiKey(id: $key) }",
        Expect::Refused,
    ),
    (
        "Mutation.setUserRole",
        "mutation($user: ID!) { setUserRole(userId: $user, role: VIEWER) { id } }",
        Expect::Refused,
    ),
    (
        "Mutation.setUserRole",
        "mutation($user: ID!) { setUserRole(userId: $user, role: ADMIN) { id } }",
        Expect::Refused,
    ),
    (
        "Mutation.deleteWebhookSubscription",
        "mutation($sub: ID!) { deleteWebhookSubscription(id: $sub) }",
        Expect::Refused,
    ),
    // A subscription of one's own to events every VIEWER may read anyway.
    (
        "Mutation.createWebhookSubscription",
        "mutation($id: ID!) { createWebhookSubscription(input: { url: \"https://example.com/bob\", integrationId: $id }) { subscription { id integrationId } } }",
        Expect::SharedRead,
    ),
    (
        "Subscription.integrationEvents",
        "subscription($id: ID!) { integrationEvents(id: $id, afterVersion: 0) { integrationId version } }",
        Expect::SharedRead,
    ),
    (
        "Subscription.integrationUpdated",
        "subscription($id: ID) { integrationUpdated(id: $id) { id name } }",
        Expect::SharedRead,
    ),
];

fn report(case: &str, ok: bool, detail: &str, failures: &mut Vec<String>) {
    println!("case owner {case}: {}", if ok { "ok" } else { "FAILED" });
    if !ok {
        failures.push(format!("{case}: {detail}"));
    }
}

/// Runs `query` over a graphql-transport-ws socket as `key`, and returns the first
/// `next` or `error` payload (a subscription: the first item it streams). `poke` runs
/// once the subscription is open, for streams that speak only on a change.
async fn over_websocket<F: std::future::Future<Output = ()>>(
    app: &TestApp,
    key: &str,
    query: &str,
    variables: &Value,
    poke: impl FnOnce() -> F,
) -> Value {
    let mut socket = connect(app, "graphql-transport-ws").await;
    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {key}") } }),
    )
    .await;
    assert_eq!(receive(&mut socket).await["type"], "connection_ack");
    send(
        &mut socket,
        json!({ "type": "subscribe", "id": "s", "payload": { "query": query, "variables": variables } }),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    poke().await;
    loop {
        let message = receive(&mut socket).await;
        if message["type"] == "next" || message["type"] == "error" {
            return message["payload"].clone();
        }
    }
}

/// After Bob's attempts: nothing of Alice's changed hands or changed at all.
async fn check_unchanged(
    app: &TestApp,
    alice: &str,
    id: &str,
    before: &Value,
    key_secret: &str,
    sub_id: &Value,
    failures: &mut Vec<String>,
) {
    let after = app
        .graphql_ok(
            "query($id: ID!) { integration(id: $id) { name prompt state version owner { id } } }",
            json!({ "id": id }),
        )
        .await;
    report(
        "the integration is unchanged",
        after == *before,
        &format!("{before} -> {after}"),
        failures,
    );
    let (status, me) = app
        .graphql_as(Some(key_secret), "{ me { id } }", Value::Null)
        .await;
    report(
        "the API key still works",
        status == 200 && me["data"]["me"]["id"] == "alice",
        &me.to_string(),
        failures,
    );
    let (_, subs) = app
        .graphql_as(Some(alice), "{ webhookSubscriptions { id } }", Value::Null)
        .await;
    let listed = subs["data"]["webhookSubscriptions"]
        .as_array()
        .is_some_and(|s| s.iter().any(|s| s["id"] == *sub_id));
    report(
        "the webhook subscription is still there",
        listed,
        &subs.to_string(),
        failures,
    );
    let (_, me) = app
        .graphql_as(Some(alice), "{ me { role } }", Value::Null)
        .await;
    report(
        "the owner's role is unchanged",
        me["data"]["me"]["role"] == "DEVELOPER",
        &me.to_string(),
        failures,
    );
}

both_databases!(
    every_id_taking_operation_refuses_another_owners_id,
    |backend| async move {
        let app = TestApp::spawn_api(backend).await;
        let alice = app.key("alice", Role::Developer).await;
        let bob = app.key("bob", Role::Developer).await;
        let (_, made) = app
            .graphql_as(
                Some(&alice),
                CREATE,
                json!({ "input": input("Alice's own") }),
            )
            .await;
        let id = made["data"]["createIntegration"]["id"]
            .as_str()
            .expect("an id")
            .to_owned();
        let (_, key) = app
            .graphql_as(
                Some(&alice),
                "mutation { createApiKey(input: { name: \"alice's bot\", role: VIEWER }) { secret apiKey { id } } }",
                Value::Null,
            )
            .await;
        let key_id = key["data"]["createApiKey"]["apiKey"]["id"].clone();
        let key_secret = key["data"]["createApiKey"]["secret"]
            .as_str()
            .expect("a secret")
            .to_owned();
        let (_, sub) = app
            .graphql_as(
                Some(&alice),
                "mutation($id: ID!) { createWebhookSubscription(input: { url: \"https://example.com/alice\", integrationId: $id }) { subscription { id } } }",
                json!({ "id": id }),
            )
            .await;
        let sub_id = sub["data"]["createWebhookSubscription"]["subscription"]["id"].clone();
        assert!(sub_id.is_string(), "{sub}");
        let before = app
            .graphql_ok(
                "query($id: ID!) { integration(id: $id) { name prompt state version owner { id } } }",
                json!({ "id": id }),
            )
            .await;
        let variables = json!({ "id": id, "key": key_id, "sub": sub_id, "user": "alice" });

        let mut failures = Vec::new();
        // Every id-taking operation of the schema has a row.
        let operations = id_taking_operations();
        assert!(operations.len() >= 15, "{operations:?}");
        let covered: BTreeSet<&str> = TABLE.iter().map(|(op, _, _)| *op).collect();
        for operation in &operations {
            report(
                &format!("{operation} has a row"),
                covered.contains(operation.as_str()),
                "missing from TABLE: add what another owner's id must get",
                &mut failures,
            );
        }
        // `integrationUpdated` speaks only on a change, which Alice makes: it goes last,
        // after the check that Bob's attempts changed nothing.
        let mut rows: Vec<_> = TABLE.iter().collect();
        rows.sort_by_key(|(op, _, _)| *op == "Subscription.integrationUpdated");
        let mut unchanged_checked = false;
        for (operation, document, expect) in rows {
            if *operation == "Subscription.integrationUpdated" && !unchanged_checked {
                unchanged_checked = true;
                check_unchanged(
                    &app,
                    &alice,
                    &id,
                    &before,
                    &key_secret,
                    &sub_id,
                    &mut failures,
                )
                .await;
            }
            let field = operation.split('.').nth(1).expect("Root.field");
            let body = if operation.starts_with("Subscription.") {
                let poke = || async {
                    if *operation == "Subscription.integrationUpdated" {
                        let (_, body) = app
                            .graphql_as(
                                Some(&alice),
                                "mutation($id: ID!) { cancelIntegration(id: $id, reason: \"Alice's change\") { id } }",
                                json!({ "id": id }),
                            )
                            .await;
                        assert!(body.get("errors").is_none(), "{body}");
                    }
                };
                over_websocket(&app, &bob, document, &variables, poke).await
            } else {
                let (status, body) = app
                    .graphql_as(Some(&bob), document, variables.clone())
                    .await;
                if status >= 500 {
                    report(
                        &format!("{operation} {expect:?}"),
                        false,
                        &format!("{status} {body}"),
                        &mut failures,
                    );
                    continue;
                }
                body
            };
            let data = &body["data"][field];
            let ok = match expect {
                Expect::Refused => {
                    let codes = codes(&body);
                    data.is_null()
                        && !codes.is_empty()
                        && codes.iter().all(|c| c == "FORBIDDEN" || c == "NOT_FOUND")
                }
                Expect::SharedRead => !data.is_null() && body.get("errors").is_none(),
                Expect::PrivateFieldHidden => data["id"] == "alice" && data["email"].is_null(),
            };
            report(
                &format!("{operation} {expect:?} `{document}`"),
                ok,
                &body.to_string(),
                &mut failures,
            );
        }
        if !unchanged_checked {
            check_unchanged(
                &app,
                &alice,
                &id,
                &before,
                &key_secret,
                &sub_id,
                &mut failures,
            )
            .await;
        }
        assert!(failures.is_empty(), "{failures:#?}");
        app.stop().await;
    }
);

// ---------------------------------------------------------------------------------------
// Fuzz of the request path.

mod fuzz {
    use super::*;
    use proptest::prelude::*;
    use proptest::strategy::ValueTree as _;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

    /// Valid documents the token-level mutations start from.
    const SEEDS: &[&str] = &[
        "{ me { id role permissions } }",
        "query($id: ID!) { integration(id: $id) { id name state version steps { name status } } }",
        "{ integrations(first: 5, filter: { text: \"x\", states: [VALIDATING] }) { totalCount edges { cursor node { id owner { name } } } pageInfo { hasNextPage } } }",
        "mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { id config } }",
        "mutation { createIntegration(input: { kind: \"http_poller\", name: \"F\", prompt: \"p\", config: { url: \"https://api.example.com/a\", interval_seconds: 60 } }) { id } }",
        "query Q($a: Int) { integrations(first: $a) { edges { node { ...F } } } } fragment F on Integration { id name }",
        "{ node(id: \"admin\") { ... on User { id email } } systemStatus { version } }",
        "{ __schema { types { name fields { name } } } }",
        "mutation($id: ID!) { updateIntegration(id: $id, expectedVersion: 1, input: { name: \"n\" }) { id } }",
        "{ integrationAt(id: \"00000000-0000-0000-0000-000000000000\", at: \"2020-01-01T00:00:00Z\") { id } }",
    ];

    const TOKENS: &[&str] = &[
        "{",
        "}",
        "(",
        ")",
        "[",
        "]",
        ":",
        "$",
        "@",
        "!",
        "...",
        "=",
        "|",
        ",",
        "\"",
        "#",
        "query",
        "mutation",
        "subscription",
        "fragment",
        "on",
        "true",
        "null",
        "__typename",
        "me",
        "integrations",
        "integration",
        "node",
        "createIntegration",
        "id",
        "input",
        "first",
        "@include(if: true)",
        "@skip(if: $v)",
        "\\u0000",
        "\u{0}",
        "\u{fffd}",
    ];

    /// Any JSON value, a few levels deep.
    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|n| json!(n)),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(|f| json!(f)),
            ".{0,24}".prop_map(Value::String),
            "(https?|ftp|file)://[a-z0-9.:@/%?#-]{0,30}".prop_map(Value::String),
        ];
        leaf.prop_recursive(8, 96, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map("[a-z_]{0,14}", inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// A document: a valid seed cut, spliced and salted with tokens, or token soup.
    fn document() -> impl Strategy<Value = String> {
        let token = prop_oneof![
            prop::sample::select(TOKENS).prop_map(str::to_owned),
            "[a-zA-Z_][a-zA-Z0-9_]{0,10}",
            "-?[0-9]{1,12}(\\.[0-9]{1,4})?(e[+-]?[0-9]{1,4})?",
            "\"[^\"\\\\]{0,12}\"",
            ".{1,4}",
        ];
        prop_oneof![
            (
                prop::sample::select(SEEDS),
                prop::collection::vec(
                    (any::<prop::sample::Index>(), 0..4usize, token.clone()),
                    0..6
                ),
            )
                .prop_map(|(seed, edits)| {
                    let mut chars: Vec<char> = seed.chars().collect();
                    for (at, cut, insert) in edits {
                        let start = at.index(chars.len() + 1);
                        let end = (start + cut).min(chars.len());
                        chars.splice(start..end, insert.chars());
                    }
                    chars.into_iter().collect()
                }),
            prop::collection::vec(token, 0..60).prop_map(|t| t.join(" ")),
            ".{0,300}",
        ]
    }

    /// One request of the fuzz.
    #[derive(Debug, Clone)]
    enum Input {
        /// Raw bytes as the POST body, under a content type.
        Body(Vec<u8>, &'static str),
        /// Any JSON as the POST body.
        Envelope(Value),
        /// A document and variables, POSTed as JSON.
        Document(String, Value, Option<String>),
        /// A document as GET `?query=`.
        Get(String),
        /// A batch of documents.
        Batch(Vec<String>),
        /// `createIntegration` of a kind with any config: the config decoding.
        Config(String, Value),
    }

    fn request() -> impl Strategy<Value = Input> {
        prop_oneof![
            (
                prop::collection::vec(any::<u8>(), 0..400),
                prop::sample::select(
                    &[
                        "application/json",
                        "application/graphql-response+json",
                        "text/plain",
                        "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x",
                        "application/json; charset=latin1",
                    ][..]
                ),
            )
                .prop_map(|(b, t)| Input::Body(b, t)),
            json_value().prop_map(Input::Envelope),
            (
                document(),
                json_value(),
                proptest::option::of("[A-Za-z]{0,6}")
            )
                .prop_map(|(d, v, o)| Input::Document(d, v, o)),
            document().prop_map(Input::Get),
            prop::collection::vec(document(), 0..14).prop_map(Input::Batch),
            (
                prop::sample::select(&["http_poller", "webhook_relay", "cron_job", "", "x"][..]),
                json_value(),
            )
                .prop_map(|(k, c)| Input::Config(k.to_owned(), c)),
        ]
    }

    async fn send_one(
        app: &TestApp,
        client: &reqwest::Client,
        input: &Input,
    ) -> Result<u16, String> {
        let url = app.url("/graphql");
        let request = match input {
            Input::Body(bytes, content_type) => client
                .post(&url)
                .header("content-type", *content_type)
                .body(bytes.clone()),
            Input::Envelope(value) => client.post(&url).json(value),
            Input::Document(query, variables, operation) => client.post(&url).json(
                &json!({ "query": query, "variables": variables, "operationName": operation }),
            ),
            Input::Get(query) => client
                .get(&url)
                .header("accept", "application/json")
                .query(&[("query", query)]),
            Input::Batch(queries) => client.post(&url).json(
                &queries
                    .iter()
                    .map(|q| json!({ "query": q }))
                    .collect::<Vec<_>>(),
            ),
            Input::Config(kind, config) => client.post(&url).json(&json!({
                "query": "mutation($kind: String!, $config: JSON!) { createIntegration(input: { kind: $kind, name: \"Fuzz\", prompt: \"p\", config: $config }) { id } }",
                "variables": { "kind": kind, "config": config },
            })),
        };
        let response = request.send().await.map_err(|e| format!("{e:?}"))?;
        let status = response.status().as_u16();
        response.bytes().await.map_err(|e| format!("body: {e:?}"))?;
        Ok(status)
    }

    /// `SCORECARD_FUZZ_SECS` (default 3): how long the request fuzz runs (the settings fuzz
    /// a quarter of it).
    fn budget() -> Duration {
        Duration::from_secs(
            std::env::var("SCORECARD_FUZZ_SECS")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(3),
        )
    }

    /// A runner seeded from `SCORECARD_FUZZ_SEED` or the clock; the seed is printed.
    fn runner() -> TestRunner {
        let seed: u64 = std::env::var("SCORECARD_FUZZ_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(7, |d| d.as_nanos() as u64)
            });
        println!("fuzz seed: {seed} (SCORECARD_FUZZ_SEED replays it)");
        let mut bytes = [0u8; 32];
        bytes[..8].copy_from_slice(&seed.to_le_bytes());
        TestRunner::new_with_rng(
            Config::default(),
            TestRng::from_seed(RngAlgorithm::ChaCha, &bytes),
        )
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn fuzzed_requests_never_get_a_5xx_or_break_the_connection() {
        let app = TestApp::spawn_api(Backend::Sqlite).await;
        let client = codebot_tests::authenticated_client(&app.admin_key);
        let strategy = request();
        let mut runner = runner();
        let deadline = Instant::now() + budget();
        let (mut cases, mut failures) = (0u64, Vec::new());
        while Instant::now() < deadline {
            let input = strategy
                .new_tree(&mut runner)
                .expect("a generated request")
                .current();
            cases += 1;
            match send_one(&app, &client, &input).await {
                Ok(status) if status < 500 => {}
                Ok(status) => failures.push(format!("{status} for {input:?}")),
                Err(error) => failures.push(format!("{error} for {input:?}")),
            }
        }
        // The server is still there and still right.
        let (status, body) = app.graphql("{ me { id } }", Value::Null).await;
        let alive = status == 200 && body["data"]["me"]["id"] == "admin";
        println!(
            "fuzz-result graphql: cases={cases} failures={} alive={alive}",
            failures.len()
        );
        for failure in failures.iter().take(5) {
            println!("fuzz failure: {failure}");
        }
        assert!(alive, "{status} {body}");
        assert!(
            failures.is_empty(),
            "{} of {cases}: {failures:#?}",
            failures.len()
        );
        assert!(cases > 0);
        app.stop().await;
    }

    /// Variables of the README's configuration table.
    const SETTINGS: &[&str] = &[
        "CODEBOT_ACCESS_TOKEN_TTL_SECS",
        "CODEBOT_ADDR",
        "CODEBOT_BODY_LIMIT",
        "CODEBOT_CODE_HOST",
        "CODEBOT_CORS_ORIGINS",
        "CODEBOT_CREDENTIAL_CACHE_SECS",
        "CODEBOT_DB_BULKHEAD",
        "CODEBOT_DB_CONNECT_TIMEOUT_SECS",
        "CODEBOT_DB_MAX_CONNECTIONS",
        "CODEBOT_DB_MIN_CONNECTIONS",
        "CODEBOT_DB_STATEMENT_TIMEOUT_SECS",
        "CODEBOT_DEFAULT_ROLE",
        "CODEBOT_DEPLOYER",
        "CODEBOT_DEPLOY_COMMAND",
        "CODEBOT_DEPLOY_TIMEOUT_SECS",
        "CODEBOT_DEPLOY_WEBHOOK_URL",
        "CODEBOT_DRAIN_SECS",
        "CODEBOT_FEED_POLL_MS",
        "CODEBOT_GENERATION_TIMEOUT_SECS",
        "CODEBOT_GITHUB_BREAKER",
        "CODEBOT_GITHUB_BULKHEAD",
        "CODEBOT_GITHUB_CLIENT_ID",
        "CODEBOT_GITHUB_WEB_URL",
        "CODEBOT_JWT_ALGORITHM",
        "CODEBOT_JWT_AUDIENCE",
        "CODEBOT_JWT_ISSUER",
        "CODEBOT_JWT_PRIVATE_KEY_FILE",
        "CODEBOT_JWT_SECRET",
        "CODEBOT_LEASE_SECS",
        "CODEBOT_LLM_BREAKER",
        "CODEBOT_LLM_BULKHEAD",
        "CODEBOT_LLM_MAX_TOKENS",
        "CODEBOT_LLM_PRICE",
        "CODEBOT_LLM_PROVIDER",
        "CODEBOT_LOG",
        "CODEBOT_LOG_FORMAT",
        "CODEBOT_MAX_BATCH",
        "CODEBOT_MAX_ROUNDS",
        "CODEBOT_METRICS_TOKEN",
        "CODEBOT_NOTIFY_ALLOW_PRIVATE",
        "CODEBOT_NOTIFY_MAX_ATTEMPTS",
        "CODEBOT_OIDC_ISSUER",
        "CODEBOT_POLL_SECS",
        "CODEBOT_PROFILE",
        "CODEBOT_PUBLIC_URL",
        "CODEBOT_RATE_LIMIT_ADMIN",
        "CODEBOT_RETRY_BASE_MS",
        "CODEBOT_ROLE",
        "CODEBOT_SIGNUP_EMAIL_DOMAINS",
        "CODEBOT_STATUS_REPORT_SECS",
        "CODEBOT_STEP_ATTEMPTS",
        "CODEBOT_WORKER_CONCURRENCY",
        "CODEBOT_WS_CONNECTIONS_PER_IDENTITY",
        "DATABASE_URL",
        "REDIS_URL",
        "ANTHROPIC_API_KEY",
        "OPENAI_BASE_URL",
        "GITHUB_REPOSITORY",
        "GITHUB_TOKEN",
    ];

    /// What `Settings::load` is given: environment variables and a TOML file.
    fn settings_input() -> impl Strategy<Value = (Vec<(String, String)>, String)> {
        let name = prop_oneof![
            prop::sample::select(SETTINGS).prop_map(str::to_owned),
            "CODEBOT_[A-Z_]{0,12}",
            "[A-Z_]{1,10}",
        ];
        let value = prop_oneof![
            ".{0,20}",
            "-?[0-9]{1,25}",
            "[0-9]{1,6}/[0-9]{0,6}",
            "(sqlite|postgres|redis|http|https)://[a-z0-9.:@/%?=&-]{0,30}",
            prop::sample::select(
                &[
                    "", "0", "-1", "true", "ADMIN", "api", "json", "HS256", "RS256"
                ][..]
            )
            .prop_map(str::to_owned),
        ];
        let toml_key = prop::sample::select(
            &[
                "addr",
                "data_dir",
                "database",
                "url",
                "min_connections",
                "max_connections",
                "connect_timeout_secs",
                "statement_timeout_secs",
                "log",
                "format",
                "filter",
                "http",
                "body_limit",
                "max_batch",
                "unknown",
            ][..],
        );
        let toml_value = prop_oneof![
            "-?[0-9]{1,22}".prop_map(|s| s),
            ".{0,12}".prop_map(|s| format!("{s:?}")),
            Just("true".to_owned()),
            Just("[1, \"a\"]".to_owned()),
            Just("{ x = 1 }".to_owned()),
            ".{0,8}",
        ];
        let line = prop_oneof![
            (toml_key, toml_value).prop_map(|(k, v)| format!("{k} = {v}")),
            prop::sample::select(&["[database]", "[log]", "[http]", "[x]", "[[database]]"][..])
                .prop_map(str::to_owned),
            ".{0,20}",
        ];
        (
            prop::collection::vec((name, value), 0..6),
            prop::collection::vec(line, 0..10).prop_map(|l| l.join("\n")),
        )
    }

    #[test]
    fn fuzzed_settings_are_refused_with_a_message_never_a_panic() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let file = dir.path().join("codebot.toml");
        let strategy = settings_input();
        let mut runner = runner();
        // Settings are cheap to load: a quarter of the budget covers them well.
        let deadline = Instant::now() + (budget() / 4).max(Duration::from_secs(1));
        let (mut cases, mut accepted, mut panics) = (0u64, 0u64, Vec::new());
        while Instant::now() < deadline {
            let (vars, toml) = strategy
                .new_tree(&mut runner)
                .expect("generated settings")
                .current();
            cases += 1;
            std::fs::write(&file, &toml).expect("write the file");
            let env: BTreeMap<String, String> = vars
                .iter()
                .cloned()
                .chain([(
                    "CODEBOT_DATA_DIR".to_owned(),
                    dir.path().join("data").display().to_string(),
                )])
                .collect();
            let use_file = cases % 2 == 0;
            let outcome = std::panic::catch_unwind(|| {
                api::config::Settings::load(use_file.then_some(file.as_path()), &env)
            });
            match outcome {
                Ok(Ok(_)) => accepted += 1,
                Ok(Err(error)) => {
                    assert!(
                        !error.to_string().is_empty(),
                        "an empty message for {env:?}"
                    );
                }
                Err(_) => panics.push(format!("{env:?} / {toml:?}")),
            }
        }
        println!(
            "fuzz-result settings: cases={cases} failures={} accepted={accepted}",
            panics.len()
        );
        assert!(panics.is_empty(), "{panics:#?}");
    }
}
