//! A bounded in-process map whose entries expire: what an instance remembers for a
//! short while (credentials, integration views) so that the hot path makes no database
//! round trip. Hits and misses are counted per cache.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A bounded map whose entries expire.
pub struct TtlCache<K, V> {
    /// The name its hits and misses are counted under.
    name: &'static str,
    ttl: Duration,
    capacity: usize,
    entries: Mutex<HashMap<K, (Instant, V)>>,
}

impl<K: Eq + Hash + Clone, V: Clone> TtlCache<K, V> {
    /// A cache whose entries live `ttl` and which holds at most `capacity` of them;
    /// its hits and misses count under `name`.
    pub fn new(name: &'static str, ttl: Duration, capacity: usize) -> Self {
        Self {
            name,
            ttl,
            capacity: capacity.max(1),
            entries: Mutex::new(HashMap::new()),
        }
    }

    fn entries(&self) -> std::sync::MutexGuard<'_, HashMap<K, (Instant, V)>> {
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The value stored under `key` (or a borrowed form of it), unless it has expired.
    pub fn get<Q>(&self, key: &Q) -> Option<V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        if self.ttl.is_zero() {
            return None;
        }
        let found = {
            let mut entries = self.entries();
            match entries.get(key) {
                Some((stored, value)) if stored.elapsed() < self.ttl => Some(value.clone()),
                Some(_) => {
                    entries.remove(key);
                    None
                }
                None => None,
            }
        };
        let result = if found.is_some() { "hit" } else { "miss" };
        metrics::counter!("codebot_cache_requests_total", "cache" => self.name, "result" => result)
            .increment(1);
        found
    }

    /// Stores `value` under `key`. A full cache first drops its expired entries, then,
    /// if still full, everything (the next requests read through again).
    pub fn insert(&self, key: K, value: V) {
        self.insert_unless(key, value, |_, _| false);
    }

    /// Stores `value` under `key` unless the entry there is newer (`newer(stored,
    /// value)`), in one step: a late writer never replaces a fresher value.
    pub fn insert_unless(&self, key: K, value: V, newer: impl Fn(&V, &V) -> bool) {
        if self.ttl.is_zero() {
            return;
        }
        let ttl = self.ttl;
        let mut entries = self.entries();
        if let Some((stored, current)) = entries.get(&key)
            && stored.elapsed() < ttl
            && newer(current, &value)
        {
            return;
        }
        if entries.len() >= self.capacity && !entries.contains_key(&key) {
            entries.retain(|_, (stored, _)| stored.elapsed() < ttl);
            if entries.len() >= self.capacity {
                entries.clear();
            }
        }
        entries.insert(key, (Instant::now(), value));
    }

    /// Forgets every entry that `matches`.
    pub fn forget_where(&self, matches: impl Fn(&K, &V) -> bool) {
        self.entries()
            .retain(|key, (_, value)| !matches(key, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_expire_and_can_be_forgotten() {
        let cache = TtlCache::new("test", Duration::from_millis(30), 10);
        cache.insert("a", 1);
        cache.insert("b", 2);
        assert_eq!(cache.get(&"a"), Some(1));
        cache.forget_where(|key, _| *key == "a");
        assert_eq!(cache.get(&"a"), None);
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(cache.get(&"b"), None);
    }

    #[test]
    fn a_full_cache_makes_room_and_a_zero_ttl_caches_nothing() {
        let cache = TtlCache::new("test", Duration::from_secs(60), 2);
        for i in 0..5 {
            cache.insert(i, i);
        }
        assert_eq!(cache.get(&4), Some(4));
        let off = TtlCache::new("test", Duration::ZERO, 2);
        off.insert(1, 1);
        assert_eq!(off.get(&1), None);
    }
}
