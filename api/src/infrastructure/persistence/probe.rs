use async_trait::async_trait;
use sea_orm::DatabaseConnection;

use crate::application::status::DatabaseProbe;

use super::database::backend_name;

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
    fn backend(&self) -> &'static str {
        backend_name(&self.db)
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
