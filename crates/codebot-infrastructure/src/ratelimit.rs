//! Rate limiting per identity. In one process, `governor`'s GCRA limiters (one for the
//! minute budget and one for the hour budget of each role); across instances, fixed
//! windows counted in Redis by a Lua script, so every API replica spends the same
//! budget. Large budgets are taken from Redis a few units at a time rather than one
//! round trip per request. If Redis fails, the local limiter stands in until it is back.

use std::collections::{HashMap, HashSet};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::{Duration, Instant};

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

/// Counts in Redis: a minute key and an hour key, each expiring with its window.
///
/// ARGV: the two budgets, the cost of this request, how many units to take at most
/// (`want`, at least the cost), how many units of an expired lease to give back to the
/// hour window, and how many milliseconds that lease's hour window had left when it was
/// given back. The refund goes to the hour key only if it is still that window (a new
/// window has nearly a full hour left, far more than the old one had). Units are taken
/// only when both windows have room for the cost; the answer is
/// `{taken, minute window's ms left, hour window's ms left}`, or
/// `{0, ms until the full window ends}` when the request is refused.
const SCRIPT: &str = r"
local cost, want, refund = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
if refund > 0 then
  local left = redis.call('PTTL', KEYS[2])
  if left > 0 and left <= tonumber(ARGV[6]) + 1000 then redis.call('DECRBY', KEYS[2], refund) end
end
local minute = tonumber(redis.call('GET', KEYS[1]) or '0')
if minute + cost > tonumber(ARGV[1]) then return {0, math.max(redis.call('PTTL', KEYS[1]), 1)} end
local hour = tonumber(redis.call('GET', KEYS[2]) or '0')
if hour + cost > tonumber(ARGV[2]) then return {0, math.max(redis.call('PTTL', KEYS[2]), 1)} end
local take = math.min(want, tonumber(ARGV[1]) - minute, tonumber(ARGV[2]) - hour)
if redis.call('INCRBY', KEYS[1], take) == take then redis.call('PEXPIRE', KEYS[1], 60000) end
if redis.call('INCRBY', KEYS[2], take) == take then redis.call('PEXPIRE', KEYS[2], 3600000) end
return {take, redis.call('PTTL', KEYS[1]), redis.call('PTTL', KEYS[2])}
";

/// How many units an instance takes from Redis at once for `budget`: a sixteenth of the
/// minute budget and of a minute's share of the hour budget, between 1 and 64. The
/// default budgets (100 a minute, 1,000 an hour) take one at a time, so every request
/// is counted in Redis as it arrives; a budget of thousands a minute costs one Redis
/// round trip per 64 requests.
pub fn lease_size(budget: Budget) -> u32 {
    (budget.per_minute.min(budget.per_hour / 60) / 16).clamp(1, 64)
}

/// Units taken from Redis for one identity and budget and not spent yet. They were
/// counted in Redis when taken, so spending them here never admits more than the
/// budget; they are good until the first of their two windows ends.
#[derive(Debug, Clone, Copy)]
struct Lease {
    units: u32,
    minute_ends: Instant,
    hour_ends: Instant,
}

impl Lease {
    /// Whether both windows that counted its units are still running at `now`.
    fn live(&self, now: Instant) -> bool {
        now < self.minute_ends.min(self.hour_ends)
    }
}

type LeaseKey = (String, Budget);

/// What a request must ask Redis for when its lease cannot cover it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Refill {
    /// Units of an expired lease to give back to its hour window.
    refund: u32,
    /// Milliseconds that hour window had left, as this process knows it.
    refund_window_ms: u64,
    /// Whether to take a lease: false while another request of this process is
    /// already taking one for the same identity, so that a burst does not take one
    /// lease per request; then only the request's own cost is taken.
    lease: bool,
}

#[derive(Default)]
struct Book {
    leases: HashMap<LeaseKey, Lease>,
    /// Identities (and budgets) with a lease being taken from Redis right now.
    refilling: HashSet<LeaseKey>,
    /// The size at which expired leases are next swept out.
    sweep_at: usize,
}

/// The leases of one process.
#[derive(Default)]
struct Leases(std::sync::Mutex<Book>);

impl Leases {
    fn book(&self) -> std::sync::MutexGuard<'_, Book> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Spends `cost` from the lease when it covers it. Otherwise says what to ask Redis
    /// for (dropping an expired lease, whose units go back to their hour window).
    fn spend(&self, identity: &str, budget: Budget, cost: u32, now: Instant) -> Result<(), Refill> {
        let mut book = self.book();
        let key = (identity.to_owned(), budget);
        let mut refill = Refill {
            refund: 0,
            refund_window_ms: 0,
            lease: !book.refilling.contains(&key),
        };
        if let Some(lease) = book.leases.get_mut(&key) {
            if lease.live(now) {
                if lease.units >= cost {
                    lease.units -= cost;
                    return Ok(());
                }
            } else {
                // Its minute window is over, so its units are worth nothing to it; the
                // hour window counted them too and gets them back if it is still live.
                if now < lease.hour_ends {
                    refill.refund = lease.units;
                    refill.refund_window_ms =
                        u64::try_from((lease.hour_ends - now).as_millis()).unwrap_or(u64::MAX);
                }
                book.leases.remove(&key);
            }
        }
        if refill.lease {
            book.refilling.insert(key);
        }
        Err(refill)
    }

    /// Keeps the `units` left of what was just taken, with the windows' ends measured
    /// from when the request left (so never later than Redis's own ends).
    fn keep(&self, identity: &str, budget: Budget, units: u32, ends: [Instant; 2], now: Instant) {
        let mut book = self.book();
        if book.leases.len() >= book.sweep_at.max(10_000) {
            book.leases.retain(|_, lease| lease.live(now));
            book.sweep_at = book.leases.len() * 2;
        }
        let [minute_ends, hour_ends] = ends;
        let key = (identity.to_owned(), budget);
        match book.leases.get_mut(&key) {
            // Another request refilled meanwhile: both belong to windows that end no
            // earlier than the earlier of the two ends.
            Some(lease) if lease.live(now) => {
                lease.units += units;
                lease.minute_ends = lease.minute_ends.min(minute_ends);
                lease.hour_ends = lease.hour_ends.min(hour_ends);
            }
            _ if units == 0 => {}
            _ => {
                book.leases.insert(
                    key,
                    Lease {
                        units,
                        minute_ends,
                        hour_ends,
                    },
                );
            }
        }
    }

    /// Marks the lease of `identity` as no longer being taken (when `refilling` drops,
    /// however the request ended).
    fn refilling<'a>(&'a self, identity: &str, budget: Budget, refill: Refill) -> Refilling<'a> {
        Refilling {
            leases: self,
            key: refill.lease.then(|| (identity.to_owned(), budget)),
        }
    }
}

/// A lease being taken from Redis; dropping it lets the next request take one.
struct Refilling<'a> {
    leases: &'a Leases,
    key: Option<LeaseKey>,
}

impl Drop for Refilling<'_> {
    fn drop(&mut self) {
        if let Some(key) = self.key.take() {
            self.leases.book().refilling.remove(&key);
        }
    }
}

/// The limiter shared by every instance through Redis. Each instance takes units of an
/// identity's budget from Redis in small leases (see [`lease_size`]) and spends them
/// locally, so the budget is never exceeded; a client whose requests reach `n`
/// instances may be refused up to `n` leases before the budget is spent in a minute.
pub struct RedisRateLimiter {
    pool: deadpool_redis::Pool,
    leases: Leases,
    fallback: LocalRateLimiter,
}

/// Redis's answer: units taken with the windows' remaining milliseconds, or refused.
enum Taken {
    Units {
        units: u32,
        minute_ms: i64,
        hour_ms: i64,
    },
    Refused {
        wait_ms: i64,
    },
}

impl RedisRateLimiter {
    pub fn new(url: &str) -> Result<Self, String> {
        let pool = deadpool_redis::Config::from_url(url)
            .create_pool(Some(deadpool_redis::Runtime::Tokio1))
            .map_err(|e| format!("REDIS_URL: {e}"))?;
        Ok(Self {
            pool,
            leases: Leases::default(),
            fallback: LocalRateLimiter::default(),
        })
    }

    async fn take(
        &self,
        identity: &str,
        budget: Budget,
        cost: u32,
        want: u32,
        refill: Refill,
    ) -> Result<Taken, String> {
        let mut connection = self.pool.get().await.map_err(|e| e.to_string())?;
        let answer: Vec<i64> = redis::cmd("EVAL")
            .arg(SCRIPT)
            .arg(2)
            .arg(format!("codebot:ratelimit:{identity}:minute"))
            .arg(format!("codebot:ratelimit:{identity}:hour"))
            .arg(budget.per_minute)
            .arg(budget.per_hour)
            .arg(cost)
            .arg(want)
            .arg(refill.refund)
            .arg(refill.refund_window_ms)
            .query_async(&mut *connection)
            .await
            .map_err(|e| e.to_string())?;
        match answer[..] {
            [0, wait_ms] => Ok(Taken::Refused { wait_ms }),
            [taken, minute_ms, hour_ms] => Ok(Taken::Units {
                units: u32::try_from(taken).map_err(|e| e.to_string())?,
                minute_ms,
                hour_ms,
            }),
            _ => Err(format!("unexpected rate limit answer {answer:?}")),
        }
    }
}

#[async_trait]
impl RateLimiter for RedisRateLimiter {
    async fn check(&self, identity: &str, budget: Budget, cost: u32) -> Result<(), Duration> {
        let cost = cost.max(1);
        // More at once than a whole window allows can never pass: wait a full window.
        if cost > budget.per_minute {
            return Err(Duration::from_secs(60));
        }
        if cost > budget.per_hour {
            return Err(Duration::from_secs(3600));
        }
        let asked = Instant::now();
        let Err(refill) = self.leases.spend(identity, budget, cost, asked) else {
            return Ok(());
        };
        let _refilling = self.leases.refilling(identity, budget, refill);
        let want = if refill.lease {
            lease_size(budget).max(cost)
        } else {
            cost
        };
        match self.take(identity, budget, cost, want, refill).await {
            Ok(Taken::Refused { wait_ms }) => Err(Duration::from_millis(wait_ms.max(1) as u64)),
            Ok(Taken::Units {
                units,
                minute_ms,
                hour_ms,
            }) => {
                let end = |ms: i64| asked + Duration::from_millis(ms.max(0) as u64);
                let ends = [end(minute_ms), end(hour_ms)];
                let left = units.saturating_sub(cost);
                self.leases
                    .keep(identity, budget, left, ends, Instant::now());
                Ok(())
            }
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

    #[test]
    fn small_budgets_are_counted_in_redis_request_by_request() {
        let budget = |per_minute, per_hour| Budget {
            per_minute,
            per_hour,
        };
        assert_eq!(lease_size(budget(100, 1000)), 1, "the default budget");
        assert_eq!(lease_size(budget(20, 1000)), 1);
        assert_eq!(lease_size(budget(640, 1_000_000)), 40);
        assert_eq!(
            lease_size(budget(100_000, 1_000)),
            1,
            "the hour budget bounds it"
        );
        assert_eq!(lease_size(budget(1_000_000_000, 2_000_000_000)), 64);
    }

    /// What `spend` asks for when it takes a lease with nothing to give back.
    const TAKE: Refill = Refill {
        refund: 0,
        refund_window_ms: 0,
        lease: true,
    };

    #[test]
    fn a_lease_is_spent_until_empty_or_one_of_its_windows_ends() {
        let leases = Leases::default();
        let budget = Budget {
            per_minute: 640,
            per_hour: 1_000_000,
        };
        let now = Instant::now();
        let ends = [
            now + Duration::from_secs(60),
            now + Duration::from_secs(3600),
        ];
        let refill = |identity: &str, at: Instant| {
            let asked = leases.spend(identity, budget, 1, at);
            if let Err(refill) = asked {
                drop(leases.refilling(identity, budget, refill));
            }
            asked
        };
        assert_eq!(refill("a", now), Err(TAKE), "no lease yet");
        leases.keep("a", budget, 3, ends, now);
        for _ in 0..3 {
            assert_eq!(leases.spend("a", budget, 1, now), Ok(()));
        }
        assert_eq!(refill("a", now), Err(TAKE), "spent");
        assert_eq!(refill("b", now), Err(TAKE), "per identity");
        // A refill while a lease is open adds to it.
        leases.keep("a", budget, 2, ends, now);
        leases.keep("a", budget, 2, ends, now);
        assert_eq!(leases.spend("a", budget, 4, now), Ok(()));
        // Units left when the minute ends go back to the hour window, once.
        leases.keep("a", budget, 5, ends, now);
        let later = now + Duration::from_secs(61);
        let back = Refill {
            refund: 5,
            refund_window_ms: 3_539_000,
            lease: true,
        };
        assert_eq!(refill("a", later), Err(back));
        assert_eq!(refill("a", later), Err(TAKE));
        // An hour window that ends first ends the lease, and gets nothing back.
        let hour_first = [now + Duration::from_secs(60), now + Duration::from_secs(30)];
        leases.keep("a", budget, 5, hour_first, now);
        assert_eq!(leases.spend("a", budget, 1, now), Ok(()));
        let after_hour = now + Duration::from_secs(31);
        assert_eq!(refill("a", after_hour), Err(TAKE));
    }

    #[test]
    fn one_lease_is_taken_at_a_time_per_identity() {
        let leases = Leases::default();
        let budget = Budget {
            per_minute: 640,
            per_hour: 1_000_000,
        };
        let now = Instant::now();
        let first = leases.spend("a", budget, 1, now).expect_err("no lease");
        assert!(first.lease);
        let taking = leases.refilling("a", budget, first);
        // Meanwhile, another request takes only its own cost.
        let second = leases.spend("a", budget, 1, now).expect_err("no lease");
        assert!(!second.lease);
        drop(leases.refilling("a", budget, second));
        assert!(!leases.spend("a", budget, 1, now).expect_err("none").lease);
        // However the first request ends, the next one may take a lease again.
        drop(taking);
        let third = leases.spend("a", budget, 1, now).expect_err("no lease");
        assert!(third.lease);
        drop(leases.refilling("a", budget, third));
        assert!(
            leases
                .spend("b", budget, 1, now)
                .expect_err("no lease")
                .lease
        );
    }

    #[tokio::test]
    async fn more_than_a_window_allows_waits_a_full_window_without_asking_redis() {
        // Nothing listens there: an answer proves Redis was not asked.
        let limiter = RedisRateLimiter::new("redis://127.0.0.1:1").expect("a pool");
        let budget = Budget {
            per_minute: 10,
            per_hour: 100,
        };
        let wait = limiter.check("a", budget, 11).await.expect_err("too much");
        assert_eq!(wait, Duration::from_secs(60));
        let hourly = Budget {
            per_minute: 1000,
            per_hour: 100,
        };
        let wait = limiter.check("a", hourly, 101).await.expect_err("too much");
        assert_eq!(wait, Duration::from_secs(3600));
    }
}
