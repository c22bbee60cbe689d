use sea_orm::entity::prelude::*;

/// One row of the append-only event store.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    /// Global order of every event (assigned by the database).
    #[sea_orm(primary_key)]
    pub position: i64,
    pub id: Uuid,
    pub aggregate_id: Uuid,
    /// 1, 2, … per aggregate; unique with `aggregate_id`.
    pub version: i32,
    pub event_type: String,
    pub schema_version: i16,
    #[sea_orm(column_type = "JsonBinary")]
    pub data: Json,
    #[sea_orm(column_type = "JsonBinary")]
    pub metadata: Json,
    pub recorded_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
