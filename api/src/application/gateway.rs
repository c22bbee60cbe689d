//! What the gateway asks of the outside: a rate limiter shared by every instance.

use std::time::Duration;

use async_trait::async_trait;

/// A request budget: so many a minute and so many an hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    pub per_minute: u32,
    pub per_hour: u32,
}

#[async_trait]
pub trait RateLimiter: Send + Sync {
    /// Counts `cost` requests of `identity` against `budget`: `Err` with how long to
    /// wait when the budget is spent (nothing is counted then).
    async fn check(&self, identity: &str, budget: Budget, cost: u32) -> Result<(), Duration>;
}
