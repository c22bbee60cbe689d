//! Whether the saga still has something to undo (or a deployment to remove), kept
//! beside each integration so that a read can say which actions it allows without
//! replaying its events. Existing rows start at `false`; the saga's next event for an
//! integration still cleaning up rewrites its row, and the command itself refuses a
//! deletion before that whatever the row says.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Integrations {
    Table,
    CleaningUp,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Integrations::Table)
                    .add_column(boolean(Integrations::CleaningUp).default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Integrations::Table)
                    .drop_column(Integrations::CleaningUp)
                    .to_owned(),
            )
            .await
    }
}
