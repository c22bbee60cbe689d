//! Users, roles and API keys over GraphQL.

use async_graphql::connection::{Connection, Edge, EmptyFields, query};
use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::errors::{FieldError, Result, bad_input, unauthenticated};
use super::integrations::types::{Role, User};
use super::{Handlers, RequestInfo};
use codebot_application::identity::Caller;
use codebot_application::identity::ports::ApiKeyRecord;
use codebot_domain::identity::Principal;

/// The identity the request acts with (the HTTP edge has authenticated it).
pub fn principal<'a>(ctx: &Context<'a>) -> async_graphql::Result<&'a Principal> {
    ctx.data_opt::<Principal>().ok_or_else(unauthenticated)
}

/// The caller of a change, for the use cases' checks and the audit log.
pub(super) fn caller<'a>(ctx: &Context<'a>) -> async_graphql::Result<Caller<'a>> {
    Ok(Caller {
        principal: principal(ctx)?,
        request_id: ctx
            .data_opt::<RequestInfo>()
            .and_then(|info| info.request_id.clone()),
    })
}

/// A credential for programs. Its secret was shown once, when it was made.
#[derive(SimpleObject, Clone)]
#[graphql(complex)]
pub struct ApiKey {
    /// Stable identifier.
    pub id: ID,
    /// What it is for, in its creator's words.
    pub name: String,
    /// The role requests with this key act with.
    pub role: Role,
    /// The secret's first characters, to tell keys apart.
    pub prefix: String,
    pub created_at: DateTime<Utc>,
    /// When it stops working, if ever.
    pub expires_at: Option<DateTime<Utc>>,
    /// When it last authenticated a request (to the minute).
    pub last_used_at: Option<DateTime<Utc>>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<DateTime<Utc>>,
    #[graphql(skip)]
    pub owner_id: String,
}

#[async_graphql::ComplexObject]
impl ApiKey {
    /// The user whose key it is.
    async fn owner(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        let handlers = ctx.data::<Handlers>()?;
        let users = handlers
            .users
            .users(std::slice::from_ref(&self.owner_id))
            .await?;
        Ok(users.into_iter().next().map(User::from))
    }
}

impl From<ApiKeyRecord> for ApiKey {
    fn from(key: ApiKeyRecord) -> Self {
        Self {
            id: ID(key.id.to_string()),
            name: key.name,
            role: key.role.into(),
            prefix: key.prefix,
            created_at: key.created_at,
            expires_at: key.expires_at,
            last_used_at: key.last_used_at,
            revoked_at: key.revoked_at,
            owner_id: key.owner_id,
        }
    }
}

/// A new API key and its secret: the only time the secret is shown.
#[derive(SimpleObject)]
pub struct CreatedApiKey {
    pub api_key: ApiKey,
    /// Send it as `Authorization: Bearer <secret>` or `X-API-Key: <secret>`.
    pub secret: String,
}

/// What to make a key for.
#[derive(InputObject)]
pub struct CreateApiKeyInput {
    /// What it is for (1–100 characters).
    pub name: String,
    /// Its role: at most the role of the credential that makes it.
    pub role: Role,
    /// When it stops working; never, when omitted.
    pub expires_at: Option<DateTime<Utc>>,
}

/// Whom to invite.
#[derive(InputObject)]
pub struct InviteUserInput {
    /// The person's name, as the dashboard shows it (1–100 characters).
    pub name: String,
    /// Their role; their first key has it too.
    pub role: Role,
    /// What their first key is called (1–100 characters); "first key" when omitted.
    pub key_name: Option<String>,
}

/// A new user and the secret of their first API key: the only time it is shown. Hand
/// the secret to them; whoever holds it acts as them.
#[derive(SimpleObject)]
pub struct InvitedUser {
    pub user: User,
    pub api_key: CreatedApiKey,
}

/// Extra fields of the users connection.
#[derive(SimpleObject)]
pub struct UserConnectionFields {
    /// How many users there are.
    pub total_count: u64,
}

/// Most users one page returns.
const MAX_USERS_PAGE: usize = 100;

#[derive(Default)]
pub struct IdentityQuery;

#[Object]
impl IdentityQuery {
    /// The signed-in user, with the role (and permissions) this request acts with: an
    /// API key's role can be below its owner's.
    async fn me(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        let handlers = ctx.data::<Handlers>()?;
        let principal = principal(ctx)?;
        let user = handlers.identity.me(principal).await?;
        Ok(user.map(|mut user| {
            user.role = principal.role;
            User::from(user)
        }))
    }

    /// Every user, in id order (needs `user.manage`).
    async fn users(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Option<Connection<String, User, UserConnectionFields, EmptyFields>>> {
        let handlers = ctx.data::<Handlers>()?;
        let caller = caller(ctx)?;
        let connection = query(
            after,
            None,
            first,
            None,
            |after: Option<String>, _: Option<String>, first: Option<usize>, _| async move {
                let first = first.unwrap_or(20);
                if first > MAX_USERS_PAGE {
                    return Err(
                        bad_input("first", format!("at most {MAX_USERS_PAGE} per page")).into(),
                    );
                }
                let page = handlers
                    .identity
                    .users(&caller, after.as_deref(), first as u32)
                    .await?;
                let mut connection = Connection::with_additional_fields(
                    false,
                    page.has_next_page,
                    UserConnectionFields {
                        total_count: page.total_count,
                    },
                );
                connection.edges.extend(
                    page.users
                        .into_iter()
                        .map(|user| Edge::new(user.id.clone(), User::from(user))),
                );
                Ok::<_, FieldError>(connection)
            },
        )
        .await?;
        Ok(Some(connection))
    }

    /// The API keys this credential may manage, newest first: its user's keys up to its
    /// own role (every user's keys, for a user manager). Needs `apikey.manage`.
    async fn api_keys(&self, ctx: &Context<'_>) -> Result<Vec<ApiKey>> {
        let handlers = ctx.data::<Handlers>()?;
        let keys = handlers.identity.api_keys(principal(ctx)?).await?;
        Ok(keys.into_iter().map(ApiKey::from).collect())
    }
}

#[derive(Default)]
pub struct IdentityMutation;

#[Object]
impl IdentityMutation {
    /// Makes an API key for the caller's user, with a role no higher than the calling
    /// credential's (needs `apikey.manage`). The secret is in the answer and never
    /// shown again. Keys for someone else come from `inviteUser`.
    async fn create_api_key(
        &self,
        ctx: &Context<'_>,
        input: CreateApiKeyInput,
    ) -> Result<CreatedApiKey> {
        let handlers = ctx.data::<Handlers>()?;
        let (record, secret) = handlers
            .identity
            .create_api_key(
                &caller(ctx)?,
                &input.name,
                input.role.into(),
                input.expires_at,
            )
            .await?;
        Ok(CreatedApiKey {
            api_key: record.into(),
            secret,
        })
    }

    /// Revokes a key this credential may manage (see `apiKeys`; needs `apikey.manage`);
    /// requests with it, and dashboard sessions signed in with it, fail from now on.
    async fn revoke_api_key(&self, ctx: &Context<'_>, id: ID) -> Result<bool> {
        let handlers = ctx.data::<Handlers>()?;
        let Ok(id) = Uuid::parse_str(&id) else {
            return Err(codebot_application::error::AppError::NotFoundNamed("API key").into());
        };
        handlers.identity.revoke_api_key(&caller(ctx)?, id).await?;
        Ok(true)
    }

    /// Invites someone (needs `user.manage`): a user of their own with a role, and a
    /// first API key of that role. The key's secret is in the answer, once.
    async fn invite_user(&self, ctx: &Context<'_>, input: InviteUserInput) -> Result<InvitedUser> {
        let handlers = ctx.data::<Handlers>()?;
        let invitation = handlers
            .identity
            .invite_user(
                &caller(ctx)?,
                &input.name,
                input.role.into(),
                input.key_name.as_deref(),
            )
            .await?;
        Ok(InvitedUser {
            user: invitation.user.into(),
            api_key: CreatedApiKey {
                api_key: invitation.key.into(),
                secret: invitation.secret,
            },
        })
    }

    /// Gives a user another role (needs `user.manage`; not one's own). Its API keys
    /// above the new role drop to it.
    async fn set_user_role(&self, ctx: &Context<'_>, user_id: ID, role: Role) -> Result<User> {
        let handlers = ctx.data::<Handlers>()?;
        let user = handlers
            .identity
            .set_user_role(&caller(ctx)?, &user_id, role.into())
            .await?;
        Ok(user.into())
    }
}
