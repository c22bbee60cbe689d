//! The saga that drives one integration through its pipeline. It asks the aggregate
//! what is next ([`Integration::next_action`]), runs that step against a provider and
//! records the outcome with the version it read, so that a worker that lost its lease
//! (or an integration cancelled meanwhile) can never record a stale result.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio_util::sync::CancellationToken;
use tracing::Instrument as _;
use uuid::Uuid;

use super::ports::{
    CodeGenerator, CodeHost, DeployRequest, Deployer, GenerationRequest, ProgressSink,
    ProviderError, PullRequestRequest, Sandbox, TestRun,
};
use crate::error::AppError;
use crate::integrations::commands::{Actor, IntegrationCommands};
use crate::integrations::kinds::KindRegistry;
use crate::integrations::projection::IntegrationProjection;
use crate::ports::{IntegrationReadModel, IntegrationStore, JobQueue};
use codebot_domain::artifacts::{GenerationProgress, Usage};
use codebot_domain::integration::{NextAction, StepOutcome, StepStatus};
use codebot_domain::{Command, Integration, PipelineStep};

/// The actor recorded on the pipeline's own events.
pub const SYSTEM_ACTOR: &str = "system";

/// How the saga runs its steps.
#[derive(Debug, Clone)]
pub struct PipelineSettings {
    /// Generate+test rounds before failing tests fail the integration.
    pub max_rounds: u32,
    /// Attempts of a step whose provider fails in a retryable way.
    pub step_attempts: u32,
    /// The first retry waits this long; each next one twice as long (with jitter).
    pub retry_base: Duration,
    pub retry_cap: Duration,
    /// The generate step is stopped after this long.
    pub generation_timeout: Duration,
    /// The generated tests are killed after this long.
    pub test_timeout: Duration,
    /// Every other step is stopped after this long.
    pub step_timeout: Duration,
    /// How often a running step checks whether its integration was cancelled.
    pub cancel_check: Duration,
    /// How often a running generation's latest progress report is recorded.
    pub progress_interval: Duration,
}

impl Default for PipelineSettings {
    fn default() -> Self {
        Self {
            max_rounds: 2,
            step_attempts: 3,
            retry_base: Duration::from_secs(1),
            retry_cap: Duration::from_secs(60),
            generation_timeout: Duration::from_secs(300),
            test_timeout: Duration::from_secs(120),
            step_timeout: Duration::from_secs(120),
            cancel_check: Duration::from_millis(250),
            progress_interval: Duration::from_secs(2),
        }
    }
}

/// The providers the steps call.
#[derive(Clone)]
pub struct Providers {
    pub generator: Arc<dyn CodeGenerator>,
    pub sandbox: Arc<dyn Sandbox>,
    pub code_host: Arc<dyn CodeHost>,
    pub deployer: Arc<dyn Deployer>,
}

pub struct PipelineRunner {
    commands: IntegrationCommands,
    store: Arc<dyn IntegrationStore>,
    read: Arc<dyn IntegrationReadModel>,
    queue: Arc<dyn JobQueue>,
    kinds: KindRegistry,
    providers: Providers,
    settings: PipelineSettings,
}

/// The deployment of an integration's reviewed commit: its idempotency key.
pub fn deployment_id(integration: &Integration) -> String {
    let commit = integration
        .pipeline
        .pull_request
        .as_ref()
        .map_or("unreviewed", |pr| pr.commit.as_str());
    let short: String = commit.chars().take(12).collect();
    format!("{}-{short}", integration.id)
}

/// The branch (and so the pull request) of an integration: its idempotency key.
pub fn branch_name(id: Uuid) -> String {
    format!("codebot/{id}")
}

fn system() -> Actor {
    Actor {
        user_id: SYSTEM_ACTOR.to_owned(),
        request_id: None,
        may_change_any: true,
    }
}

impl PipelineRunner {
    pub fn new(
        commands: IntegrationCommands,
        store: Arc<dyn IntegrationStore>,
        read: Arc<dyn IntegrationReadModel>,
        queue: Arc<dyn JobQueue>,
        kinds: KindRegistry,
        providers: Providers,
        settings: PipelineSettings,
    ) -> Self {
        Self {
            commands,
            store,
            read,
            queue,
            kinds,
            providers,
            settings,
        }
    }

    /// Drives integration `id` until it waits for a person or ends (its job is then
    /// complete), or until `stop` is cancelled (shutdown, or the lease was lost).
    ///
    /// Fails only when the store does; provider failures are recorded as step failures.
    pub async fn drive(&self, id: Uuid, stop: &CancellationToken) -> Result<(), AppError> {
        // The step this worker started itself when it recorded the last one's success.
        let mut handed_over: Option<IntegrationProjection> = None;
        loop {
            if stop.is_cancelled() {
                return Ok(());
            }
            let history = self.store.load(id).await?;
            let Some(current) = IntegrationProjection::fold(&history) else {
                // No such integration: nothing can ever run; drop the job.
                self.queue.complete_if_current(id, 0).await?;
                return Ok(());
            };
            match current.integration.next_action() {
                NextAction::Wait | NextAction::Done => {
                    if self
                        .queue
                        .complete_if_current(id, current.version())
                        .await?
                    {
                        return Ok(());
                    }
                }
                NextAction::Run(step) => {
                    let span = tracing::info_span!(
                        "pipeline.step",
                        otel.name = %format!("step {}", step.as_str()),
                        step = step.as_str(),
                        provider = %self.provider_of(step),
                    );
                    // Only a start this very worker recorded, with nothing written
                    // since, is taken over; any other running attempt (a crashed
                    // worker's) is started again.
                    let started = handed_over
                        .take()
                        .filter(|own| own.version() == current.version());
                    handed_over = self
                        .run_step(&current.integration, step, started, stop)
                        .instrument(span)
                        .await?;
                }
                NextAction::Compensate(step) => {
                    self.compensate(&current.integration, step, stop).await?
                }
                NextAction::Undeploy => match self.providers.deployer.undeploy(id).await {
                    Ok(()) => {
                        self.record(id, Some(current.version()), Command::RecordUndeployed)
                            .await?;
                    }
                    Err(error) => {
                        self.undo_failed(&current.integration, PipelineStep::Deploy, &error, stop)
                            .await?;
                    }
                },
            }
        }
    }

    /// Records a command, treating a lost race as "reload and decide again".
    async fn record(
        &self,
        id: Uuid,
        expected: Option<u32>,
        command: Command,
    ) -> Result<Option<IntegrationProjection>, AppError> {
        match self
            .commands
            .execute(&system(), id, expected, command)
            .await
        {
            Ok(projection) => Ok(Some(projection)),
            Err(AppError::Conflict { .. } | AppError::Domain(_)) => Ok(None),
            Err(other) => Err(other),
        }
    }

    /// Who carries out `step` (for metrics): the generator by name, else its role.
    fn provider_of(&self, step: PipelineStep) -> String {
        match step {
            PipelineStep::Generate => self.providers.generator.name(),
            PipelineStep::Test => "sandbox".to_owned(),
            PipelineStep::PullRequest => "code_host".to_owned(),
            PipelineStep::Deploy => "deployer".to_owned(),
            _ => "builtin".to_owned(),
        }
    }

    /// Runs one attempt of `step` (recording its start unless `started` holds it
    /// already) and records its outcome. Answers the integration after a success that
    /// also started the next step, for the next call to take over.
    async fn run_step(
        &self,
        integration: &Integration,
        step: PipelineStep,
        started: Option<IntegrationProjection>,
        stop: &CancellationToken,
    ) -> Result<Option<IntegrationProjection>, AppError> {
        let id = integration.id;
        let started = match started {
            Some(own) if own.integration.pipeline.status(step) == StepStatus::Running => own,
            _ => {
                let Some(started) = self
                    .record(id, Some(integration.version), Command::StartStep { step })
                    .await?
                else {
                    return Ok(None);
                };
                started
            }
        };
        let mut version = started.version();
        let attempt = started.integration.pipeline.attempts(step);
        let tries = started.integration.pipeline.tries(step);
        let token = stop.child_token();
        // The newest version this attempt wrote itself (its progress reports).
        let own_version = Arc::new(AtomicU32::new(version));
        let watcher = self.watch_for_changes(id, own_version.clone(), token.clone());
        let limit = match step {
            PipelineStep::Generate => self.settings.generation_timeout,
            // The sandbox enforces the test limit itself; this bound only backs it up.
            PipelineStep::Test => self.settings.test_timeout + Duration::from_secs(10),
            _ => self.settings.step_timeout,
        };
        let clock = Instant::now();
        let (reports, mut latest) = tokio::sync::watch::channel(GenerationProgress::default());
        let reporter = LatestReport {
            progress: reports,
            spent: std::sync::Mutex::new(Usage::default()),
        };
        let work = tokio::time::timeout(
            limit,
            self.perform(step, &started.integration, &reporter, &token),
        );
        tokio::pin!(work);
        let mut ticks = tokio::time::interval_at(
            tokio::time::Instant::now() + self.settings.progress_interval,
            self.settings.progress_interval,
        );
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let result = loop {
            tokio::select! {
                result = &mut work => break result,
                _ = ticks.tick() => {
                    if latest.has_changed().unwrap_or(false) {
                        let progress = latest.borrow_and_update().clone();
                        version = self
                            .record_progress(id, version, attempt, progress, &own_version, &token)
                            .await;
                    }
                }
            }
        };
        watcher.abort();
        let outcome = match &result {
            Ok(Ok(_)) => "succeeded",
            Ok(Err(ProviderError::Cancelled)) => "cancelled",
            Ok(Err(ProviderError::Retryable(_) | ProviderError::Throttled(..))) => "retryable",
            Ok(Err(ProviderError::Permanent(_))) => "failed",
            Err(_) => "timed_out",
        };
        metrics::histogram!(
            "codebot_pipeline_step_duration_seconds",
            "step" => step.as_str(),
            "provider" => self.provider_of(step),
            "outcome" => outcome
        )
        .record(clock.elapsed().as_secs_f64());
        let duration_ms = u64::try_from(clock.elapsed().as_millis()).unwrap_or(u64::MAX);
        let mut wait_at_least = Duration::ZERO;
        let (error, retrying) = match result {
            Ok(Ok(outcome)) => {
                let command = Command::CompleteStep {
                    step,
                    duration_ms,
                    outcome,
                    max_rounds: self.settings.max_rounds,
                    // Going straight on: the next step starts in the same write.
                    start_next: !stop.is_cancelled(),
                };
                let completed = self.record(id, Some(version), command).await?;
                return Ok(completed.filter(|after| {
                    matches!(after.integration.next_action(), NextAction::Run(next)
                        if after.integration.pipeline.status(next) == StepStatus::Running)
                }));
            }
            Ok(Err(ProviderError::Cancelled)) if stop.is_cancelled() => return Ok(None),
            Ok(Err(ProviderError::Cancelled)) => ("cancelled while running".to_owned(), false),
            Ok(Err(error @ (ProviderError::Retryable(_) | ProviderError::Throttled(..))))
                if tries < self.settings.step_attempts =>
            {
                wait_at_least = retry_after(&error);
                (error.to_string(), true)
            }
            Ok(Err(
                ProviderError::Retryable(message)
                | ProviderError::Throttled(message, _)
                | ProviderError::Permanent(message),
            )) => (message, false),
            Err(_) => (
                format!(
                    "the {} step ran past its {} s limit",
                    step.as_str(),
                    limit.as_secs()
                ),
                false,
            ),
        };
        // A cancellation moved the version on; record the attempt's end on top of it.
        // The domain only accepts it while this very attempt is the running one, so a
        // worker that lost its lease cannot fail a newer attempt.
        let expected = if token.is_cancelled() {
            None
        } else {
            Some(version)
        };
        let command = Command::FailStep {
            step,
            attempt,
            duration_ms,
            error,
            retrying,
            usage: reporter.spent_so_far(),
        };
        self.record(id, expected, command).await?;
        if retrying {
            self.pause_after(wait_at_least, tries, stop).await;
        }
        Ok(None)
    }

    /// Records how far the running generation has come, on top of `version`; answers
    /// the version to write on next. Best effort: a failed write is logged, and a lost
    /// race (someone cancelled meanwhile) stops the step like the watcher would.
    async fn record_progress(
        &self,
        id: Uuid,
        version: u32,
        attempt: u32,
        progress: GenerationProgress,
        own_version: &AtomicU32,
        token: &CancellationToken,
    ) -> u32 {
        // Tell the watcher first: it must not take this write for someone else's.
        own_version.store(version + 1, Ordering::SeqCst);
        let command = Command::RecordGenerationProgress { attempt, progress };
        match self
            .commands
            .execute(&system(), id, Some(version), command)
            .await
        {
            Ok(projection) => projection.version(),
            Err(AppError::Conflict { .. } | AppError::Domain(_)) => {
                token.cancel();
                version
            }
            Err(error) => {
                // Not written (as far as can be told): the watcher must again take
                // the next version for someone else's.
                own_version.store(version, Ordering::SeqCst);
                tracing::warn!(integration = %id, %error, "cannot record generation progress");
                version
            }
        }
    }

    /// Cancels `token` as soon as the integration's version moves past the newest one
    /// this attempt wrote (someone cancelled or rejected it): the step stops within
    /// `cancel_check`.
    fn watch_for_changes(
        &self,
        id: Uuid,
        own_version: Arc<AtomicU32>,
        token: CancellationToken,
    ) -> tokio::task::JoinHandle<()> {
        let read = self.read.clone();
        let every = self.settings.cancel_check;
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    () = token.cancelled() => return,
                    () = tokio::time::sleep(every) => {}
                }
                match read.get(id).await {
                    Ok(Some(view)) if view.version <= own_version.load(Ordering::SeqCst) => {}
                    Ok(_) => {
                        token.cancel();
                        return;
                    }
                    Err(error) => tracing::warn!(%error, "cannot check for cancellation"),
                }
            }
        })
    }

    async fn perform(
        &self,
        step: PipelineStep,
        integration: &Integration,
        progress: &dyn ProgressSink,
        cancel: &CancellationToken,
    ) -> Result<StepOutcome, ProviderError> {
        let pipeline = &integration.pipeline;
        match step {
            PipelineStep::Validate => {
                let errors = self
                    .kinds
                    .validate_config(&integration.kind, &integration.config);
                if errors.is_empty() {
                    Ok(StepOutcome::Validated)
                } else {
                    Err(ProviderError::Permanent(format!(
                        "invalid config: {}",
                        errors.join("; ")
                    )))
                }
            }
            PipelineStep::Generate => {
                let kind = self.kinds.get(&integration.kind);
                let request = GenerationRequest {
                    integration_id: integration.id,
                    kind: integration.kind.clone(),
                    name: integration.name.clone(),
                    description: integration.description.clone(),
                    prompt: integration.prompt.clone(),
                    config: kind.map_or(integration.config.clone(), |k| {
                        k.redact_secrets(&integration.config)
                    }),
                    config_schema: kind.map_or(Value::Null, |k| k.config_schema.clone()),
                    round: pipeline.round,
                    change_request: integration.change_request.clone(),
                    previous_files: pipeline.files.clone(),
                    test_feedback: pipeline
                        .test_report
                        .as_ref()
                        .filter(|report| !report.passed)
                        .map(|report| report.output.clone()),
                };
                let code = self
                    .providers
                    .generator
                    .generate(&request, progress, cancel)
                    .await?;
                if code.files.is_empty() || code.test_command.is_empty() {
                    return Err(ProviderError::Permanent(
                        "the generator returned no files or no test command".into(),
                    ));
                }
                Ok(StepOutcome::Generated {
                    generator: code.generator,
                    files: code.files,
                    test_command: code.test_command,
                    summary: code.summary,
                    usage: code.usage,
                })
            }
            PipelineStep::Test => {
                let run = TestRun {
                    integration_id: integration.id,
                    files: pipeline.files.clone(),
                    command: pipeline.test_command.clone(),
                    timeout: self.settings.test_timeout,
                };
                Ok(StepOutcome::Tested(
                    self.providers.sandbox.run_tests(&run, cancel).await?,
                ))
            }
            PipelineStep::PullRequest => {
                let request = PullRequestRequest {
                    integration_id: integration.id,
                    branch: branch_name(integration.id),
                    title: format!("Add integration: {}", integration.name),
                    body: pull_request_body(integration),
                    files: pipeline.files.clone(),
                };
                let pr = self
                    .providers
                    .code_host
                    .open_pull_request(&request, cancel)
                    .await?;
                Ok(StepOutcome::PullRequestOpened(pr))
            }
            PipelineStep::Deploy => {
                let request = DeployRequest {
                    integration_id: integration.id,
                    deployment_id: deployment_id(integration),
                    files: pipeline.files.clone(),
                };
                let deployment = self.providers.deployer.deploy(&request, cancel).await?;
                // The reviewed code is live: its pull request is merged. A merge the code
                // host refuses (a protected branch, a pull request merged by hand
                // already) never undoes a working deployment: the pull request stays
                // open for a person, and the failure is logged.
                let mut merged = false;
                if let Some(pr) = pipeline
                    .pull_request
                    .as_ref()
                    .filter(|pr| pr.state == codebot_domain::artifacts::PullRequestState::Open)
                {
                    match self
                        .providers
                        .code_host
                        .merge_pull_request(&pr.branch, &pr.commit, cancel)
                        .await
                    {
                        Ok(()) => merged = true,
                        Err(ProviderError::Cancelled) => return Err(ProviderError::Cancelled),
                        Err(error) => {
                            tracing::warn!(integration = %integration.id, branch = %pr.branch, %error, "deployed, but the pull request could not be merged; it stays open");
                            metrics::counter!("codebot_pull_request_merge_failures_total")
                                .increment(1);
                        }
                    }
                }
                Ok(StepOutcome::Deployed { deployment, merged })
            }
        }
    }

    async fn compensate(
        &self,
        integration: &Integration,
        step: PipelineStep,
        stop: &CancellationToken,
    ) -> Result<(), AppError> {
        let pipeline = &integration.pipeline;
        // Undo by the same keys the steps used, so that a side effect whose outcome was
        // never recorded (a crash, a cancellation) is undone too; undoing what did not
        // happen succeeds. Each call is bounded like a step.
        let limit = self.settings.step_timeout;
        let bounded = |call| async move {
            tokio::time::timeout(limit, call)
                .await
                .unwrap_or_else(|_| Err(ProviderError::Retryable("the call timed out".into())))
        };
        let result = match step {
            PipelineStep::Deploy => {
                let id = pipeline
                    .deployment
                    .as_ref()
                    .map_or_else(|| deployment_id(integration), |d| d.id.clone());
                bounded(Box::pin(
                    self.providers.deployer.rollback(integration.id, &id),
                ))
                .await
                .map(|()| format!("rolled back deployment {id}"))
            }
            PipelineStep::PullRequest => {
                let branch = branch_name(integration.id);
                bounded(Box::pin(
                    self.providers.code_host.close_pull_request(&branch),
                ))
                .await
                .map(|()| format!("closed the pull request of {branch}"))
            }
            PipelineStep::Test => Ok("the test workspace was removed after its run".to_owned()),
            PipelineStep::Generate => Ok("the generated code was discarded".to_owned()),
            PipelineStep::Validate => Ok("nothing to undo".to_owned()),
        };
        match result {
            Ok(detail) => {
                self.record(
                    integration.id,
                    Some(integration.version),
                    Command::RecordCompensation { step, detail },
                )
                .await?;
            }
            Err(error) => self.undo_failed(integration, step, &error, stop).await?,
        }
        Ok(())
    }

    /// Records a failed undo of `step`. Like a step, an undo gets `step_attempts`
    /// tries with backoff; then the saga stops and the integration shows the failure
    /// until an administrator retries or resolves it.
    async fn undo_failed(
        &self,
        integration: &Integration,
        step: PipelineStep,
        error: &ProviderError,
        stop: &CancellationToken,
    ) -> Result<(), AppError> {
        if matches!(error, ProviderError::Cancelled) {
            return Ok(());
        }
        let attempt = integration.pipeline.compensation_tries + 1;
        let give_up =
            attempt >= self.settings.step_attempts || matches!(error, ProviderError::Permanent(_));
        if give_up {
            tracing::error!(integration = %integration.id, step = step.as_str(), %error, attempt, "undo failed; an administrator must retry or resolve it");
            metrics::counter!("codebot_compensations_failed_total", "step" => step.as_str())
                .increment(1);
        } else {
            tracing::warn!(integration = %integration.id, step = step.as_str(), %error, attempt, "undo failed; will retry");
        }
        let recorded = self
            .record(
                integration.id,
                Some(integration.version),
                Command::RecordCompensationFailure {
                    step,
                    error: error.to_string(),
                    give_up,
                },
            )
            .await?;
        if recorded.is_some() && !give_up {
            self.pause_after(retry_after(error), attempt, stop).await;
        }
        Ok(())
    }

    /// Waits before attempt `attempt + 1`: exponential backoff with 10% jitter, capped,
    /// and never less than what the provider asked for (`Retry-After`, capped too).
    async fn pause_after(&self, at_least: Duration, attempt: u32, stop: &CancellationToken) {
        let exponent = attempt.saturating_sub(1).min(16);
        let base = self
            .settings
            .retry_base
            .saturating_mul(1 << exponent)
            .min(self.settings.retry_cap);
        let jitter = base.mul_f64(jitter_fraction() * 0.1);
        let wait = (base + jitter).max(at_least.min(self.settings.retry_cap));
        tokio::select! {
            () = stop.cancelled() => {}
            () = tokio::time::sleep(wait) => {}
        }
    }
}

/// How long a provider asked to be left alone, if it did.
/// Keeps only the newest progress report, for the saga to record at its pace, and
/// adds up what the attempt's calls spent.
struct LatestReport {
    progress: tokio::sync::watch::Sender<GenerationProgress>,
    spent: std::sync::Mutex<Usage>,
}

impl ProgressSink for LatestReport {
    fn report(&self, progress: GenerationProgress) {
        self.progress.send_replace(progress);
    }

    fn spent(&self, usage: Usage) {
        self.spent
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .add(usage);
    }
}

impl LatestReport {
    fn spent_so_far(&self) -> Usage {
        *self.spent.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn retry_after(error: &ProviderError) -> Duration {
    match error {
        ProviderError::Throttled(_, after) => *after,
        _ => Duration::ZERO,
    }
}

/// A fraction in [0, 1) that differs between calls (no RNG dependency needed for jitter).
fn jitter_fraction() -> f64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    f64::from(nanos % 1_000) / 1_000.0
}

fn pull_request_body(integration: &Integration) -> String {
    let quoted: String = integration
        .prompt
        .lines()
        .map(|line| format!("> {line}\n"))
        .collect();
    format!(
        "Integration `{}` ({}), generated by Claude Code Bot.\n\n{}\n\nRequested behaviour:\n\n{}",
        integration.name,
        integration.kind,
        integration.pipeline.summary.as_deref().unwrap_or(""),
        quoted
    )
}
