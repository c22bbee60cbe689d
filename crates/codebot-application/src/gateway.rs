//! What the gateway asks of the outside: a rate limiter shared by every instance.

use std::time::Duration;

use async_trait::async_trait;

use codebot_domain::identity::{Principal, Role};

/// A request budget: so many a minute and so many an hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Budget {
    pub per_minute: u32,
    pub per_hour: u32,
}

/// The request budget of each user role, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleBudgets {
    pub viewer: Budget,
    pub developer: Budget,
    pub admin: Budget,
}

impl RoleBudgets {
    /// The budget of `role`.
    pub fn of(&self, role: Role) -> Budget {
        match role {
            Role::Viewer => self.viewer,
            Role::Developer => self.developer,
            Role::Admin => self.admin,
        }
    }
}

#[async_trait]
pub trait RateLimiter: Send + Sync {
    /// Counts `cost` requests of `identity` against `budget`: `Err` with how long to
    /// wait when the budget is spent (nothing is counted then).
    async fn check(&self, identity: &str, budget: Budget, cost: u32) -> Result<(), Duration>;
}

/// The rate budgets of every role over one limiter: what each transport spends from,
/// so that a request costs the same however it arrives.
#[derive(Clone)]
pub struct Throttle {
    limiter: std::sync::Arc<dyn RateLimiter>,
    budgets: RoleBudgets,
}

/// A budget is spent: wait `retry_after` before the next request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throttled {
    pub budget: Budget,
    pub retry_after: Duration,
}

impl Throttled {
    /// Whole seconds to wait, at least one (for `Retry-After`).
    pub fn retry_after_secs(&self) -> u64 {
        (self.retry_after.as_secs() + u64::from(self.retry_after.subsec_nanos() > 0)).max(1)
    }
}

impl std::fmt::Display for Throttled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "rate limit reached ({} a minute, {} an hour); retry in {} s",
            self.budget.per_minute,
            self.budget.per_hour,
            self.retry_after_secs()
        )
    }
}

impl Throttle {
    pub fn new(limiter: std::sync::Arc<dyn RateLimiter>, budgets: RoleBudgets) -> Self {
        Self { limiter, budgets }
    }

    /// The budget of `role`.
    pub fn budget(&self, role: Role) -> Budget {
        self.budgets.of(role)
    }

    /// Spends `cost` units of `principal`'s budget.
    ///
    /// Fails, spending nothing, when the budget cannot cover it.
    pub async fn spend(&self, principal: &Principal, cost: u32) -> Result<(), Throttled> {
        let budget = self.budget(principal.role);
        self.limiter
            .check(&principal.user_id, budget, cost)
            .await
            .map_err(|retry_after| {
                metrics::counter!("codebot_rate_limited_total", "role" => principal.role.as_str())
                    .increment(1);
                Throttled {
                    budget,
                    retry_after,
                }
            })
    }
}
