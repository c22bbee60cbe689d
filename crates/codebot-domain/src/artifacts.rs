//! What the pipeline produces, as plain data carried by events: generated files, test
//! reports, pull requests, deployments and model usage.

use serde::{Deserialize, Serialize};

/// One file the generator wrote, relative to the integration's root.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GeneratedFile {
    pub path: String,
    pub content: String,
}

/// The outcome of running the generated tests in the sandbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestReport {
    pub passed: bool,
    /// The test command's exit code; `None` when it was killed.
    pub exit_code: Option<i32>,
    pub duration_ms: u64,
    /// Standard output and error, interleaved, cut to a bounded size.
    pub output: String,
    /// Whether `output` was cut.
    pub truncated: bool,
    /// Whether the run was killed for exceeding its time limit.
    pub timed_out: bool,
}

/// A pull request (or its local equivalent) holding the generated code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullRequest {
    pub url: String,
    pub number: u64,
    pub branch: String,
    /// The commit the pull request points at.
    pub commit: String,
    pub state: PullRequestState,
    pub files_changed: u32,
    pub additions: u32,
    pub deletions: u32,
}

/// Where a pull request stands on its code host. Stored in events as `open`, `closed`
/// or `merged`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PullRequestState {
    Open,
    Closed,
    Merged,
}

/// Where the reviewed code was installed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deployment {
    /// Idempotency key: the same id never deploys twice.
    pub id: String,
    /// Where it runs (a directory, a URL).
    pub location: String,
    /// The deployment it replaced, if any (what a rollback returns to).
    pub previous: Option<String>,
}

/// How far a running generation has come, as the generator reports it while the model
/// writes (a streaming model; an instant generator reports nothing).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GenerationProgress {
    /// Characters of the answer received so far.
    pub characters: u64,
    /// The files the answer has begun, in the order it began them.
    pub files: Vec<String>,
}

/// Tokens and cost of model calls.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Usage {
    pub input_tokens: u64,
    pub output_tokens: u64,
    pub cost_usd: f64,
}

impl Usage {
    pub fn is_zero(&self) -> bool {
        self.input_tokens == 0 && self.output_tokens == 0 && self.cost_usd == 0.0
    }

    pub fn add(&mut self, other: Usage) {
        self.input_tokens += other.input_tokens;
        self.output_tokens += other.output_tokens;
        self.cost_usd += other.cost_usd;
    }
}
