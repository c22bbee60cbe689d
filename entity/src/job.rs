use sea_orm::entity::prelude::*;

/// Pipeline work waiting for (or held by) a worker: one row per integration.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "jobs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub integration_id: Uuid,
    /// Not claimed before this instant.
    pub run_at: DateTimeWithTimeZone,
    /// The worker holding the lease, if any.
    pub lease_owner: Option<String>,
    /// The lease ends here unless the holder renews it.
    pub lease_until: Option<DateTimeWithTimeZone>,
    /// How many times a worker claimed it.
    pub attempts: i32,
    pub enqueued_at: DateTimeWithTimeZone,
    /// The W3C `traceparent` of the request that enqueued it, when traces are exported.
    pub trace_context: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
