use async_trait::async_trait;
use sea_orm::DatabaseConnection;

use codebot_application::status::{DatabaseBackend, DatabaseProbe, PoolUsage};

use super::database::backend_of;

/// Checks the database with a trivial query.
pub struct SqlDatabaseProbe {
    db: DatabaseConnection,
}

impl SqlDatabaseProbe {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

#[async_trait]
impl DatabaseProbe for SqlDatabaseProbe {
    fn backend(&self) -> DatabaseBackend {
        backend_of(&self.db)
    }

    fn pool(&self) -> PoolUsage {
        let (size, idle, max) = match self.db.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => {
                let pool = self.db.get_postgres_connection_pool();
                (
                    pool.size(),
                    pool.num_idle(),
                    pool.options().get_max_connections(),
                )
            }
            sea_orm::DatabaseBackend::Sqlite => {
                let pool = self.db.get_sqlite_connection_pool();
                (
                    pool.size(),
                    pool.num_idle(),
                    pool.options().get_max_connections(),
                )
            }
            _ => (0, 0, 0),
        };
        PoolUsage {
            size,
            idle: u32::try_from(idle).unwrap_or(u32::MAX),
            max,
        }
    }

    async fn ping(&self) -> bool {
        match self.db.ping().await {
            Ok(()) => true,
            Err(error) => {
                tracing::warn!(%error, "database ping failed");
                false
            }
        }
    }
}
