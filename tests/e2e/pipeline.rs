//! The pipeline saga with the real database and injected provider failures: every
//! step's failure ends FAILED with its compensations recorded in reverse, and a
//! cancellation stops a running step within a second.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use api::application::integrations::commands::Actor;
use api::application::integrations::kinds::KindRegistry;
use api::application::pipeline::ports::{
    CodeGenerator, CodeHost, DeployRequest, Deployer, GeneratedCode, GenerationRequest,
    ProgressSink, ProviderError, PullRequestChanges, PullRequestRequest, Sandbox, TestRun,
};
use api::application::pipeline::saga::{PipelineRunner, PipelineSettings, Providers};
use api::domain::artifacts::{Deployment, GeneratedFile, PullRequest, TestReport, Usage};
use api::domain::{Command, IntegrationDraft, IntegrationState};
use api::infrastructure::persistence::{
    SeaOrmEventStore, SeaOrmJobQueue, SeaOrmReadModel, StoreSignal,
};
use async_trait::async_trait;
use codebot_tests::{Backend, TestDb, both_databases};
use serde_json::json;
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

/// Where the fake providers fail, or hang until cancelled.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Fault {
    None,
    FailAt(&'static str),
    HangAt(&'static str),
    /// The tests fail this many times, then pass.
    RedTests(u32),
}

#[derive(Default)]
struct Calls {
    closed: AtomicU32,
    rolled_back: AtomicU32,
    deployed: AtomicU32,
    generated: AtomicU32,
    merged: AtomicU32,
}

struct Fakes {
    fault: Fault,
    calls: Arc<Calls>,
}

impl Fakes {
    async fn step(&self, name: &str, cancel: &CancellationToken) -> Result<(), ProviderError> {
        match self.fault {
            Fault::FailAt(at) if at == name => {
                Err(ProviderError::Permanent(format!("{name} broke")))
            }
            Fault::HangAt(at) if at == name => {
                cancel.cancelled().await;
                Err(ProviderError::Cancelled)
            }
            _ => Ok(()),
        }
    }
}

#[async_trait]
impl CodeGenerator for Fakes {
    fn name(&self) -> String {
        "fake".into()
    }
    async fn generate(
        &self,
        request: &GenerationRequest,
        _progress: &dyn ProgressSink,
        cancel: &CancellationToken,
    ) -> Result<GeneratedCode, ProviderError> {
        self.step("generate", cancel).await?;
        self.calls.generated.fetch_add(1, Ordering::SeqCst);
        Ok(GeneratedCode {
            files: vec![GeneratedFile {
                path: "main.py".into(),
                content: format!("round = {}", request.round),
            }],
            test_command: vec!["true".into()],
            generator: "fake".into(),
            summary: "fake code".into(),
            usage: Usage {
                input_tokens: 10,
                output_tokens: 20,
                cost_usd: 0.001,
            },
        })
    }
}

#[async_trait]
impl Sandbox for Fakes {
    async fn run_tests(
        &self,
        _run: &TestRun,
        cancel: &CancellationToken,
    ) -> Result<TestReport, ProviderError> {
        self.step("test", cancel).await?;
        let passed = match self.fault {
            Fault::RedTests(times) => self.calls.generated.load(Ordering::SeqCst) > times,
            _ => true,
        };
        Ok(TestReport {
            passed,
            exit_code: Some(if passed { 0 } else { 1 }),
            duration_ms: 1,
            output: "ran".into(),
            truncated: false,
            timed_out: false,
        })
    }
}

#[async_trait]
impl CodeHost for Fakes {
    async fn open_pull_request(
        &self,
        request: &PullRequestRequest,
        cancel: &CancellationToken,
    ) -> Result<PullRequest, ProviderError> {
        self.step("pull_request", cancel).await?;
        Ok(PullRequest {
            url: "fake://pr/1".into(),
            number: 1,
            branch: request.branch.clone(),
            commit: "abc".into(),
            state: api::domain::artifacts::PullRequestState::Open,
            files_changed: 1,
            additions: 1,
            deletions: 0,
        })
    }
    async fn close_pull_request(&self, _branch: &str) -> Result<(), ProviderError> {
        self.calls.closed.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }
    async fn merge_pull_request(
        &self,
        _branch: &str,
        _commit: &str,
        cancel: &CancellationToken,
    ) -> Result<(), ProviderError> {
        self.step("merge", cancel).await?;
        self.calls.merged.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }
    async fn changes(&self, _branch: &str) -> Result<Option<PullRequestChanges>, ProviderError> {
        Ok(None)
    }
}

#[async_trait]
impl Deployer for Fakes {
    async fn deploy(
        &self,
        request: &DeployRequest,
        cancel: &CancellationToken,
    ) -> Result<Deployment, ProviderError> {
        self.step("deploy", cancel).await?;
        self.calls.deployed.fetch_add(1, Ordering::SeqCst);
        Ok(Deployment {
            id: request.deployment_id.clone(),
            location: "/fake".into(),
            previous: None,
        })
    }
    async fn rollback(&self, _id: Uuid, _deployment: &str) -> Result<(), ProviderError> {
        self.calls.rolled_back.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }
    async fn undeploy(&self, _id: Uuid) -> Result<(), ProviderError> {
        Ok(())
    }
}

struct Rig {
    handlers: api::presentation::graphql::Handlers,
    runner: Arc<PipelineRunner>,
    calls: Arc<Calls>,
    _db: TestDb,
}

async fn rig(backend: Backend, fault: Fault) -> Rig {
    rig_with(backend, fault, PipelineSettings::default()).await
}

async fn rig_with(backend: Backend, fault: Fault, settings: PipelineSettings) -> Rig {
    let db = TestDb::create(backend).await;
    let (handlers, conn) = db.handlers().await;
    let signal = StoreSignal::default();
    let calls = Arc::new(Calls::default());
    let fakes = Arc::new(Fakes {
        fault,
        calls: calls.clone(),
    });
    let runner = PipelineRunner::new(
        handlers.integration_commands.clone(),
        Arc::new(SeaOrmEventStore::new(conn.clone(), signal.clone())),
        Arc::new(SeaOrmReadModel::new(conn.clone())),
        Arc::new(SeaOrmJobQueue::new(conn.clone(), signal)),
        KindRegistry::builtin(),
        Providers {
            generator: fakes.clone(),
            sandbox: fakes.clone(),
            code_host: fakes.clone(),
            deployer: fakes,
        },
        PipelineSettings {
            retry_base: Duration::from_millis(10),
            cancel_check: Duration::from_millis(100),
            ..settings
        },
    );
    Rig {
        handlers,
        runner: Arc::new(runner),
        calls,
        _db: db,
    }
}

fn actor() -> Actor {
    Actor {
        user_id: "alice".into(),
        request_id: None,
        may_change_any: true,
    }
}

fn draft() -> IntegrationDraft {
    IntegrationDraft {
        kind: "webhook_relay".into(),
        name: "Relay".into(),
        description: None,
        prompt: "relay orders".into(),
        config: json!({ "target_url": "https://example.test/hook", "signing_secret": "0123456789abcdef" }),
    }
}

impl Rig {
    async fn create(&self) -> Uuid {
        self.handlers
            .integration_commands
            .create(&actor(), draft())
            .await
            .expect("create")
            .integration
            .id
    }

    async fn drive(&self, id: Uuid) {
        self.runner
            .drive(id, &CancellationToken::new())
            .await
            .expect("drive");
    }

    /// Runs `command` as the test's user; it must succeed.
    async fn command(&self, id: Uuid, command: Command) {
        self.handlers
            .integration_commands
            .execute(&actor(), id, None, command)
            .await
            .expect("the command succeeds");
    }

    async fn view(&self, id: Uuid) -> api::application::integrations::projection::IntegrationView {
        self.handlers
            .integration_queries
            .get(id)
            .await
            .expect("get")
            .expect("exists")
    }

    async fn state(&self, id: Uuid) -> IntegrationState {
        self.view(id).await.state
    }

    async fn event_types(&self, id: Uuid) -> Vec<String> {
        let events = self
            .handlers
            .integration_queries
            .events(id, 0, 1000)
            .await
            .expect("events");
        events
            .iter()
            .map(|e| match &e.event {
                api::domain::Event::Compensated { step, .. } => {
                    format!("Compensated:{}", step.as_str())
                }
                api::domain::Event::StepFailed { step, .. } => {
                    format!("StepFailed:{}", step.as_str())
                }
                other => other.event_type().as_str().to_owned(),
            })
            .collect()
    }

    async fn compensations(&self, id: Uuid) -> Vec<String> {
        self.event_types(id)
            .await
            .into_iter()
            .filter(|t| t.starts_with("Compensated:"))
            .collect()
    }
}

both_databases!(
    the_saga_runs_to_review_waits_and_deploys_after_approval,
    |backend: Backend| async move {
        let rig = rig(backend, Fault::None).await;
        let id = rig.create().await;
        rig.drive(id).await;
        assert_eq!(rig.state(id).await, IntegrationState::Reviewing);
        let view = rig.view(id).await;
        assert_eq!(view.artifacts.usage.output_tokens, 20);
        assert_eq!(
            view.artifacts.pull_request.expect("pr").branch,
            format!("codebot/{id}")
        );
        let steps = rig
            .handlers
            .integration_queries
            .steps(&[id])
            .await
            .expect("steps");
        assert_eq!(steps.len(), 4, "validate, generate, test, pull_request");
        rig.command(id, Command::Approve { comment: None }).await;
        rig.drive(id).await;
        assert_eq!(rig.state(id).await, IntegrationState::Active);
        assert_eq!(rig.calls.deployed.load(Ordering::SeqCst), 1);
        assert_eq!(rig.calls.merged.load(Ordering::SeqCst), 1);
        let merged = rig.view(id).await.artifacts.pull_request.expect("pr");
        assert_eq!(
            merged.state,
            api::domain::artifacts::PullRequestState::Merged,
            "deployed code is merged code"
        );
        rig.drive(id).await;
        assert_eq!(rig.calls.merged.load(Ordering::SeqCst), 1);
        assert_eq!(
            rig.calls.deployed.load(Ordering::SeqCst),
            1,
            "driving again deploys nothing"
        );
    }
);

both_databases!(
    a_failure_at_each_step_fails_the_integration_and_undoes_the_finished_steps_in_reverse,
    |backend: Backend| async move {
        // A pull request or deploy that failed may still have half happened: it is
        // undone by its key too.
        let cases: [(&str, &[&str]); 4] = [
            ("generate", &[]),
            ("test", &["Compensated:generate"]),
            (
                "pull_request",
                &[
                    "Compensated:pull_request",
                    "Compensated:test",
                    "Compensated:generate",
                ],
            ),
            (
                "deploy",
                &[
                    "Compensated:deploy",
                    "Compensated:pull_request",
                    "Compensated:test",
                    "Compensated:generate",
                ],
            ),
        ];
        for (step, expected) in cases {
            let rig = rig(backend, Fault::FailAt(step)).await;
            let id = rig.create().await;
            rig.drive(id).await;
            if step == "deploy" {
                rig.command(id, Command::Approve { comment: None }).await;
                rig.drive(id).await;
            }
            assert_eq!(rig.state(id).await, IntegrationState::Failed, "{step}");
            let view = rig.view(id).await;
            let failure = view.failure.expect("a failure");
            assert_eq!(failure.step.map(|s| s.as_str()), Some(step));
            assert_eq!(failure.reason, format!("{step} broke"));
            assert_eq!(rig.compensations(id).await, expected, "{step}");
            let closed = u32::from(expected.contains(&"Compensated:pull_request"));
            assert_eq!(rig.calls.closed.load(Ordering::SeqCst), closed, "{step}");
        }
        let rig = rig(backend, Fault::None).await;
        let id = rig
            .handlers
            .integration_commands
            .create(
                &actor(),
                IntegrationDraft {
                    config: json!({ "target_url": "nope" }),
                    ..draft()
                },
            )
            .await
            .expect("create")
            .integration
            .id;
        rig.drive(id).await;
        let view = rig.view(id).await;
        let failure = view.failure.expect("a validation failure");
        assert!(
            failure.reason.contains("config.target_url"),
            "{}",
            failure.reason
        );
        assert!(
            failure.reason.contains("signing_secret"),
            "{}",
            failure.reason
        );
    }
);

both_databases!(
    a_rejection_closes_the_pull_request_and_a_retry_runs_again,
    |backend: Backend| async move {
        let rig = rig(backend, Fault::None).await;
        let id = rig.create().await;
        rig.drive(id).await;
        rig.command(
            id,
            Command::Reject {
                reason: "not like this".into(),
            },
        )
        .await;
        rig.drive(id).await;
        assert_eq!(rig.state(id).await, IntegrationState::Failed);
        assert_eq!(
            rig.compensations(id).await,
            [
                "Compensated:pull_request",
                "Compensated:test",
                "Compensated:generate"
            ]
        );
        assert_eq!(rig.calls.closed.load(Ordering::SeqCst), 1);
        let closed = rig.view(id).await.artifacts.pull_request.expect("pr");
        assert_eq!(
            closed.state,
            api::domain::artifacts::PullRequestState::Closed
        );
        assert_eq!(rig.calls.merged.load(Ordering::SeqCst), 0);
        rig.command(id, Command::Retry).await;
        rig.drive(id).await;
        assert_eq!(rig.state(id).await, IntegrationState::Reviewing);
    }
);

both_databases!(
    failing_tests_go_back_to_the_generator_for_a_bounded_number_of_rounds,
    |backend: Backend| async move {
        let rig = rig(backend, Fault::RedTests(1)).await;
        let id = rig.create().await;
        rig.drive(id).await;
        assert_eq!(
            rig.state(id).await,
            IntegrationState::Reviewing,
            "the repair round passed"
        );
        let view = rig.view(id).await;
        assert_eq!(view.artifacts.round, 2);
        let rig = rig_red_forever(backend).await;
        let id = rig.create().await;
        rig.drive(id).await;
        assert_eq!(rig.state(id).await, IntegrationState::Failed);
        assert_eq!(
            rig.calls.generated.load(Ordering::SeqCst),
            2,
            "two rounds by default"
        );
        // A retry starts a new run with a new repair budget, and the rounds go on
        // counting from where the failed run stopped.
        rig.command(id, Command::Retry).await;
        rig.drive(id).await;
        assert_eq!(rig.state(id).await, IntegrationState::Failed);
        assert_eq!(rig.calls.generated.load(Ordering::SeqCst), 4);
        let view = rig.view(id).await;
        assert_eq!(view.artifacts.round, 4);
        let reason = view.failure.expect("failure").reason;
        assert!(reason.ends_with("after 2 round(s)"), "{reason}");
    }
);

async fn rig_red_forever(backend: Backend) -> Rig {
    rig(backend, Fault::RedTests(u32::MAX)).await
}

both_databases!(
    a_change_request_regenerates_with_the_comment_and_updates_the_same_pull_request,
    |backend: Backend| async move {
        let rig = rig(backend, Fault::None).await;
        let id = rig.create().await;
        rig.drive(id).await;
        rig.command(
            id,
            Command::RequestChanges {
                comment: "log every relay".into(),
            },
        )
        .await;
        rig.drive(id).await;
        assert_eq!(rig.state(id).await, IntegrationState::Reviewing);
        assert_eq!(rig.calls.generated.load(Ordering::SeqCst), 2);
        let types = rig.event_types(id).await;
        assert_eq!(
            types.iter().filter(|t| *t == "PullRequestOpened").count(),
            2
        );
    }
);

async fn cancel_while_hanging_at(backend: Backend, step: &'static str, expected: &[&str]) {
    let rig = rig(backend, Fault::HangAt(step)).await;
    let id = rig.create().await;
    let runner = rig.runner.clone();
    let driving = tokio::spawn(async move { runner.drive(id, &CancellationToken::new()).await });
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let steps = rig
            .handlers
            .integration_queries
            .steps(&[id])
            .await
            .expect("steps");
        if steps.iter().any(|(_, s)| {
            s.step.as_str() == step && s.status == api::domain::integration::StepStatus::Running
        }) {
            break;
        }
        assert!(Instant::now() < deadline, "the {step} step never started");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let cancelled_at = Instant::now();
    rig.handlers
        .integration_commands
        .execute(
            &Actor {
                user_id: "bob".into(),
                request_id: Some("cancel-req".into()),
                may_change_any: true,
            },
            id,
            None,
            Command::Cancel {
                reason: Some("wrong prompt".into()),
            },
        )
        .await
        .expect("cancel");
    tokio::time::timeout(Duration::from_secs(5), driving)
        .await
        .expect("the drive ends")
        .expect("task")
        .expect("drive");
    assert!(
        cancelled_at.elapsed() < Duration::from_secs(2),
        "stopped in {:?}",
        cancelled_at.elapsed()
    );
    assert_eq!(rig.state(id).await, IntegrationState::Failed);
    let view = rig.view(id).await;
    assert_eq!(view.failure.expect("failure").reason, "wrong prompt");
    assert_eq!(rig.compensations(id).await, expected);
    let events = rig
        .handlers
        .integration_queries
        .events(id, 0, 1000)
        .await
        .expect("events");
    let cancel = events
        .iter()
        .find(|e| {
            matches!(
                &e.event,
                api::domain::Event::StateChanged {
                    trigger: api::domain::Trigger::Cancelled,
                    ..
                }
            )
        })
        .expect("the cancellation");
    assert_eq!(cancel.metadata.actor, "bob");
    assert!(
        rig.event_types(id)
            .await
            .contains(&format!("StepFailed:{step}")),
        "the stopped attempt is recorded"
    );
}

both_databases!(
    cancelling_during_generation_stops_the_generator_within_a_second,
    |backend: Backend| async move { cancel_while_hanging_at(backend, "generate", &[]).await }
);

both_databases!(
    cancelling_during_the_tests_stops_them_and_discards_the_code,
    |backend: Backend| async move {
        cancel_while_hanging_at(backend, "test", &["Compensated:generate"]).await
    }
);

both_databases!(
    a_step_over_its_time_limit_fails_with_a_clear_reason,
    |backend: Backend| async move {
        let settings = PipelineSettings {
            generation_timeout: Duration::from_secs(1),
            ..PipelineSettings::default()
        };
        let rig = rig_with(backend, Fault::HangAt("generate"), settings).await;
        let id = rig.create().await;
        let started = Instant::now();
        rig.drive(id).await;
        assert!(started.elapsed() < Duration::from_secs(5));
        let view = rig.view(id).await;
        assert_eq!(view.state, IntegrationState::Failed);
        let failure = view.failure.expect("failure");
        assert_eq!(failure.reason, "the generate step ran past its 1 s limit");
    }
);
