use sea_orm::entity::prelude::*;

/// A change to users or keys, with who made it (integration changes are events).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub recorded_at: DateTimeWithTimeZone,
    pub actor: String,
    /// What was done, e.g. `api_key.created`.
    pub action: String,
    /// The id of what it was done to.
    pub target: String,
    pub data: Json,
    pub request_id: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
