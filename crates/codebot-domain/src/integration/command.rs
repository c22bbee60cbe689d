use serde_json::Value;

use crate::artifacts::{GenerationProgress, Usage};
use crate::state::IntegrationState;

use super::event::PipelineStep;
use super::pipeline::StepOutcome;

/// What a client asks for when creating an integration.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegrationDraft {
    /// One of the registered integration kinds.
    pub kind: String,
    pub name: String,
    pub description: Option<String>,
    /// What the integration must do, in the requester's words.
    pub prompt: String,
    /// A JSON object, checked against the kind's schema by the validate step.
    pub config: Value,
}

/// The fields an update changes; `None` leaves a field as it is. `description:
/// Some(None)` clears the description.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IntegrationPatch {
    pub name: Option<String>,
    pub description: Option<Option<String>>,
    pub prompt: Option<String>,
    pub config: Option<Value>,
}

impl IntegrationPatch {
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.description.is_none()
            && self.prompt.is_none()
            && self.config.is_none()
    }
}

/// Everything that can be asked of an integration, in the imperative.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Create it, owned by the user with id `owner`.
    Create {
        owner: String,
        draft: IntegrationDraft,
    },
    /// Change its request while it is DRAFT or FAILED.
    Update(IntegrationPatch),
    /// Start the pipeline: DRAFT → VALIDATING.
    StartPipeline,
    /// The pipeline finished a stage and moves to the next one.
    Advance { to: IntegrationState },
    /// The pipeline failed at `step` (after undoing the finished steps).
    Fail {
        step: Option<PipelineStep>,
        reason: String,
    },
    /// A reviewer approves the pull request: REVIEWING → DEPLOYING.
    Approve { comment: Option<String> },
    /// A reviewer rejects it: REVIEWING → FAILED.
    Reject { reason: String },
    /// A reviewer asks for changes: REVIEWING → GENERATING with the comment.
    RequestChanges { comment: String },
    /// Stop the pipeline: any in-flight state (or DRAFT) → FAILED.
    Cancel { reason: Option<String> },
    /// Run the pipeline again: FAILED → VALIDATING.
    Retry,
    /// Take it out of service: ACTIVE → DEPRECATED.
    Deprecate,
    /// Remove it from every listing (a soft delete; its history stays).
    Delete,
    /// The saga begins an attempt of `step`.
    StartStep { step: PipelineStep },
    /// The saga's attempt of `step` succeeded with `outcome`; failed tests start a
    /// repair round while fewer than `max_rounds` rounds ran. With `start_next`, the
    /// step that comes next (if one does) starts in the same breath, so that a worker
    /// going straight on records one change instead of two.
    CompleteStep {
        step: PipelineStep,
        duration_ms: u64,
        outcome: StepOutcome,
        max_rounds: u32,
        start_next: bool,
    },
    /// The saga's attempt `attempt` of `step` failed; unless `retrying`, the integration
    /// fails. Refused unless that very attempt is the one running, so a worker that lost
    /// its lease cannot fail a newer attempt.
    FailStep {
        step: PipelineStep,
        attempt: u32,
        duration_ms: u64,
        error: String,
        retrying: bool,
        /// Model tokens the attempt spent before it failed.
        usage: Usage,
    },
    /// The running generation (attempt `attempt`) came this far. Refused unless that
    /// attempt is the one running.
    RecordGenerationProgress {
        attempt: u32,
        progress: GenerationProgress,
    },
    /// The saga undid what `step` had done.
    RecordCompensation { step: PipelineStep, detail: String },
    /// The saga took a deprecated integration's deployment out of service.
    RecordUndeployed,
    /// The saga's attempt to undo `step` (or to undeploy) failed; with `give_up` it
    /// stops trying and the failure waits for an administrator.
    RecordCompensationFailure {
        step: PipelineStep,
        error: String,
        give_up: bool,
    },
    /// An administrator asks for the failed undo to be tried again.
    RetryCompensation,
    /// An administrator records that the failed undo was done (or is moot) by hand.
    ResolveCompensation { note: String },
}
