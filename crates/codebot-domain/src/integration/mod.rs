//! The `Integration` aggregate: `handle` decides which events a command produces (or
//! refuses it with a typed error); `apply` folds an event into the state. Replaying the
//! events of an integration in order always gives the same state.

mod actions;
mod command;
mod error;
mod event;
mod pipeline;
mod validation;

#[cfg(test)]
mod tests;

pub use actions::{Action, Standing};
pub use command::{Command, IntegrationDraft, IntegrationPatch};
pub use error::{DomainError, FieldError};
pub use event::{Event, EventType, PipelineStep, Trigger, UnknownEvent};
pub use pipeline::{
    CompensationFailure, NextAction, PipelineProgress, StepOutcome, StepRecord, StepStatus,
    state_of,
};
pub use validation::{
    CONFIG_MAX_BYTES, CONFIG_MAX_DEPTH, DESCRIPTION_MAX_CHARS, NAME_MAX_CHARS, PROMPT_MAX_BYTES,
    depth as json_depth,
};

use serde_json::Value;
use uuid::Uuid;

use super::artifacts::Usage;
use super::state::IntegrationState;

/// Why an integration is FAILED: the step that failed (if a step did) and the reason.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Failure {
    pub step: Option<PipelineStep>,
    pub reason: String,
    pub trigger: Trigger,
}

/// The state of one integration, rebuilt from its events.
#[derive(Debug, Clone, PartialEq)]
pub struct Integration {
    pub id: Uuid,
    /// The id of the user who created it.
    pub owner: String,
    pub kind: String,
    pub name: String,
    pub description: Option<String>,
    pub prompt: String,
    pub config: Value,
    pub state: IntegrationState,
    /// How many events it has: 0 before creation, then 1, 2, …
    pub version: u32,
    pub deleted: bool,
    pub failure: Option<Failure>,
    /// The last reviewer comment asking for changes, handed to the generator.
    pub change_request: Option<String>,
    pub pipeline: PipelineProgress,
}

impl Integration {
    /// An integration that does not exist yet (version 0): only `Create` applies.
    pub fn new(id: Uuid) -> Self {
        Self {
            id,
            owner: String::new(),
            kind: String::new(),
            name: String::new(),
            description: None,
            prompt: String::new(),
            config: Value::Null,
            state: IntegrationState::Draft,
            version: 0,
            deleted: false,
            failure: None,
            change_request: None,
            pipeline: PipelineProgress::default(),
        }
    }

    /// The state after `events`, applied in order to a new integration.
    pub fn replay<'a>(id: Uuid, events: impl IntoIterator<Item = &'a Event>) -> Self {
        let mut integration = Self::new(id);
        for event in events {
            integration.apply(event);
        }
        integration
    }

    pub fn exists(&self) -> bool {
        self.version > 0 && !self.deleted
    }

    /// Decides what `command` does to this integration.
    ///
    /// Fails with `NotFound` when it does not exist (or was deleted), `AlreadyExists`
    /// when creating it twice, `InvalidInput` naming every bad field,
    /// `InvalidTransition` when the state machine refuses the move, and `NotEditable` /
    /// `NotDeletable` when its state forbids the change.
    pub fn handle(&self, command: Command) -> Result<Vec<Event>, DomainError> {
        if let Command::Create { owner, draft } = command {
            if self.version > 0 {
                return Err(DomainError::AlreadyExists);
            }
            let draft = validation::check_draft(draft)?;
            return Ok(vec![Event::IntegrationCreated {
                owner,
                kind: draft.kind,
                name: draft.name,
                description: draft.description,
                prompt: draft.prompt,
                config: draft.config,
            }]);
        }
        if !self.exists() {
            return Err(DomainError::NotFound);
        }
        let state = self.state;
        match command {
            Command::Create { .. } => Err(DomainError::AlreadyExists),
            Command::Update(patch) => {
                if !matches!(state, IntegrationState::Draft | IntegrationState::Failed) {
                    return Err(DomainError::NotEditable { state });
                }
                let patch = validation::check_patch(patch)?;
                Ok(vec![Event::IntegrationUpdated {
                    name: patch.name,
                    description: patch.description,
                    prompt: patch.prompt,
                    config: patch.config,
                }])
            }
            Command::StartPipeline => {
                self.require(IntegrationState::Draft, IntegrationState::Validating)?;
                self.transition(IntegrationState::Validating, Trigger::Started, None, None)
            }
            Command::Advance { to } => {
                let forward = matches!(
                    (state, to),
                    (IntegrationState::Validating, IntegrationState::Generating)
                        | (IntegrationState::Generating, IntegrationState::Testing)
                        | (IntegrationState::Testing, IntegrationState::Generating)
                        | (IntegrationState::Testing, IntegrationState::Reviewing)
                        | (IntegrationState::Deploying, IntegrationState::Active)
                );
                if !forward {
                    return Err(DomainError::InvalidTransition { from: state, to });
                }
                self.transition(to, Trigger::Pipeline, None, None)
            }
            Command::Fail { step, reason } => self.transition(
                IntegrationState::Failed,
                Trigger::StepFailed,
                step,
                Some(reason),
            ),
            Command::Approve { comment } => {
                self.review(IntegrationState::Deploying, Trigger::Approved, comment)
            }
            Command::Reject { reason } => {
                let reason = validation::check_comment("reason", reason)?;
                self.review(IntegrationState::Failed, Trigger::Rejected, Some(reason))
            }
            Command::RequestChanges { comment } => {
                let comment = validation::check_comment("comment", comment)?;
                self.review(
                    IntegrationState::Generating,
                    Trigger::ChangesRequested,
                    Some(comment),
                )
            }
            Command::Cancel { reason } => {
                if !state.is_in_flight() && state != IntegrationState::Draft {
                    return Err(DomainError::InvalidTransition {
                        from: state,
                        to: IntegrationState::Failed,
                    });
                }
                let reason = reason.unwrap_or_else(|| "cancelled".to_owned());
                self.transition(
                    IntegrationState::Failed,
                    Trigger::Cancelled,
                    None,
                    Some(reason),
                )
            }
            Command::Retry => {
                self.require(IntegrationState::Failed, IntegrationState::Validating)?;
                self.require_no_failed_compensation()?;
                // A new run would forget what is still to undo outside (a live
                // deployment, an open pull request).
                if let (true, NextAction::Compensate(step)) =
                    (self.cleaning_up(), self.next_action())
                {
                    return Err(DomainError::CleanupPending {
                        step: step.as_str(),
                    });
                }
                self.transition(IntegrationState::Validating, Trigger::Retried, None, None)
            }
            Command::Deprecate => self.transition(
                IntegrationState::Deprecated,
                Trigger::Deprecated,
                None,
                None,
            ),
            Command::Delete => {
                // Deleting before the cleanup ran would leave a pull request open or a
                // deployment live for good.
                if state.is_in_flight() || state == IntegrationState::Active || self.cleaning_up() {
                    return Err(DomainError::NotDeletable { state });
                }
                self.require_no_failed_compensation()?;
                Ok(vec![Event::IntegrationDeleted {}])
            }
            Command::StartStep { step } => {
                self.require(state_of(step), state_of(step))?;
                Ok(vec![Event::StepStarted {
                    step,
                    attempt: self.pipeline.attempts(step) + 1,
                    round: self.pipeline.round,
                }])
            }
            Command::CompleteStep {
                step,
                duration_ms,
                outcome,
                max_rounds,
                start_next,
            } => {
                let mut events = self.complete_step(step, duration_ms, outcome, max_rounds)?;
                if start_next {
                    let mut after = self.clone();
                    for event in &events {
                        after.apply(event);
                    }
                    if let NextAction::Run(next) = after.next_action() {
                        events.extend(after.handle(Command::StartStep { step: next })?);
                    }
                }
                Ok(events)
            }
            Command::FailStep {
                step,
                attempt,
                duration_ms,
                error,
                retrying,
                usage,
            } => {
                let running = self.pipeline.status(step) == StepStatus::Running
                    && self.pipeline.attempts(step) == attempt;
                if !running || !(state == state_of(step) || state == IntegrationState::Failed) {
                    return Err(DomainError::InvalidTransition {
                        from: state,
                        to: IntegrationState::Failed,
                    });
                }
                let mut events = vec![Event::StepFailed {
                    step,
                    attempt,
                    duration_ms,
                    error: error.clone(),
                    usage,
                }];
                // A step stopped by a cancellation only records its end: the
                // integration is FAILED already.
                if !retrying && state != IntegrationState::Failed {
                    events.extend(self.transition(
                        IntegrationState::Failed,
                        Trigger::StepFailed,
                        Some(step),
                        Some(error),
                    )?);
                }
                Ok(events)
            }
            Command::RecordGenerationProgress { attempt, progress } => {
                let step = PipelineStep::Generate;
                let running = self.pipeline.status(step) == StepStatus::Running
                    && self.pipeline.attempts(step) == attempt;
                if !running || state != state_of(step) {
                    return Err(DomainError::StepNotRunning {
                        step: step.as_str(),
                        attempt,
                    });
                }
                Ok(vec![Event::GenerationProgressed { attempt, progress }])
            }
            Command::RecordCompensation { step, detail } => {
                self.require(IntegrationState::Failed, IntegrationState::Failed)?;
                Ok(vec![Event::Compensated { step, detail }])
            }
            Command::RecordUndeployed => {
                self.require(IntegrationState::Deprecated, IntegrationState::Deprecated)?;
                Ok(vec![Event::Undeployed {}])
            }
            Command::RecordCompensationFailure {
                step,
                error,
                give_up,
            } => {
                let cleaning_up = match self.next_action() {
                    NextAction::Compensate(undoing) => undoing == step,
                    NextAction::Undeploy => step == PipelineStep::Deploy,
                    _ => false,
                };
                if !cleaning_up {
                    return Err(DomainError::InvalidTransition {
                        from: state,
                        to: state,
                    });
                }
                let attempt = self.pipeline.compensation_tries + 1;
                let mut events = vec![Event::CompensationAttemptFailed {
                    step,
                    attempt,
                    error: error.clone(),
                }];
                if give_up {
                    events.push(Event::CompensationFailed {
                        step,
                        error,
                        attempts: attempt,
                    });
                }
                Ok(events)
            }
            Command::RetryCompensation => {
                let failed = self.failed_compensation()?;
                Ok(vec![Event::CompensationRetried { step: failed.step }])
            }
            Command::ResolveCompensation { note } => {
                let failed = self.failed_compensation()?;
                let note = validation::check_comment("note", note)?;
                Ok(vec![Event::CompensationResolved {
                    step: failed.step,
                    note,
                }])
            }
        }
    }

    /// The undo the saga gave up on; refused when there is none.
    fn failed_compensation(&self) -> Result<&CompensationFailure, DomainError> {
        self.pipeline
            .compensation_failure
            .as_ref()
            .ok_or(DomainError::NoFailedCompensation)
    }

    /// Refuses a command that would abandon an undo the saga gave up on.
    fn require_no_failed_compensation(&self) -> Result<(), DomainError> {
        match &self.pipeline.compensation_failure {
            Some(failed) => Err(DomainError::CompensationUnresolved {
                step: failed.step.as_str(),
            }),
            None => Ok(()),
        }
    }

    fn complete_step(
        &self,
        step: PipelineStep,
        duration_ms: u64,
        outcome: StepOutcome,
        max_rounds: u32,
    ) -> Result<Vec<Event>, DomainError> {
        self.require(state_of(step), state_of(step))?;
        let attempt = self.pipeline.attempts(step);
        let round = self.pipeline.round;
        let succeeded = Event::StepSucceeded {
            step,
            attempt,
            duration_ms,
        };
        let advance = |to| self.transition(to, Trigger::Pipeline, None, None);
        let mut events = Vec::new();
        match outcome {
            StepOutcome::Validated => {
                events.push(succeeded);
                events.extend(advance(IntegrationState::Generating)?);
            }
            StepOutcome::Generated {
                generator,
                files,
                test_command,
                summary,
                usage,
            } => {
                events.push(Event::CodeGenerated {
                    round,
                    generator,
                    files,
                    test_command,
                    summary,
                    usage,
                });
                events.push(succeeded);
                events.extend(advance(IntegrationState::Testing)?);
            }
            StepOutcome::Tested(report) => {
                let passed = report.passed;
                let reason = if report.timed_out {
                    "the tests ran past their time limit".to_owned()
                } else {
                    match report.exit_code {
                        Some(code) => format!("the tests failed (exit code {code})"),
                        None => "the tests failed (killed by a signal)".to_owned(),
                    }
                };
                events.push(Event::TestsCompleted { round, report });
                if passed {
                    events.push(succeeded);
                } else {
                    events.push(Event::StepFailed {
                        step,
                        attempt,
                        duration_ms,
                        error: reason.clone(),
                        usage: Usage::default(),
                    });
                    let run_rounds = self.pipeline.run_rounds();
                    if run_rounds < max_rounds {
                        events.push(Event::StateChanged {
                            from: self.state,
                            to: IntegrationState::Generating,
                            trigger: Trigger::Pipeline,
                            step: Some(step),
                            reason: Some(format!("{reason}; repair round {}", round + 1)),
                        });
                    } else {
                        events.extend(self.transition(
                            IntegrationState::Failed,
                            Trigger::StepFailed,
                            Some(step),
                            Some(format!("{reason} after {run_rounds} round(s)")),
                        )?);
                    }
                }
            }
            StepOutcome::PullRequestOpened(pull_request) => {
                events.push(Event::PullRequestOpened { pull_request });
                events.push(succeeded);
                events.extend(advance(IntegrationState::Reviewing)?);
            }
            StepOutcome::Deployed { deployment, merged } => {
                events.push(Event::Deployed { deployment });
                // The saga merges the reviewed pull request once the code is live.
                let open = self
                    .pipeline
                    .pull_request
                    .as_ref()
                    .is_some_and(|pr| pr.state == crate::artifacts::PullRequestState::Open);
                if open && merged {
                    events.push(Event::PullRequestMerged {});
                }
                events.push(succeeded);
                events.extend(advance(IntegrationState::Active)?);
            }
        }
        Ok(events)
    }

    /// Refuses the move to `to` unless the integration is in state `from`: some moves
    /// the state machine allows are only right for one command.
    fn require(&self, from: IntegrationState, to: IntegrationState) -> Result<(), DomainError> {
        if self.state == from {
            Ok(())
        } else {
            Err(DomainError::InvalidTransition {
                from: self.state,
                to,
            })
        }
    }

    /// A review decision: only while REVIEWING.
    fn review(
        &self,
        to: IntegrationState,
        trigger: Trigger,
        reason: Option<String>,
    ) -> Result<Vec<Event>, DomainError> {
        self.require(IntegrationState::Reviewing, to)?;
        self.transition(to, trigger, None, reason)
    }

    fn transition(
        &self,
        to: IntegrationState,
        trigger: Trigger,
        step: Option<PipelineStep>,
        reason: Option<String>,
    ) -> Result<Vec<Event>, DomainError> {
        if !self.state.can_transition_to(to) {
            return Err(DomainError::InvalidTransition {
                from: self.state,
                to,
            });
        }
        Ok(vec![Event::StateChanged {
            from: self.state,
            to,
            trigger,
            step,
            reason,
        }])
    }

    /// Folds one event into the state. Events are facts: `apply` never refuses one.
    pub fn apply(&mut self, event: &Event) {
        self.version += 1;
        match event {
            Event::IntegrationCreated {
                owner,
                kind,
                name,
                description,
                prompt,
                config,
            } => {
                self.owner.clone_from(owner);
                self.kind.clone_from(kind);
                self.name.clone_from(name);
                self.description.clone_from(description);
                self.prompt.clone_from(prompt);
                self.config = config.clone();
                self.state = IntegrationState::Draft;
            }
            Event::IntegrationUpdated {
                name,
                description,
                prompt,
                config,
            } => {
                if let Some(name) = name {
                    self.name.clone_from(name);
                }
                if let Some(description) = description {
                    self.description.clone_from(description);
                }
                if let Some(prompt) = prompt {
                    self.prompt.clone_from(prompt);
                }
                if let Some(config) = config {
                    self.config = config.clone();
                }
            }
            Event::StateChanged {
                from,
                to,
                trigger,
                step,
                reason,
            } => {
                self.pipeline.on_state_change(*from, *to);
                self.state = *to;
                match to {
                    IntegrationState::Failed => {
                        self.failure = Some(Failure {
                            step: *step,
                            reason: reason.clone().unwrap_or_default(),
                            trigger: *trigger,
                        });
                    }
                    IntegrationState::Validating => self.failure = None,
                    _ => {}
                }
                match trigger {
                    Trigger::ChangesRequested => self.change_request.clone_from(reason),
                    Trigger::Started | Trigger::Retried => self.change_request = None,
                    _ => {}
                }
            }
            Event::IntegrationDeleted {} => self.deleted = true,
            pipeline_event => self.pipeline.apply(pipeline_event),
        }
    }
}
