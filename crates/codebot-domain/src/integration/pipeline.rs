//! The pipeline's progress inside the aggregate: which steps ran, what they produced,
//! what has been undone, and so what the saga must do next. Pure: the saga asks
//! [`Integration::next_action`] and records outcomes through commands.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::event::PipelineStep;
use super::{Event, Integration};
use crate::artifacts::{
    Deployment, GeneratedFile, GenerationProgress, PullRequest, PullRequestState, TestReport, Usage,
};
use crate::state::IntegrationState;

/// How far a step got in the current run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum StepStatus {
    Pending,
    Running,
    Succeeded,
    Failed,
    Compensated,
}

impl StepStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "PENDING",
            Self::Running => "RUNNING",
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
            Self::Compensated => "COMPENSATED",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        [
            Self::Pending,
            Self::Running,
            Self::Succeeded,
            Self::Failed,
            Self::Compensated,
        ]
        .into_iter()
        .find(|s| s.as_str() == name)
    }
}

/// One step's record in the current run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRecord {
    pub status: StepStatus,
    /// Attempts over the integration's whole life.
    pub attempts: u32,
    /// Attempts in the current run and round: the retry budget counts these.
    pub tries: u32,
    pub error: Option<String>,
}

/// What a finished step produced.
#[derive(Debug, Clone, PartialEq)]
pub enum StepOutcome {
    Validated,
    Generated {
        generator: String,
        files: Vec<GeneratedFile>,
        test_command: Vec<String>,
        summary: String,
        usage: Usage,
    },
    Tested(TestReport),
    PullRequestOpened(PullRequest),
    /// The code is live; `merged` says whether its pull request was merged with it (a
    /// protected branch may refuse: the deployment stands, the pull request stays open
    /// for a person to merge).
    Deployed {
        deployment: Deployment,
        merged: bool,
    },
}

/// An undo the saga gave up on: the step, the last error and how often it was tried.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompensationFailure {
    pub step: PipelineStep,
    pub error: String,
    pub attempts: u32,
}

/// What the saga must do next for an integration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextAction {
    /// Run (or re-run, after a crash) this step.
    Run(PipelineStep),
    /// Undo what this step did (the integration failed).
    Compensate(PipelineStep),
    /// Take the deployment out of service (the integration was deprecated).
    Undeploy,
    /// Nothing until a person acts (REVIEWING).
    Wait,
    /// Nothing left to do.
    Done,
}

/// Everything the pipeline has produced and done.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PipelineProgress {
    /// The generate+test round over the integration's whole life: 1 for the first
    /// generation, +1 per repair, change request or generation after a retry.
    pub round: u32,
    /// The rounds of the runs before the current one (a retry starts a new run): the
    /// repair budget counts only the current run's rounds.
    pub earlier_rounds: u32,
    pub steps: BTreeMap<PipelineStep, StepRecord>,
    /// How many times `steps` may have changed: what a read model compares to know
    /// that its step rows are out of date.
    pub steps_revision: u32,
    pub generator: Option<String>,
    pub files: Vec<GeneratedFile>,
    /// How many times `files` changed: what a read model compares to know that its
    /// copy of the files is out of date.
    pub files_revision: u32,
    pub test_command: Vec<String>,
    pub summary: Option<String>,
    pub test_report: Option<TestReport>,
    pub pull_request: Option<PullRequest>,
    pub deployment: Option<Deployment>,
    pub usage: Usage,
    /// How far the running generation has come (attempt, progress); `None` when no
    /// generation runs or it reported nothing yet.
    pub generation: Option<(u32, GenerationProgress)>,
    /// Steps already undone after the last failure.
    pub compensated: BTreeSet<PipelineStep>,
    /// Whether the deployment was taken out of service (after deprecation).
    pub undeployed: bool,
    /// Failed attempts of the undo in hand (reset when it succeeds or is retried).
    pub compensation_tries: u32,
    /// The undo the saga gave up on, until an administrator retries or resolves it.
    pub compensation_failure: Option<CompensationFailure>,
}

/// The state a step runs in.
pub fn state_of(step: PipelineStep) -> IntegrationState {
    match step {
        PipelineStep::Validate => IntegrationState::Validating,
        PipelineStep::Generate => IntegrationState::Generating,
        PipelineStep::Test | PipelineStep::PullRequest => IntegrationState::Testing,
        PipelineStep::Deploy => IntegrationState::Deploying,
    }
}

impl PipelineProgress {
    pub fn status(&self, step: PipelineStep) -> StepStatus {
        self.steps
            .get(&step)
            .map_or(StepStatus::Pending, |s| s.status)
    }

    pub fn attempts(&self, step: PipelineStep) -> u32 {
        self.steps.get(&step).map_or(0, |s| s.attempts)
    }

    /// Attempts of `step` in the current run and round.
    pub fn tries(&self, step: PipelineStep) -> u32 {
        self.steps.get(&step).map_or(0, |s| s.tries)
    }

    /// Whether `step` was started in this run and did not end cleanly: its side effect
    /// may exist although no outcome was recorded (a crash, a cancellation).
    fn started_unfinished(&self, step: PipelineStep) -> bool {
        matches!(self.status(step), StepStatus::Running | StepStatus::Failed)
    }

    /// Steps with something to undo, in the order compensations run (reverse).
    fn to_compensate(&self) -> Option<PipelineStep> {
        let done = |step| !self.compensated.contains(&step);
        // A deploy or pull request that started but recorded no outcome may still have
        // happened: undoing it by its deterministic key is harmless if it did not.
        let deployed = (self.deployment.is_some() && !self.undeployed)
            || self.started_unfinished(PipelineStep::Deploy);
        if deployed && done(PipelineStep::Deploy) {
            return Some(PipelineStep::Deploy);
        }
        let opened = self
            .pull_request
            .as_ref()
            .is_some_and(|pr| pr.state == PullRequestState::Open)
            || self.started_unfinished(PipelineStep::PullRequest);
        if opened && done(PipelineStep::PullRequest) {
            return Some(PipelineStep::PullRequest);
        }
        if self.test_report.is_some() && done(PipelineStep::Test) {
            return Some(PipelineStep::Test);
        }
        if !self.files.is_empty() && done(PipelineStep::Generate) {
            return Some(PipelineStep::Generate);
        }
        None
    }

    /// Starts a new generate+test round: those steps (and the pull request, which must
    /// carry the new code) run again.
    fn new_round(&mut self) {
        self.round += 1;
        self.steps_revision += 1;
        for step in [
            PipelineStep::Generate,
            PipelineStep::Test,
            PipelineStep::PullRequest,
        ] {
            if let Some(record) = self.steps.get_mut(&step) {
                record.status = StepStatus::Pending;
                record.tries = 0;
                record.error = None;
            }
        }
    }

    /// The rounds of the current run (since the start or the last retry).
    pub fn run_rounds(&self) -> u32 {
        self.round.saturating_sub(self.earlier_rounds)
    }

    /// Starts a fresh run after a retry. The rounds go on counting; the repair budget
    /// starts again.
    fn restart(&mut self) {
        self.earlier_rounds = self.round;
        self.steps_revision += 1;
        for record in self.steps.values_mut() {
            record.status = StepStatus::Pending;
            record.tries = 0;
            record.error = None;
        }
        self.compensated.clear();
        self.deployment = None;
        self.undeployed = false;
        self.compensation_tries = 0;
        self.compensation_failure = None;
    }

    /// `step` is undone (by the saga or by hand).
    fn undone(&mut self, step: PipelineStep) {
        self.compensation_tries = 0;
        self.compensation_failure = None;
        self.compensated.insert(step);
        self.steps_revision += 1;
        if let Some(record) = self.steps.get_mut(&step) {
            record.status = StepStatus::Compensated;
        }
        match step {
            PipelineStep::PullRequest => {
                if let Some(pr) = self.pull_request.as_mut() {
                    pr.state = PullRequestState::Closed;
                }
            }
            PipelineStep::Deploy => self.undeployed = true,
            PipelineStep::Generate => {
                self.files.clear();
                self.files_revision += 1;
            }
            _ => {}
        }
    }

    pub(super) fn apply(&mut self, event: &Event) {
        if let Event::StepStarted { step, .. }
        | Event::StepSucceeded { step, .. }
        | Event::StepFailed { step, .. } = event
            && *step == PipelineStep::Generate
        {
            self.generation = None;
        }
        if matches!(
            event,
            Event::StepStarted { .. } | Event::StepSucceeded { .. } | Event::StepFailed { .. }
        ) {
            self.steps_revision += 1;
        }
        match event {
            Event::StepStarted { step, attempt, .. } => {
                let record = self.steps.entry(*step).or_insert(StepRecord {
                    status: StepStatus::Pending,
                    attempts: 0,
                    tries: 0,
                    error: None,
                });
                record.status = StepStatus::Running;
                record.attempts = *attempt;
                record.tries += 1;
                record.error = None;
            }
            Event::StepSucceeded { step, .. } => {
                if let Some(record) = self.steps.get_mut(step) {
                    record.status = StepStatus::Succeeded;
                }
            }
            Event::StepFailed {
                step, error, usage, ..
            } => {
                if let Some(record) = self.steps.get_mut(step) {
                    record.status = StepStatus::Failed;
                    record.error = Some(error.clone());
                }
                self.usage.add(*usage);
            }
            Event::CodeGenerated {
                generator,
                files,
                test_command,
                summary,
                usage,
                ..
            } => {
                self.generator = Some(generator.clone());
                self.files.clone_from(files);
                self.files_revision += 1;
                self.test_command.clone_from(test_command);
                self.summary = Some(summary.clone());
                self.usage.add(*usage);
            }
            Event::GenerationProgressed { attempt, progress } => {
                self.generation = Some((*attempt, progress.clone()));
            }
            Event::TestsCompleted { report, .. } => self.test_report = Some(report.clone()),
            Event::PullRequestOpened { pull_request } => {
                self.pull_request = Some(pull_request.clone());
            }
            Event::Deployed { deployment } => {
                self.deployment = Some(deployment.clone());
                self.undeployed = false;
            }
            Event::Compensated { step, .. } | Event::CompensationResolved { step, .. } => {
                self.undone(*step);
            }
            Event::Undeployed {} => {
                self.undeployed = true;
                self.compensation_tries = 0;
                self.compensation_failure = None;
            }
            Event::CompensationAttemptFailed { attempt, .. } => {
                self.compensation_tries = *attempt;
            }
            Event::CompensationFailed {
                step,
                error,
                attempts,
            } => {
                self.compensation_failure = Some(CompensationFailure {
                    step: *step,
                    error: error.clone(),
                    attempts: *attempts,
                });
            }
            Event::CompensationRetried { .. } => {
                self.compensation_tries = 0;
                self.compensation_failure = None;
            }
            Event::PullRequestMerged {} => {
                if let Some(pr) = self.pull_request.as_mut() {
                    pr.state = PullRequestState::Merged;
                }
            }
            _ => {}
        }
    }

    /// Called when the integration changes state.
    pub(super) fn on_state_change(&mut self, from: IntegrationState, to: IntegrationState) {
        match (from, to) {
            (IntegrationState::Draft, IntegrationState::Validating) => {
                self.round = 0;
                self.earlier_rounds = 0;
            }
            (IntegrationState::Failed, IntegrationState::Validating) => self.restart(),
            (IntegrationState::Validating, IntegrationState::Generating)
            | (
                IntegrationState::Testing | IntegrationState::Reviewing,
                IntegrationState::Generating,
            ) => {
                self.new_round();
            }
            _ => {}
        }
    }
}

impl Integration {
    /// What the saga must do next, decided from the recorded history alone, so that a
    /// worker that resumes after a crash picks up exactly where the last one stopped.
    pub fn next_action(&self) -> NextAction {
        if !self.exists() {
            return NextAction::Done;
        }
        let p = &self.pipeline;
        if p.compensation_failure.is_some() {
            // The undo failed for good: an administrator decides.
            return NextAction::Wait;
        }
        match self.state {
            IntegrationState::Draft | IntegrationState::Active => NextAction::Done,
            IntegrationState::Validating => NextAction::Run(PipelineStep::Validate),
            IntegrationState::Generating => NextAction::Run(PipelineStep::Generate),
            IntegrationState::Testing => {
                if p.status(PipelineStep::Test) == StepStatus::Succeeded {
                    NextAction::Run(PipelineStep::PullRequest)
                } else {
                    NextAction::Run(PipelineStep::Test)
                }
            }
            IntegrationState::Reviewing => NextAction::Wait,
            IntegrationState::Deploying => NextAction::Run(PipelineStep::Deploy),
            IntegrationState::Failed => p
                .to_compensate()
                .map_or(NextAction::Done, NextAction::Compensate),
            IntegrationState::Deprecated => {
                if p.deployment.is_some() && !p.undeployed {
                    NextAction::Undeploy
                } else {
                    NextAction::Done
                }
            }
        }
    }
}
