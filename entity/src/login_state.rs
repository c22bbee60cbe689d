use sea_orm::entity::prelude::*;

/// An OAuth login in progress: taken (and deleted) by the callback, so it works once.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "login_states")]
pub struct Model {
    /// Hex SHA-256 of the `state` parameter.
    #[sea_orm(primary_key, auto_increment = false)]
    pub state_hash: String,
    pub provider: String,
    pub pkce_verifier: String,
    /// Where the browser goes after signing in (a path on this server).
    pub redirect_to: String,
    pub expires_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
