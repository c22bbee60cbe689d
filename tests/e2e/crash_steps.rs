//! A worker SIGKILLed inside each step of the saga in turn — validating, generating,
//! testing, opening the pull request, deploying, and undoing the pull request after a
//! rejection — with every provider slow enough that the kill lands while its call is in
//! flight. The next worker finishes each step; nothing is lost and nothing is done
//! twice: one pull request per branch, one deployment, one compensation.

use std::process::Child;
use std::sync::Arc;
use std::time::{Duration, Instant};

use api::domain::{Command as DomainCommand, Event, IntegrationState, PipelineStep};
use codebot_tests::{Backend, TestDb};
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde_json::json;
use uuid::Uuid;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::crash::{create_poller, local_actor, spawn_worker, wait_for_a_lease};
use crate::github::FakeGithub;

/// How long each provider call takes: long enough to kill a worker in the middle.
const SLOW: Duration = Duration::from_secs(2);
/// How far into a step the kill lands.
const INTO_THE_STEP: Duration = Duration::from_millis(500);

/// Generated code whose test takes [`SLOW`] to pass.
fn slow_answer() -> serde_json::Value {
    let test = format!(
        "import time\nimport unittest\n\nfrom integration import greet\n\n\nclass GreetTest(unittest.TestCase):\n    def test_greets(self):\n        time.sleep({})\n        self.assertEqual(greet(\"x\"), \"hello x\")\n",
        SLOW.as_secs_f32()
    );
    json!({
        "files": [
            { "path": "integration.py", "content": "def greet(name):\n    return f\"hello {name}\"\n" },
            { "path": "tests/__init__.py", "content": "" },
            { "path": "tests/test_integration.py", "content": test }
        ],
        "test_command": ["python3", "-m", "unittest", "discover", "-s", "tests", "-t", "."],
        "summary": "Greets by name."
    })
}

/// An OpenAI-compatible model that takes [`SLOW`] to answer.
async fn slow_model() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_delay(SLOW)
                .set_body_json(json!({
                    "id": "chatcmpl-1", "object": "chat.completion", "model": "slow-coder",
                    "choices": [{
                        "index": 0, "finish_reason": "tool_calls",
                        "message": { "role": "assistant", "content": null, "tool_calls": [{
                            "id": "call_1", "type": "function",
                            "function": { "name": "submit_integration", "arguments": slow_answer().to_string() }
                        }]}
                    }],
                    "usage": { "prompt_tokens": 900, "completion_tokens": 300, "total_tokens": 1200 }
                })),
        )
        .mount(&server)
        .await;
    server
}

fn start(db: &TestDb, settings: &[(String, String)]) -> Child {
    let settings: Vec<(&str, &str)> = settings
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    spawn_worker(db, &db.dir.path().join("data"), &settings)
}

struct Run {
    db: TestDb,
    handlers: api::presentation::graphql::Handlers,
    settings: Vec<(String, String)>,
    worker: Child,
    kills: Vec<&'static str>,
}

impl Run {
    fn spawn(&self) -> Child {
        start(&self.db, &self.settings)
    }

    /// SIGKILLs the worker in `step` and starts the next one.
    fn kill(&mut self, step: &'static str) {
        self.worker.kill().expect("SIGKILL");
        self.worker.wait().ok();
        println!("crash step kill: {step}");
        self.kills.push(step);
        self.worker = self.spawn();
    }

    async fn events(&self, id: Uuid) -> Vec<Event> {
        self.handlers
            .integration_queries
            .events(id, 0, 10_000)
            .await
            .expect("events")
            .into_iter()
            .map(|e| e.event)
            .collect()
    }

    /// Waits until an attempt of `step` of `id` has started and not finished.
    async fn in_flight(&self, id: Uuid, step: PipelineStep) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let events = self.events(id).await;
            let started = events
                .iter()
                .rposition(|e| matches!(e, Event::StepStarted { step: s, .. } if *s == step));
            if let Some(at) = started {
                let ended = events[at..].iter().any(|e| {
                    matches!(e, Event::StepSucceeded { step: s, .. } | Event::StepFailed { step: s, .. } if *s == step)
                });
                assert!(
                    !ended,
                    "{step:?} of {id} finished before the kill: {events:?}"
                );
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{step:?} of {id} never started: {events:?}"
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    async fn wait_state(&self, id: Uuid, wanted: IntegrationState) {
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            let view = self
                .handlers
                .integration_queries
                .get(id)
                .await
                .expect("get")
                .expect("exists");
            if view.state == wanted {
                return;
            }
            assert!(
                view.state != IntegrationState::Failed,
                "{id} failed: {:?}",
                view.failure
            );
            assert!(
                Instant::now() < deadline,
                "{id} is {:?}, never {wanted:?}",
                view.state
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn attempts(&self, id: Uuid, step: PipelineStep) -> u32 {
        self.handlers
            .integration_queries
            .steps(&[id])
            .await
            .expect("steps")
            .into_iter()
            .find(|(_, s)| s.step == step)
            .map_or(0, |(_, s)| s.attempts)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_killed_in_each_saga_step_loses_nothing_and_repeats_nothing() {
    let model = slow_model().await;
    let github = Arc::new(FakeGithub::slow(Duration::from_millis(300)));
    let github_server = github.serve().await;
    let db = TestDb::create(Backend::Postgres).await;
    let (handlers, conn) = db.handlers().await;
    let data = db.dir.path().join("data");
    let settings: Vec<(String, String)> = vec![
        ("CODEBOT_LLM_PROVIDER", "openai".to_owned()),
        ("OPENAI_BASE_URL", format!("{}/v1", model.uri())),
        ("OPENAI_MODEL", "slow-coder".to_owned()),
        ("CODEBOT_CODE_HOST", "github".to_owned()),
        ("GITHUB_API_URL", github_server.uri()),
        ("GITHUB_TOKEN", "ghp_test".to_owned()),
        ("GITHUB_REPOSITORY", "acme/integrations".to_owned()),
        ("CODEBOT_DEPLOYER", "command".to_owned()),
        (
            "CODEBOT_DEPLOY_COMMAND",
            format!("sleep {}", SLOW.as_secs_f32()),
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let actor = local_actor();
    let ids = vec![
        create_poller(&handlers, "Deployed").await,
        create_poller(&handlers, "Rejected").await,
    ];
    let (deployed, rejected) = (ids[0], ids[1]);

    // Validation calls no provider and takes microseconds: the worker is held between
    // claiming the job and recording the step's start (no event can be written while
    // the test holds the table), and killed there.
    let hold = conn.begin().await.expect("begin");
    hold.execute_unprepared("LOCK TABLE events IN EXCLUSIVE MODE")
        .await
        .expect("lock");
    let mut run = Run {
        worker: start(&db, &settings),
        db,
        handlers,
        settings,
        kills: Vec::new(),
    };
    wait_for_a_lease(&conn).await;
    tokio::time::sleep(INTO_THE_STEP).await;
    run.kill("validate");
    hold.rollback().await.expect("release the table");

    run.in_flight(deployed, PipelineStep::Generate).await;
    tokio::time::sleep(INTO_THE_STEP).await;
    run.kill("generate");
    run.in_flight(deployed, PipelineStep::Test).await;
    tokio::time::sleep(INTO_THE_STEP).await;
    run.kill("test");
    run.in_flight(deployed, PipelineStep::PullRequest).await;
    tokio::time::sleep(INTO_THE_STEP).await;
    run.kill("pull_request");
    for id in &ids {
        run.wait_state(*id, IntegrationState::Reviewing).await;
    }

    run.handlers
        .integration_commands
        .execute(
            &actor,
            deployed,
            None,
            DomainCommand::Approve { comment: None },
        )
        .await
        .expect("approve");
    run.in_flight(deployed, PipelineStep::Deploy).await;
    tokio::time::sleep(INTO_THE_STEP).await;
    run.kill("deploy");
    run.wait_state(deployed, IntegrationState::Active).await;

    // The rejection's compensation closes the pull request: killed while GitHub works.
    let branch = |id: Uuid| format!("codebot/{id}");
    let number = github.pulls_of(&branch(rejected))[0]["number"]
        .as_u64()
        .expect("number");
    run.handlers
        .integration_commands
        .execute(
            &actor,
            rejected,
            None,
            DomainCommand::Reject {
                reason: "not needed".into(),
            },
        )
        .await
        .expect("reject");
    let deadline = Instant::now() + Duration::from_secs(30);
    while github.patches_of(number) == 0 {
        assert!(
            Instant::now() < deadline,
            "the pull request was never closed"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let compensated = |events: &[Event]| {
        events
            .iter()
            .filter(|e| {
                matches!(
                    e,
                    Event::Compensated {
                        step: PipelineStep::PullRequest,
                        ..
                    }
                )
            })
            .count()
    };
    assert_eq!(
        compensated(&run.events(rejected).await),
        0,
        "the kill lands before the compensation is recorded"
    );
    run.kill("compensate pull_request");
    let deadline = Instant::now() + Duration::from_secs(60);
    while compensated(&run.events(rejected).await) == 0 {
        assert!(Instant::now() < deadline, "the compensation never finished");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    run.worker.kill().ok();
    run.worker.wait().ok();

    // What the kills cost: attempts, never effects.
    for step in [
        PipelineStep::Generate,
        PipelineStep::Test,
        PipelineStep::PullRequest,
    ] {
        assert!(
            run.attempts(deployed, step).await >= 2,
            "the kill in {step:?} cost an attempt"
        );
    }
    assert!(run.attempts(deployed, PipelineStep::Deploy).await >= 2);
    let (mut lost, mut duplicated, mut unexpected) = (0usize, 0usize, 0usize);
    let mut count = |what: &str, actual: usize, wanted: usize| {
        lost += wanted.saturating_sub(actual);
        duplicated += actual.saturating_sub(wanted);
        if actual != wanted {
            println!("crash-steps: {what}: {actual}, expected {wanted}");
        }
    };
    for id in &ids {
        count("pull requests", github.pulls_of(&branch(*id)).len(), 1);
        count(
            "pull request creations",
            github.creations_of(&branch(*id)),
            1,
        );
        let events = run.events(*id).await;
        let versions: Vec<u32> = run
            .handlers
            .integration_queries
            .events(*id, 0, 10_000)
            .await
            .expect("events")
            .iter()
            .map(|e| e.version)
            .collect();
        if versions != (1..=versions.len() as u32).collect::<Vec<_>>() {
            unexpected += 1;
        }
        let deployments = events
            .iter()
            .filter(|e| matches!(e, Event::Deployed { .. }))
            .count();
        count(
            "recorded deployments",
            deployments,
            usize::from(*id == deployed),
        );
        count(
            "recorded compensations of the pull request",
            compensated(&events),
            usize::from(*id == rejected),
        );
    }
    let releases = std::fs::read_dir(
        data.join("deployments")
            .join(deployed.to_string())
            .join("releases"),
    )
    .map_or(0, |dir| {
        dir.filter_map(Result::ok)
            .filter(|e| !e.file_name().to_string_lossy().starts_with(".tmp"))
            .count()
    });
    count("installed releases", releases, 1);
    let closed = github.pulls_of(&branch(rejected))[0]["state"] == "closed";
    unexpected += usize::from(!closed);
    println!(
        "crash-writes (each step): integrations={} lost={lost} duplicated={duplicated} unexpected={unexpected}",
        ids.len()
    );
    assert_eq!(
        run.kills,
        [
            "validate",
            "generate",
            "test",
            "pull_request",
            "deploy",
            "compensate pull_request"
        ]
    );
    assert_eq!((lost, duplicated, unexpected), (0, 0, 0));
}
