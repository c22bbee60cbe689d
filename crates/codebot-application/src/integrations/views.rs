//! The read-model shapes (an integration, its steps, a page of a listing) that the ports
//! return and the query handlers pass on. They import no use case and no port, so the
//! ports can name them without a cycle.

use chrono::{DateTime, Utc};
use serde_json::Value;
use uuid::Uuid;

use codebot_domain::artifacts::{Deployment, GenerationProgress, PullRequest, TestReport, Usage};
use codebot_domain::integration::{CompensationFailure, Failure, StepStatus};
use codebot_domain::{IntegrationState, PipelineStep};

/// What the pipeline produced, as the read model keeps it beside the integration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Artifacts {
    pub round: u32,
    pub generator: Option<String>,
    pub summary: Option<String>,
    pub test_command: Vec<String>,
    pub test_report: Option<TestReport>,
    pub pull_request: Option<PullRequest>,
    pub deployment: Option<Deployment>,
    pub usage: Usage,
    /// How far the running generation has come; absent when none runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generation_progress: Option<GenerationProgressView>,
}

/// The latest progress report of a running generation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GenerationProgressView {
    /// The attempt of the generate step that reported it.
    pub attempt: u32,
    #[serde(flatten)]
    pub progress: GenerationProgress,
    pub reported_at: DateTime<Utc>,
}

/// An integration as the read model stores it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IntegrationView {
    pub id: Uuid,
    pub kind: String,
    pub name: String,
    pub description: Option<String>,
    pub prompt: String,
    pub config: Value,
    pub state: IntegrationState,
    pub version: u32,
    pub owner_id: String,
    pub failure: Option<Failure>,
    /// The undo the saga gave up on, waiting for an administrator.
    #[serde(default)]
    pub compensation_failure: Option<CompensationFailure>,
    /// Whether the saga still has a pull request to close or a deployment to roll back
    /// or remove.
    #[serde(default)]
    pub cleaning_up: bool,
    pub change_request: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
    pub artifacts: Artifacts,
}

/// One step of an integration's pipeline as the read model stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepView {
    pub step: PipelineStep,
    pub status: StepStatus,
    pub attempts: u32,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub error: Option<String>,
}

/// Which integrations a listing shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IntegrationFilter {
    /// Only these states (all when empty).
    pub states: Vec<IntegrationState>,
    /// Only this owner's.
    pub owner_id: Option<String>,
    /// Only those whose name or description contains this text (case-insensitive).
    pub text: Option<String>,
    /// Only those with (`true`) or without (`false`) an undo the saga gave up on.
    pub compensation_failed: Option<bool>,
}

/// A window of a listing ordered newest first: `first` after a cursor, or `last`
/// before one. Cursors are integration ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageRequest {
    Forward { first: u32, after: Option<Uuid> },
    Backward { last: u32, before: Option<Uuid> },
}

/// One window of a listing.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub has_next_page: bool,
    pub has_previous_page: bool,
    /// How many match the filter in all.
    pub total_count: u64,
}
