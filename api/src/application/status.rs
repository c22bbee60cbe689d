//! The `systemStatus` use case: what an operator needs to see at a glance.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;

use super::ports::{JobQueue, QueueDepth};

/// The database as seen by the application: which backend, and whether it answers.
#[async_trait]
pub trait DatabaseProbe: Send + Sync {
    /// `sqlite` or `postgres`.
    fn backend(&self) -> &'static str;

    /// Whether a trivial round trip to the database succeeds.
    async fn ping(&self) -> bool;
}

/// The status of the whole process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SystemStatus {
    /// The product version (the crate version).
    pub version: &'static str,
    pub database: DatabaseStatus,
    /// Pipeline jobs waiting and running; `None` when the queue cannot be read.
    pub queue: Option<QueueDepth>,
    /// The networked providers this process calls, with their resilience state.
    pub providers: Vec<ProviderStatus>,
}

/// Where a circuit breaker stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakerState {
    /// Calls go through.
    Closed,
    /// Calls fail fast until the open period ends.
    Open,
    /// One trial call decides whether to close again.
    HalfOpen,
}

/// One provider's breaker, bulkhead and counters, as this process sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// The providers' resilience state (implemented next to the providers).
pub trait ProviderHealth: Send + Sync {
    fn providers(&self) -> Vec<ProviderStatus>;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseStatus {
    pub backend: &'static str,
    pub ok: bool,
}

/// Answers `systemStatus` queries and readiness checks.
#[derive(Clone)]
pub struct SystemStatusQuery {
    database: Arc<dyn DatabaseProbe>,
    queue: Arc<dyn JobQueue>,
    providers: Option<Arc<dyn ProviderHealth>>,
}

/// How long a readiness check waits for the database before calling it down.
const PING_TIMEOUT: Duration = Duration::from_secs(2);

impl SystemStatusQuery {
    pub fn new(database: Arc<dyn DatabaseProbe>, queue: Arc<dyn JobQueue>) -> Self {
        Self {
            database,
            queue,
            providers: None,
        }
    }

    /// Reports the providers' resilience state too.
    pub fn with_providers(mut self, providers: Arc<dyn ProviderHealth>) -> Self {
        self.providers = Some(providers);
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
            providers: self
                .providers
                .as_ref()
                .map(|p| p.providers())
                .unwrap_or_default(),
        }
    }

    /// Whether the database answers within the readiness timeout.
    pub async fn database_ok(&self) -> bool {
        tokio::time::timeout(PING_TIMEOUT, self.database.ping())
            .await
            .unwrap_or(false)
    }
}
