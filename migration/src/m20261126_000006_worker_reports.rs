//! Worker status reports: each worker process publishes its breakers and bulkheads
//! here every few seconds, so `systemStatus` on any instance sees every worker.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum WorkerReports {
    Table,
    Instance,
    Report,
    ReportedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(WorkerReports::Table)
                    .col(string_len(WorkerReports::Instance, 100).primary_key())
                    .col(json_binary(WorkerReports::Report))
                    .col(timestamp_with_time_zone(WorkerReports::ReportedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(WorkerReports::Table).to_owned())
            .await
    }
}
