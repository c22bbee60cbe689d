//! The closed sets of names the API speaks in — event types, pipeline steps, step
//! statuses, what changed a state, pull-request states, delivery statuses, permissions,
//! database backends, bulkheads — as GraphQL enums, each mapped from the domain's (or
//! the application's) own type. A value outside the set is then refused by GraphQL
//! validation, before any resolver runs, and a type added to the domain does not
//! compile here until it has a GraphQL name.

use async_graphql::Enum;

/// What an event records: its type, as `IntegrationEvent.type` shows it and as
/// `events(types:)` and webhook subscriptions filter by. (Webhook deliveries' JSON
/// bodies and their `X-Codebot-Event` header carry the stored name instead:
/// `StateChanged` for `STATE_CHANGED`.)
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "codebot_domain::EventType")]
pub enum EventType {
    /// The integration was created (in DRAFT).
    IntegrationCreated,
    /// Its request (name, description, prompt or config) was changed.
    IntegrationUpdated,
    /// It moved from one state to another.
    StateChanged,
    /// It was removed from every listing.
    IntegrationDeleted,
    /// A pipeline step began an attempt.
    StepStarted,
    /// A pipeline step's attempt succeeded.
    StepSucceeded,
    /// A pipeline step's attempt failed.
    StepFailed,
    /// A running generation came further (recorded every few seconds while a streaming
    /// model writes; webhook subscriptions to all types leave it out).
    GenerationProgressed,
    /// The generator wrote the code and its tests.
    CodeGenerated,
    /// The generated tests ran in the sandbox.
    TestsCompleted,
    /// The code was published for review.
    PullRequestOpened,
    /// The reviewed pull request was merged (after deploying it).
    PullRequestMerged,
    /// The reviewed code was installed.
    Deployed,
    /// What a finished step did was undone after a failure.
    Compensated,
    /// The deployment was taken out of service after deprecation.
    Undeployed,
    /// An attempt to undo a step failed; the saga tries again after a pause.
    CompensationAttemptFailed,
    /// The saga gave up undoing a step and waits for an administrator.
    CompensationFailed,
    /// An administrator asked the saga to try the failed undo again.
    CompensationRetried,
    /// An administrator recorded that the failed undo was done by hand.
    CompensationResolved,
}

/// A step of the pipeline, in the order they run (the human review comes between
/// `PULL_REQUEST` and `DEPLOY`; it is a decision, not a step).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "StepName", remote = "codebot_domain::PipelineStep")]
pub enum StepName {
    /// The request is checked against its kind's rules.
    Validate,
    /// The generator writes the code and its tests.
    Generate,
    /// The generated tests run in the sandbox.
    Test,
    /// The code is published for review.
    PullRequest,
    /// The reviewed code is installed.
    Deploy,
}

/// How far a step got in the current run.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "codebot_domain::integration::StepStatus")]
pub enum StepStatus {
    /// Not started in this run.
    Pending,
    /// An attempt is running.
    Running,
    /// Its last attempt succeeded.
    Succeeded,
    /// Its last attempt failed.
    Failed,
    /// It had succeeded, and what it did was undone after a failure.
    Compensated,
}

/// What caused a state change.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "codebot_domain::Trigger")]
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

/// Where a pull request stands on its code host.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "codebot_domain::artifacts::PullRequestState")]
pub enum PullRequestState {
    /// Waiting for review (or for a person to merge it after deploying).
    Open,
    /// Closed unmerged: rejected, cancelled or undone after a failure.
    Closed,
    /// Merged into the base branch.
    Merged,
}

/// Where one webhook delivery stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "codebot_application::notifications::ports::DeliveryStatus")]
pub enum DeliveryStatus {
    /// Not delivered yet; the next attempt is due at `nextAttemptAt`.
    Pending,
    /// The endpoint answered with a 2xx status.
    Delivered,
    /// Given up after the last attempt (`CODEBOT_NOTIFY_MAX_ATTEMPTS`).
    Failed,
}

/// What a role permits. The policy file (`policy.toml`) and the logs name the same
/// permissions in lower case: `integration.read` for `INTEGRATION_READ`,
/// `apikey.manage` for `API_KEY_MANAGE`.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "codebot_domain::identity::Permission")]
pub enum Permission {
    /// Reading integrations, their history and their kinds.
    IntegrationRead,
    /// Creating integrations and changing them (its own; any, for an admin).
    IntegrationWrite,
    /// Deleting integrations and settling a failed undo.
    IntegrationDelete,
    /// Listing, making and revoking API keys (its own, up to its role; everyone's for a
    /// user manager).
    ApiKeyManage,
    /// Inviting users and changing their roles.
    UserManage,
}

/// Which database a process stores events and read models in.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "codebot_application::status::DatabaseBackend")]
pub enum DatabaseBackend {
    /// A SQLite file (the embedded default).
    Sqlite,
    /// A PostgreSQL server (`DATABASE_URL`).
    Postgres,
}

/// What a worker's bulkhead, other than a provider's, guards.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "codebot_application::status::BulkheadName")]
pub enum BulkheadName {
    /// The pipeline's share of the database connection pool.
    Database,
}
