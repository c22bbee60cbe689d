//! The `systemStatus` use case: what an operator needs to see at a glance.
//!
//! Breakers and bulkheads live in the worker processes that call the providers. Each
//! worker publishes a report of them every few seconds (and withdraws it when it
//! stops); `systemStatus` on any instance shows its own live state plus the fresh
//! reports of the others, so an API-only process still sees every worker.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use tokio_util::sync::CancellationToken;

use super::ports::{JobQueue, QueueDepth, StoreError};

/// The database as seen by the application: which backend, and whether it answers.
#[async_trait]
pub trait DatabaseProbe: Send + Sync {
    /// Which database it is.
    fn backend(&self) -> DatabaseBackend;

    /// Whether a trivial round trip to the database succeeds.
    async fn ping(&self) -> bool;

    /// The connection pool's occupancy now.
    fn pool(&self) -> PoolUsage;
}

/// The databases the product runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseBackend {
    /// A SQLite file (the embedded default).
    Sqlite,
    /// A PostgreSQL server.
    Postgres,
}

/// How many connections a pool holds and how many of them are idle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolUsage {
    pub size: u32,
    pub idle: u32,
    pub max: u32,
}

/// The status of the whole process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SystemStatus {
    /// The product version (the crate version).
    pub version: &'static str,
    pub database: DatabaseStatus,
    /// Pipeline jobs waiting and running; `None` when the queue cannot be read.
    pub queue: Option<QueueDepth>,
    /// The live workers: this process's own state and the others' fresh reports.
    pub workers: Vec<InstanceReport>,
}

/// What one worker process reports about its resilience state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstanceReport {
    /// The worker's name (the one it leases jobs under).
    pub instance: String,
    pub reported_at: DateTime<Utc>,
    /// Its networked providers, with their breakers and bulkheads.
    pub providers: Vec<ProviderStatus>,
    /// Its other bulkheads (the database's).
    pub bulkheads: Vec<BulkheadStatus>,
}

/// Where a circuit breaker stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BreakerState {
    /// Calls go through.
    Closed,
    /// Calls fail fast until the open period ends.
    Open,
    /// One trial call decides whether to close again.
    HalfOpen,
}

/// One provider's breaker, bulkhead and counters, as its process sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderStatus {
    pub name: String,
    pub breaker: BreakerState,
    /// Failures in a row so far (the breaker opens at `failure_threshold`).
    pub consecutive_failures: u32,
    pub failure_threshold: u32,
    pub open_seconds: u64,
    /// Calls running now, and the most that may.
    pub in_flight: u32,
    pub concurrency_limit: u32,
    /// Calls waiting for a place, and the most that may wait.
    pub queued: u32,
    pub queue_limit: u32,
    pub calls: u64,
    /// Calls that failed in a way worth retrying (the pipeline retries the step).
    pub retryable_failures: u64,
    /// Calls refused without trying: breaker open or bulkhead full.
    pub rejected: u64,
}

/// What a worker's bulkhead, other than a provider's, guards. Reports store it in
/// lower case (`database`), as the metrics label it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BulkheadName {
    /// The pipeline's share of the database connection pool.
    Database,
}

impl BulkheadName {
    /// The name in reports, metrics and messages.
    pub fn as_str(self) -> &'static str {
        match self {
            BulkheadName::Database => "database",
        }
    }
}

/// One bulkhead's occupancy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkheadStatus {
    pub name: BulkheadName,
    /// Calls running now, and the most that may.
    pub in_flight: u32,
    pub concurrency_limit: u32,
    /// Calls waiting for a place, and the most that may wait.
    pub queued: u32,
    pub queue_limit: u32,
    /// Calls refused because the queue was full.
    pub rejected: u64,
}

/// The providers' resilience state (implemented next to the providers).
pub trait ProviderHealth: Send + Sync {
    fn providers(&self) -> Vec<ProviderStatus>;
    fn bulkheads(&self) -> Vec<BulkheadStatus>;
}

/// Where workers publish their reports for every instance to read.
#[async_trait]
pub trait StatusBoard: Send + Sync {
    /// Stores `report` in place of the instance's previous one.
    async fn publish(&self, report: &InstanceReport) -> Result<(), StoreError>;

    /// The reports published after `since`, by instance name.
    async fn reports_since(&self, since: DateTime<Utc>) -> Result<Vec<InstanceReport>, StoreError>;

    /// Removes an instance's report (it stopped).
    async fn withdraw(&self, instance: &str) -> Result<(), StoreError>;
}

/// A worker process's own resilience state, reported under its name.
#[derive(Clone)]
pub struct LocalWorker {
    pub instance: String,
    pub health: Arc<dyn ProviderHealth>,
}

impl LocalWorker {
    pub fn report(&self) -> InstanceReport {
        InstanceReport {
            instance: self.instance.clone(),
            reported_at: Utc::now(),
            providers: self.health.providers(),
            bulkheads: self.health.bulkheads(),
        }
    }

    /// Publishes this worker's report every `every` until `stop`, then withdraws it.
    /// A failed publication is logged and retried at the next tick.
    pub async fn publish_until(
        self,
        board: Arc<dyn StatusBoard>,
        every: Duration,
        stop: CancellationToken,
    ) {
        loop {
            if let Err(error) = board.publish(&self.report()).await {
                tracing::warn!(%error, "cannot publish this worker's status");
            }
            tokio::select! {
                () = stop.cancelled() => break,
                () = tokio::time::sleep(every) => {}
            }
        }
        if let Err(error) = board.withdraw(&self.instance).await {
            tracing::warn!(%error, "cannot withdraw this worker's status");
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseStatus {
    pub backend: DatabaseBackend,
    pub ok: bool,
}

/// Answers `systemStatus` queries and readiness checks.
#[derive(Clone)]
pub struct SystemStatusQuery {
    database: Arc<dyn DatabaseProbe>,
    queue: Arc<dyn JobQueue>,
    /// This process's worker, if it runs one.
    local: Option<LocalWorker>,
    /// The other workers' reports, and how old one may be and still count as live.
    board: Option<(Arc<dyn StatusBoard>, Duration)>,
}

/// How long a readiness check waits for the database before calling it down.
const PING_TIMEOUT: Duration = Duration::from_secs(2);

impl SystemStatusQuery {
    pub fn new(database: Arc<dyn DatabaseProbe>, queue: Arc<dyn JobQueue>) -> Self {
        Self {
            database,
            queue,
            local: None,
            board: None,
        }
    }

    /// Reports this process's worker, live.
    pub fn with_local_worker(mut self, worker: LocalWorker) -> Self {
        self.local = Some(worker);
        self
    }

    /// Reports the other workers from `board`: those whose report is younger than
    /// `fresh`.
    pub fn with_board(mut self, board: Arc<dyn StatusBoard>, fresh: Duration) -> Self {
        self.board = Some((board, fresh));
        self
    }

    /// The current status. Never fails: a database that does not answer in time is
    /// reported as not ok.
    pub async fn handle(&self) -> SystemStatus {
        SystemStatus {
            version: env!("CARGO_PKG_VERSION"),
            database: DatabaseStatus {
                backend: self.database.backend(),
                ok: self.database_ok().await,
            },
            queue: self.queue.depth().await.ok(),
            workers: self.workers().await,
        }
    }

    async fn workers(&self) -> Vec<InstanceReport> {
        let mut workers: Vec<InstanceReport> = self.local.iter().map(LocalWorker::report).collect();
        if let Some((board, fresh)) = &self.board {
            let since = Utc::now() - chrono::Duration::from_std(*fresh).unwrap_or_default();
            match tokio::time::timeout(PING_TIMEOUT, board.reports_since(since)).await {
                Ok(Ok(reports)) => workers.extend(reports.into_iter().filter(|r| {
                    self.local
                        .as_ref()
                        .is_none_or(|own| own.instance != r.instance)
                })),
                Ok(Err(error)) => tracing::warn!(%error, "cannot read the workers' status"),
                Err(_) => tracing::warn!("reading the workers' status timed out"),
            }
        }
        workers.sort_by(|a, b| a.instance.cmp(&b.instance));
        workers
    }

    /// The job queue's depth; `None` when it cannot be read in time.
    pub async fn queue_depth(&self) -> Option<QueueDepth> {
        tokio::time::timeout(PING_TIMEOUT, self.queue.depth())
            .await
            .ok()?
            .ok()
    }

    /// This process's own worker report, when it runs a worker.
    pub fn local_report(&self) -> Option<InstanceReport> {
        self.local.as_ref().map(LocalWorker::report)
    }

    /// This process's connection pool.
    pub fn pool(&self) -> Option<PoolUsage> {
        Some(self.database.pool())
    }

    /// Whether the database answers within the readiness timeout.
    pub async fn database_ok(&self) -> bool {
        tokio::time::timeout(PING_TIMEOUT, self.database.ping())
            .await
            .unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_keeps_a_bulkhead_under_its_lower_case_name() {
        let status = BulkheadStatus {
            name: BulkheadName::Database,
            in_flight: 1,
            concurrency_limit: 4,
            queued: 0,
            queue_limit: 8,
            rejected: 2,
        };
        let stored = serde_json::to_value(&status).expect("serialisable");
        assert_eq!(stored["name"], BulkheadName::Database.as_str());
        assert_eq!(stored["name"], "database");
        let read: BulkheadStatus = serde_json::from_value(stored).expect("readable");
        assert_eq!(read, status);
    }
}
