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
}

/// How long a readiness check waits for the database before calling it down.
const PING_TIMEOUT: Duration = Duration::from_secs(2);

impl SystemStatusQuery {
    pub fn new(database: Arc<dyn DatabaseProbe>, queue: Arc<dyn JobQueue>) -> Self {
        Self { database, queue }
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
        }
    }

    /// Whether the database answers within the readiness timeout.
    pub async fn database_ok(&self) -> bool {
        tokio::time::timeout(PING_TIMEOUT, self.database.ping())
            .await
            .unwrap_or(false)
    }
}
