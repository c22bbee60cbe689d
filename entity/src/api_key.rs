use sea_orm::entity::prelude::*;

/// A credential for programs. Only the SHA-256 of the secret is kept.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "api_keys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub owner_id: String,
    pub name: String,
    /// The role the key acts with (never above its owner's).
    pub role: String,
    /// The first characters of the secret, to tell keys apart.
    pub prefix: String,
    /// Hex SHA-256 of the secret.
    pub secret_hash: String,
    pub created_at: DateTimeWithTimeZone,
    pub expires_at: Option<DateTimeWithTimeZone>,
    pub last_used_at: Option<DateTimeWithTimeZone>,
    pub revoked_at: Option<DateTimeWithTimeZone>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
