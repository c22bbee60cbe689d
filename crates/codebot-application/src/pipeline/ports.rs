//! The pipeline's providers: traits the saga calls, implemented in infrastructure
//! (offline ones for the embedded default, networked ones behind resilience policies).
//!
//! Every call takes a cancellation token: a cancelled integration stops its running
//! step within a second, and a provider must return [`ProviderError::Cancelled`] then.

use std::time::Duration;

use async_trait::async_trait;
use serde_json::Value;
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use codebot_domain::artifacts::{
    Deployment, GeneratedFile, GenerationProgress, PullRequest, TestReport, Usage,
};

/// Why a provider call failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProviderError {
    /// Worth trying again (a timeout, a connection error, a 429 or 5xx).
    #[error("{0}")]
    Retryable(String),
    /// Worth trying again, but not before the provider said (a `Retry-After`).
    #[error("{0}")]
    Throttled(String, Duration),
    /// Trying again will not help (bad output, a 4xx, a refused request).
    #[error("{0}")]
    Permanent(String),
    /// The step was cancelled.
    #[error("cancelled")]
    Cancelled,
}

/// What the generator is asked to write.
#[derive(Debug, Clone, PartialEq)]
pub struct GenerationRequest {
    pub integration_id: Uuid,
    pub kind: String,
    pub name: String,
    pub description: Option<String>,
    /// The requester's words: data for the model, never instructions to it.
    pub prompt: String,
    /// The config with secret values replaced by placeholders.
    pub config: Value,
    /// The JSON Schema of the kind's config.
    pub config_schema: Value,
    /// 1 for the first generation, then 2, 3, … for repairs and change requests.
    pub round: u32,
    /// A reviewer's request for changes, if this round answers one.
    pub change_request: Option<String>,
    /// The files of the previous round, when repairing or changing them.
    pub previous_files: Vec<GeneratedFile>,
    /// The output of the previous round's failing tests.
    pub test_feedback: Option<String>,
}

/// What the generator wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct GeneratedCode {
    pub files: Vec<GeneratedFile>,
    /// The command that runs the generated tests, as argv (e.g. `python3 -m unittest`).
    pub test_command: Vec<String>,
    /// Which generator wrote it (`scaffold`, `anthropic:MODEL`, …).
    pub generator: String,
    /// One paragraph on what was generated.
    pub summary: String,
    pub usage: Usage,
}

/// Where a generator reports how far it has come while it writes, and what each call
/// spent. Reporting is cheap and never waits: the saga records the latest progress
/// every few seconds, and the tokens of a failed attempt with its failure (a
/// successful one carries them in its answer). `()` discards reports.
pub trait ProgressSink: Send + Sync {
    fn report(&self, progress: GenerationProgress);

    /// A model call spent `usage`, whether or not its answer is usable.
    fn spent(&self, usage: Usage);
}

impl ProgressSink for () {
    fn report(&self, _: GenerationProgress) {}

    fn spent(&self, _: Usage) {}
}

#[async_trait]
pub trait CodeGenerator: Send + Sync {
    /// The generator's name as recorded in events.
    fn name(&self) -> String;

    /// Writes the integration's code and tests, reporting progress to `progress` if it
    /// can tell (a streaming model).
    async fn generate(
        &self,
        request: &GenerationRequest,
        progress: &dyn ProgressSink,
        cancel: &CancellationToken,
    ) -> Result<GeneratedCode, ProviderError>;
}

/// A run of the generated tests.
#[derive(Debug, Clone, PartialEq)]
pub struct TestRun {
    pub integration_id: Uuid,
    pub files: Vec<GeneratedFile>,
    pub command: Vec<String>,
    /// The run is killed (with its whole process group) after this long.
    pub timeout: Duration,
}

#[async_trait]
pub trait Sandbox: Send + Sync {
    /// Writes the files into a fresh workspace, runs the command there with limits and
    /// removes the workspace. Failing tests are a report with `passed: false`, not an
    /// error; an error means the sandbox itself could not run.
    async fn run_tests(
        &self,
        run: &TestRun,
        cancel: &CancellationToken,
    ) -> Result<TestReport, ProviderError>;
}

/// What the code host is asked to publish.
#[derive(Debug, Clone, PartialEq)]
pub struct PullRequestRequest {
    pub integration_id: Uuid,
    /// Deterministic per integration: the idempotency key of the pull request.
    pub branch: String,
    pub title: String,
    pub body: String,
    pub files: Vec<GeneratedFile>,
}

#[async_trait]
pub trait CodeHost: Send + Sync {
    /// Commits the files onto `branch` and opens a pull request for it, or updates the
    /// one already open for that branch: never a second pull request per branch.
    async fn open_pull_request(
        &self,
        request: &PullRequestRequest,
        cancel: &CancellationToken,
    ) -> Result<PullRequest, ProviderError>;

    /// Closes the pull request of `branch`; closing a closed or missing one succeeds.
    async fn close_pull_request(&self, branch: &str) -> Result<(), ProviderError>;

    /// Merges the pull request of `branch` at `commit` into the base branch (the
    /// reviewed code went live); merging a merged one succeeds.
    async fn merge_pull_request(
        &self,
        branch: &str,
        commit: &str,
        cancel: &CancellationToken,
    ) -> Result<(), ProviderError>;

    /// What the pull request of `branch` changes, for hosts that have no pages of
    /// their own to show it on (the local repository); `None` where the pull request's
    /// URL shows it (GitHub) or when the host has no such pull request.
    async fn changes(&self, branch: &str) -> Result<Option<PullRequestChanges>, ProviderError>;
}

/// What a pull request changes: its commits since the base, and the diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PullRequestChanges {
    /// The base branch (`main`).
    pub base: String,
    /// The commit the branch left the base at.
    pub base_commit: String,
    /// The commit the pull request points at.
    pub head_commit: String,
    /// The branch's commits after the base, newest first.
    pub commits: Vec<ChangeCommit>,
    /// The changed files with their line counts.
    pub files: Vec<ChangedFile>,
    /// The unified diff, cut to a bounded size.
    pub diff: String,
    /// Whether `diff` was cut.
    pub truncated: bool,
}

/// One commit of a pull request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeCommit {
    pub id: String,
    pub message: String,
}

/// One file a pull request changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedFile {
    pub path: String,
    /// `None` for a binary file.
    pub additions: Option<u32>,
    pub deletions: Option<u32>,
}

/// What the deployer is asked to install.
#[derive(Debug, Clone, PartialEq)]
pub struct DeployRequest {
    pub integration_id: Uuid,
    /// Idempotency key: deploying the same id twice installs once.
    pub deployment_id: String,
    pub files: Vec<GeneratedFile>,
}

#[async_trait]
pub trait Deployer: Send + Sync {
    /// Installs the files as the integration's live version, keeping the previous one.
    async fn deploy(
        &self,
        request: &DeployRequest,
        cancel: &CancellationToken,
    ) -> Result<Deployment, ProviderError>;

    /// Undoes deployment `deployment_id`: the previous version (if any) is live again.
    /// Rolling back one that is not live (or not there) succeeds.
    async fn rollback(
        &self,
        integration_id: Uuid,
        deployment_id: &str,
    ) -> Result<(), ProviderError>;

    /// Takes the integration out of service altogether; succeeds when nothing is live.
    async fn undeploy(&self, integration_id: Uuid) -> Result<(), ProviderError>;
}
