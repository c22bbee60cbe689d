//! The event store on SeaORM, with the projections written in the same transaction.
//!
//! On PostgreSQL, `read_after` never skips an event whose transaction commits after a
//! later position's (see [`SeaOrmEventStore::read_after_postgres`]).

use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, FixedOffset};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, FromQueryResult, QueryFilter, QueryOrder, QuerySelect, SqlErr, Statement,
};
use tracing::Instrument as _;
use uuid::Uuid;

use super::mapping;
use super::secret_box::SecretBox;
use super::view_cache::ViewCache;
use codebot_application::integrations::projection::IntegrationProjection;
use codebot_application::ports::{
    EventEnvelope, EventLog, IntegrationStore, JobChange, StoreError,
};
use serde_json::Value;
use std::sync::Arc;

use super::job_queue::{JobAnnouncer, StoreSignal, complete_job, enqueue_job};
use super::transaction::{backend, transact};
use entity::{event, generated_file, integration, pipeline_step};

/// How long a reader waits for transactions that hold earlier positions to finish.
const GAP_WAIT: Duration = Duration::from_secs(5);

#[derive(Clone)]
pub struct SeaOrmEventStore {
    db: DatabaseConnection,
    signal: StoreSignal,
    /// Seals secret config values in the events it writes, and opens them in the
    /// events it reads; none stores them as they come.
    secrets: Option<Arc<SecretBox>>,
    /// Written through with every committed append.
    cache: Option<Arc<ViewCache>>,
    /// Wakes the workers of other processes for the jobs an append enqueued.
    announcer: Arc<JobAnnouncer>,
}

impl SeaOrmEventStore {
    /// A store whose appends wake the workers waiting on `signal`.
    pub fn new(db: DatabaseConnection, signal: StoreSignal) -> Self {
        Self {
            announcer: Arc::new(JobAnnouncer::new(db.clone())),
            db,
            signal,
            secrets: None,
            cache: None,
        }
    }

    /// Writes every committed append through to `cache`.
    pub fn with_cache(mut self, cache: Arc<ViewCache>) -> Self {
        self.cache = Some(cache);
        self
    }

    /// Seals secret config values at rest with `secrets`.
    pub fn with_secrets(mut self, secrets: Arc<SecretBox>) -> Self {
        self.secrets = Some(secrets);
        self
    }

    /// Re-wraps the data key of every sealed value in the events with the sealing key
    /// (key rotation); answers how many values changed.
    ///
    /// Fails when a value's key is not configured, or the database fails.
    pub async fn rewrap_secrets(&self) -> Result<u64, StoreError> {
        let Some(secrets) = &self.secrets else {
            return Ok(0);
        };
        let (mut after, mut changed) = (0i64, 0u64);
        loop {
            let rows = event::Entity::find()
                .filter(event::Column::Position.gt(after))
                .order_by_asc(event::Column::Position)
                .limit(500)
                .all(&self.db)
                .await
                .map_err(backend)?;
            let Some(last) = rows.last() else {
                return Ok(changed);
            };
            after = last.position;
            for mut row in rows {
                let mut dirty = false;
                if let Some(config) = row.data.get_mut("config").and_then(Value::as_object_mut) {
                    for value in config.values_mut() {
                        if let Some(rewrapped) = secrets.rewrap(value).map_err(|e| {
                            StoreError::Backend(format!("event {}: {e}", row.position))
                        })? {
                            *value = rewrapped;
                            dirty = true;
                            changed += 1;
                        }
                    }
                }
                if dirty {
                    event::Entity::update_many()
                        .col_expr(
                            event::Column::Data,
                            sea_orm::sea_query::Expr::value(row.data),
                        )
                        .filter(event::Column::Position.eq(row.position))
                        .exec(&self.db)
                        .await
                        .map_err(backend)?;
                }
            }
        }
    }

    /// A stored event, its sealed values opened.
    fn envelope(&self, mut row: event::Model) -> Result<EventEnvelope, StoreError> {
        if let Some(secrets) = &self.secrets
            && let Some(config) = row.data.get_mut("config").and_then(Value::as_object_mut)
        {
            for value in config.values_mut() {
                if SecretBox::is_sealed(value) {
                    *value = secrets
                        .open(value)
                        .map_err(|e| StoreError::Backend(format!("a secret config value: {e}")))?;
                }
            }
        }
        mapping::envelope(row)
    }

    fn is_sqlite(&self) -> bool {
        self.db.get_database_backend() == DatabaseBackend::Sqlite
    }
}

fn is_unique_violation(error: &DbErr) -> bool {
    matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

#[async_trait]
impl IntegrationStore for SeaOrmEventStore {
    async fn load(&self, id: Uuid) -> Result<Vec<EventEnvelope>, StoreError> {
        event::Entity::find()
            .filter(event::Column::AggregateId.eq(id))
            .order_by_asc(event::Column::Version)
            .all(&self.db)
            .await
            .map_err(backend)?
            .into_iter()
            .map(|row| self.envelope(row))
            .collect()
    }

    async fn append(
        &self,
        expected_version: u32,
        events: &[EventEnvelope],
        projection: &IntegrationProjection,
        job: JobChange,
    ) -> Result<(), StoreError> {
        if events.is_empty() {
            return Ok(());
        }
        let started = std::time::Instant::now();
        let span = tracing::info_span!(
            "event_store.append",
            integration = %projection.integration.id,
            events = events.len(),
        );
        let rows = events
            .iter()
            .map(|envelope| self.sealed_row(envelope))
            .collect::<Result<Vec<_>, _>>()?;
        let committed = projection;
        let projection = projection.clone();
        let appended = transact(&self.db, move |tx| {
            Box::pin(
                async move { write_append(tx, expected_version, rows, &projection, job).await },
            )
        })
        .instrument(span)
        .await;
        let outcome = match &appended {
            Ok(_) => "ok",
            Err(StoreError::Conflict { .. }) => "conflict",
            Err(StoreError::Backend(_)) => "error",
            Err(StoreError::Unavailable(_)) => "unavailable",
        };
        metrics::histogram!("codebot_event_append_duration_seconds", "outcome" => outcome)
            .record(started.elapsed().as_secs_f64());
        let claimable = appended?;
        if let Some(cache) = &self.cache {
            cache.committed(committed).await;
        }
        if job == JobChange::Enqueue {
            self.signal.notify_local();
        }
        if claimable {
            self.announcer.announce();
        }
        self.signal.after_append();
        Ok(())
    }
}

impl SeaOrmEventStore {
    /// The row of `envelope`, its secret config values sealed.
    fn sealed_row(&self, envelope: &EventEnvelope) -> Result<event::ActiveModel, StoreError> {
        let mut row = mapping::event_row(envelope);
        let Some(secrets) = &self.secrets else {
            return Ok(row);
        };
        let sea_orm::ActiveValue::Set(mut data) = row
            .data
            .take()
            .map_or(sea_orm::ActiveValue::NotSet, sea_orm::ActiveValue::Set)
        else {
            return Ok(row);
        };
        if let Some(config) = data.get_mut("config").and_then(Value::as_object_mut) {
            for name in secret_names() {
                if let Some(value) = config.get_mut(*name)
                    && !SecretBox::is_sealed(value)
                {
                    *value = secrets
                        .seal(value)
                        .map_err(|e| StoreError::Backend(format!("cannot seal a secret: {e}")))?;
                }
            }
        }
        row.data = sea_orm::ActiveValue::Set(data);
        Ok(row)
    }
}

/// The config properties that hold secrets, in any kind.
fn secret_names() -> &'static [&'static str] {
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| mapping::kinds().secret_names())
}

/// Deletes what `delete` selects (nothing to delete: `None`), then inserts `rows` (none
/// is fine): how a read model keeps one integration's child rows equal to its
/// projection.
pub(super) async fn replace_rows<A>(
    tx: &DatabaseTransaction,
    delete: Option<sea_orm::DeleteMany<A::Entity>>,
    rows: Vec<A>,
) -> Result<(), StoreError>
where
    A: sea_orm::ActiveModelTrait + sea_orm::ActiveModelBehavior + Send,
{
    if let Some(delete) = delete {
        delete.exec(tx).await.map_err(backend)?;
    }
    if !rows.is_empty() {
        <A::Entity as EntityTrait>::insert_many(rows)
            .exec_without_returning(tx)
            .await
            .map_err(backend)?;
    }
    Ok(())
}

/// The statements of one append, in the order `read_after_postgres` relies on.
async fn write_append(
    tx: &DatabaseTransaction,
    expected_version: u32,
    rows: Vec<event::ActiveModel>,
    projection: &IntegrationProjection,
    job: JobChange,
) -> Result<bool, StoreError> {
    let conflict = StoreError::Conflict {
        expected: expected_version,
    };
    // 1. The read-model row, guarded by the version: a concurrent writer that read
    //    the same version waits on this row and then matches nothing, before it has
    //    drawn any event position.
    let row = mapping::integration_row(projection);
    if expected_version == 0 {
        match integration::Entity::insert(row)
            .exec_without_returning(tx)
            .await
        {
            Err(e) if is_unique_violation(&e) => return Err(conflict),
            other => other.map_err(backend)?,
        };
    } else {
        let updated = integration::Entity::update_many()
            .set(row)
            .filter(integration::Column::Id.eq(projection.integration.id))
            .filter(integration::Column::Version.eq(expected_version as i32))
            .exec(tx)
            .await
            .map_err(backend)?;
        if updated.rows_affected == 0 {
            return Err(conflict);
        }
    }
    // 2. The events; the unique (aggregate_id, version) is the last word on races.
    match event::Entity::insert_many(rows)
        .exec_without_returning(tx)
        .await
    {
        Err(e) if is_unique_violation(&e) => return Err(conflict),
        other => other.map_err(backend)?,
    };
    // 3. The step rows and the files, when the projection says these events changed
    //    them. A new integration has none to delete yet.
    let id = projection.integration.id;
    let existing = expected_version > 0;
    if projection.steps_changed_after(expected_version) {
        replace_rows(
            tx,
            existing.then(|| {
                pipeline_step::Entity::delete_many()
                    .filter(pipeline_step::Column::IntegrationId.eq(id))
            }),
            mapping::step_rows(projection),
        )
        .await?;
    }
    if projection.files_changed_after(expected_version) {
        replace_rows(
            tx,
            existing.then(|| {
                generated_file::Entity::delete_many()
                    .filter(generated_file::Column::IntegrationId.eq(id))
            }),
            mapping::file_rows(projection),
        )
        .await?;
    }
    // 4. The job, in the same transaction: no event without its job, nor the reverse.
    //    The answer: whether it made work that other processes' workers could claim.
    Ok(match job {
        JobChange::Keep => false,
        JobChange::Enqueue => enqueue_job(tx, id).await?,
        JobChange::Complete => {
            complete_job(tx, id).await?;
            false
        }
    })
}

#[async_trait]
impl EventLog for SeaOrmEventStore {
    async fn read_after(
        &self,
        position: i64,
        limit: u32,
    ) -> Result<Vec<EventEnvelope>, StoreError> {
        if self.is_sqlite() {
            // SQLite has one writer at a time: positions become visible in order.
            return self.read_range(position, None, limit).await;
        }
        self.read_after_postgres(position, limit).await
    }

    async fn last_position(&self) -> Result<i64, StoreError> {
        if self.is_sqlite() {
            let last = event::Entity::find()
                .order_by_desc(event::Column::Position)
                .one(&self.db)
                .await
                .map_err(backend)?;
            return Ok(last.map_or(0, |e| e.position));
        }
        // Positions below the newest may still be in flight: they count as seen only
        // once the appenders that may hold them have finished (the server's clock
        // dates both the read and the appenders' transactions).
        let row = self
            .db
            .query_one_raw(Statement::from_string(
                DatabaseBackend::Postgres,
                "SELECT clock_timestamp() AS read_at, coalesce(max(position), 0) AS last FROM events",
            ))
            .await
            .map_err(backend)?
            .ok_or_else(|| StoreError::Backend("no answer to max(position)".into()))?;
        let read_at: DateTime<FixedOffset> = row.try_get("", "read_at").map_err(backend)?;
        let last: i64 = row.try_get("", "last").map_err(backend)?;
        if !self.wait_for_appenders_before(read_at).await? {
            tracing::warn!("starting the event feed while a transaction holding positions is open");
        }
        Ok(last)
    }

    async fn read_integration(
        &self,
        id: Uuid,
        after_version: u32,
        limit: u32,
    ) -> Result<Vec<EventEnvelope>, StoreError> {
        event::Entity::find()
            .filter(event::Column::AggregateId.eq(id))
            .filter(event::Column::Version.gt(after_version as i32))
            .order_by_asc(event::Column::Version)
            .limit(u64::from(limit))
            .all(&self.db)
            .await
            .map_err(backend)?
            .into_iter()
            .map(|row| self.envelope(row))
            .collect()
    }
}

/// An event row read together with the instant the reading statement ran.
#[derive(Debug, FromQueryResult)]
struct FeedRow {
    read_at: DateTime<FixedOffset>,
    position: Option<i64>,
    id: Option<Uuid>,
    aggregate_id: Option<Uuid>,
    version: Option<i32>,
    event_type: Option<String>,
    schema_version: Option<i16>,
    data: Option<serde_json::Value>,
    metadata: Option<serde_json::Value>,
    recorded_at: Option<DateTime<FixedOffset>>,
}

impl FeedRow {
    fn into_model(self) -> Option<event::Model> {
        Some(event::Model {
            position: self.position?,
            id: self.id?,
            aggregate_id: self.aggregate_id?,
            version: self.version?,
            event_type: self.event_type?,
            schema_version: self.schema_version?,
            data: self.data?,
            metadata: self.metadata?,
            recorded_at: self.recorded_at?,
        })
    }
}

impl SeaOrmEventStore {
    async fn read_range(
        &self,
        after: i64,
        up_to: Option<i64>,
        limit: u32,
    ) -> Result<Vec<EventEnvelope>, StoreError> {
        let mut query = event::Entity::find().filter(event::Column::Position.gt(after));
        if let Some(up_to) = up_to {
            query = query.filter(event::Column::Position.lte(up_to));
        }
        query
            .order_by_asc(event::Column::Position)
            .limit(u64::from(limit))
            .all(&self.db)
            .await
            .map_err(backend)?
            .into_iter()
            .map(|row| self.envelope(row))
            .collect()
    }

    /// Reads after `position` without ever skipping a late commit.
    ///
    /// Positions come from a sequence when a transaction inserts its events, but
    /// transactions commit in another order, so position 7 can be visible while 6 is
    /// still in flight. The read returns the contiguous run after `position`. At a hole
    /// right after it, the hole belongs to a transaction that drew its position before
    /// a position this read saw, so it started before this read and, having inserted
    /// into `events`, holds a `RowExclusiveLock` on the table until it ends. The read
    /// waits until no backend of this database that started before it holds that lock;
    /// then every hole up to the last position it saw is final (rolled back), and a
    /// fresh read returns what committed. Writers take no extra lock and pay no extra
    /// round trip; long transactions in other databases are never waited for.
    async fn read_after_postgres(
        &self,
        position: i64,
        limit: u32,
    ) -> Result<Vec<EventEnvelope>, StoreError> {
        let statement = Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT s.read_at, e.* FROM (SELECT clock_timestamp() AS read_at) s \
             LEFT JOIN LATERAL \
               (SELECT * FROM events WHERE position > $1 ORDER BY position LIMIT $2) e ON true \
             ORDER BY e.position",
            [position.into(), i64::from(limit).into()],
        );
        let rows = FeedRow::find_by_statement(statement)
            .all(&self.db)
            .await
            .map_err(backend)?;
        let Some(read_at) = rows.first().map(|row| row.read_at) else {
            return Ok(Vec::new());
        };
        let models: Vec<event::Model> = rows.into_iter().filter_map(FeedRow::into_model).collect();
        let Some(last_seen) = models.last().map(|m| m.position) else {
            return Ok(Vec::new());
        };
        let contiguous = models
            .iter()
            .zip(position + 1..)
            .take_while(|(m, expected)| m.position == *expected)
            .count();
        if contiguous > 0 {
            return models
                .into_iter()
                .take(contiguous)
                .map(|row| self.envelope(row))
                .collect();
        }
        // A hole right after `position`: wait for the appenders that may fill it. An
        // empty answer would read as "caught up", so a hole that stays open is an error.
        if !self.wait_for_appenders_before(read_at).await? {
            return Err(StoreError::Backend(format!(
                "position {} is held by a transaction that stays open",
                position + 1
            )));
        }
        self.read_range(position, Some(last_seen), limit).await
    }

    /// Waits until no other backend of this database that started its transaction
    /// before `instant` holds the appenders' lock on `events`. `false` when one still
    /// does after [`GAP_WAIT`].
    async fn wait_for_appenders_before(
        &self,
        instant: DateTime<FixedOffset>,
    ) -> Result<bool, StoreError> {
        let deadline = tokio::time::Instant::now() + GAP_WAIT;
        let mut pause = Duration::from_millis(1);
        let check = Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT count(*) AS appenders FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid \
             WHERE l.locktype = 'relation' AND l.relation = 'events'::regclass \
               AND l.mode = 'RowExclusiveLock' \
               AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) \
               AND l.pid <> pg_backend_pid() AND a.xact_start < $1",
            [instant.into()],
        );
        loop {
            let row = self
                .db
                .query_one_raw(check.clone())
                .await
                .map_err(backend)?;
            let appenders: i64 = match row {
                Some(row) => row.try_get("", "appenders").map_err(backend)?,
                None => 0,
            };
            if appenders == 0 {
                return Ok(true);
            }
            if tokio::time::Instant::now() >= deadline {
                tracing::warn!(
                    appenders,
                    "a transaction holding event positions is still open"
                );
                return Ok(false);
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_millis(50));
        }
    }
}
