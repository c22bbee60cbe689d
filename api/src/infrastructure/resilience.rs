//! Resilience around one networked provider: a circuit breaker, a bulkhead and a
//! per-call timeout. Retries are the pipeline's: each failed attempt of a step is a
//! recorded event and the worker waits (exponential backoff with jitter, at least the
//! provider's `Retry-After`) before the next, so retries survive a crash and show in
//! the history instead of hiding inside one call.
//!
//! The breaker is written here rather than taken from a crate because `systemStatus`
//! must show its state and counters, and the half-open state must let exactly one
//! trial call through; the bulkhead is a tokio semaphore with a bounded queue.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::Semaphore;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use crate::application::pipeline::ports::{
    CodeGenerator, CodeHost, DeployRequest, Deployer, GeneratedCode, GenerationRequest,
    ProgressSink, ProviderError, PullRequestRequest,
};
use crate::application::status::{BreakerState, ProviderHealth, ProviderStatus};
use crate::domain::artifacts::{Deployment, PullRequest};

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

/// The protection of one provider.
pub struct Guard {
    name: String,
    policy: Policy,
    phase: Mutex<Phase>,
    places: Semaphore,
    queued: AtomicU32,
    in_flight: AtomicU32,
    calls: AtomicU64,
    retryable_failures: AtomicU64,
    rejected: AtomicU64,
}

impl Guard {
    pub fn new(name: impl Into<String>, policy: Policy) -> Self {
        Self {
            name: name.into(),
            places: Semaphore::new(policy.concurrency.max(1) as usize),
            policy,
            phase: Mutex::new(Phase::Closed { failures: 0 }),
            queued: AtomicU32::new(0),
            in_flight: AtomicU32::new(0),
            calls: AtomicU64::new(0),
            retryable_failures: AtomicU64::new(0),
            rejected: AtomicU64::new(0),
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

    /// Runs `call` under the breaker, the bulkhead and the timeout. Fails fast while
    /// the breaker is open and when the bulkhead's queue is full.
    pub async fn call<T, F>(&self, cancel: &CancellationToken, call: F) -> Result<T, ProviderError>
    where
        F: Future<Output = Result<T, ProviderError>>,
    {
        let trial = self.admit().inspect_err(|_| {
            self.rejected.fetch_add(1, Ordering::Relaxed);
        })?;
        let permit = match self.places.try_acquire() {
            Ok(permit) => permit,
            Err(_) => {
                if self.queued.fetch_add(1, Ordering::SeqCst) >= self.policy.queue {
                    self.queued.fetch_sub(1, Ordering::SeqCst);
                    self.rejected.fetch_add(1, Ordering::Relaxed);
                    if trial {
                        self.record(&Err(false), false);
                    }
                    return Err(ProviderError::Retryable(format!(
                        "the {} bulkhead is full ({} calls running, {} waiting)",
                        self.name, self.policy.concurrency, self.policy.queue
                    )));
                }
                let acquired = tokio::select! {
                    permit = self.places.acquire() => permit.ok(),
                    () = cancel.cancelled() => None,
                };
                self.queued.fetch_sub(1, Ordering::SeqCst);
                match acquired {
                    Some(permit) => permit,
                    None => return Err(ProviderError::Cancelled),
                }
            }
        };
        self.calls.fetch_add(1, Ordering::Relaxed);
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        let result = tokio::select! {
            result = tokio::time::timeout(self.policy.timeout, call) => result.unwrap_or_else(|_| {
                Err(ProviderError::Retryable(format!(
                    "{} did not answer within {} s",
                    self.name,
                    self.policy.timeout.as_secs()
                )))
            }),
            () = cancel.cancelled() => Err(ProviderError::Cancelled),
        };
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
        drop(permit);
        let outcome = match &result {
            Ok(_) => Ok(()),
            Err(ProviderError::Retryable(_) | ProviderError::Throttled(..)) => {
                self.retryable_failures.fetch_add(1, Ordering::Relaxed);
                Err(true)
            }
            Err(ProviderError::Permanent(_)) => Err(false),
            // A cancelled call proves nothing either way; a trial gives its turn back.
            Err(ProviderError::Cancelled) => {
                if trial {
                    *self.phase() = Phase::HalfOpen {
                        trial_running: false,
                    };
                }
                return result;
            }
        };
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
        ProviderStatus {
            name: self.name.clone(),
            breaker,
            consecutive_failures,
            failure_threshold: self.policy.failure_threshold,
            open_seconds: self.policy.open_for.as_secs(),
            in_flight: self.in_flight.load(Ordering::SeqCst),
            concurrency_limit: self.policy.concurrency,
            queued: self.queued.load(Ordering::SeqCst),
            queue_limit: self.policy.queue,
            calls: self.calls.load(Ordering::Relaxed),
            retryable_failures: self.retryable_failures.load(Ordering::Relaxed),
            rejected: self.rejected.load(Ordering::Relaxed),
        }
    }
}

/// A code generator called through a guard.
pub struct GuardedGenerator {
    pub inner: std::sync::Arc<dyn CodeGenerator>,
    pub guard: std::sync::Arc<Guard>,
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
    pub inner: std::sync::Arc<dyn CodeHost>,
    pub guard: std::sync::Arc<Guard>,
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
}

/// A deployer called through a guard.
pub struct GuardedDeployer {
    pub inner: std::sync::Arc<dyn Deployer>,
    pub guard: std::sync::Arc<Guard>,
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

/// The guards of every networked provider of this process.
#[derive(Default)]
pub struct Guards(pub Vec<std::sync::Arc<Guard>>);

impl Guards {
    /// Makes a guard for provider `name` and keeps it for `systemStatus`.
    pub fn add(&mut self, name: impl Into<String>, policy: Policy) -> std::sync::Arc<Guard> {
        let guard = std::sync::Arc::new(Guard::new(name, policy));
        self.0.push(guard.clone());
        guard
    }
}

impl ProviderHealth for Guards {
    fn providers(&self) -> Vec<ProviderStatus> {
        self.0.iter().map(|g| g.status()).collect()
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
    async fn the_bulkhead_never_exceeds_its_limit_and_refuses_past_its_queue() {
        let guard = std::sync::Arc::new(Guard::new(
            "bulkhead",
            Policy {
                failure_threshold: 100,
                open_for: Duration::from_secs(1),
                concurrency: 5,
                queue: 45,
                timeout: Duration::from_secs(5),
            },
        ));
        let peak = std::sync::Arc::new(AtomicU32::new(0));
        let running = std::sync::Arc::new(AtomicU32::new(0));
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
