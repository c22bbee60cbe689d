//! The event store: one append-only table, the single source of truth.
//!
//! `position` orders every event of every aggregate; `(aggregate_id, version)` is
//! unique, so two writers that read the same version cannot both append (optimistic
//! concurrency without locks).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Events {
    Table,
    Position,
    Id,
    AggregateId,
    Version,
    EventType,
    SchemaVersion,
    Data,
    Metadata,
    RecordedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Events::Table)
                    .col(big_pk_auto(Events::Position))
                    .col(uuid(Events::Id))
                    .col(uuid(Events::AggregateId))
                    .col(integer(Events::Version))
                    .col(string_len(Events::EventType, 64))
                    .col(small_integer(Events::SchemaVersion))
                    .col(json_binary(Events::Data))
                    .col(json_binary(Events::Metadata))
                    .col(timestamp_with_time_zone(Events::RecordedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("events_aggregate_version")
                    .table(Events::Table)
                    .col(Events::AggregateId)
                    .col(Events::Version)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Events::Table).to_owned())
            .await
    }
}
