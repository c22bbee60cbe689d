//! `systemStatus`: the health of the process as a GraphQL field.

use async_graphql::{ComplexObject, Context, Enum, Object, SimpleObject};
use chrono::{DateTime, Utc};

use super::Handlers;
use super::errors::Result;
use super::vocabulary::{BulkheadName, DatabaseBackend};
use codebot_application::status;

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
#[graphql(complex)]
pub struct SystemStatus {
    /// The product version this process runs.
    version: String,
    /// The database this process stores events and read models in.
    database: DatabaseStatus,
    /// The pipeline job queue; `null` when it cannot be read.
    queue: Option<QueueStatus>,
    /// The networked providers every live worker calls (none for the offline ones),
    /// with their breakers and bulkheads, one entry per worker and provider.
    providers: Vec<ProviderStatus>,
    /// The live workers' other bulkheads (the pipeline's database bulkhead).
    bulkheads: Vec<BulkheadStatus>,
    /// The worker processes heard from lately (this one included, if it works).
    workers: Vec<WorkerStatus>,
}

#[ComplexObject]
impl SystemStatus {
    /// Integrations whose undo the saga gave up on, waiting for an administrator to
    /// retry or resolve it (list them with `integrations(filter: { compensationFailed:
    /// true })`); `null` when the read model cannot be read.
    async fn compensations_failed(&self, ctx: &Context<'_>) -> Result<Option<u64>> {
        use codebot_application::integrations::queries::{IntegrationFilter, PageRequest};
        let handlers = ctx.data::<Handlers>()?;
        let filter = IntegrationFilter {
            compensation_failed: Some(true),
            ..IntegrationFilter::default()
        };
        let page = PageRequest::Forward {
            first: 0,
            after: None,
        };
        Ok(handlers
            .integration_queries
            .list(&filter, &page)
            .await
            .map(|page| page.total_count)
            .ok())
    }
}

/// A worker process, as its latest report shows it.
#[derive(SimpleObject)]
pub struct WorkerStatus {
    /// The worker's name (the one it leases pipeline jobs under).
    instance: String,
    /// When it last reported (workers report every `CODEBOT_STATUS_REPORT_SECS`).
    reported_at: DateTime<Utc>,
}

/// One bulkhead of one worker.
#[derive(SimpleObject)]
pub struct BulkheadStatus {
    /// The worker it belongs to.
    instance: String,
    /// What it guards.
    name: BulkheadName,
    /// Operations running now, and the most that may.
    in_flight: u32,
    concurrency_limit: u32,
    /// Operations waiting for a place, and the most that may wait.
    queued: u32,
    queue_limit: u32,
    /// Operations refused because the queue was full.
    rejected: u64,
}

/// Where a circuit breaker stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "codebot_application::status::BreakerState")]
pub enum BreakerState {
    /// Calls go through.
    Closed,
    /// Calls fail fast until the open period ends.
    Open,
    /// One trial call decides whether it closes again.
    HalfOpen,
}

/// One networked provider as one worker sees it.
#[derive(SimpleObject)]
pub struct ProviderStatus {
    /// The worker whose breaker and bulkhead these are (each worker has its own).
    instance: String,
    /// Which provider (`anthropic:MODEL`, `openai:MODEL`, `github`,
    /// `deploy-webhook`). A name rather than an enum: the model in it is whatever this
    /// server's configuration names.
    name: String,
    breaker: BreakerState,
    /// Failures in a row so far; the breaker opens at `failureThreshold`.
    consecutive_failures: u32,
    failure_threshold: u32,
    /// How long the breaker stays open before a trial call.
    open_seconds: u64,
    /// Calls running now (the bulkhead's occupancy) and the most that may.
    in_flight: u32,
    concurrency_limit: u32,
    /// Calls waiting for a place, and the most that may wait.
    queued: u32,
    queue_limit: u32,
    /// Calls made.
    calls: u64,
    /// Calls that failed in a way worth retrying; the pipeline retried their steps.
    retries: u64,
    /// Calls refused without trying: the breaker open or the bulkhead full.
    rejected: u64,
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
    /// Which database it is.
    backend: DatabaseBackend,
    /// Whether the database answered a trivial query just now.
    ok: bool,
}

impl From<status::SystemStatus> for SystemStatus {
    fn from(s: status::SystemStatus) -> Self {
        Self {
            version: s.version.to_owned(),
            database: DatabaseStatus {
                backend: s.database.backend.into(),
                ok: s.database.ok,
            },
            queue: s.queue.map(|q| QueueStatus {
                queued: q.queued,
                running: q.running,
            }),
            providers: s
                .workers
                .iter()
                .flat_map(|w| {
                    w.providers.iter().map(|p| ProviderStatus {
                        instance: w.instance.clone(),
                        name: p.name.clone(),
                        breaker: p.breaker.into(),
                        consecutive_failures: p.consecutive_failures,
                        failure_threshold: p.failure_threshold,
                        open_seconds: p.open_seconds,
                        in_flight: p.in_flight,
                        concurrency_limit: p.concurrency_limit,
                        queued: p.queued,
                        queue_limit: p.queue_limit,
                        calls: p.calls,
                        retries: p.retryable_failures,
                        rejected: p.rejected,
                    })
                })
                .collect(),
            bulkheads: s
                .workers
                .iter()
                .flat_map(|w| {
                    w.bulkheads.iter().map(|b| BulkheadStatus {
                        instance: w.instance.clone(),
                        name: b.name.into(),
                        in_flight: b.in_flight,
                        concurrency_limit: b.concurrency_limit,
                        queued: b.queued,
                        queue_limit: b.queue_limit,
                        rejected: b.rejected,
                    })
                })
                .collect(),
            workers: s
                .workers
                .iter()
                .map(|w| WorkerStatus {
                    instance: w.instance.clone(),
                    reported_at: w.reported_at,
                })
                .collect(),
        }
    }
}
