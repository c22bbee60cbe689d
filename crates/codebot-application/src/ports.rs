//! The ports: what the application needs from the outside world, as traits that
//! infrastructure implements. Handlers depend on these, never on an adapter.

use async_trait::async_trait;
use uuid::Uuid;

pub use super::envelope::{EventEnvelope, EventMetadata};
use super::integrations::projection::IntegrationProjection;
use super::integrations::views::{IntegrationFilter, IntegrationView, Page, PageRequest, StepView};

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another writer appended first: the expected version is stale.
    #[error("version conflict: expected version {expected}")]
    Conflict { expected: u32 },
    /// The database failed or holds something unreadable.
    #[error("storage failure: {0}")]
    Backend(String),
    /// The database cannot be reached (restarting, unreachable, out of connections):
    /// the request may succeed if tried again shortly.
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
}

/// What an append does to the integration's pipeline job, in the same transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobChange {
    /// Leave the job queue as it is.
    Keep,
    /// Make sure a job exists (a running worker keeps its lease).
    Enqueue,
    /// Remove the job: the pipeline waits for a person or has ended.
    Complete,
}

/// The event store together with the projections written in the same transaction.
#[async_trait]
pub trait IntegrationStore: Send + Sync {
    /// Every event of one integration in version order (empty when there is none).
    async fn load(&self, id: Uuid) -> Result<Vec<EventEnvelope>, StoreError>;

    /// Appends `events` (versions `expected_version + 1 …`) and writes `projection`,
    /// atomically.
    ///
    /// Fails with [`StoreError::Conflict`] when the integration's version is no longer
    /// `expected_version`; nothing is written then.
    async fn append(
        &self,
        expected_version: u32,
        events: &[EventEnvelope],
        projection: &IntegrationProjection,
        job: JobChange,
    ) -> Result<(), StoreError>;
}

/// How much pipeline work there is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueDepth {
    /// Jobs waiting for a worker.
    pub queued: u64,
    /// Jobs a worker holds a live lease on.
    pub running: u64,
    /// When the longest-waiting job without a worker was enqueued.
    pub oldest_queued_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// A job a worker took: its integration, and the trace it continues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedJob {
    pub integration_id: Uuid,
    /// The W3C `traceparent` of the request that enqueued it, if traced.
    pub trace_context: Option<String>,
}

/// The durable queue of pipeline jobs, one per integration with work to do.
#[async_trait]
pub trait JobQueue: Send + Sync {
    /// Takes the oldest job that is due and not leased (or whose lease expired) for
    /// `worker`, until `lease` from now.
    async fn claim(
        &self,
        worker: &str,
        lease: std::time::Duration,
    ) -> Result<Option<ClaimedJob>, StoreError>;

    /// Extends `worker`'s lease; `false` when the lease was lost to another worker.
    async fn renew(
        &self,
        id: Uuid,
        worker: &str,
        lease: std::time::Duration,
    ) -> Result<bool, StoreError>;

    /// Gives the job back (a stopping worker): another worker may claim it at once.
    async fn release(&self, id: Uuid, worker: &str) -> Result<(), StoreError>;

    /// Removes the job if the integration is still at `version`; `false` when it moved
    /// on (then there is more to do).
    async fn complete_if_current(&self, id: Uuid, version: u32) -> Result<bool, StoreError>;

    async fn depth(&self) -> Result<QueueDepth, StoreError>;

    /// Resolves when work may have arrived, or after `timeout` at the latest.
    async fn wait_for_work(&self, timeout: std::time::Duration);
}

/// Reading the event store in order.
#[async_trait]
pub trait EventLog: Send + Sync {
    /// Events with a position after `position`, in position order, at most `limit`.
    ///
    /// Never skips: an event whose transaction is still open when a later one is
    /// already visible is waited for (or the read stops before it), so a reader that
    /// follows positions sees every event exactly once.
    async fn read_after(&self, position: i64, limit: u32)
    -> Result<Vec<EventEnvelope>, StoreError>;

    /// The position of the newest event (0 when there is none).
    async fn last_position(&self) -> Result<i64, StoreError>;

    /// Events of one integration with a version after `after_version`, at most `limit`.
    async fn read_integration(
        &self,
        id: Uuid,
        after_version: u32,
        limit: u32,
    ) -> Result<Vec<EventEnvelope>, StoreError>;
}

/// The read models, for queries.
#[async_trait]
pub trait IntegrationReadModel: Send + Sync {
    /// One integration that is not deleted.
    async fn get(&self, id: Uuid) -> Result<Option<IntegrationView>, StoreError>;

    /// A page of integrations that are not deleted, newest first.
    async fn list(
        &self,
        filter: &IntegrationFilter,
        page: &PageRequest,
    ) -> Result<Page<IntegrationView>, StoreError>;

    /// The generated files of one integration, by path.
    async fn files(
        &self,
        id: Uuid,
    ) -> Result<Vec<codebot_domain::artifacts::GeneratedFile>, StoreError>;

    /// The pipeline steps of several integrations, in one round trip.
    async fn steps(&self, ids: &[Uuid]) -> Result<Vec<(Uuid, StepView)>, StoreError>;

    /// Deletes every read-model row and writes `projections` in their place, in one
    /// transaction.
    async fn replace_all(&self, projections: &[IntegrationProjection]) -> Result<(), StoreError>;
}

/// The people and programs that act on integrations.
#[async_trait]
pub trait UserDirectory: Send + Sync {
    async fn users(&self, ids: &[String]) -> Result<Vec<UserView>, StoreError>;
}

/// A user as shown to clients.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserView {
    pub id: String,
    pub name: String,
    pub role: codebot_domain::identity::Role,
    pub email: Option<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}
