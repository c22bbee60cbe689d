//! Relay's object identification: `node(id)` finds an integration, an API key the
//! caller may see, or a user, by its id. Its fields go through the same access policy
//! as everywhere else (an interface field needs the strictest requirement among the
//! types that have it).

use async_graphql::{Context, ID, Interface, Object};
use uuid::Uuid;

use super::Handlers;
use super::errors::Result;
use super::identity::{ApiKey, principal};
use super::integrations::types::{Integration, User};

/// Anything with a stable id.
#[derive(Interface)]
#[graphql(field(name = "id", ty = "&ID", desc = "Stable identifier."))]
pub enum Node {
    Integration(Box<Integration>),
    User(User),
    ApiKey(ApiKey),
}

#[derive(Default)]
pub struct NodeQuery;

#[Object]
impl NodeQuery {
    /// The integration, API key or user with this id; `null` when there is none or the
    /// caller may not see it (another user's key).
    async fn node(&self, ctx: &Context<'_>, id: ID) -> Result<Option<Node>> {
        let handlers = ctx.data::<Handlers>()?;
        if let Ok(uuid) = Uuid::parse_str(&id) {
            if let Some(view) = handlers.integration_queries.get(uuid).await? {
                return Ok(Some(Node::Integration(Box::new(view.into()))));
            }
            let keys = handlers.identity.api_keys(principal(ctx)?).await?;
            if let Some(key) = keys.into_iter().find(|k| k.id == uuid) {
                return Ok(Some(Node::ApiKey(key.into())));
            }
        }
        let users = handlers.users.users(&[id.to_string()]).await?;
        Ok(users.into_iter().next().map(|u| Node::User(u.into())))
    }
}
