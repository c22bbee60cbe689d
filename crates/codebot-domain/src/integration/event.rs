use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::artifacts::{
    Deployment, GeneratedFile, GenerationProgress, PullRequest, TestReport, Usage,
};
use crate::state::IntegrationState;

/// The steps of the pipeline, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PipelineStep {
    Validate,
    Generate,
    Test,
    PullRequest,
    Deploy,
}

impl PipelineStep {
    pub const ALL: [PipelineStep; 5] = [
        Self::Validate,
        Self::Generate,
        Self::Test,
        Self::PullRequest,
        Self::Deploy,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Validate => "validate",
            Self::Generate => "generate",
            Self::Test => "test",
            Self::PullRequest => "pull_request",
            Self::Deploy => "deploy",
        }
    }
}

/// What caused a state change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trigger {
    /// The pipeline was started for the first time.
    Started,
    /// The pipeline moved on after a step succeeded.
    Pipeline,
    /// A pipeline step failed.
    StepFailed,
    /// A reviewer approved.
    Approved,
    /// A reviewer rejected.
    Rejected,
    /// A reviewer asked for changes.
    ChangesRequested,
    /// Someone cancelled the pipeline.
    Cancelled,
    /// Someone retried a failed integration.
    Retried,
    /// Someone deprecated an active integration.
    Deprecated,
}

/// The kind of an [`Event`], without its body: what is stored as the event's type
/// name and what subscribers filter by. Adding an event adds a type here, and the
/// compiler then asks for it wherever types are listed or named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventType {
    IntegrationCreated,
    IntegrationUpdated,
    StateChanged,
    IntegrationDeleted,
    StepStarted,
    StepSucceeded,
    StepFailed,
    GenerationProgressed,
    CodeGenerated,
    TestsCompleted,
    PullRequestOpened,
    PullRequestMerged,
    Deployed,
    Compensated,
    Undeployed,
    CompensationAttemptFailed,
    CompensationFailed,
    CompensationRetried,
    CompensationResolved,
}

impl EventType {
    /// Every event type, in the order the pipeline usually records them.
    pub const ALL: [EventType; 19] = [
        Self::IntegrationCreated,
        Self::IntegrationUpdated,
        Self::StateChanged,
        Self::IntegrationDeleted,
        Self::StepStarted,
        Self::StepSucceeded,
        Self::StepFailed,
        Self::GenerationProgressed,
        Self::CodeGenerated,
        Self::TestsCompleted,
        Self::PullRequestOpened,
        Self::PullRequestMerged,
        Self::Deployed,
        Self::Compensated,
        Self::Undeployed,
        Self::CompensationAttemptFailed,
        Self::CompensationFailed,
        Self::CompensationRetried,
        Self::CompensationResolved,
    ];

    /// The name stored with the event (`IntegrationCreated`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::IntegrationCreated => "IntegrationCreated",
            Self::IntegrationUpdated => "IntegrationUpdated",
            Self::StateChanged => "StateChanged",
            Self::IntegrationDeleted => "IntegrationDeleted",
            Self::StepStarted => "StepStarted",
            Self::StepSucceeded => "StepSucceeded",
            Self::StepFailed => "StepFailed",
            Self::GenerationProgressed => "GenerationProgressed",
            Self::CodeGenerated => "CodeGenerated",
            Self::TestsCompleted => "TestsCompleted",
            Self::PullRequestOpened => "PullRequestOpened",
            Self::PullRequestMerged => "PullRequestMerged",
            Self::Deployed => "Deployed",
            Self::Compensated => "Compensated",
            Self::Undeployed => "Undeployed",
            Self::CompensationAttemptFailed => "CompensationAttemptFailed",
            Self::CompensationFailed => "CompensationFailed",
            Self::CompensationRetried => "CompensationRetried",
            Self::CompensationResolved => "CompensationResolved",
        }
    }

    /// The type a stored name stands for; `None` for a name no event has (one written
    /// by a later version, say).
    pub fn parse(name: &str) -> Option<EventType> {
        Self::ALL.into_iter().find(|t| t.as_str() == name)
    }
}

/// Everything that can happen to an integration, in the past tense. Stored as a type
/// name plus a JSON body; [`Event::SCHEMA_VERSION`] is stored beside it so that a later
/// shape can still read old events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "data")]
pub enum Event {
    IntegrationCreated {
        owner: String,
        kind: String,
        name: String,
        description: Option<String>,
        prompt: String,
        config: Value,
    },
    IntegrationUpdated {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// `Some(None)` clears the description; stored as `null`.
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "present_or_null"
        )]
        description: Option<Option<String>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        prompt: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        config: Option<Value>,
    },
    StateChanged {
        from: IntegrationState,
        to: IntegrationState,
        trigger: Trigger,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        step: Option<PipelineStep>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    IntegrationDeleted {},
    /// A pipeline step began an attempt.
    StepStarted {
        step: PipelineStep,
        attempt: u32,
        round: u32,
    },
    /// A pipeline step's attempt succeeded.
    StepSucceeded {
        step: PipelineStep,
        attempt: u32,
        duration_ms: u64,
    },
    /// A pipeline step's attempt failed.
    StepFailed {
        step: PipelineStep,
        attempt: u32,
        duration_ms: u64,
        error: String,
        /// Model tokens the failed attempt spent (a malformed answer costs too).
        #[serde(default, skip_serializing_if = "Usage::is_zero")]
        usage: Usage,
    },
    /// A running generation came further (recorded every few seconds while a
    /// streaming model writes).
    GenerationProgressed {
        attempt: u32,
        #[serde(flatten)]
        progress: GenerationProgress,
    },
    /// The generator wrote the code and its tests.
    CodeGenerated {
        round: u32,
        generator: String,
        files: Vec<GeneratedFile>,
        test_command: Vec<String>,
        summary: String,
        usage: Usage,
    },
    /// The generated tests ran in the sandbox.
    TestsCompleted {
        round: u32,
        report: TestReport,
    },
    /// The code was published for review.
    PullRequestOpened {
        pull_request: PullRequest,
    },
    /// The reviewed code was installed.
    Deployed {
        deployment: Deployment,
    },
    /// The reviewed pull request was merged into the base branch (after deploying it).
    PullRequestMerged {},
    /// What a finished step did was undone after a failure.
    Compensated {
        step: PipelineStep,
        detail: String,
    },
    /// The deployment was taken out of service after deprecation.
    Undeployed {},
    /// An attempt to undo `step` (or to take a deprecated deployment out of service)
    /// failed; the saga tries again after a pause.
    CompensationAttemptFailed {
        step: PipelineStep,
        attempt: u32,
        error: String,
    },
    /// Undoing `step` failed `attempts` times: the saga stopped trying, and waits for
    /// an administrator to retry the undo or to resolve it by hand.
    CompensationFailed {
        step: PipelineStep,
        error: String,
        attempts: u32,
    },
    /// An administrator asked the saga to try the failed undo again.
    CompensationRetried {
        step: PipelineStep,
    },
    /// An administrator undid `step` by hand (or judged it harmless); the saga goes on
    /// with what is left to undo.
    CompensationResolved {
        step: PipelineStep,
        note: String,
    },
}

/// A field that is present (even as `null`) deserializes to `Some`.
fn present_or_null<'de, D>(deserializer: D) -> Result<Option<Option<String>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    Option::<String>::deserialize(deserializer).map(Some)
}

/// A stored event this version of the product cannot read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read event `{event_type}` (schema version {schema_version}): {reason}")]
pub struct UnknownEvent {
    pub event_type: String,
    pub schema_version: i16,
    pub reason: String,
}

impl Event {
    /// The schema version every event is written with today.
    pub const SCHEMA_VERSION: i16 = 1;

    /// What kind of event this is: the name stored beside its body and the one clients
    /// filter by.
    pub fn event_type(&self) -> EventType {
        match self {
            Self::IntegrationCreated { .. } => EventType::IntegrationCreated,
            Self::IntegrationUpdated { .. } => EventType::IntegrationUpdated,
            Self::StateChanged { .. } => EventType::StateChanged,
            Self::IntegrationDeleted {} => EventType::IntegrationDeleted,
            Self::StepStarted { .. } => EventType::StepStarted,
            Self::StepSucceeded { .. } => EventType::StepSucceeded,
            Self::StepFailed { .. } => EventType::StepFailed,
            Self::GenerationProgressed { .. } => EventType::GenerationProgressed,
            Self::CodeGenerated { .. } => EventType::CodeGenerated,
            Self::TestsCompleted { .. } => EventType::TestsCompleted,
            Self::PullRequestOpened { .. } => EventType::PullRequestOpened,
            Self::PullRequestMerged {} => EventType::PullRequestMerged,
            Self::Deployed { .. } => EventType::Deployed,
            Self::Compensated { .. } => EventType::Compensated,
            Self::Undeployed {} => EventType::Undeployed,
            Self::CompensationAttemptFailed { .. } => EventType::CompensationAttemptFailed,
            Self::CompensationFailed { .. } => EventType::CompensationFailed,
            Self::CompensationRetried { .. } => EventType::CompensationRetried,
            Self::CompensationResolved { .. } => EventType::CompensationResolved,
        }
    }

    /// The JSON body stored with the event (without the type name).
    pub fn data(&self) -> Value {
        match serde_json::to_value(self) {
            Ok(Value::Object(mut map)) => map.remove("data").unwrap_or(Value::Null),
            _ => Value::Null,
        }
    }

    /// Reads a stored event back.
    ///
    /// Fails when the type is unknown, the schema version is newer than this product,
    /// or the body does not fit the type.
    pub fn from_stored(
        event_type: &str,
        schema_version: i16,
        data: Value,
    ) -> Result<Event, UnknownEvent> {
        let unknown = |reason: String| UnknownEvent {
            event_type: event_type.to_owned(),
            schema_version,
            reason,
        };
        if schema_version > Self::SCHEMA_VERSION {
            return Err(unknown("written by a newer version".to_owned()));
        }
        let tagged = serde_json::json!({ "type": event_type, "data": data });
        serde_json::from_value(tagged).map_err(|e| unknown(e.to_string()))
    }

    /// The state this event moves the integration to, if it changes the state.
    pub fn new_state(&self) -> Option<IntegrationState> {
        match self {
            Self::IntegrationCreated { .. } => Some(IntegrationState::Draft),
            Self::StateChanged { to, .. } => Some(*to),
            _ => None,
        }
    }
}
