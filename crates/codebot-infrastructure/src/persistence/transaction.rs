//! Write transactions that always end: every one runs to its commit or rollback on a
//! task of its own, whatever happens to the caller.
//!
//! A request future is dropped when its client hangs up. Dropped between `BEGIN` and
//! `COMMIT`, a transaction can leave its connection in a state the driver does not know
//! of: cancelled while `BEGIN` is in flight, the server is in a transaction the driver
//! never counted, so nothing rolls it back and the connection goes back to the pool
//! `idle in transaction`, holding whatever the next borrower locks; cancelled while
//! `COMMIT` is in flight, a rollback is queued after the commit. Running the whole unit
//! on a spawned task makes its end independent of the caller: a caller that goes away
//! only stops waiting for the answer.

use std::future::Future;
use std::pin::Pin;

use sea_orm::{
    DatabaseBackend, DatabaseConnection, DatabaseTransaction, DbErr, TransactionOptions,
    TransactionTrait,
};

use codebot_application::ports::StoreError;

/// The work of one transaction: borrows the transaction, owns everything else.
pub(super) type Work<'t, T, E> = Pin<Box<dyn Future<Output = Result<T, E>> + Send + 't>>;

/// An error a transaction's work may end with.
pub(super) trait IntoStoreError {
    fn into_store_error(self) -> StoreError;
}

impl IntoStoreError for DbErr {
    fn into_store_error(self) -> StoreError {
        backend(self)
    }
}

impl IntoStoreError for StoreError {
    fn into_store_error(self) -> StoreError {
        self
    }
}

/// The driver's error as the application sees it: a database that cannot be reached
/// (restarting, unreachable, out of connections) is [`StoreError::Unavailable`], so
/// that clients learn to try again instead of seeing an internal error.
pub(super) fn backend(error: DbErr) -> StoreError {
    if unreachable(&error) {
        StoreError::Unavailable(error.to_string())
    } else {
        StoreError::Backend(error.to_string())
    }
}

fn unreachable(error: &DbErr) -> bool {
    use sea_orm::RuntimeErr;
    use sea_orm::sqlx::Error as Sqlx;
    match error {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => true,
        DbErr::Exec(RuntimeErr::SqlxError(cause)) | DbErr::Query(RuntimeErr::SqlxError(cause)) => {
            match cause.as_ref() {
                Sqlx::Io(_) | Sqlx::PoolTimedOut | Sqlx::PoolClosed => true,
                // PostgreSQL's connection exceptions (class 08, but a protocol
                // violation is a bug), a server shutting down or starting (57P01–57P03)
                // and too many connections (53300).
                Sqlx::Database(db) => db.code().is_some_and(|code| {
                    (code.starts_with("08") && code != "08P01")
                        || matches!(&*code, "57P01" | "57P02" | "57P03" | "53300")
                }),
                _ => false,
            }
        }
        _ => false,
    }
}

/// Runs `work` in one write transaction on its own task, commits when it succeeds and
/// rolls back at once when it fails. The transaction ends even when the caller is
/// dropped while it runs.
///
/// Fails with the work's error, or with [`StoreError::Backend`] when the database
/// cannot begin or commit.
pub(super) async fn transact<T, E, F>(db: &DatabaseConnection, work: F) -> Result<T, StoreError>
where
    T: Send + 'static,
    E: IntoStoreError + Send + 'static,
    F: for<'t> FnOnce(&'t DatabaseTransaction) -> Work<'t, T, E> + Send + 'static,
{
    use tracing::Instrument as _;
    let db = db.clone();
    // The task continues the caller's span (and so its trace).
    let span = tracing::info_span!("db.transaction");
    let task = tokio::spawn(
        async move {
            // Waiting for a pooled connection is most of what BEGIN takes: the
            // pool's waits, as operators see them.
            let asked = std::time::Instant::now();
            let tx = begin_write(&db).await.map_err(backend)?;
            metrics::histogram!("codebot_db_begin_wait_seconds")
                .record(asked.elapsed().as_secs_f64());
            let result = work(&tx).await;
            finish(tx, result).await
        }
        .instrument(span),
    );
    match task.await {
        Ok(result) => result,
        Err(joined) => Err(StoreError::Backend(format!(
            "the database task ended early: {joined}"
        ))),
    }
}

/// Starts a write transaction. On SQLite it takes the write lock at once (`BEGIN
/// IMMEDIATE`), so that two writers wait for each other instead of failing on upgrade.
async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    if db.get_database_backend() == DatabaseBackend::Sqlite {
        db.begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await
    } else {
        db.begin().await
    }
}

/// Commits on success, rolls back at once on failure (a dropped transaction only
/// queues its rollback, and an idle connection holding a transaction id would hold
/// back every position reader: see `SeaOrmEventStore::read_after_postgres`).
async fn finish<T, E: IntoStoreError>(
    tx: DatabaseTransaction,
    result: Result<T, E>,
) -> Result<T, StoreError> {
    match result {
        Ok(value) => {
            // A COMMIT that fails on the way may have been applied: its outcome is
            // unknown, so it is never reported as safe to retry (a retried create
            // would make a second integration).
            tx.commit().await.map_err(|error| {
                StoreError::Backend(format!("the commit's outcome is unknown: {error}"))
            })?;
            Ok(value)
        }
        Err(error) => {
            tx.rollback().await.ok();
            Err(error.into_store_error())
        }
    }
}
