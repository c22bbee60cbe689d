//! The whole pipeline on the embedded default, through GraphQL: real generated files,
//! a real test run, a real git branch and a real deploy directory.

use std::path::Path;
use std::time::{Duration, Instant};

use codebot_tests::{Backend, TestApp, both_databases};
use serde_json::{Value, json};

const DETAIL: &str = "query($id: ID!) { integration(id: $id) {
  state version generator round failure { step reason }
  steps { name status attempts startedAt finishedAt error }
  files { path content } testReport { passed exitCode output }
  pullRequest { number branch state commit url } deployment { id location }
  usage { inputTokens outputTokens costUsd }
  events(first: 1000) { version type actor } } }";

const CHANGES: &str = "query($id: ID!) { integration(id: $id) { pullRequest { changes {
  base baseCommit headCommit commits { id message } files { path additions deletions }
  diff truncated } } } }";

/// Polls until the integration reaches `state` (or fails the test after a minute).
pub async fn wait_for(app: &TestApp, id: &Value, state: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let data = app.graphql_ok(DETAIL, json!({ "id": id })).await;
        let integration = data["integration"].clone();
        if integration["state"] == state {
            return integration;
        }
        assert!(
            Instant::now() < deadline && integration["state"] != "FAILED",
            "waiting for {state}: {integration:#}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn git(repo: &Path, args: &[&str]) -> String {
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .output()
        .expect("git runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

both_databases!(
    an_integration_reaches_review_by_itself_and_active_after_approval,
    |backend: Backend| async move {
        let app = TestApp::spawn_with(backend, &[("CODEBOT_POLL_SECS", "1")]).await;
        let created = app
            .graphql_ok(
                crate::integrations::CREATE,
                json!({ "input": crate::integrations::input("Orders poller") }),
            )
            .await["createIntegration"]
            .clone();
        let id = created["id"].clone();
        let reviewing = wait_for(&app, &id, "REVIEWING").await;
        assert_eq!(reviewing["generator"], "scaffold");
        assert_eq!(reviewing["testReport"]["passed"], true, "{reviewing:#}");
        let files: Vec<&str> = reviewing["files"]
            .as_array()
            .expect("files")
            .iter()
            .map(|f| f["path"].as_str().expect("path"))
            .collect();
        assert!(
            files.contains(&"poller.py") && files.contains(&"tests/test_poller.py"),
            "{files:?}"
        );
        let readme = reviewing["files"]
            .as_array()
            .expect("files")
            .iter()
            .find(|f| f["path"] == "README.md")
            .expect("a README");
        assert!(readme["content"].as_str().expect("text").contains("not AI"));
        let steps: Vec<(&str, &str)> = reviewing["steps"]
            .as_array()
            .expect("steps")
            .iter()
            .map(|s| {
                (
                    s["name"].as_str().expect("name"),
                    s["status"].as_str().expect("status"),
                )
            })
            .collect();
        assert_eq!(
            steps,
            [
                ("VALIDATE", "SUCCEEDED"),
                ("GENERATE", "SUCCEEDED"),
                ("TEST", "SUCCEEDED"),
                ("PULL_REQUEST", "SUCCEEDED")
            ]
        );

        let data_dir = app.db.dir.path().join("data");
        let repo = data_dir.join("git").join("integrations.git");
        let branch = reviewing["pullRequest"]["branch"]
            .as_str()
            .expect("branch")
            .to_owned();
        assert_eq!(branch, format!("codebot/{}", id.as_str().expect("id")));
        let listed = git(&repo, &["ls-tree", "-r", "--name-only", &branch]);
        assert!(listed.contains("poller.py"), "{listed}");
        assert_eq!(
            git(&repo, &["rev-parse", &branch]).trim(),
            reviewing["pullRequest"]["commit"]
        );
        // The local pull request has no page of its own: the API shows its changes.
        assert!(
            reviewing["pullRequest"]["url"]
                .as_str()
                .expect("url")
                .starts_with("file://")
        );
        assert_eq!(reviewing["pullRequest"]["state"], "OPEN");
        let changes = app.graphql_ok(CHANGES, json!({ "id": id })).await["integration"]
            ["pullRequest"]["changes"]
            .clone();
        assert_eq!(changes["base"], "main");
        assert_eq!(changes["headCommit"], reviewing["pullRequest"]["commit"]);
        let changed: Vec<&str> = changes["files"]
            .as_array()
            .expect("files")
            .iter()
            .map(|f| f["path"].as_str().expect("path"))
            .collect();
        let id_text = id.as_str().expect("id");
        assert!(
            changed.contains(&format!("integrations/{id_text}/poller.py").as_str()),
            "{changed:?}"
        );
        let diff = changes["diff"].as_str().expect("diff");
        assert!(
            diff.contains(&format!("+++ b/integrations/{id_text}/poller.py")),
            "{diff}"
        );
        assert_eq!(changes["commits"].as_array().expect("commits").len(), 1);

        let approved = app
            .graphql_ok("mutation($id: ID!) { approveIntegration(id: $id, comment: \"ship it\") { state } }", json!({ "id": id }))
            .await;
        assert_eq!(approved["approveIntegration"]["state"], "DEPLOYING");
        let active = wait_for(&app, &id, "ACTIVE").await;
        let location = active["deployment"]["location"].as_str().expect("location");
        assert!(Path::new(location).join("poller.py").exists(), "{location}");
        // The deployed code is merged: the pull request says so and `main` holds it.
        assert_eq!(active["pullRequest"]["state"], "MERGED");
        let on_main = git(&repo, &["ls-tree", "-r", "--name-only", "main"]);
        assert!(
            on_main.contains(&format!("integrations/{id_text}/poller.py")),
            "{on_main}"
        );
        let merged = app.graphql_ok(CHANGES, json!({ "id": id })).await["integration"]
            ["pullRequest"]["changes"]
            .clone();
        assert_eq!(
            merged, changes,
            "merged, the changes still show against the base"
        );
        let versions: Vec<i64> = active["events"]
            .as_array()
            .expect("events")
            .iter()
            .map(|e| e["version"].as_i64().expect("v"))
            .collect();
        assert_eq!(
            versions,
            (1..=versions.len() as i64).collect::<Vec<_>>(),
            "contiguous versions"
        );
        let actors: Vec<&str> = active["events"]
            .as_array()
            .expect("events")
            .iter()
            .map(|e| e["actor"].as_str().expect("actor"))
            .collect();
        assert!(actors.contains(&"system") && actors.contains(&"admin"));

        let deprecated = app
            .graphql_ok(
                "mutation($id: ID!) { deprecateIntegration(id: $id) { state } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(deprecated["deprecateIntegration"]["state"], "DEPRECATED");
        let current = data_dir
            .join("deployments")
            .join(id.as_str().expect("id"))
            .join("current");
        let deadline = Instant::now() + Duration::from_secs(30);
        while current.exists() {
            assert!(
                Instant::now() < deadline,
                "the deprecated integration is still deployed"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // Nor does the API show a deployment that no longer exists.
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let now = app
                .graphql_ok(
                    "query($id: ID!) { integration(id: $id) { deployment { id } } }",
                    json!({ "id": id }),
                )
                .await;
            if now["integration"]["deployment"].is_null() {
                break;
            }
            assert!(Instant::now() < deadline, "still shows {now}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let after = app.graphql_ok(DETAIL, json!({ "id": id })).await;
        assert_eq!(after["integration"]["pullRequest"]["state"], "MERGED");
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_config_that_breaks_its_kinds_schema_fails_validation_naming_the_field() {
    let app = TestApp::spawn_with(Backend::Sqlite, &[("CODEBOT_POLL_SECS", "1")]).await;
    let mut input = crate::integrations::input("Bad poller");
    input["config"] = json!({ "url": "https://api.example.com", "interval_seconds": 1 });
    let id = app
        .graphql_ok(crate::integrations::CREATE, json!({ "input": input }))
        .await["createIntegration"]["id"]
        .clone();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let data = app.graphql_ok(DETAIL, json!({ "id": id })).await;
        if data["integration"]["state"] == "FAILED" {
            assert_eq!(data["integration"]["failure"]["step"], "VALIDATE");
            let reason = data["integration"]["failure"]["reason"]
                .as_str()
                .expect("reason");
            assert!(reason.contains("config.interval_seconds"), "{reason}");
            break;
        }
        assert!(Instant::now() < deadline, "{data:#}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
