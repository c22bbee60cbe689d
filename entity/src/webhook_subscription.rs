use sea_orm::entity::prelude::*;

/// Where to send an integration's events (or every integration's).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_subscriptions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub owner_id: String,
    pub url: String,
    /// The HMAC key deliveries are signed with (shown to its owner once).
    pub secret: String,
    /// `None`: every integration the owner may read.
    pub integration_id: Option<Uuid>,
    /// Event types to send; empty: all.
    pub event_types: Json,
    pub created_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
