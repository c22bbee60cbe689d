//! Rate limiting per identity. In one process, `governor`'s GCRA limiters (one for the
//! minute budget and one for the hour budget of each role); across instances, fixed
//! windows counted in Redis by one Lua script per request, so every API replica spends
//! the same budget. If Redis fails, the local limiter stands in until it is back.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use deadpool_redis::redis;
use governor::clock::{Clock, DefaultClock};
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter as Gcra};

use codebot_application::gateway::{Budget, RateLimiter};

type Keyed = Gcra<String, DefaultKeyedStateStore<String>, DefaultClock>;

/// Limiters for one budget.
struct Pair {
    minute: Keyed,
    hour: Keyed,
}

/// The in-process limiter.
pub struct LocalRateLimiter {
    pairs: std::sync::Mutex<HashMap<(u32, u32), Arc<Pair>>>,
    clock: DefaultClock,
}

impl Default for LocalRateLimiter {
    fn default() -> Self {
        Self {
            pairs: std::sync::Mutex::new(HashMap::new()),
            clock: DefaultClock::default(),
        }
    }
}

impl LocalRateLimiter {
    fn pair(&self, budget: Budget) -> Arc<Pair> {
        let mut pairs = self.pairs.lock().unwrap_or_else(|e| e.into_inner());
        pairs
            .entry((budget.per_minute, budget.per_hour))
            .or_insert_with(|| {
                let per = |n: u32| NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN);
                Arc::new(Pair {
                    minute: Gcra::keyed(Quota::per_minute(per(budget.per_minute))),
                    hour: Gcra::keyed(Quota::per_hour(per(budget.per_hour))),
                })
            })
            .clone()
    }

    fn check_now(&self, identity: &str, budget: Budget, cost: u32) -> Result<(), Duration> {
        let pair = self.pair(budget);
        let key = identity.to_owned();
        let cost = NonZeroU32::new(cost.max(1)).unwrap_or(NonZeroU32::MIN);
        let refused = |outcome: Result<Result<(), governor::NotUntil<_>>, _>| match outcome {
            Ok(Ok(())) => Ok(()),
            Ok(Err(not_until)) => Err(not_until.wait_time_from(self.clock.now())),
            // More at once than the whole budget: never possible, wait a full window.
            Err(_) => Err(Duration::from_secs(60)),
        };
        // The minute budget first, so that a client hammering past it does not also
        // burn its hour budget; the hour budget is spent only by admitted requests.
        refused(pair.minute.check_key_n(&key, cost))?;
        refused(pair.hour.check_key_n(&key, cost))?;
        // Forget identities that have been quiet long enough to be back at full budget.
        if pair.minute.len() > 10_000 {
            pair.minute.retain_recent();
            pair.hour.retain_recent();
        }
        Ok(())
    }
}

#[async_trait]
impl RateLimiter for LocalRateLimiter {
    async fn check(&self, identity: &str, budget: Budget, cost: u32) -> Result<(), Duration> {
        self.check_now(identity, budget, cost)
    }
}

/// Counts in Redis: a minute key and an hour key, each expiring with its window. A
/// request is counted only when both windows have room for it; the answer is the
/// milliseconds until the full window ends, or -1 when the request is admitted.
const SCRIPT: &str = r"
local cost = tonumber(ARGV[3])
local minute = tonumber(redis.call('GET', KEYS[1]) or '0')
if minute + cost > tonumber(ARGV[1]) then return math.max(redis.call('PTTL', KEYS[1]), 1) end
local hour = tonumber(redis.call('GET', KEYS[2]) or '0')
if hour + cost > tonumber(ARGV[2]) then return math.max(redis.call('PTTL', KEYS[2]), 1) end
if redis.call('INCRBY', KEYS[1], cost) == cost then redis.call('PEXPIRE', KEYS[1], 60000) end
if redis.call('INCRBY', KEYS[2], cost) == cost then redis.call('PEXPIRE', KEYS[2], 3600000) end
return -1
";

/// The limiter shared by every instance through Redis.
pub struct RedisRateLimiter {
    pool: deadpool_redis::Pool,
    fallback: LocalRateLimiter,
}

impl RedisRateLimiter {
    pub fn new(url: &str) -> Result<Self, String> {
        let pool = deadpool_redis::Config::from_url(url)
            .create_pool(Some(deadpool_redis::Runtime::Tokio1))
            .map_err(|e| format!("REDIS_URL: {e}"))?;
        Ok(Self {
            pool,
            fallback: LocalRateLimiter::default(),
        })
    }

    async fn count(&self, identity: &str, budget: Budget, cost: u32) -> Result<i64, String> {
        let mut connection = self.pool.get().await.map_err(|e| e.to_string())?;
        redis::cmd("EVAL")
            .arg(SCRIPT)
            .arg(2)
            .arg(format!("codebot:ratelimit:{identity}:minute"))
            .arg(format!("codebot:ratelimit:{identity}:hour"))
            .arg(budget.per_minute)
            .arg(budget.per_hour)
            .arg(cost.max(1))
            .query_async(&mut *connection)
            .await
            .map_err(|e| e.to_string())
    }
}

#[async_trait]
impl RateLimiter for RedisRateLimiter {
    async fn check(&self, identity: &str, budget: Budget, cost: u32) -> Result<(), Duration> {
        match self.count(identity, budget, cost).await {
            Ok(wait) if wait >= 0 => Err(Duration::from_millis(wait.max(1) as u64)),
            Ok(_) => Ok(()),
            Err(error) => {
                tracing::warn!(%error, "Redis rate limiting failed; limiting in this process");
                self.fallback.check_now(identity, budget, cost)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_local_limiter_trips_at_its_budget_per_identity() {
        let limiter = LocalRateLimiter::default();
        let budget = Budget {
            per_minute: 3,
            per_hour: 100,
        };
        for _ in 0..3 {
            assert!(limiter.check_now("a", budget, 1).is_ok());
        }
        let wait = limiter.check_now("a", budget, 1).expect_err("over budget");
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(20),
            "{wait:?}"
        );
        assert!(limiter.check_now("b", budget, 1).is_ok());
    }

    #[test]
    fn the_hour_budget_counts_too() {
        let limiter = LocalRateLimiter::default();
        let budget = Budget {
            per_minute: 100,
            per_hour: 2,
        };
        assert!(limiter.check_now("a", budget, 1).is_ok());
        assert!(limiter.check_now("a", budget, 1).is_ok());
        let wait = limiter
            .check_now("a", budget, 1)
            .expect_err("over the hour budget");
        assert!(wait > Duration::from_secs(60), "{wait:?}");
    }
}
