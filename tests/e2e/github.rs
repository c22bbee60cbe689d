//! GitHub as the code host against a local fake of its REST API (wiremock), and its
//! webhook: one pull request per branch across retries, GitHub's 422 for a duplicate
//! taken as success, closing on compensation, and signature-checked review events.

use std::time::Duration;

use api::application::pipeline::ports::{CodeHost, ProviderError, PullRequestRequest};
use api::config::Secret;
use api::domain::artifacts::GeneratedFile;
use api::infrastructure::providers::github::{GithubCodeHost, GithubSettings};
use codebot_tests::{Backend, TestApp, plain_client};
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const REPO: &str = "/repos/acme/integrations";

fn host(server: &MockServer) -> GithubCodeHost {
    GithubCodeHost::new(GithubSettings {
        api_url: server.uri(),
        token: Secret::new("ghp_test".into()),
        repository: "acme/integrations".into(),
    })
    .expect("a client")
}

fn pull(number: u64, branch: &str, state: &str) -> Value {
    json!({
        "number": number, "state": state, "merged_at": null,
        "html_url": format!("https://github.com/acme/integrations/pull/{number}"),
        "head": { "ref": branch }, "additions": 10, "deletions": 0
    })
}

/// The git plumbing every publication goes through.
async fn mount_git(server: &MockServer, branch: &str) {
    Mock::given(method("GET"))
        .and(path(REPO))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "default_branch": "main" })))
        .mount(server)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("{REPO}/git/ref/heads/main")))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({ "object": { "sha": "base" } })),
        )
        .mount(server)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("{REPO}/git/commits/base")))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({ "sha": "base", "tree": { "sha": "tree0" } })),
        )
        .mount(server)
        .await;
    Mock::given(method("POST"))
        .and(path(format!("{REPO}/git/trees")))
        .and(body_partial_json(json!({ "base_tree": "tree0" })))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({ "sha": "tree1" })))
        .mount(server)
        .await;
    Mock::given(method("POST"))
        .and(path(format!("{REPO}/git/commits")))
        .and(body_partial_json(
            json!({ "tree": "tree1", "parents": ["base"] }),
        ))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({ "sha": "c1" })))
        .mount(server)
        .await;
    // The branch is made the first time; afterwards it exists and is moved.
    Mock::given(method("POST"))
        .and(path(format!("{REPO}/git/refs")))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_json(json!({ "ref": format!("refs/heads/{branch}") })),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .mount(server)
        .await;
    Mock::given(method("POST"))
        .and(path(format!("{REPO}/git/refs")))
        .respond_with(
            ResponseTemplate::new(422)
                .set_body_json(json!({ "message": "Reference already exists" })),
        )
        .mount(server)
        .await;
    Mock::given(method("PATCH"))
        .and(path(format!("{REPO}/git/refs/heads/{branch}")))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({ "object": { "sha": "c1" } })),
        )
        .mount(server)
        .await;
}

/// The branch's pull-request list: empty at first, then open pull request `number`
/// (GitHub's list lags behind a pull request just opened).
async fn mount_pull_list(server: &MockServer, branch: &str, number: u64) {
    Mock::given(method("GET"))
        .and(path(format!("{REPO}/pulls")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(server)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("{REPO}/pulls")))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!([pull(number, branch, "open")])),
        )
        .mount(server)
        .await;
}

fn request(branch: &str) -> PullRequestRequest {
    PullRequestRequest {
        integration_id: uuid::Uuid::new_v4(),
        branch: branch.into(),
        title: "Add integration: Orders".into(),
        body: "Generated.".into(),
        files: vec![GeneratedFile {
            path: "poller.py".into(),
            content: "print(1)\n".into(),
        }],
    }
}

async fn posts_to(server: &MockServer, url_path: &str) -> usize {
    server
        .received_requests()
        .await
        .expect("recorded")
        .iter()
        .filter(|r| r.method.as_str() == "POST" && r.url.path() == url_path)
        .count()
}

#[tokio::test]
async fn a_retry_after_a_crash_finds_the_pull_request_instead_of_opening_another() {
    let server = MockServer::start().await;
    let branch = "codebot/0190aaaa-0000-7000-8000-000000000001";
    mount_git(&server, branch).await;
    mount_pull_list(&server, branch, 7).await;
    Mock::given(method("POST"))
        .and(path(format!("{REPO}/pulls")))
        .and(body_partial_json(json!({ "head": branch, "base": "main" })))
        .respond_with(ResponseTemplate::new(201).set_body_json(pull(7, branch, "open")))
        .mount(&server)
        .await;
    let host = host(&server);
    let first = host
        .open_pull_request(&request(branch), &CancellationToken::new())
        .await
        .expect("opened");
    assert_eq!(first.number, 7);
    assert_eq!(first.commit, "c1");
    assert_eq!(first.url, "https://github.com/acme/integrations/pull/7");
    // The worker died before recording it; the next one publishes again.
    let again = host
        .open_pull_request(&request(branch), &CancellationToken::new())
        .await
        .expect("found");
    assert_eq!(again.number, 7);
    assert_eq!(
        posts_to(&server, &format!("{REPO}/pulls")).await,
        1,
        "exactly one pull request was opened"
    );
    let sent = server.received_requests().await.expect("recorded");
    assert!(sent.iter().all(|r| {
        r.headers
            .get("authorization")
            .is_some_and(|v| v == "Bearer ghp_test")
    }));
}

#[tokio::test]
async fn githubs_422_for_an_existing_pull_request_counts_as_success_and_closing_closes_it() {
    let server = MockServer::start().await;
    let branch = "codebot/0190aaaa-0000-7000-8000-000000000002";
    mount_git(&server, branch).await;
    mount_pull_list(&server, branch, 9).await;
    Mock::given(method("POST")).and(path(format!("{REPO}/pulls")))
        .respond_with(ResponseTemplate::new(422).set_body_json(json!({
            "message": "Validation Failed",
            "errors": [{ "resource": "PullRequest", "code": "custom", "message": format!("A pull request already exists for acme:{branch}.") }],
            "documentation_url": "https://docs.github.com/rest/pulls/pulls#create-a-pull-request"
        })))
        .mount(&server).await;
    Mock::given(method("PATCH"))
        .and(path(format!("{REPO}/pulls/9")))
        .and(body_partial_json(json!({ "state": "closed" })))
        .respond_with(ResponseTemplate::new(200).set_body_json(pull(9, branch, "closed")))
        .expect(1)
        .mount(&server)
        .await;
    let host = host(&server);
    let pr = host
        .open_pull_request(&request(branch), &CancellationToken::new())
        .await
        .expect("the existing one");
    assert_eq!(pr.number, 9);
    host.close_pull_request(branch).await.expect("closed");
    // Closing a branch with no open pull request succeeds and does nothing.
    let other = "codebot/0190aaaa-0000-7000-8000-000000000003";
    server.reset().await;
    Mock::given(method("GET"))
        .and(path(format!("{REPO}/pulls")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([pull(3, other, "closed")])))
        .mount(&server)
        .await;
    host.close_pull_request(other)
        .await
        .expect("nothing to close");
    assert!(
        server
            .received_requests()
            .await
            .expect("recorded")
            .iter()
            .all(|r| r.method.as_str() == "GET")
    );
}

#[tokio::test]
async fn merging_merges_the_reviewed_commit_once_and_a_refusal_is_permanent() {
    let server = MockServer::start().await;
    let branch = "codebot/0190aaaa-0000-7000-8000-000000000004";
    Mock::given(method("GET"))
        .and(path(format!("{REPO}/pulls")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([pull(4, branch, "open")])))
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path(format!("{REPO}/pulls/4/merge")))
        .and(body_partial_json(
            json!({ "sha": "abc123", "merge_method": "merge" }),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "merged": true })))
        .expect(1)
        .mount(&server)
        .await;
    let host = host(&server);
    let cancel = CancellationToken::new();
    host.merge_pull_request(branch, "abc123", &cancel)
        .await
        .expect("merged");
    assert_eq!(
        host.changes(branch).await,
        Ok(None),
        "GitHub's page shows them"
    );

    // Merged already (on GitHub, which approved it through the webhook): left alone.
    server.reset().await;
    let mut merged = pull(4, branch, "closed");
    merged["merged_at"] = json!("2026-01-01T00:00:00Z");
    Mock::given(method("GET"))
        .and(path(format!("{REPO}/pulls")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([merged])))
        .mount(&server)
        .await;
    host.merge_pull_request(branch, "abc123", &cancel)
        .await
        .expect("nothing to do");
    assert!(
        server
            .received_requests()
            .await
            .expect("recorded")
            .iter()
            .all(|r| r.method.as_str() == "GET")
    );

    // A branch that moved since the review is refused, for good.
    server.reset().await;
    Mock::given(method("GET"))
        .and(path(format!("{REPO}/pulls")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([pull(4, branch, "open")])))
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path(format!("{REPO}/pulls/4/merge")))
        .respond_with(ResponseTemplate::new(409).set_body_json(
            json!({ "message": "Head branch was modified. Review and try the merge again." }),
        ))
        .mount(&server)
        .await;
    let refused = host.merge_pull_request(branch, "abc123", &cancel).await;
    assert!(
        matches!(&refused, Err(ProviderError::Permanent(m)) if m.contains("Head branch was modified")),
        "{refused:?}"
    );
}

#[tokio::test]
async fn github_errors_are_classified_and_a_spent_rate_limit_waits_for_its_reset() {
    let server = MockServer::start().await;
    let reset = chrono::Utc::now().timestamp() + 30;
    Mock::given(method("GET"))
        .and(path(REPO))
        .respond_with(
            ResponseTemplate::new(403)
                .insert_header("x-ratelimit-remaining", "0")
                .insert_header("x-ratelimit-reset", reset.to_string().as_str())
                .set_body_json(json!({ "message": "API rate limit exceeded" })),
        )
        .mount(&server)
        .await;
    let error = host(&server)
        .open_pull_request(&request("codebot/x"), &CancellationToken::new())
        .await
        .expect_err("limited");
    match error {
        api::application::pipeline::ports::ProviderError::Throttled(_, wait) => {
            assert!(
                wait >= Duration::from_secs(20) && wait <= Duration::from_secs(31),
                "{wait:?}"
            );
        }
        other => panic!("expected throttled, got {other:?}"),
    }
    server.reset().await;
    Mock::given(method("GET"))
        .and(path(REPO))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({ "message": "Bad credentials" })),
        )
        .mount(&server)
        .await;
    let error = host(&server)
        .open_pull_request(&request("codebot/x"), &CancellationToken::new())
        .await
        .expect_err("refused");
    assert!(
        matches!(
            error,
            api::application::pipeline::ports::ProviderError::Permanent(_)
        ),
        "{error}"
    );
}

/// GitHub's `X-Hub-Signature-256` of `body` (the same form the bot signs with).
fn sign(secret: &str, body: &[u8]) -> String {
    api::application::identity::secrets::signature(secret.as_bytes(), body)
}

async fn deliver(app: &TestApp, body: &Value, signature: &str) -> (u16, Value) {
    let bytes = serde_json::to_vec(body).expect("json");
    let response = plain_client()
        .post(app.url("/webhooks/github"))
        .header("content-type", "application/json")
        .header("x-github-event", "pull_request")
        .header("x-github-delivery", "delivery-1")
        .header("x-hub-signature-256", signature)
        .body(bytes)
        .send()
        .await
        .expect("delivered");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn reviewing(app: &TestApp, name: &str) -> String {
    let id = crate::integrations::create(app, name).await["id"]
        .as_str()
        .expect("id")
        .to_owned();
    app.wait_for_state(&id, "REVIEWING", "state").await;
    id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_webhook_approves_on_merge_rejects_on_close_and_refuses_forged_signatures() {
    let secret = "webhook-secret-for-tests";
    let app = TestApp::spawn_with(Backend::Sqlite, &[("GITHUB_WEBHOOK_SECRET", secret)]).await;
    let merged_id = reviewing(&app, "Merged on GitHub").await;
    let event = |id: &str, merged: bool| {
        json!({
            "action": "closed",
            "number": 5,
            "pull_request": { "number": 5, "merged": merged, "head": { "ref": format!("codebot/{id}") } },
            "sender": { "login": "octocat" }
        })
    };
    let body = event(&merged_id, true);
    let bytes = serde_json::to_vec(&body).expect("json");
    // A forged signature changes nothing.
    let (status, _) = deliver(&app, &body, &sign("not-the-secret", &bytes)).await;
    assert_eq!(status, 401);
    let (status, _) = deliver(&app, &body, "").await;
    assert_eq!(status, 401);
    let state = app
        .graphql_ok(
            "query($id: ID!) { integration(id: $id) { state } }",
            json!({ "id": merged_id }),
        )
        .await;
    assert_eq!(state["integration"]["state"], "REVIEWING");

    let (status, answer) = deliver(&app, &body, &sign(secret, &bytes)).await;
    assert_eq!(status, 200, "{answer}");
    // A redelivery is acknowledged and changes nothing more.
    let (status, _) = deliver(&app, &body, &sign(secret, &bytes)).await;
    assert!(status == 200 || status == 202);
    let history = app
        .wait_for_state(&merged_id, "ACTIVE", "state events { type actor }")
        .await;
    assert_eq!(history["state"], "ACTIVE");
    let events = history["events"].as_array().expect("events");
    assert!(
        events.iter().any(|e| e["actor"] == "github:octocat"),
        "{events:?}"
    );

    let closed_id = reviewing(&app, "Closed on GitHub").await;
    let body = event(&closed_id, false);
    let bytes = serde_json::to_vec(&body).expect("json");
    let (status, _) = deliver(&app, &body, &sign(secret, &bytes)).await;
    assert_eq!(status, 200);
    let data = app
        .graphql_ok(
            "query($id: ID!) { integration(id: $id) { state failure { reason trigger } } }",
            json!({ "id": closed_id }),
        )
        .await;
    assert_eq!(data["integration"]["state"], "FAILED");
    assert!(
        data["integration"]["failure"]["reason"]
            .as_str()
            .expect("reason")
            .contains("closed on GitHub by octocat")
    );

    // Pull requests that are not the bot's are acknowledged and ignored.
    let body = json!({ "action": "closed", "pull_request": { "merged": true, "head": { "ref": "feature/x" } }, "sender": { "login": "a" } });
    let bytes = serde_json::to_vec(&body).expect("json");
    let (status, _) = deliver(&app, &body, &sign(secret, &bytes)).await;
    assert_eq!(status, 202);
}

/// A small GitHub that keeps state: refs, commits and pull requests of one repository,
/// answering in GitHub's shapes. It can fail the first call with a 502 and hold back its
/// answer to the first pull-request creation of each branch (the request is carried
/// out, the answer never arrives: a worker killed at the worst moment), or answer every
/// call slowly, like GitHub on a bad day, so that a worker can be killed mid-call.
#[derive(Default)]
pub(crate) struct FakeGithub {
    state: std::sync::Mutex<FakeState>,
}

#[derive(Default)]
struct FakeState {
    refs: std::collections::BTreeMap<String, String>,
    next_sha: u64,
    pulls: Vec<Value>,
    pull_posts: Vec<String>,
    held: std::collections::BTreeSet<String>,
    hold_first_answer: bool,
    fail_first_call: bool,
    /// How long every answer takes.
    delay: Duration,
    /// Pull-request updates (closing, merging) received, by pull-request number.
    pull_patches: Vec<u64>,
    /// Whether `main` is a protected branch: merges through the API are refused.
    protected: bool,
}

impl FakeGithub {
    fn new() -> Self {
        let fake = Self::default();
        {
            let mut state = fake.lock();
            state.refs.insert("main".into(), "base".into());
            state.hold_first_answer = true;
            state.fail_first_call = true;
        }
        fake
    }

    /// A GitHub that answers every call after `delay`, and never fails.
    pub(crate) fn slow(delay: Duration) -> Self {
        let fake = Self::default();
        {
            let mut state = fake.lock();
            state.refs.insert("main".into(), "base".into());
            state.delay = delay;
        }
        fake
    }

    /// Mounts the fake on a new server and answers for it.
    pub(crate) async fn serve(self: &std::sync::Arc<Self>) -> MockServer {
        let server = MockServer::start().await;
        Mock::given(wiremock::matchers::any())
            .respond_with(ArcResponder(self.clone()))
            .mount(&server)
            .await;
        server
    }

    /// How many updates (a close, a merge) pull request `number` received.
    pub(crate) fn patches_of(&self, number: u64) -> usize {
        self.lock()
            .pull_patches
            .iter()
            .filter(|n| **n == number)
            .count()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, FakeState> {
        self.state.lock().expect("the fake's state")
    }

    pub(crate) fn pulls_of(&self, branch: &str) -> Vec<Value> {
        self.lock()
            .pulls
            .iter()
            .filter(|p| p["head"]["ref"] == branch)
            .cloned()
            .collect()
    }

    pub(crate) fn creations_of(&self, branch: &str) -> usize {
        self.lock()
            .pull_posts
            .iter()
            .filter(|b| *b == branch)
            .count()
    }
}

impl wiremock::Respond for FakeGithub {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        let delay = self.lock().delay;
        let answer = self.answer(request);
        // A held answer keeps its own (endless) delay.
        if delay.is_zero() {
            answer
        } else {
            answer.set_delay(delay)
        }
    }
}

impl FakeGithub {
    fn answer(&self, request: &wiremock::Request) -> ResponseTemplate {
        let mut state = self.lock();
        if std::mem::take(&mut state.fail_first_call) {
            return ResponseTemplate::new(502).set_body_string("Bad Gateway");
        }
        let json = |status: u16, body: Value| ResponseTemplate::new(status).set_body_json(body);
        let not_found = || json(404, json!({ "message": "Not Found" }));
        let Some(route) = request.url.path().strip_prefix(REPO) else {
            return not_found();
        };
        let body: Value = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
        let sha = |state: &mut FakeState, prefix: &str| {
            state.next_sha += 1;
            format!("{prefix}{}", state.next_sha)
        };
        match (request.method.as_str(), route) {
            ("GET", "") => json(200, json!({ "default_branch": "main" })),
            ("GET", r) if r.starts_with("/git/ref/heads/") => {
                match state.refs.get(&r["/git/ref/heads/".len()..]) {
                    Some(sha) => json(200, json!({ "object": { "sha": sha } })),
                    None => not_found(),
                }
            }
            ("GET", r) if r.starts_with("/git/commits/") => {
                let commit = &r["/git/commits/".len()..];
                json(
                    200,
                    json!({ "sha": commit, "tree": { "sha": format!("tree-of-{commit}") } }),
                )
            }
            ("POST", "/git/trees") => json(201, json!({ "sha": sha(&mut state, "tree") })),
            ("POST", "/git/commits") => json(201, json!({ "sha": sha(&mut state, "commit") })),
            ("POST", "/git/refs") => {
                let name = body["ref"].as_str().unwrap_or_default();
                let name = name.trim_start_matches("refs/heads/").to_owned();
                if state.refs.contains_key(&name) {
                    return json(422, json!({ "message": "Reference already exists" }));
                }
                state
                    .refs
                    .insert(name, body["sha"].as_str().unwrap_or_default().into());
                json(201, json!({ "ref": body["ref"] }))
            }
            ("PATCH", r) if r.starts_with("/git/refs/heads/") => {
                let name = r["/git/refs/heads/".len()..].to_owned();
                let sha = body["sha"].as_str().unwrap_or_default().to_owned();
                state.refs.insert(name, sha.clone());
                json(200, json!({ "object": { "sha": sha } }))
            }
            ("GET", "/pulls") => {
                let head = request
                    .url
                    .query_pairs()
                    .find(|(k, _)| k == "head")
                    .map(|(_, v)| v.into_owned())
                    .unwrap_or_default();
                let branch = head.split_once(':').map_or("", |(_, b)| b).to_owned();
                let listed: Vec<Value> = state
                    .pulls
                    .iter()
                    .filter(|p| p["head"]["ref"] == branch.as_str())
                    .cloned()
                    .collect();
                json(200, Value::Array(listed))
            }
            ("POST", "/pulls") => {
                let branch = body["head"].as_str().unwrap_or_default().to_owned();
                state.pull_posts.push(branch.clone());
                let open = state
                    .pulls
                    .iter()
                    .any(|p| p["head"]["ref"] == branch.as_str() && p["state"] == "open");
                if open {
                    return json(
                        422,
                        json!({ "message": "Validation Failed", "errors": [{ "resource": "PullRequest", "code": "custom", "message": format!("A pull request already exists for acme:{branch}.") }] }),
                    );
                }
                let number = state.pulls.len() as u64 + 1;
                let created = pull(number, &branch, "open");
                state.pulls.push(created.clone());
                let answer = json(201, created);
                if state.hold_first_answer && state.held.insert(branch) {
                    answer.set_delay(Duration::from_secs(600))
                } else {
                    answer
                }
            }
            ("PUT", r) if r.starts_with("/pulls/") && r.ends_with("/merge") => {
                let number: u64 = r["/pulls/".len()..r.len() - "/merge".len()]
                    .parse()
                    .unwrap_or(0);
                let protected = state.protected;
                match state.pulls.iter_mut().find(|p| p["number"] == number) {
                    Some(_) if protected => json(
                        405,
                        json!({ "message": "Repository rule violations found: 2 of 2 required status checks are expected." }),
                    ),
                    Some(pull) if pull["state"] == "open" => {
                        pull["state"] = json!("closed");
                        pull["merged_at"] = json!("2026-01-01T00:00:00Z");
                        json(200, json!({ "merged": true, "sha": body["sha"] }))
                    }
                    Some(_) => json(405, json!({ "message": "Pull Request is not mergeable" })),
                    None => not_found(),
                }
            }
            ("PATCH", r) if r.starts_with("/pulls/") => {
                let number: u64 = r["/pulls/".len()..].parse().unwrap_or(0);
                state.pull_patches.push(number);
                match state.pulls.iter_mut().find(|p| p["number"] == number) {
                    Some(pull) => {
                        if let Some(new_state) = body["state"].as_str() {
                            pull["state"] = json!(new_state);
                        }
                        json(200, pull.clone())
                    }
                    None => not_found(),
                }
            }
            _ => not_found(),
        }
    }
}

/// The done-when of the GitHub code host: the whole pipeline on a worker process
/// publishing to (a fake of) GitHub, the worker killed after GitHub opened each pull
/// request but before the answer arrived; the next worker finds them, and exactly one
/// pull request per integration exists. A rejection then closes its pull request, and
/// an approval merges its pull request once deployed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pipeline_on_github_opens_exactly_one_pull_request_per_integration_across_a_crash() {
    use api::domain::{Command as DomainCommand, IntegrationState};

    let fake = std::sync::Arc::new(FakeGithub::new());
    let server = fake.serve().await;
    let db = codebot_tests::TestDb::create(Backend::Postgres).await;
    let (handlers, _conn) = db.handlers().await;
    let data = db.dir.path().join("data");
    let actor = crate::crash::local_actor();
    let ids = vec![
        crate::crash::create_poller(&handlers, "Orders").await,
        crate::crash::create_poller(&handlers, "Invoices").await,
    ];
    let uri = server.uri();
    let github = [
        ("CODEBOT_CODE_HOST", "github"),
        ("GITHUB_API_URL", uri.as_str()),
        ("GITHUB_TOKEN", "ghp_test"),
        ("GITHUB_REPOSITORY", "acme/integrations"),
    ];
    let branch = |id: &uuid::Uuid| format!("codebot/{id}");
    let mut worker = crate::crash::spawn_worker(&db, &data, &github);
    // Wait until GitHub has opened both pull requests and holds back both answers.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while ids.iter().any(|id| fake.pulls_of(&branch(id)).is_empty()) {
        assert!(
            std::time::Instant::now() < deadline,
            "the worker never opened the pull requests"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    worker.kill().expect("SIGKILL");
    worker.wait().ok();
    let mut worker = crate::crash::spawn_worker(&db, &data, &github);
    let get = |id| {
        let handlers = &handlers;
        async move {
            handlers
                .integration_queries
                .get(id)
                .await
                .expect("get")
                .expect("exists")
        }
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    for id in &ids {
        while get(*id).await.state != IntegrationState::Reviewing {
            assert!(
                std::time::Instant::now() < deadline,
                "{id} never reached REVIEWING: {:?}",
                get(*id).await.failure
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let view = get(*id).await;
        let pulls = fake.pulls_of(&branch(id));
        assert_eq!(pulls.len(), 1, "one pull request for {id}");
        assert_eq!(fake.creations_of(&branch(id)), 1, "one creation for {id}");
        let recorded = view
            .artifacts
            .pull_request
            .clone()
            .expect("a recorded pull request");
        assert_eq!(
            recorded.number,
            pulls[0]["number"].as_u64().expect("number")
        );
        assert_eq!(recorded.branch, branch(id));
        let steps = handlers
            .integration_queries
            .steps(&[*id])
            .await
            .expect("steps");
        let (_, step) = steps
            .iter()
            .find(|(_, s)| s.step == api::domain::PipelineStep::PullRequest)
            .expect("the pull_request step");
        assert!(step.attempts >= 2, "the crash cost an attempt: {step:?}");
    }
    // A reviewer's rejection closes the pull request on GitHub; an approval deploys.
    handlers
        .integration_commands
        .execute(
            &actor,
            ids[1],
            None,
            DomainCommand::Reject {
                reason: "not needed".into(),
            },
        )
        .await
        .expect("reject");
    handlers
        .integration_commands
        .execute(
            &actor,
            ids[0],
            None,
            DomainCommand::Approve { comment: None },
        )
        .await
        .expect("approve");
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while get(ids[0]).await.state != IntegrationState::Active
        || fake.pulls_of(&branch(&ids[1]))[0]["state"] != "closed"
    {
        assert!(
            std::time::Instant::now() < deadline,
            "approval or rejection did not finish"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The approved one went live and was merged on GitHub.
    let approved = &fake.pulls_of(&branch(&ids[0]))[0];
    assert!(approved["merged_at"].is_string(), "{approved}");
    assert_eq!(
        get(ids[0]).await.artifacts.pull_request.expect("pr").state,
        api::domain::artifacts::PullRequestState::Merged
    );
    worker.kill().ok();
    worker.wait().ok();
}

/// Lets the test keep a handle on the fake it mounts.
struct ArcResponder(std::sync::Arc<FakeGithub>);

impl wiremock::Respond for ArcResponder {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        self.0.respond(request)
    }
}

/// A protected `main` refuses the bot's merge: the reviewed deployment still goes live
/// and stays live (nothing is rolled back), and the pull request stays open for a person.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_merge_never_rolls_back_a_working_deployment() {
    use api::domain::{Command as DomainCommand, Event, IntegrationState};

    let fake = std::sync::Arc::new(FakeGithub::slow(Duration::ZERO));
    fake.lock().protected = true;
    let server = fake.serve().await;
    let db = codebot_tests::TestDb::create(Backend::Sqlite).await;
    let (handlers, _conn) = db.handlers().await;
    let data = db.dir.path().join("data");
    let actor = crate::crash::local_actor();
    let id = crate::crash::create_poller(&handlers, "Protected").await;
    let uri = server.uri();
    let github = [
        ("CODEBOT_CODE_HOST", "github"),
        ("GITHUB_API_URL", uri.as_str()),
        ("GITHUB_TOKEN", "ghp_test"),
        ("GITHUB_REPOSITORY", "acme/integrations"),
    ];
    let mut worker = crate::crash::spawn_worker(&db, &data, &github);
    let state = || async {
        handlers
            .integration_queries
            .get(id)
            .await
            .expect("get")
            .expect("exists")
    };
    let wait = |wanted: IntegrationState| async move {
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        loop {
            let view = state().await;
            if view.state == wanted {
                return view;
            }
            assert!(
                view.state != IntegrationState::Failed && std::time::Instant::now() < deadline,
                "{:?}: {:?}",
                view.state,
                view.failure
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    wait(IntegrationState::Reviewing).await;
    handlers
        .integration_commands
        .execute(&actor, id, None, DomainCommand::Approve { comment: None })
        .await
        .expect("approve");
    let active = wait(IntegrationState::Active).await;
    assert!(active.artifacts.deployment.is_some(), "{active:?}");
    assert_eq!(
        active.artifacts.pull_request.as_ref().map(|pr| pr.state),
        Some(api::domain::artifacts::PullRequestState::Open)
    );
    // Still live a moment later: no undo followed.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let events = handlers
        .integration_queries
        .events(id, 0, 1_000)
        .await
        .expect("events");
    assert!(
        !events.iter().any(|e| matches!(
            e.event,
            Event::Compensated { .. } | Event::PullRequestMerged {}
        )),
        "{events:?}"
    );
    assert_eq!(state().await.state, IntegrationState::Active);
    assert_eq!(fake.pulls_of(&format!("codebot/{id}"))[0]["state"], "open");
    worker.kill().ok();
    worker.wait().ok();
}
