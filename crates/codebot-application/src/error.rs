//! The application's error: what a use case can answer instead of a result.

use codebot_domain::DomainError;

use super::ports::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The domain refused the command (bad input, a refused transition, …).
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// The client's `expectedVersion` (or a concurrent writer) disagrees with the store.
    #[error("version conflict: the integration is at version {actual}, not {expected}")]
    Conflict { expected: u32, actual: u32 },
    /// Nothing with that id (or nothing the caller may see).
    #[error("integration not found")]
    NotFound,
    /// Nothing of that kind with that id (or nothing the caller may see).
    #[error("{0} not found")]
    NotFoundNamed(&'static str),
    /// The caller's role does not allow it, or it may change only what it owns.
    #[error("Insufficient permissions")]
    Forbidden,
    /// A provider outside the process failed; the cause is logged.
    #[error("an upstream service failed: {0}")]
    Upstream(String),
    /// The database cannot be reached now; trying again shortly may succeed.
    #[error("the database is unavailable")]
    Unavailable(#[source] StoreError),
    /// Storage failed; the cause is logged, never shown to clients.
    #[error("internal error")]
    Internal(#[source] StoreError),
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Conflict { expected } => AppError::Conflict {
                expected,
                actual: expected + 1,
            },
            unavailable @ StoreError::Unavailable(_) => AppError::Unavailable(unavailable),
            other => AppError::Internal(other),
        }
    }
}
