//! The integration lifecycle through GraphQL alone: create, page and filter, update with
//! a stale version, the audit trail, time travel, refused transitions, bad input.

use codebot_tests::{Backend, TestApp, both_databases};
use serde_json::{Value, json};

pub const CREATE: &str = "mutation($input: CreateIntegrationInput!) {
  createIntegration(input: $input) { id name state version kind config owner { id name role } steps { name } }
}";

pub fn input(name: &str) -> Value {
    json!({
        "kind": "http_poller",
        "name": name,
        "description": format!("{name} polls"),
        "prompt": "Poll the orders endpoint and emit new orders",
        "config": { "url": "https://api.example.com/orders", "interval_seconds": 60 }
    })
}

pub async fn create(app: &TestApp, name: &str) -> Value {
    app.graphql_ok(CREATE, json!({ "input": input(name) }))
        .await["createIntegration"]
        .clone()
}

fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or("")
}

pub async fn cancel(app: &TestApp, id: &Value) -> Value {
    app.graphql_ok(
        "mutation($id: ID!) { cancelIntegration(id: $id) { state version } }",
        json!({ "id": id }),
    )
    .await["cancelIntegration"]
        .clone()
}

both_databases!(
    a_created_integration_is_readable_at_once_with_its_pipeline_started,
    |backend: Backend| async move {
        let app = TestApp::spawn_api(backend).await;
        let created = create(&app, "Orders poller").await;
        assert_eq!(created["state"], "VALIDATING");
        assert_eq!(created["version"], 2);
        assert_eq!(created["owner"]["id"], "admin");
        let data = app
            .graphql_ok(
                "query($id: ID!) { integration(id: $id) { name description state config } }",
                json!({ "id": created["id"] }),
            )
            .await;
        assert_eq!(data["integration"]["name"], "Orders poller");
        assert_eq!(data["integration"]["config"]["interval_seconds"], 60);
    }
);

both_databases!(
    pages_go_both_ways_with_stable_cursors_and_filters,
    |backend: Backend| async move {
        let app = TestApp::spawn_api(backend).await;
        let mut ids = Vec::new();
        for i in 0..7 {
            ids.push(create(&app, &format!("Poller {i}")).await["id"].clone());
        }
        let page = |vars: Value| {
            let app = &app;
            async move {
                app.graphql_ok(
                    "query($first: Int, $after: String, $last: Int, $before: String, $filter: IntegrationFilter) {
                       integrations(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
                         totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                         edges { cursor node { id name } } } }",
                    vars,
                )
                .await["integrations"]
                    .clone()
            }
        };
        let names = |p: &Value| -> Vec<String> {
            p["edges"]
                .as_array()
                .expect("edges")
                .iter()
                .map(|e| e["node"]["name"].as_str().expect("name").to_owned())
                .collect()
        };
        let first = page(json!({ "first": 3 })).await;
        assert_eq!(first["totalCount"], 7);
        assert_eq!(names(&first), ["Poller 6", "Poller 5", "Poller 4"]);
        assert_eq!(first["pageInfo"]["hasNextPage"], true);
        let second = page(json!({ "first": 3, "after": first["pageInfo"]["endCursor"] })).await;
        assert_eq!(names(&second), ["Poller 3", "Poller 2", "Poller 1"]);
        let third = page(json!({ "first": 3, "after": second["pageInfo"]["endCursor"] })).await;
        assert_eq!(names(&third), ["Poller 0"]);
        assert_eq!(third["pageInfo"]["hasNextPage"], false);
        let back = page(json!({ "last": 2, "before": third["pageInfo"]["startCursor"] })).await;
        assert_eq!(names(&back), ["Poller 2", "Poller 1"]);
        assert_eq!(back["pageInfo"]["hasPreviousPage"], true);
        let filtered = page(json!({ "first": 10, "filter": { "text": "POLLER 3" } })).await;
        assert_eq!(names(&filtered), ["Poller 3"]);
        let none = page(json!({ "first": 10, "filter": { "states": ["ACTIVE"] } })).await;
        assert_eq!(none["totalCount"], 0);
        let mine =
            page(json!({ "first": 10, "filter": { "owner": "admin", "states": ["VALIDATING"] } }))
                .await;
        assert_eq!(mine["totalCount"], 7);
        let percent = page(json!({ "first": 10, "filter": { "text": "%" } })).await;
        assert_eq!(
            percent["totalCount"], 0,
            "wildcards in the text are literal"
        );
        let (_, body) = app
            .graphql("{ integrations(first: 101) { totalCount } }", Value::Null)
            .await;
        assert_eq!(code(&body), "BAD_USER_INPUT");
        let (_, body) = app
            .graphql(
                "{ integrations(after: \"nope\") { totalCount } }",
                Value::Null,
            )
            .await;
        assert_eq!(code(&body), "BAD_USER_INPUT");
    }
);

both_databases!(
    a_stale_expected_version_is_a_conflict_and_changes_nothing,
    |backend: Backend| async move {
        let app = TestApp::spawn_api(backend).await;
        let id = create(&app, "Relay").await["id"].clone();
        assert_eq!(cancel(&app, &id).await["version"], 3);
        let update = "mutation($id: ID!, $v: Int, $input: UpdateIntegrationInput!) {
            updateIntegration(id: $id, expectedVersion: $v, input: $input) { name version description } }";
        let data = app
            .graphql_ok(
                update,
                json!({ "id": id, "v": 3, "input": { "name": "Relay 2", "description": null } }),
            )
            .await;
        assert_eq!(data["updateIntegration"]["version"], 4);
        assert_eq!(data["updateIntegration"]["description"], Value::Null);
        let (status, body) = app
            .graphql(
                update,
                json!({ "id": id, "v": 3, "input": { "name": "Relay 3" } }),
            )
            .await;
        assert_eq!(status, 200);
        assert_eq!(code(&body), "CONFLICT", "{body}");
        assert_eq!(body["errors"][0]["extensions"]["actualVersion"], 4);
        let data = app
            .graphql_ok(
                "query($id: ID!) { integration(id: $id) { name version } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(
            data["integration"],
            json!({ "name": "Relay 2", "version": 4 })
        );
    }
);

both_databases!(
    refused_moves_and_bad_input_get_their_codes,
    |backend: Backend| async move {
        let app = TestApp::spawn_api(backend).await;
        let id = create(&app, "Draft one").await["id"].clone();
        let (_, body) = app
            .graphql(
                "mutation($id: ID!) { deprecateIntegration(id: $id) { state } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(code(&body), "INVALID_TRANSITION", "{body}");
        assert_eq!(
            body["errors"][0]["message"],
            "Cannot transition from VALIDATING to DEPRECATED"
        );

        let mut bad = input("");
        bad["kind"] = json!("teleporter");
        bad["config"] = json!([1]);
        let (_, body) = app.graphql(CREATE, json!({ "input": bad })).await;
        assert_eq!(code(&body), "BAD_USER_INPUT", "{body}");
        let fields: Vec<&str> = body["errors"][0]["extensions"]["fields"]
            .as_array()
            .expect("fields")
            .iter()
            .map(|f| f["field"].as_str().expect("field"))
            .collect();
        assert_eq!(
            fields,
            ["kind"],
            "an unknown kind is refused before anything else"
        );

        let mut big = input("Big");
        big["config"] = json!({ "blob": "x".repeat(70 * 1024) });
        let (_, body) = app.graphql(CREATE, json!({ "input": big })).await;
        assert_eq!(body["errors"][0]["extensions"]["field"], "config", "{body}");
        let mut long = input(&"n".repeat(101));
        long["prompt"] = json!("p".repeat(33 * 1024));
        let (_, body) = app.graphql(CREATE, json!({ "input": long })).await;
        let fields = body["errors"][0]["extensions"]["fields"].to_string();
        assert!(
            fields.contains("\"name\"") && fields.contains("\"prompt\""),
            "{body}"
        );

        let (_, body) = app
            .graphql(
                "mutation { deleteIntegration(id: \"not-a-uuid\") }",
                Value::Null,
            )
            .await;
        assert_eq!(code(&body), "BAD_USER_INPUT");
        let (_, body) = app
            .graphql(
                "mutation($id: ID!) { deleteIntegration(id: $id) }",
                json!({ "id": "018f0000-0000-7000-8000-000000000000" }),
            )
            .await;
        assert_eq!(code(&body), "NOT_FOUND");
    }
);

both_databases!(
    the_audit_trail_and_time_travel_replay_history,
    |backend: Backend| async move {
        let app = TestApp::spawn_api(backend).await;
        let id = create(&app, "Before").await["id"].clone();
        cancel(&app, &id).await;
        let client = &app.client;
        let response = client
            .post(app.url("/graphql"))
            .header("x-request-id", "rename-request")
            .json(&json!({
                "query": "mutation($id: ID!) { updateIntegration(id: $id, input: { name: \"After\" }) { version } }",
                "variables": { "id": id }
            }))
            .send()
            .await
            .expect("update");
        assert_eq!(response.status(), 200);
        let data = app
            .graphql_ok(
                "query($id: ID!) {
                   integration(id: $id) { events { version type actor requestId data recordedAt } }
                   v1: integrationAt(id: $id, version: 1) { name version state }
                   v4: integrationAt(id: $id, version: 4) { name version state } }",
                json!({ "id": id }),
            )
            .await;
        let events = data["integration"]["events"].as_array().expect("events");
        let types: Vec<&str> = events
            .iter()
            .map(|e| e["type"].as_str().expect("type"))
            .collect();
        assert_eq!(
            types,
            [
                "INTEGRATION_CREATED",
                "STATE_CHANGED",
                "STATE_CHANGED",
                "INTEGRATION_UPDATED"
            ]
        );
        assert_eq!(events[3]["actor"], "admin");
        assert_eq!(events[3]["requestId"], "rename-request");
        assert_eq!(events[3]["data"], json!({ "name": "After" }));
        assert_eq!(
            data["v1"],
            json!({ "name": "Before", "version": 1, "state": "DRAFT" })
        );
        assert_eq!(
            data["v4"],
            json!({ "name": "After", "version": 4, "state": "FAILED" })
        );
        let created_at = events[0]["recordedAt"].clone();
        let data = app
            .graphql_ok(
                "query($id: ID!, $at: DateTime) { integrationAt(id: $id, at: $at) { name } }",
                json!({ "id": id, "at": created_at }),
            )
            .await;
        assert_eq!(data["integrationAt"]["name"], "Before");
        let (_, body) = app
            .graphql(
                "query($id: ID!) { integrationAt(id: $id) { name } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(code(&body), "BAD_USER_INPUT");
    }
);

both_databases!(
    a_deleted_integration_leaves_listings_but_keeps_its_history,
    |backend: Backend| async move {
        let app = TestApp::spawn_api(backend).await;
        let id = create(&app, "Doomed").await["id"].clone();
        let (_, body) = app
            .graphql(
                "mutation($id: ID!) { deleteIntegration(id: $id) }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(
            code(&body),
            "FAILED_PRECONDITION",
            "a running pipeline cannot be deleted"
        );
        cancel(&app, &id).await;
        let data = app
            .graphql_ok(
                "mutation($id: ID!) { deleteIntegration(id: $id) }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(data["deleteIntegration"], true);
        let data = app
            .graphql_ok(
                "query($id: ID!) { integration(id: $id) { id } integrations { totalCount } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(data["integration"], Value::Null);
        assert_eq!(data["integrations"]["totalCount"], 0);
        let (_, body) = app
            .graphql(
                "mutation($id: ID!) { deleteIntegration(id: $id) }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(code(&body), "NOT_FOUND");
    }
);

#[tokio::test]
async fn the_kinds_are_listed_with_schemas_and_examples() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let data = app
        .graphql_ok(
            "{ integrationKinds { name description configSchema exampleConfig } }",
            Value::Null,
        )
        .await;
    let kinds = data["integrationKinds"].as_array().expect("kinds");
    let names: Vec<_> = kinds
        .iter()
        .map(|k| k["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["webhook_relay", "http_poller"]);
    for kind in kinds {
        assert_eq!(kind["configSchema"]["type"], "object");
        assert!(kind["exampleConfig"].is_object());
    }
}

both_databases!(
    a_page_of_100_with_owners_and_steps_costs_a_constant_number_of_queries,
    |backend: Backend| async move {
        // The event feed's poll of the store would count too: keep it quiet.
        let app = TestApp::spawn_with(
            backend,
            &[("CODEBOT_ROLE", "api"), ("CODEBOT_FEED_POLL_MS", "600000")],
        )
        .await;
        for i in 0..100 {
            create(&app, &format!("Integration {i}")).await;
        }
        // Let the feed finish broadcasting the creations before counting.
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        // A signed access token costs no query to check once its user's role is cached.
        let token = app.access_token("admin", api::domain::identity::Role::Admin);
        // Checking the token reads its user's role once; then it is cached.
        app.graphql_as(Some(&token), "{ me { name } }", Value::Null)
            .await;
        let query = "{ integrations(first: 100) { edges { node { id owner { name } steps { name status } } } } }";
        let before = app.queries.get();
        let (_, data) = app.graphql_as(Some(&token), query, Value::Null).await;
        let data = data["data"].clone();
        let cost = app.queries.get() - before;
        assert_eq!(
            data["integrations"]["edges"].as_array().map(Vec::len),
            Some(100)
        );
        let before = app.queries.get();
        app.graphql_as(
            Some(&token),
            "{ integrations(first: 10) { edges { node { id owner { name } steps { name } } } } }",
            Value::Null,
        )
        .await;
        let small = app.queries.get() - before;
        assert_eq!(cost, small, "the cost does not grow with the page");
        assert!(cost <= 4, "a page costs {cost} queries");
    }
);

#[tokio::test]
async fn secret_config_values_never_come_back_to_clients() {
    let app = TestApp::spawn_api(Backend::Sqlite).await;
    let input = json!({
        "kind": "webhook_relay",
        "name": "Secret relay",
        "prompt": "relay",
        "config": { "target_url": "https://example.com/hook", "signing_secret": "hunter2-hunter2-hunter2" }
    });
    let created =
        app.graphql_ok(CREATE, json!({ "input": input })).await["createIntegration"].clone();
    assert_eq!(created["config"]["signing_secret"], "[secret]");
    let data = app
        .graphql_ok(
            "query($id: ID!) { integration(id: $id) { config events { data } } }",
            json!({ "id": created["id"] }),
        )
        .await;
    let text = data.to_string();
    assert!(!text.contains("hunter2"), "{text}");
    assert_eq!(
        data["integration"]["config"]["target_url"],
        "https://example.com/hook"
    );
}

/// Every field of an integration a client can read, its history included.
const EVERYTHING: &str = "id kind name description prompt config state version createdAt updatedAt \
    failure { step reason trigger } round generator testCommand \
    testReport { passed exitCode durationMs output truncated timedOut } \
    pullRequest { url number branch commit state filesChanged additions deletions } \
    deployment { id location previous } usage { inputTokens outputTokens costUsd } \
    generationProgress { attempt characters files } owner { id name } \
    steps { name status attempts startedAt finishedAt error } files { path content } \
    events(first: 1000) { position version type actor data recordedAt }";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_field_of_integration_at_a_version_is_what_integration_answered_then() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let id = create(&app, "Then").await["id"]
        .as_str()
        .expect("id")
        .to_owned();
    // Watch it go through the pipeline, keeping what `integration` answered at each
    // version it was seen at.
    let now = format!("query($id: ID!) {{ integration(id: $id) {{ {EVERYTHING} }} }}");
    let mut seen: std::collections::BTreeMap<u64, Value> = std::collections::BTreeMap::new();
    for _ in 0..600 {
        let answer = app.graphql_ok(&now, json!({ "id": id })).await["integration"].clone();
        let version = answer["version"].as_u64().expect("version");
        let state = answer["state"].clone();
        // The read model's tables are read one after another: an answer is one
        // version's only if no event was committed while it was read.
        let after = app
            .graphql_ok(
                "query($id: ID!) { integration(id: $id) { version } }",
                json!({ "id": id }),
            )
            .await;
        if after["integration"]["version"].as_u64() == Some(version) {
            seen.entry(version).or_insert(answer);
        }
        if state == "REVIEWING" {
            break;
        }
    }
    assert!(
        seen.len() >= 3,
        "saw only versions {:?}",
        seen.keys().collect::<Vec<_>>()
    );
    assert!(
        seen.values()
            .any(|v| v["files"].as_array().is_some_and(|f| !f.is_empty()))
    );
    // An older version's steps and files differ from today's: the test can tell.
    let first = seen.keys().next().copied().expect("a version");
    let then = format!(
        "query($id: ID!, $v: Int!) {{ integrationAt(id: $id, version: $v) {{ {EVERYTHING} }} }}"
    );
    for (version, answered) in &seen {
        let past = app
            .graphql_ok(&then, json!({ "id": id, "v": version }))
            .await["integrationAt"]
            .clone();
        let differing: Vec<String> = answered
            .as_object()
            .expect("an object")
            .iter()
            .filter(|(key, value)| past.get(key.as_str()) != Some(value))
            .map(|(key, value)| format!("{key}: then {value}, as it was {}", past[key.as_str()]))
            .collect();
        assert!(
            differing.is_empty(),
            "integrationAt(version: {version}) differs in {differing:#?}"
        );
    }
    let latest = seen.values().last().expect("latest");
    assert_ne!(seen[&first]["steps"], latest["steps"]);
    app.stop().await;
}
