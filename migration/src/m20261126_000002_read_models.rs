//! Read models: disposable tables rebuilt from the events (`codebot projections
//! rebuild`), written in the same transaction as the events they come from.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Integrations {
    Table,
    Id,
    Kind,
    Name,
    Description,
    Prompt,
    Config,
    State,
    Version,
    OwnerId,
    Failure,
    ChangeRequest,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum PipelineSteps {
    Table,
    IntegrationId,
    Name,
    Status,
    Attempts,
    StartedAt,
    FinishedAt,
    Error,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Name,
    Role,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(string_len(Users::Id, 64).primary_key())
                    .col(string_len(Users::Name, 200))
                    .col(string_len(Users::Role, 16))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Integrations::Table)
                    .col(uuid(Integrations::Id).primary_key())
                    .col(string_len(Integrations::Kind, 64))
                    .col(string_len(Integrations::Name, 400))
                    .col(text_null(Integrations::Description))
                    .col(text(Integrations::Prompt))
                    .col(json_binary(Integrations::Config))
                    .col(string_len(Integrations::State, 16))
                    .col(integer(Integrations::Version))
                    .col(string_len(Integrations::OwnerId, 64))
                    .col(json_binary_null(Integrations::Failure))
                    .col(text_null(Integrations::ChangeRequest))
                    .col(timestamp_with_time_zone(Integrations::CreatedAt))
                    .col(timestamp_with_time_zone(Integrations::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Integrations::DeletedAt))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("integrations_state", Integrations::State),
            ("integrations_owner", Integrations::OwnerId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Integrations::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(PipelineSteps::Table)
                    .col(uuid(PipelineSteps::IntegrationId))
                    .col(string_len(PipelineSteps::Name, 32))
                    .col(string_len(PipelineSteps::Status, 16))
                    .col(integer(PipelineSteps::Attempts))
                    .col(timestamp_with_time_zone_null(PipelineSteps::StartedAt))
                    .col(timestamp_with_time_zone_null(PipelineSteps::FinishedAt))
                    .col(text_null(PipelineSteps::Error))
                    .primary_key(
                        Index::create()
                            .col(PipelineSteps::IntegrationId)
                            .col(PipelineSteps::Name),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("pipeline_steps_integration")
                            .from(PipelineSteps::Table, PipelineSteps::IntegrationId)
                            .to(Integrations::Table, Integrations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            PipelineSteps::Table.into_iden(),
            Integrations::Table.into_iden(),
            Users::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
