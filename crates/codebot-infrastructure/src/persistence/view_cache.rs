//! Cache-aside with write-through for `integration(id)`: reads try the cache, fill it
//! on a miss, and every append writes the new view through in the flow that commits,
//! so a read after a mutation sees it on any instance.
//!
//! With `REDIS_URL`, the views live in Redis under `integration:{id}` for an hour; in
//! the embedded default (one process) they live in the process. Every write is guarded
//! by the view's version, so a reader that filled the cache from an older read can
//! never replace a newer view. Redis down means reads go to the database: a cache
//! failure is never the client's error. Views hold no secret (the read model's config
//! is redacted).

use std::time::Duration;

use async_trait::async_trait;
use deadpool_redis::redis;
use uuid::Uuid;

use super::read_model::SeaOrmReadModel;
use codebot_application::cache::TtlCache;
use codebot_application::integrations::projection::StepView;
use codebot_application::integrations::projection::{IntegrationProjection, IntegrationView};
use codebot_application::integrations::queries::{IntegrationFilter, Page, PageRequest};
use codebot_application::ports::{IntegrationReadModel, StoreError};
use codebot_domain::artifacts::GeneratedFile;

/// How long a view stays cached. Every append writes its new view through, so this
/// does not bound staleness; it only lets views nobody reads any more drop out.
const TTL: Duration = Duration::from_secs(3600);

/// Stores the view in `KEYS[1]` unless the cached one has a higher version.
const PUT_NEWER: &str = r"
local current = redis.call('GET', KEYS[1])
if current then
  local ok, view = pcall(cjson.decode, current)
  if ok and view['version'] and tonumber(view['version']) > tonumber(ARGV[2]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
return 1
";

/// Where the views are cached.
pub enum ViewCache {
    Redis(deadpool_redis::Pool),
    Local(TtlCache<Uuid, IntegrationView>),
}

fn key(id: Uuid) -> String {
    format!("integration:{id}")
}

/// Runs `command` on a pooled Redis connection.
async fn run<T: redis::FromRedisValue>(
    pool: &deadpool_redis::Pool,
    command: &redis::Cmd,
) -> Result<T, String> {
    let mut connection = pool.get().await.map_err(|e| e.to_string())?;
    command
        .query_async(&mut *connection)
        .await
        .map_err(|e| e.to_string())
}

fn counted(result: &'static str) {
    metrics::counter!("codebot_cache_requests_total", "cache" => "integrations", "result" => result)
        .increment(1);
}

impl ViewCache {
    /// Views in Redis at `url`.
    ///
    /// Fails when the URL is not a Redis URL.
    pub fn redis(url: &str) -> Result<Self, String> {
        deadpool_redis::Config::from_url(url)
            .create_pool(Some(deadpool_redis::Runtime::Tokio1))
            .map(Self::Redis)
            .map_err(|e| format!("REDIS_URL: {e}"))
    }

    /// Views in this process (for one process only: another could not see them).
    pub fn local() -> Self {
        Self::Local(TtlCache::new("integrations", TTL, 10_000))
    }

    async fn get(&self, id: Uuid) -> Option<IntegrationView> {
        match self {
            Self::Local(cache) => cache.get(&id),
            Self::Redis(pool) => {
                let found: Result<Option<String>, String> =
                    run(pool, redis::cmd("GET").arg(key(id))).await;
                let view = match found {
                    Ok(Some(text)) => serde_json::from_str(&text).ok(),
                    Ok(None) => None,
                    Err(error) => {
                        tracing::debug!(%error, "the integration cache cannot be read");
                        None
                    }
                };
                counted(if view.is_some() { "hit" } else { "miss" });
                view
            }
        }
    }

    /// Stores `view` unless a newer one is cached. Best effort: a failure is logged.
    pub async fn put(&self, view: &IntegrationView) {
        match self {
            Self::Local(cache) => {
                cache.insert_unless(view.id, view.clone(), |cached, new| {
                    cached.version > new.version
                });
            }
            Self::Redis(pool) => {
                let Ok(text) = serde_json::to_string(view) else {
                    return;
                };
                let stored: Result<i64, String> = run(
                    pool,
                    redis::cmd("EVAL")
                        .arg(PUT_NEWER)
                        .arg(1)
                        .arg(key(view.id))
                        .arg(text)
                        .arg(view.version)
                        .arg(TTL.as_secs()),
                )
                .await;
                if let Err(error) = stored {
                    tracing::warn!(%error, integration = %view.id, "the integration cache cannot be written");
                }
            }
        }
    }

    /// Forgets the view of `id` (it was deleted).
    pub async fn forget(&self, id: Uuid) {
        match self {
            Self::Local(cache) => cache.forget_where(|key, _| *key == id),
            Self::Redis(pool) => {
                let forgotten: Result<i64, String> =
                    run(pool, redis::cmd("DEL").arg(key(id))).await;
                if let Err(error) = forgotten {
                    tracing::warn!(%error, integration = %id, "the integration cache cannot be cleared");
                }
            }
        }
    }

    /// Writes through what an append committed.
    pub async fn committed(&self, projection: &IntegrationProjection) {
        if projection.integration.deleted {
            self.forget(projection.integration.id).await;
        } else {
            self.put(&super::mapping::stored_view(projection)).await;
        }
    }
}

/// The read model with `get` through the cache.
pub struct CachedReadModel {
    inner: SeaOrmReadModel,
    cache: std::sync::Arc<ViewCache>,
}

impl CachedReadModel {
    pub fn new(inner: SeaOrmReadModel, cache: std::sync::Arc<ViewCache>) -> Self {
        Self { inner, cache }
    }
}

#[async_trait]
impl IntegrationReadModel for CachedReadModel {
    async fn get(&self, id: Uuid) -> Result<Option<IntegrationView>, StoreError> {
        if let Some(view) = self.cache.get(id).await {
            return Ok(Some(view));
        }
        let view = self.inner.get(id).await?;
        if let Some(view) = &view {
            self.cache.put(view).await;
        }
        Ok(view)
    }

    async fn list(
        &self,
        filter: &IntegrationFilter,
        page: &PageRequest,
    ) -> Result<Page<IntegrationView>, StoreError> {
        self.inner.list(filter, page).await
    }

    async fn files(&self, id: Uuid) -> Result<Vec<GeneratedFile>, StoreError> {
        self.inner.files(id).await
    }

    async fn steps(&self, ids: &[Uuid]) -> Result<Vec<(Uuid, StepView)>, StoreError> {
        self.inner.steps(ids).await
    }

    async fn replace_all(&self, projections: &[IntegrationProjection]) -> Result<(), StoreError> {
        self.inner.replace_all(projections).await?;
        for projection in projections {
            self.cache.committed(projection).await;
        }
        Ok(())
    }
}
