//! OpenTelemetry traces over OTLP/HTTP: one integration's spans, from the mutation in
//! an API process through the job to every step in a worker process, form one tree.

use std::collections::{HashMap, HashSet};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use codebot_tests::{Backend, TestDb, authenticated_client, codebot_binary};
use serde_json::{Value, json};

/// A small OTLP/HTTP receiver (JSON encoding): it accepts every export and keeps it.
async fn receiver() -> wiremock::MockServer {
    let server = wiremock::MockServer::start().await;
    wiremock::Mock::given(wiremock::matchers::method("POST"))
        .and(wiremock::matchers::path("/v1/traces"))
        .respond_with(wiremock::ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&server)
        .await;
    wiremock::Mock::given(wiremock::matchers::method("POST"))
        .and(wiremock::matchers::path("/deploy"))
        .respond_with(
            wiremock::ResponseTemplate::new(200)
                .set_body_json(json!({ "location": "https://deployed.example/x" })),
        )
        .mount(&server)
        .await;
    server
}

/// One exported span: which process sent it, and its place in its trace.
#[derive(Debug, Clone)]
struct Span {
    pid: i64,
    trace: String,
    id: String,
    parent: String,
    name: String,
}

async fn spans(receiver: &wiremock::MockServer) -> Vec<Span> {
    let exports: Vec<Value> = receiver
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter_map(|request| serde_json::from_slice(&request.body).ok())
        .collect();
    let mut out = Vec::new();
    for export in &exports {
        for resource in export["resourceSpans"].as_array().into_iter().flatten() {
            let pid = resource["resource"]["attributes"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|a| a["key"] == "process.pid")
                .and_then(|a| {
                    let v = &a["value"]["intValue"];
                    v.as_i64()
                        .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
                })
                .unwrap_or(0);
            for scope in resource["scopeSpans"].as_array().into_iter().flatten() {
                for span in scope["spans"].as_array().into_iter().flatten() {
                    let text = |key: &str| span[key].as_str().unwrap_or_default().to_lowercase();
                    out.push(Span {
                        pid,
                        trace: text("traceId"),
                        id: text("spanId"),
                        parent: text("parentSpanId"),
                        name: span["name"].as_str().unwrap_or_default().to_owned(),
                    });
                }
            }
        }
    }
    out
}

fn codebot(db: &TestDb, args: &[&str], vars: &[(&str, &str)]) -> Command {
    let mut command = Command::new(codebot_binary());
    command
        .args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", std::env::var("HOME").unwrap_or_default())
        .env("DATABASE_URL", &db.url)
        .env("CODEBOT_DATA_DIR", db.dir.path().join("data"))
        .env("CODEBOT_JWT_SECRET", codebot_tests::TEST_JWT_SECRET)
        .env("CODEBOT_DB_MIN_CONNECTIONS", "1")
        .env("CODEBOT_DB_MAX_CONNECTIONS", "4")
        .env("CODEBOT_POLL_SECS", "1")
        .envs(vars.iter().copied());
    command
}

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        self.0.kill().ok();
        self.0.wait().ok();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_integrations_spans_form_one_tree_across_an_api_and_a_worker() {
    let db = TestDb::create(Backend::Postgres).await;
    let receiver = receiver().await;
    let endpoint = receiver.uri();
    let otel = [
        ("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint.as_str()),
        ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/json"),
        ("OTEL_BSP_SCHEDULE_DELAY", "200"),
        ("CODEBOT_LOG_FORMAT", "json"),
        ("CODEBOT_LOG", "info"),
    ];
    let key = codebot(
        &db,
        &["apikey", "create", "--name", "t", "--role", "ADMIN"],
        &[],
    )
    .stderr(Stdio::null())
    .output()
    .expect("codebot apikey create");
    assert!(key.status.success());
    let key = String::from_utf8_lossy(&key.stdout)
        .lines()
        .find(|line| line.starts_with("cb_"))
        .expect("the secret")
        .to_owned();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a port")
        .port();
    let logs = db.dir.path().join("api.log");
    let api = Killed(
        codebot(&db, &["serve", "--role", "api"], &otel)
            .env("CODEBOT_ADDR", format!("127.0.0.1:{port}"))
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&logs).expect("log file"))
            .spawn()
            .expect("the API starts"),
    );
    // Deployments go to a webhook, so an outbound call shows its `traceparent`.
    let deploy_url = format!("{endpoint}/deploy");
    let worker = Killed(
        codebot(&db, &["serve", "--role", "worker"], &otel)
            .env("CODEBOT_ADDR", "127.0.0.1:0")
            .env("CODEBOT_DEPLOYER", "webhook")
            .env("CODEBOT_DEPLOY_WEBHOOK_URL", &deploy_url)
            .env(
                "CODEBOT_DEPLOY_WEBHOOK_SECRET",
                "deploy-secret-of-some-length",
            )
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the worker starts"),
    );
    let client = authenticated_client(&key);
    let url = format!("http://127.0.0.1:{port}/graphql");
    let deadline = Instant::now() + Duration::from_secs(20);
    while client
        .get(format!("http://127.0.0.1:{port}/readyz"))
        .send()
        .await
        .map_or(true, |r| !r.status().is_success())
    {
        assert!(Instant::now() < deadline, "the API never became ready");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The caller's own trace: the mutation joins it.
    let trace = "4bf92f3577b34da6a3ce929d0e0e4736";
    let caller_span = "00f067aa0ba902b7";
    let created: Value = client
        .post(&url)
        .header("traceparent", format!("00-{trace}-{caller_span}-01"))
        .json(&json!({ "query": r#"mutation Request { createIntegration(input: { kind: "http_poller", name: "Traced", prompt: "Poll orders", config: { url: "https://api.example.com/orders", interval_seconds: 60 } }) { id } }"# }))
        .send()
        .await
        .expect("an answer")
        .json()
        .await
        .expect("json");
    let id = created["data"]["createIntegration"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{created}"))
        .to_owned();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let state: Value = client
            .post(&url)
            .json(&json!({ "query": "query($id: ID!) { integration(id: $id) { state } }", "variables": { "id": id } }))
            .send()
            .await
            .expect("an answer")
            .json()
            .await
            .expect("json");
        if state["data"]["integration"]["state"] == "REVIEWING" {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "never reached REVIEWING: {state}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (api_pid, worker_pid) = (i64::from(api.0.id()), i64::from(worker.0.id()));
    let wanted_worker_spans = [
        "pipeline.job",
        "step validate",
        "step generate",
        "step test",
        "step pull_request",
    ];
    let deadline = Instant::now() + Duration::from_secs(20);
    let ours = loop {
        let ours: Vec<Span> = spans(&receiver)
            .await
            .into_iter()
            .filter(|s| s.trace == trace)
            .collect();
        let names: HashSet<(i64, &str)> = ours.iter().map(|s| (s.pid, s.name.as_str())).collect();
        let complete = ["POST /graphql", "mutation Request", "event_store.append"]
            .iter()
            .all(|n| names.iter().any(|(pid, name)| *pid == api_pid && name == n))
            && wanted_worker_spans.iter().all(|n| {
                names
                    .iter()
                    .any(|(pid, name)| *pid == worker_pid && name == n)
            });
        if complete {
            break ours;
        }
        assert!(
            Instant::now() < deadline,
            "the spans never arrived; of our trace: {:?}",
            names
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    };
    // One tree: every span's parent is the caller's span or another span of the trace.
    let ids: HashMap<&str, &Span> = ours.iter().map(|s| (s.id.as_str(), s)).collect();
    for span in &ours {
        assert!(
            span.parent == caller_span || ids.contains_key(span.parent.as_str()),
            "{span:?} hangs from nothing in {ours:#?}"
        );
    }
    // The worker's job hangs from a span the API process recorded.
    let job = ours
        .iter()
        .find(|s| s.name == "pipeline.job")
        .expect("the job span");
    assert_eq!(ids[job.parent.as_str()].pid, api_pid, "{ours:#?}");
    // The JSON log lines of the request carry the trace id.
    let text = std::fs::read_to_string(&logs).expect("the API's log");
    assert!(
        text.lines()
            .any(|line| line.contains(&format!("\"trace_id\":\"{trace}\""))),
        "{text}"
    );
    // Approving starts a trace of its own; the deploy call carries it to the webhook.
    let approval_trace = "5bf92f3577b34da6a3ce929d0e0e4737";
    let approved: Value = client
        .post(&url)
        .header("traceparent", format!("00-{approval_trace}-{caller_span}-01"))
        .json(&json!({ "query": "mutation($id: ID!) { approveIntegration(id: $id) { state } }", "variables": { "id": id } }))
        .send()
        .await
        .expect("an answer")
        .json()
        .await
        .expect("json");
    assert_eq!(
        approved["data"]["approveIntegration"]["state"], "DEPLOYING",
        "{approved}"
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    let traceparent = loop {
        let deploys: Vec<String> = receiver
            .received_requests()
            .await
            .unwrap_or_default()
            .iter()
            .filter(|r| r.url.path() == "/deploy")
            .filter_map(|r| {
                r.headers
                    .get("traceparent")?
                    .to_str()
                    .ok()
                    .map(str::to_owned)
            })
            .collect();
        if let Some(first) = deploys.into_iter().next() {
            break first;
        }
        assert!(
            Instant::now() < deadline,
            "the deploy webhook was never called with a traceparent"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert!(
        traceparent.starts_with(&format!("00-{approval_trace}-")),
        "{traceparent}"
    );
    drop(worker);
    drop(api);
}
