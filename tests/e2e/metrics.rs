//! `GET /metrics` after a pipeline ran: checked by `promtool`, scraped by a real
//! Prometheus, served by a worker-only process too, and never to a forwarded client.

use std::process::Stdio;
use std::time::{Duration, Instant};

use codebot_tests::{Backend, TestApp, plain_client};
use serde_json::{Value, json};
use tokio::io::AsyncWriteExt;

/// A port nobody listens on right now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

async fn scrape(url: &str) -> String {
    let response = plain_client().get(url).send().await.expect("an answer");
    assert_eq!(response.status().as_u16(), 200, "{url}");
    response.text().await.expect("text")
}

/// The value of the first sample of `series` (a name with its labels, as rendered).
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find(|line| line.starts_with(series))
        .and_then(|line| line.rsplit(' ').next())
        .and_then(|value| value.parse().ok())
}

async fn promtool_accepts(text: &str) {
    let mut promtool = tokio::process::Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("promtool runs (scripts/test.sh installs Debian's prometheus)");
    promtool
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .await
        .expect("write");
    let output = promtool.wait_with_output().await.expect("promtool ends");
    assert!(
        output.status.success(),
        "promtool check metrics: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pipeline_moves_the_metrics_that_promtool_and_prometheus_read() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let before = scrape(&app.url("/metrics")).await;
    let data = app
        .graphql_ok(
            r#"mutation Request { createIntegration(input: { kind: "http_poller", name: "Metered", prompt: "Poll orders", config: { url: "https://api.example.com/orders", interval_seconds: 60 } }) { id } }"#,
            Value::Null,
        )
        .await;
    let id = data["createIntegration"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    app.wait_for_state(&id, "REVIEWING", "state").await;
    let text = scrape(&app.url("/metrics")).await;
    promtool_accepts(&text).await;
    for series in [
        r#"codebot_graphql_operations_total{operation="Request",type="mutation",outcome="ok"}"#,
        r#"codebot_pipeline_step_duration_seconds_count{step="generate",provider="scaffold",outcome="succeeded"}"#,
        r#"codebot_pipeline_step_duration_seconds_count{step="test",provider="sandbox",outcome="succeeded"}"#,
        r#"codebot_event_append_duration_seconds_count{outcome="ok"}"#,
        r#"codebot_http_requests_total{route="/graphql",method="POST",status="200"}"#,
    ] {
        let now = sample(&text, series).unwrap_or(0.0);
        let then = sample(&before, series).unwrap_or(0.0);
        assert!(now > then, "{series}: {then} -> {now}\n{text}");
    }
    for gauge in [
        "codebot_jobs_queued",
        "codebot_jobs_oldest_queued_age_seconds",
        r#"codebot_db_pool_connections{state="idle"}"#,
        "codebot_db_begin_wait_seconds_count",
        r#"codebot_bulkhead_limit{bulkhead="database"}"#,
        r#"codebot_cache_requests_total{cache="api_keys",result="hit"}"#,
        "codebot_http_request_duration_seconds_bucket",
    ] {
        assert!(sample(&text, gauge).is_some(), "{gauge} missing\n{text}");
    }

    // Behind a proxy (forwarding headers) the loopback exemption does not hold.
    let forwarded = plain_client()
        .get(app.url("/metrics"))
        .header("x-forwarded-for", "203.0.113.9")
        .send()
        .await
        .expect("an answer");
    assert_eq!(forwarded.status().as_u16(), 403);

    // A real Prometheus scrapes it.
    let dir = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    let config = dir.path().join("prometheus.yml");
    std::fs::write(
        &config,
        format!(
            "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: codebot\n    static_configs:\n      - targets: ['{}']\n",
            app.addr
        ),
    )
    .expect("config");
    let mut prometheus = tokio::process::Command::new("prometheus")
        .arg(format!("--config.file={}", config.display()))
        .arg(format!(
            "--storage.tsdb.path={}",
            dir.path().join("data").display()
        ))
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("prometheus runs (scripts/test.sh installs Debian's prometheus)");
    let query =
        format!("http://127.0.0.1:{port}/api/v1/query?query=sum(codebot_graphql_operations_total)");
    let deadline = Instant::now() + Duration::from_secs(30);
    let value = loop {
        if let Ok(response) = plain_client().get(&query).send().await
            && let Ok(body) = response.json::<Value>().await
            && let Some(value) = body["data"]["result"][0]["value"][1].as_str()
        {
            break value.parse::<f64>().expect("a number");
        }
        assert!(
            Instant::now() < deadline,
            "Prometheus never scraped the server"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    };
    assert!(value >= 1.0, "{value}");
    prometheus.kill().await.ok();
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_only_process_serves_health_and_metrics_on_its_own_address() {
    let db = codebot_tests::TestDb::create(Backend::Sqlite).await;
    let port = free_port();
    let address = format!("127.0.0.1:{port}");
    let mut worker = crate::crash::spawn_worker(
        &db,
        &db.dir.path().join("data"),
        &[("CODEBOT_ADDR", address.as_str())],
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(response) = plain_client()
            .get(format!("http://{address}/readyz"))
            .send()
            .await
            && response.status().is_success()
        {
            break;
        }
        assert!(Instant::now() < deadline, "the worker never became ready");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let text = scrape(&format!("http://{address}/metrics")).await;
    promtool_accepts(&text).await;
    assert!(
        sample(&text, r#"codebot_bulkhead_limit{bulkhead="database"}"#).is_some(),
        "{text}"
    );
    // It serves nothing else.
    let graphql = plain_client()
        .post(format!("http://{address}/graphql"))
        .json(&json!({ "query": "{ __typename }" }))
        .send()
        .await
        .expect("an answer");
    assert_eq!(graphql.status().as_u16(), 404);
    worker.kill().ok();
    worker.wait().ok();
}

/// Every metric the code records has help text (promtool refuses a scrape without it,
/// and a scrape only shows the metrics recorded so far, so the e2e scrape alone misses
/// rare ones such as a failed undo).
#[test]
fn every_recorded_metric_is_described() {
    fn sources(dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("read_dir").flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if path.is_dir() {
                // The product's crates only: not builds, the dashboard or the tests.
                if !matches!(
                    name.to_str(),
                    Some("target" | "node_modules" | ".git" | "web" | "tests" | "bench")
                ) {
                    sources(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(std::fs::read_to_string(&path).expect("read"));
            }
        }
    }
    let mut texts = Vec::new();
    sources(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".."),
        &mut texts,
    );
    let all = texts.join("\n");
    // `kind!(` then optional whitespace, then the quoted name.
    let names_after = |marker: &str| -> std::collections::BTreeSet<String> {
        all.match_indices(marker)
            .filter_map(|(at, _)| {
                let rest = all[at + marker.len()..].trim_start();
                let rest = rest.strip_prefix('"')?;
                let name = &rest[..rest.find('"')?];
                name.starts_with("codebot_").then(|| name.to_owned())
            })
            .collect()
    };
    let mut recorded = names_after("counter!(");
    recorded.extend(names_after("gauge!("));
    recorded.extend(names_after("histogram!("));
    let mut described = names_after("describe_counter!(");
    described.extend(names_after("describe_gauge!("));
    described.extend(names_after("describe_histogram!("));
    let missing: Vec<&String> = recorded.difference(&described).collect();
    assert!(!recorded.is_empty());
    assert!(
        missing.is_empty(),
        "recorded without help text: {missing:?}"
    );
}
