//! `systemStatus`: the health of the process as a GraphQL field.

use async_graphql::{Context, Object, Result, SimpleObject};

use super::Handlers;
use crate::application::status;

#[derive(Default)]
pub struct StatusQuery;

#[Object]
impl StatusQuery {
    /// The state of this server process and the services it depends on.
    async fn system_status(&self, ctx: &Context<'_>) -> Result<SystemStatus> {
        let handlers = ctx.data::<Handlers>()?;
        Ok(handlers.system_status.handle().await.into())
    }
}

/// The state of this server process and the services it depends on.
#[derive(SimpleObject)]
pub struct SystemStatus {
    /// The product version this process runs.
    version: String,
    /// The database this process stores events and read models in.
    database: DatabaseStatus,
    /// The pipeline job queue; `null` when it cannot be read.
    queue: Option<QueueStatus>,
}

/// The pipeline job queue.
#[derive(SimpleObject)]
pub struct QueueStatus {
    /// Jobs waiting for a worker.
    queued: u64,
    /// Jobs a worker is driving now.
    running: u64,
}

/// The database as seen from this process.
#[derive(SimpleObject)]
pub struct DatabaseStatus {
    /// `sqlite` (the embedded default) or `postgres`.
    backend: String,
    /// Whether the database answered a trivial query just now.
    ok: bool,
}

impl From<status::SystemStatus> for SystemStatus {
    fn from(s: status::SystemStatus) -> Self {
        Self {
            version: s.version.to_owned(),
            database: DatabaseStatus {
                backend: s.database.backend.to_owned(),
                ok: s.database.ok,
            },
            queue: s.queue.map(|q| QueueStatus {
                queued: q.queued,
                running: q.running,
            }),
        }
    }
}
