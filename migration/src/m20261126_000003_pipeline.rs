//! The pipeline: its artifacts on the read model, the generated files (read only when a
//! client asks for them), and the durable job queue the workers claim from.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Integrations {
    Table,
    Artifacts,
}

#[derive(DeriveIden)]
enum GeneratedFiles {
    Table,
    IntegrationId,
    Path,
    Content,
}

#[derive(DeriveIden)]
enum Jobs {
    Table,
    IntegrationId,
    RunAt,
    LeaseOwner,
    LeaseUntil,
    Attempts,
    EnqueuedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Integrations::Table)
                    .add_column(json_binary_null(Integrations::Artifacts))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GeneratedFiles::Table)
                    .col(uuid(GeneratedFiles::IntegrationId))
                    .col(string_len(GeneratedFiles::Path, 400))
                    .col(text(GeneratedFiles::Content))
                    .primary_key(
                        Index::create()
                            .col(GeneratedFiles::IntegrationId)
                            .col(GeneratedFiles::Path),
                    )
                    .to_owned(),
            )
            .await?;
        // One row per integration with pipeline work to do; a worker holds it under a
        // lease while it works, and deletes it in the transaction that records the
        // pipeline reaching a wait or an end.
        manager
            .create_table(
                Table::create()
                    .table(Jobs::Table)
                    .col(uuid(Jobs::IntegrationId).primary_key())
                    .col(timestamp_with_time_zone(Jobs::RunAt))
                    .col(string_len_null(Jobs::LeaseOwner, 100))
                    .col(timestamp_with_time_zone_null(Jobs::LeaseUntil))
                    .col(integer(Jobs::Attempts))
                    .col(timestamp_with_time_zone(Jobs::EnqueuedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("jobs_run_at")
                    .table(Jobs::Table)
                    .col(Jobs::RunAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Jobs::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(GeneratedFiles::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Integrations::Table)
                    .drop_column(Integrations::Artifacts)
                    .to_owned(),
            )
            .await
    }
}
