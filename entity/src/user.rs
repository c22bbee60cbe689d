use sea_orm::entity::prelude::*;

/// A person or program that can act on integrations.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub name: String,
    pub role: String,
    /// The e-mail address the sign-in provider gave, if any.
    pub email: Option<String>,
    /// The OAuth provider the user signs in with (`None` for users made here).
    pub provider: Option<String>,
    /// The user's id at that provider.
    pub subject: Option<String>,
    pub created_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
