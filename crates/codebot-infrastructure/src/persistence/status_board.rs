//! The workers' status reports in the database: one row per worker, replaced on
//! every publication.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use entity::worker_report;

use super::mapping::utc;
use super::transaction::backend;
use codebot_application::ports::StoreError;
use codebot_application::status::{InstanceReport, StatusBoard};

pub struct SeaOrmStatusBoard {
    db: DatabaseConnection,
}

impl SeaOrmStatusBoard {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

#[async_trait]
impl StatusBoard for SeaOrmStatusBoard {
    async fn publish(&self, report: &InstanceReport) -> Result<(), StoreError> {
        let row = worker_report::ActiveModel {
            instance: Set(report.instance.clone()),
            report: Set(
                serde_json::to_value(report).map_err(|e| StoreError::Backend(e.to_string()))?
            ),
            reported_at: Set(report.reported_at.into()),
        };
        worker_report::Entity::insert(row)
            .on_conflict(
                OnConflict::column(worker_report::Column::Instance)
                    .update_columns([
                        worker_report::Column::Report,
                        worker_report::Column::ReportedAt,
                    ])
                    .to_owned(),
            )
            .exec_without_returning(&self.db)
            .await
            .map_err(backend)?;
        // Workers killed without withdrawing leave a row; sweep the long-silent ones.
        worker_report::Entity::delete_many()
            .filter(
                worker_report::Column::ReportedAt
                    .lt(report.reported_at - chrono::Duration::hours(1)),
            )
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn reports_since(&self, since: DateTime<Utc>) -> Result<Vec<InstanceReport>, StoreError> {
        let rows = worker_report::Entity::find()
            .filter(worker_report::Column::ReportedAt.gt(since))
            .all(&self.db)
            .await
            .map_err(backend)?;
        Ok(rows
            .into_iter()
            .filter_map(|row| {
                let mut report: InstanceReport = serde_json::from_value(row.report)
                    .inspect_err(|e| {
                        tracing::warn!(instance = %row.instance, error = %e, "unreadable worker report");
                    })
                    .ok()?;
                report.reported_at = utc(row.reported_at);
                Some(report)
            })
            .collect())
    }

    async fn withdraw(&self, instance: &str) -> Result<(), StoreError> {
        worker_report::Entity::delete_many()
            .filter(worker_report::Column::Instance.eq(instance))
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
