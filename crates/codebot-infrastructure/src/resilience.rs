//! Resilience around one networked provider: a circuit breaker, a bulkhead and a
//! per-call timeout. Retries are the pipeline's: each failed attempt of a step is a
//! recorded event and the worker waits (exponential backoff with jitter, at least the
//! provider's `Retry-After`) before the next, so retries survive a crash and show in
//! the history instead of hiding inside one call.
//!
//! The breaker is written here rather than taken from a crate because `systemStatus`
//! must show its state and counters, and the half-open state must let exactly one
//! trial call through; the bulkhead is a tokio semaphore with a bounded queue. The
//! same bulkhead, alone, bounds the pipeline's database work (`BulkheadedStore`,
//! `BulkheadedQueue`).

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Semaphore;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use codebot_application::integrations::projection::IntegrationProjection;
use codebot_application::pipeline::ports::{
    CodeGenerator, CodeHost, DeployRequest, Deployer, GeneratedCode, GenerationRequest,
    ProgressSink, ProviderError, PullRequestChanges, PullRequestRequest,
};
use codebot_application::ports::{
    EventEnvelope, IntegrationStore, JobChange, JobQueue, QueueDepth, StoreError,
};
use codebot_application::status::{
    BreakerState, BulkheadName, BulkheadStatus, ProviderHealth, ProviderStatus,
};
use codebot_domain::artifacts::{Deployment, PullRequest};

/// How one provider is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Failures in a row that open the breaker.
    pub failure_threshold: u32,
    /// How long it stays open before a trial call.
    pub open_for: Duration,
    /// Calls at once.
    pub concurrency: u32,
    /// Calls that may wait for a place; more are refused at once.
    pub queue: u32,
    /// Longest one call may take.
    pub timeout: Duration,
}

#[derive(Debug)]
enum Phase {
    Closed { failures: u32 },
    Open { until: Instant },
    HalfOpen { trial_running: bool },
}

/// A bulkhead: at most `concurrency` calls at once, at most `queue` more waiting for a
/// place; beyond that, calls are refused at once rather than piling up.
pub struct Bulkhead {
    name: String,
    concurrency: u32,
    queue: u32,
    places: Semaphore,
    queued: AtomicU32,
    in_flight: AtomicU32,
    rejected: AtomicU64,
}

/// Why a bulkhead did not run a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Every place is taken and the queue is full.
    Full(String),
    /// The caller gave up while waiting.
    Cancelled,
}

impl Bulkhead {
    pub fn new(name: impl Into<String>, concurrency: u32, queue: u32) -> Self {
        Self {
            name: name.into(),
            concurrency: concurrency.max(1),
            queue,
            places: Semaphore::new(concurrency.max(1) as usize),
            queued: AtomicU32::new(0),
            in_flight: AtomicU32::new(0),
            rejected: AtomicU64::new(0),
        }
    }

    /// Runs `work` once a place is free (waiting no longer than `cancel` allows).
    pub async fn run<T>(
        &self,
        cancel: Option<&CancellationToken>,
        work: impl Future<Output = T>,
    ) -> Result<T, Refusal> {
        let permit = match self.places.try_acquire() {
            Ok(permit) => permit,
            Err(_) => {
                if self.queued.fetch_add(1, Ordering::SeqCst) >= self.queue {
                    self.queued.fetch_sub(1, Ordering::SeqCst);
                    self.rejected.fetch_add(1, Ordering::Relaxed);
                    return Err(Refusal::Full(format!(
                        "the {} bulkhead is full ({} calls running, {} waiting)",
                        self.name, self.concurrency, self.queue
                    )));
                }
                // Counted down however the wait ends, even when the caller drops this.
                let waiting = CountedDown(&self.queued);
                let never = CancellationToken::new();
                let cancel = cancel.unwrap_or(&never);
                let acquired = tokio::select! {
                    permit = self.places.acquire() => permit.ok(),
                    () = cancel.cancelled() => None,
                };
                drop(waiting);
                acquired.ok_or(Refusal::Cancelled)?
            }
        };
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        let _running = CountedDown(&self.in_flight);
        let result = work.await;
        drop(permit);
        Ok(result)
    }

    /// How full it is now.
    pub fn occupancy(&self) -> Occupancy {
        Occupancy {
            in_flight: self.in_flight.load(Ordering::SeqCst),
            concurrency_limit: self.concurrency,
            queued: self.queued.load(Ordering::SeqCst),
            queue_limit: self.queue,
            rejected: self.rejected.load(Ordering::Relaxed),
        }
    }
}

/// A bulkhead's counts at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occupancy {
    /// Calls running now, and the most that may.
    pub in_flight: u32,
    pub concurrency_limit: u32,
    /// Calls waiting for a place, and the most that may wait.
    pub queued: u32,
    pub queue_limit: u32,
    /// Calls refused because the queue was full.
    pub rejected: u64,
}

/// Decrements a counter when dropped.
struct CountedDown<'a>(&'a AtomicU32);

impl Drop for CountedDown<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The half-open breaker's trial turn, handed back unless an outcome was recorded.
struct TrialTurn<'a> {
    guard: &'a Guard,
    held: bool,
}

impl Drop for TrialTurn<'_> {
    fn drop(&mut self) {
        if self.held {
            self.guard.return_trial();
        }
    }
}

/// The protection of one provider.
pub struct Guard {
    name: String,
    policy: Policy,
    phase: Mutex<Phase>,
    bulkhead: Bulkhead,
    calls: AtomicU64,
    retryable_failures: AtomicU64,
    rejected_by_breaker: AtomicU64,
}

impl Guard {
    pub fn new(name: impl Into<String>, policy: Policy) -> Self {
        let name = name.into();
        Self {
            bulkhead: Bulkhead::new(name.clone(), policy.concurrency, policy.queue),
            name,
            policy,
            phase: Mutex::new(Phase::Closed { failures: 0 }),
            calls: AtomicU64::new(0),
            retryable_failures: AtomicU64::new(0),
            rejected_by_breaker: AtomicU64::new(0),
        }
    }

    fn phase(&self) -> std::sync::MutexGuard<'_, Phase> {
        self.phase.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Lets a call through the breaker, or says why not.
    fn admit(&self) -> Result<bool, ProviderError> {
        let mut phase = self.phase();
        match *phase {
            Phase::Closed { .. } => Ok(false),
            Phase::Open { until } if Instant::now() < until => {
                Err(ProviderError::Retryable(format!(
                    "the {} circuit is open after {} failures in a row; not calling it for {} s",
                    self.name,
                    self.policy.failure_threshold,
                    until.saturating_duration_since(Instant::now()).as_secs() + 1
                )))
            }
            Phase::Open { .. }
            | Phase::HalfOpen {
                trial_running: false,
            } => {
                *phase = Phase::HalfOpen {
                    trial_running: true,
                };
                Ok(true)
            }
            Phase::HalfOpen {
                trial_running: true,
            } => Err(ProviderError::Retryable(format!(
                "the {} circuit is half-open and its trial call is running",
                self.name
            ))),
        }
    }

    fn record(&self, outcome: &Result<(), bool>, trial: bool) {
        let mut phase = self.phase();
        match outcome {
            // A success (or a failure that says nothing about the provider's health,
            // such as a bad request) closes the breaker.
            Ok(()) | Err(false) => *phase = Phase::Closed { failures: 0 },
            Err(true) => {
                let failures = match *phase {
                    Phase::Closed { failures } => failures + 1,
                    _ => self.policy.failure_threshold,
                };
                *phase = if trial || failures >= self.policy.failure_threshold {
                    tracing::warn!(provider = %self.name, failures, "circuit opened");
                    Phase::Open {
                        until: Instant::now() + self.policy.open_for,
                    }
                } else {
                    Phase::Closed { failures }
                };
            }
        }
    }

    /// A trial call that ended without an outcome gives its turn back.
    fn return_trial(&self) {
        let mut phase = self.phase();
        if let Phase::HalfOpen {
            trial_running: true,
        } = *phase
        {
            *phase = Phase::HalfOpen {
                trial_running: false,
            };
        }
    }

    /// Runs `call` under the breaker, the bulkhead and the timeout. Fails fast while
    /// the breaker is open and when the bulkhead's queue is full.
    pub async fn call<T, F>(&self, cancel: &CancellationToken, call: F) -> Result<T, ProviderError>
    where
        F: Future<Output = Result<T, ProviderError>>,
    {
        let trial = self.admit().inspect_err(|_| {
            self.rejected_by_breaker.fetch_add(1, Ordering::Relaxed);
        })?;
        // A trial call whose caller gives up (drops this future) must give its turn
        // back, or the breaker would stay half-open with no trial ever running.
        let mut turn = TrialTurn {
            guard: self,
            held: trial,
        };
        let bounded = async {
            self.calls.fetch_add(1, Ordering::Relaxed);
            tokio::select! {
                result = tokio::time::timeout(self.policy.timeout, call) => result.unwrap_or_else(|_| {
                    Err(ProviderError::Retryable(format!(
                        "{} did not answer within {} s",
                        self.name,
                        self.policy.timeout.as_secs()
                    )))
                }),
                () = cancel.cancelled() => Err(ProviderError::Cancelled),
            }
        };
        let result = match self.bulkhead.run(Some(cancel), bounded).await {
            Ok(result) => result,
            Err(refusal) => {
                return Err(match refusal {
                    Refusal::Full(message) => ProviderError::Retryable(message),
                    Refusal::Cancelled => ProviderError::Cancelled,
                });
            }
        };
        let outcome = match &result {
            Ok(_) => Ok(()),
            Err(ProviderError::Retryable(_) | ProviderError::Throttled(..)) => {
                self.retryable_failures.fetch_add(1, Ordering::Relaxed);
                Err(true)
            }
            Err(ProviderError::Permanent(_)) => Err(false),
            // A cancelled call proves nothing either way.
            Err(ProviderError::Cancelled) => return result,
        };
        turn.held = false;
        self.record(&outcome, trial);
        result
    }

    pub fn status(&self) -> ProviderStatus {
        let (breaker, consecutive_failures) = match *self.phase() {
            Phase::Closed { failures } => (BreakerState::Closed, failures),
            Phase::Open { until } if Instant::now() < until => {
                (BreakerState::Open, self.policy.failure_threshold)
            }
            Phase::Open { .. } | Phase::HalfOpen { .. } => {
                (BreakerState::HalfOpen, self.policy.failure_threshold)
            }
        };
        let bulkhead = self.bulkhead.occupancy();
        ProviderStatus {
            name: self.name.clone(),
            breaker,
            consecutive_failures,
            failure_threshold: self.policy.failure_threshold,
            open_seconds: self.policy.open_for.as_secs(),
            in_flight: bulkhead.in_flight,
            concurrency_limit: bulkhead.concurrency_limit,
            queued: bulkhead.queued,
            queue_limit: bulkhead.queue_limit,
            calls: self.calls.load(Ordering::Relaxed),
            retryable_failures: self.retryable_failures.load(Ordering::Relaxed),
            rejected: bulkhead.rejected + self.rejected_by_breaker.load(Ordering::Relaxed),
        }
    }
}

/// A code generator called through a guard.
pub struct GuardedGenerator {
    pub inner: Arc<dyn CodeGenerator>,
    pub guard: Arc<Guard>,
}

#[async_trait::async_trait]
impl CodeGenerator for GuardedGenerator {
    fn name(&self) -> String {
        self.inner.name()
    }

    async fn generate(
        &self,
        request: &GenerationRequest,
        progress: &dyn ProgressSink,
        cancel: &CancellationToken,
    ) -> Result<GeneratedCode, ProviderError> {
        self.guard
            .call(cancel, self.inner.generate(request, progress, cancel))
            .await
    }
}

/// A code host called through a guard.
pub struct GuardedCodeHost {
    pub inner: Arc<dyn CodeHost>,
    pub guard: Arc<Guard>,
}

#[async_trait::async_trait]
impl CodeHost for GuardedCodeHost {
    async fn open_pull_request(
        &self,
        request: &PullRequestRequest,
        cancel: &CancellationToken,
    ) -> Result<PullRequest, ProviderError> {
        self.guard
            .call(cancel, self.inner.open_pull_request(request, cancel))
            .await
    }

    async fn close_pull_request(&self, branch: &str) -> Result<(), ProviderError> {
        self.guard
            .call(
                &CancellationToken::new(),
                self.inner.close_pull_request(branch),
            )
            .await
    }

    async fn merge_pull_request(
        &self,
        branch: &str,
        commit: &str,
        cancel: &CancellationToken,
    ) -> Result<(), ProviderError> {
        self.guard
            .call(
                cancel,
                self.inner.merge_pull_request(branch, commit, cancel),
            )
            .await
    }

    async fn changes(&self, branch: &str) -> Result<Option<PullRequestChanges>, ProviderError> {
        self.guard
            .call(&CancellationToken::new(), self.inner.changes(branch))
            .await
    }
}

/// A deployer called through a guard.
pub struct GuardedDeployer {
    pub inner: Arc<dyn Deployer>,
    pub guard: Arc<Guard>,
}

#[async_trait::async_trait]
impl Deployer for GuardedDeployer {
    async fn deploy(
        &self,
        request: &DeployRequest,
        cancel: &CancellationToken,
    ) -> Result<Deployment, ProviderError> {
        self.guard
            .call(cancel, self.inner.deploy(request, cancel))
            .await
    }

    async fn rollback(
        &self,
        integration_id: uuid::Uuid,
        deployment_id: &str,
    ) -> Result<(), ProviderError> {
        self.guard
            .call(
                &CancellationToken::new(),
                self.inner.rollback(integration_id, deployment_id),
            )
            .await
    }

    async fn undeploy(&self, integration_id: uuid::Uuid) -> Result<(), ProviderError> {
        self.guard
            .call(
                &CancellationToken::new(),
                self.inner.undeploy(integration_id),
            )
            .await
    }
}

/// The guards of every networked provider of this process, and its other bulkheads.
#[derive(Default)]
pub struct Guards {
    guards: Vec<Arc<Guard>>,
    bulkheads: Vec<(BulkheadName, Arc<Bulkhead>)>,
}

impl Guards {
    /// Makes a guard for provider `name` and keeps it for `systemStatus`.
    pub fn add(&mut self, name: impl Into<String>, policy: Policy) -> Arc<Guard> {
        let guard = Arc::new(Guard::new(name, policy));
        self.guards.push(guard.clone());
        guard
    }

    /// Makes a bulkhead and keeps it for `systemStatus`.
    pub fn add_bulkhead(
        &mut self,
        name: BulkheadName,
        concurrency: u32,
        queue: u32,
    ) -> Arc<Bulkhead> {
        let bulkhead = Arc::new(Bulkhead::new(name.as_str(), concurrency, queue));
        self.bulkheads.push((name, bulkhead.clone()));
        bulkhead
    }
}

impl ProviderHealth for Guards {
    fn providers(&self) -> Vec<ProviderStatus> {
        self.guards.iter().map(|g| g.status()).collect()
    }

    fn bulkheads(&self) -> Vec<BulkheadStatus> {
        self.bulkheads
            .iter()
            .map(|(name, bulkhead)| {
                let occupancy = bulkhead.occupancy();
                BulkheadStatus {
                    name: *name,
                    in_flight: occupancy.in_flight,
                    concurrency_limit: occupancy.concurrency_limit,
                    queued: occupancy.queued,
                    queue_limit: occupancy.queue_limit,
                    rejected: occupancy.rejected,
                }
            })
            .collect()
    }
}

/// The pipeline's event store behind the database bulkhead: background work holds at
/// most its share of the connection pool, and the API keeps the rest.
pub struct BulkheadedStore {
    pub inner: Arc<dyn IntegrationStore>,
    pub bulkhead: Arc<Bulkhead>,
}

fn full(refusal: Refusal) -> StoreError {
    match refusal {
        Refusal::Full(message) => StoreError::Backend(message),
        Refusal::Cancelled => StoreError::Backend("cancelled".into()),
    }
}

#[async_trait::async_trait]
impl IntegrationStore for BulkheadedStore {
    async fn load(&self, id: uuid::Uuid) -> Result<Vec<EventEnvelope>, StoreError> {
        self.bulkhead
            .run(None, self.inner.load(id))
            .await
            .map_err(full)?
    }

    async fn append(
        &self,
        expected_version: u32,
        events: &[EventEnvelope],
        projection: &IntegrationProjection,
        job: JobChange,
    ) -> Result<(), StoreError> {
        self.bulkhead
            .run(
                None,
                self.inner.append(expected_version, events, projection, job),
            )
            .await
            .map_err(full)?
    }
}

/// The pipeline's job queue behind the database bulkhead.
pub struct BulkheadedQueue {
    pub inner: Arc<dyn JobQueue>,
    pub bulkhead: Arc<Bulkhead>,
}

#[async_trait::async_trait]
impl JobQueue for BulkheadedQueue {
    async fn claim(
        &self,
        worker: &str,
        lease: Duration,
    ) -> Result<Option<codebot_application::ports::ClaimedJob>, StoreError> {
        self.bulkhead
            .run(None, self.inner.claim(worker, lease))
            .await
            .map_err(full)?
    }

    /// Keeping a lease must never wait behind the work it protects (a late renewal
    /// hands the job to another worker), so it takes no place.
    async fn renew(
        &self,
        id: uuid::Uuid,
        worker: &str,
        lease: Duration,
    ) -> Result<bool, StoreError> {
        self.inner.renew(id, worker, lease).await
    }

    async fn release(&self, id: uuid::Uuid, worker: &str) -> Result<(), StoreError> {
        self.inner.release(id, worker).await
    }

    async fn complete_if_current(&self, id: uuid::Uuid, version: u32) -> Result<bool, StoreError> {
        self.bulkhead
            .run(None, self.inner.complete_if_current(id, version))
            .await
            .map_err(full)?
    }

    async fn depth(&self) -> Result<QueueDepth, StoreError> {
        self.bulkhead
            .run(None, self.inner.depth())
            .await
            .map_err(full)?
    }

    /// Waiting holds no connection, so it takes no place.
    async fn wait_for_work(&self, timeout: Duration) {
        self.inner.wait_for_work(timeout).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guard(threshold: u32, open_ms: u64) -> Guard {
        Guard::new(
            "test",
            Policy {
                failure_threshold: threshold,
                open_for: Duration::from_millis(open_ms),
                concurrency: 2,
                queue: 1,
                timeout: Duration::from_millis(200),
            },
        )
    }

    async fn fail(guard: &Guard) -> Result<(), ProviderError> {
        guard
            .call(&CancellationToken::new(), async {
                Err::<(), _>(ProviderError::Retryable("HTTP 500".into()))
            })
            .await
    }

    async fn succeed(guard: &Guard) -> Result<(), ProviderError> {
        guard
            .call(&CancellationToken::new(), async { Ok(()) })
            .await
    }

    #[tokio::test]
    async fn the_breaker_opens_at_its_threshold_fails_fast_half_opens_and_closes() {
        let guard = guard(3, 200);
        for _ in 0..2 {
            assert!(fail(&guard).await.is_err());
            assert_eq!(guard.status().breaker, BreakerState::Closed);
        }
        assert!(fail(&guard).await.is_err());
        assert_eq!(guard.status().breaker, BreakerState::Open);
        let calls = guard.status().calls;
        let error = succeed(&guard).await.expect_err("fails fast");
        assert!(error.to_string().contains("circuit is open"), "{error}");
        assert_eq!(guard.status().calls, calls, "no call went through");
        assert_eq!(guard.status().rejected, 1);
        tokio::time::sleep(Duration::from_millis(250)).await;
        assert_eq!(guard.status().breaker, BreakerState::HalfOpen);
        // A failed trial opens it again at once.
        assert!(fail(&guard).await.is_err());
        assert_eq!(guard.status().breaker, BreakerState::Open);
        tokio::time::sleep(Duration::from_millis(250)).await;
        succeed(&guard).await.expect("the trial succeeds");
        assert_eq!(guard.status().breaker, BreakerState::Closed);
        assert_eq!(guard.status().consecutive_failures, 0);
    }

    #[tokio::test]
    async fn a_trial_call_whose_caller_gives_up_hands_its_turn_back() {
        let guard = guard(1, 50);
        assert!(fail(&guard).await.is_err());
        tokio::time::sleep(Duration::from_millis(80)).await;
        // The trial starts, then its caller drops it (a step timeout, say).
        let never = CancellationToken::new();
        let trial = guard.call(&never, async {
            tokio::time::sleep(Duration::from_secs(5)).await;
            Ok::<(), ProviderError>(())
        });
        assert!(
            tokio::time::timeout(Duration::from_millis(20), trial)
                .await
                .is_err()
        );
        assert_eq!(guard.status().breaker, BreakerState::HalfOpen);
        succeed(&guard)
            .await
            .expect("the next call is the trial, not refused");
        assert_eq!(guard.status().breaker, BreakerState::Closed);
    }

    #[tokio::test]
    async fn bad_requests_do_not_open_the_breaker_and_timeouts_do() {
        let guard = guard(2, 10_000);
        for _ in 0..5 {
            let result = guard
                .call(&CancellationToken::new(), async {
                    Err::<(), _>(ProviderError::Permanent("bad output".into()))
                })
                .await;
            assert!(result.is_err());
        }
        assert_eq!(guard.status().breaker, BreakerState::Closed);
        for _ in 0..2 {
            let error = guard
                .call(&CancellationToken::new(), async {
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    Ok(())
                })
                .await
                .expect_err("times out");
            assert!(error.to_string().contains("did not answer"), "{error}");
        }
        assert_eq!(guard.status().breaker, BreakerState::Open);
    }

    #[tokio::test]
    async fn a_caller_that_gives_up_leaves_no_count_behind_and_a_full_store_says_so() {
        let bulkhead = Arc::new(Bulkhead::new("database", 1, 1));
        let (release, held) = tokio::sync::oneshot::channel::<()>();
        let holder = {
            let bulkhead = bulkhead.clone();
            tokio::spawn(async move { bulkhead.run(None, held).await })
        };
        while bulkhead.occupancy().in_flight == 0 {
            tokio::task::yield_now().await;
        }
        // One waits (then gives up), the next is refused at once.
        let waiting = {
            let bulkhead = bulkhead.clone();
            tokio::spawn(async move { bulkhead.run(None, async {}).await })
        };
        while bulkhead.occupancy().queued == 0 {
            tokio::task::yield_now().await;
        }
        struct Never;
        #[async_trait::async_trait]
        impl IntegrationStore for Never {
            async fn load(&self, _: uuid::Uuid) -> Result<Vec<EventEnvelope>, StoreError> {
                Ok(Vec::new())
            }
            async fn append(
                &self,
                _: u32,
                _: &[EventEnvelope],
                _: &IntegrationProjection,
                _: JobChange,
            ) -> Result<(), StoreError> {
                Ok(())
            }
        }
        let store = BulkheadedStore {
            inner: Arc::new(Never),
            bulkhead: bulkhead.clone(),
        };
        let refused = store.load(uuid::Uuid::nil()).await.expect_err("full");
        assert!(
            refused.to_string().contains("database bulkhead is full"),
            "{refused}"
        );
        waiting.abort();
        let _ = waiting.await;
        assert_eq!(
            bulkhead.occupancy().queued,
            0,
            "the waiter's place in line is freed"
        );
        release.send(()).expect("held");
        holder.await.expect("task").expect("ran").expect("sent");
        let status = bulkhead.occupancy();
        assert_eq!((status.in_flight, status.rejected), (0, 1));
        store.load(uuid::Uuid::nil()).await.expect("a free place");
    }

    #[tokio::test]
    async fn the_bulkhead_never_exceeds_its_limit_and_refuses_past_its_queue() {
        let guard = Arc::new(Guard::new(
            "bulkhead",
            Policy {
                failure_threshold: 100,
                open_for: Duration::from_secs(1),
                concurrency: 5,
                queue: 45,
                timeout: Duration::from_secs(5),
            },
        ));
        let peak = Arc::new(AtomicU32::new(0));
        let running = Arc::new(AtomicU32::new(0));
        let mut tasks = Vec::new();
        for _ in 0..60 {
            let (guard, peak, running) = (guard.clone(), peak.clone(), running.clone());
            tasks.push(tokio::spawn(async move {
                guard
                    .call(&CancellationToken::new(), async {
                        let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                        peak.fetch_max(now, Ordering::SeqCst);
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        running.fetch_sub(1, Ordering::SeqCst);
                        Ok(())
                    })
                    .await
            }));
        }
        let mut refused = 0;
        for task in tasks {
            if let Err(error) = task.await.expect("task") {
                assert!(error.to_string().contains("bulkhead is full"), "{error}");
                refused += 1;
            }
        }
        assert_eq!(peak.load(Ordering::SeqCst), 5);
        assert_eq!(refused, 10, "5 run, 45 wait, the other 10 are refused");
        assert_eq!(guard.status().in_flight, 0);
        assert_eq!(guard.status().queued, 0);
    }
}
