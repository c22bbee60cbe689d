//! The worker role: claims pipeline jobs and drives them, a bounded number at a time,
//! renewing each lease while it works. On shutdown it stops claiming, stops the steps
//! in hand and releases their jobs so that another worker resumes them at once.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;
use tracing::Instrument as _;

use super::saga::PipelineRunner;
use crate::ports::JobQueue;

#[derive(Debug, Clone)]
pub struct WorkerSettings {
    /// Jobs driven at once.
    pub concurrency: usize,
    /// How long a claim lasts without renewal.
    pub lease: Duration,
    /// The slowest a worker looks for work when no wake-up arrives.
    pub poll: Duration,
}

impl Default for WorkerSettings {
    fn default() -> Self {
        Self {
            concurrency: 4,
            lease: Duration::from_secs(30),
            poll: Duration::from_secs(5),
        }
    }
}

pub struct Worker {
    name: String,
    queue: Arc<dyn JobQueue>,
    runner: Arc<PipelineRunner>,
    settings: WorkerSettings,
}

impl Worker {
    pub fn new(
        name: String,
        queue: Arc<dyn JobQueue>,
        runner: Arc<PipelineRunner>,
        settings: WorkerSettings,
    ) -> Self {
        Self {
            name,
            queue,
            runner,
            settings,
        }
    }

    /// Claims and drives jobs until `shutdown` is cancelled, then releases what it
    /// holds and returns.
    pub async fn run(self, shutdown: CancellationToken) {
        let slots = Arc::new(Semaphore::new(self.settings.concurrency.max(1)));
        let mut running = JoinSet::new();
        tracing::info!(worker = %self.name, concurrency = self.settings.concurrency, "worker started");
        loop {
            while running.try_join_next().is_some() {}
            let permit = tokio::select! {
                () = shutdown.cancelled() => break,
                permit = slots.clone().acquire_owned() => match permit {
                    Ok(permit) => permit,
                    Err(_) => break,
                },
            };
            match self.queue.claim(&self.name, self.settings.lease).await {
                Ok(Some(job)) => {
                    let id = job.integration_id;
                    // The job's spans continue the trace of the request that enqueued it.
                    let span = tracing::info_span!(
                        "pipeline.job",
                        otel.name = "pipeline.job",
                        integration = %id,
                        worker = %self.name,
                        trace_id = tracing::field::Empty,
                    );
                    crate::telemetry::continue_trace(&span, job.trace_context.as_deref());
                    let queue = self.queue.clone();
                    let runner = self.runner.clone();
                    let name = self.name.clone();
                    let lease = self.settings.lease;
                    let stop = shutdown.child_token();
                    running.spawn(async move {
                        let _permit = permit;
                        // Aborted on every way out, a panic included: a lease renewed
                        // forever would keep the job from every other worker.
                        let _heartbeat = AbortOnDrop(renew_lease(queue.clone(), id, name.clone(), lease, stop.clone()));
                        if let Err(error) = runner.drive(id, &stop).instrument(span).await {
                            tracing::error!(integration = %id, %error, cause = ?std::error::Error::source(&error), "pipeline job failed; its lease will expire");
                        }
                        if stop.is_cancelled() {
                            queue.release(id, &name).await.ok();
                        }
                    });
                }
                Ok(None) => {
                    drop(permit);
                    tokio::select! {
                        () = shutdown.cancelled() => break,
                        () = self.queue.wait_for_work(self.settings.poll) => {}
                    }
                }
                Err(error) => {
                    drop(permit);
                    tracing::warn!(%error, "cannot claim a job");
                    tokio::select! {
                        () = shutdown.cancelled() => break,
                        () = tokio::time::sleep(self.settings.poll) => {}
                    }
                }
            }
        }
        tracing::info!(worker = %self.name, in_hand = running.len(), "worker stopping");
        while running.join_next().await.is_some() {}
    }
}

/// Aborts a background task when dropped.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Renews the lease every third of its length; cancels `stop` when it was lost, so the
/// step in hand stops (its result could not be recorded anyway).
fn renew_lease(
    queue: Arc<dyn JobQueue>,
    id: uuid::Uuid,
    worker: String,
    lease: Duration,
    stop: CancellationToken,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            tokio::select! {
                () = stop.cancelled() => return,
                () = tokio::time::sleep(lease / 3) => {}
            }
            match queue.renew(id, &worker, lease).await {
                Ok(true) => {}
                Ok(false) => {
                    tracing::warn!(integration = %id, "lease lost to another worker");
                    stop.cancel();
                    return;
                }
                Err(error) => tracing::warn!(integration = %id, %error, "cannot renew the lease"),
            }
        }
    })
}
