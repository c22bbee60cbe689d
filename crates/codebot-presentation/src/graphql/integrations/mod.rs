//! Integrations over GraphQL: the commands as mutations, the read models as queries.

mod actions;
mod loaders;
pub mod types;

pub use loaders::{StepsDataLoader, StepsLoader, UsersDataLoader, UsersLoader};

use async_graphql::connection::{Connection, Edge, query};
use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use self::types::{
    CreateIntegrationInput, Integration, IntegrationConnectionFields, IntegrationFilter,
    IntegrationKind, UpdateIntegrationInput,
};
use super::errors::{FieldError, Result, bad_input};
use super::{Handlers, RequestInfo};
use codebot_application::integrations::commands::Actor;
use codebot_application::integrations::projection::IntegrationView;
use codebot_application::integrations::queries::{self, MAX_PAGE, PageRequest, PointInTime};
use codebot_domain::identity::Role;
use codebot_domain::{Command, IntegrationDraft};

/// The page size when a client gives neither `first` nor `last`.
const DEFAULT_PAGE: u32 = 20;

fn actor(ctx: &Context<'_>) -> Result<Actor> {
    let principal = super::identity::principal(ctx)?;
    Ok(Actor {
        user_id: principal.user_id.clone(),
        request_id: ctx
            .data_opt::<RequestInfo>()
            .and_then(|info| info.request_id.clone()),
        may_change_any: principal.role == Role::Admin,
    })
}

fn parse_id(field: &str, id: &ID) -> async_graphql::Result<Uuid> {
    Uuid::parse_str(id).map_err(|_| bad_input(field, "not an integration id"))
}

fn version_arg(field: &str, value: i32) -> async_graphql::Result<u32> {
    u32::try_from(value).map_err(|_| bad_input(field, "must not be negative"))
}

#[derive(Default)]
pub struct IntegrationQuery;

#[Object]
impl IntegrationQuery {
    /// One integration by id; `null` when there is none (or it was deleted).
    async fn integration(&self, ctx: &Context<'_>, id: ID) -> Result<Option<Integration>> {
        let handlers = ctx.data::<Handlers>()?;
        let Ok(id) = Uuid::parse_str(&id) else {
            return Ok(None);
        };
        let view = handlers.integration_queries.get(id).await?;
        Ok(view.map(Integration::from))
    }

    /// Integrations, newest first, as a Relay connection: `first`/`after` pages forward,
    /// `last`/`before` backward (at most 100 a page).
    async fn integrations(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        filter: Option<IntegrationFilter>,
    ) -> Result<Connection<String, Integration, IntegrationConnectionFields>> {
        let handlers = ctx.data::<Handlers>()?;
        let filter = filter.unwrap_or_default();
        let filter = queries::IntegrationFilter {
            states: filter
                .states
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            owner_id: filter.owner.map(|id| id.0),
            text: filter.text,
            compensation_failed: filter.compensation_failed,
        };
        let connection = query(
            after,
            before,
            first,
            last,
            |after: Option<String>,
             before: Option<String>,
             first: Option<usize>,
             last: Option<usize>| async move {
                let cursor =
                    |field: &str, c: Option<String>| -> async_graphql::Result<Option<Uuid>> {
                        c.map(|c| {
                            Uuid::parse_str(&c)
                                .map_err(|_| bad_input(field, "not a cursor from this connection"))
                        })
                        .transpose()
                    };
                let size = |field: &str, n: usize| -> async_graphql::Result<u32> {
                    let n = u32::try_from(n).unwrap_or(u32::MAX);
                    if n > MAX_PAGE {
                        return Err(bad_input(field, format!("at most {MAX_PAGE} per page")));
                    }
                    Ok(n)
                };
                let page = match (first, last) {
                    (_, Some(last)) => PageRequest::Backward {
                        last: size("last", last)?,
                        before: cursor("before", before)?,
                    },
                    (first, None) => PageRequest::Forward {
                        first: size("first", first.unwrap_or(DEFAULT_PAGE as usize))?,
                        after: cursor("after", after)?,
                    },
                };
                let page = handlers.integration_queries.list(&filter, &page).await?;
                prefetch(ctx, &page.items).await?;
                let mut connection = Connection::with_additional_fields(
                    page.has_previous_page,
                    page.has_next_page,
                    IntegrationConnectionFields {
                        total_count: page.total_count,
                    },
                );
                connection.edges.extend(
                    page.items
                        .into_iter()
                        .map(|view| Edge::new(view.id.to_string(), Integration::from(view))),
                );
                Ok::<_, FieldError>(connection)
            },
        )
        .await?;
        Ok(connection)
    }

    /// An integration as it was after event `version`, or at instant `at` (give one),
    /// rebuilt by replaying its events; `null` when it did not exist then.
    async fn integration_at(
        &self,
        ctx: &Context<'_>,
        id: ID,
        version: Option<i32>,
        at: Option<DateTime<Utc>>,
    ) -> Result<Option<Integration>> {
        let handlers = ctx.data::<Handlers>()?;
        let point = match (version, at) {
            (Some(version), None) => PointInTime::Version(version_arg("version", version)?),
            (None, Some(at)) => PointInTime::At(at),
            _ => {
                return Err(bad_input("version", "give exactly one of `version` and `at`").into());
            }
        };
        let Ok(id) = Uuid::parse_str(&id) else {
            return Ok(None);
        };
        let past = handlers
            .integration_queries
            .projection_at(id, point)
            .await?;
        Ok(past.as_ref().map(Integration::as_it_was))
    }

    /// The kinds of integration the bot can build, with their config schemas.
    async fn integration_kinds(&self, ctx: &Context<'_>) -> Result<Vec<IntegrationKind>> {
        let handlers = ctx.data::<Handlers>()?;
        Ok(handlers
            .integration_queries
            .kinds()
            .iter()
            .map(|kind| IntegrationKind {
                name: kind.name.to_owned(),
                description: kind.description.to_owned(),
                config_schema: async_graphql::Json(kind.config_schema.clone()),
                example_config: async_graphql::Json(kind.example_config.clone()),
            })
            .collect())
    }
}

/// Loads the owners and steps of a whole page at once (one query each), so that the
/// nodes' fields read them from the request's DataLoader cache.
async fn prefetch(ctx: &Context<'_>, items: &[IntegrationView]) -> Result<()> {
    let wants = |field: &str| {
        ctx.look_ahead()
            .field("edges")
            .field("node")
            .field(field)
            .exists()
    };
    if wants("steps")
        && let Ok(loader) = ctx.data::<StepsDataLoader>()
    {
        loader.load_many(items.iter().map(|i| i.id)).await?;
    }
    if wants("owner")
        && let Ok(loader) = ctx.data::<UsersDataLoader>()
    {
        loader
            .load_many(items.iter().map(|i| i.owner_id.clone()))
            .await?;
    }
    Ok(())
}

#[derive(Default)]
pub struct IntegrationMutation;

#[Object]
impl IntegrationMutation {
    /// Creates an integration and starts its pipeline; returns at once (VALIDATING) while
    /// a worker carries it on. Refuses an unknown kind and bad fields with
    /// `BAD_USER_INPUT` naming the field.
    async fn create_integration(
        &self,
        ctx: &Context<'_>,
        input: CreateIntegrationInput,
    ) -> Result<Integration> {
        let handlers = ctx.data::<Handlers>()?;
        let draft = IntegrationDraft {
            kind: input.kind,
            name: input.name,
            description: input.description,
            prompt: input.prompt,
            config: input.config.0,
        };
        let created = handlers
            .integration_commands
            .create(&actor(ctx)?, draft)
            .await?;
        Ok(created.view().into())
    }

    /// Changes a DRAFT or FAILED integration. With `expectedVersion`, fails with
    /// `CONFLICT` unless the integration is still at that version.
    async fn update_integration(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: Option<i32>,
        input: UpdateIntegrationInput,
    ) -> Result<Integration> {
        let expected = expected_version
            .map(|v| version_arg("expectedVersion", v))
            .transpose()?;
        run(ctx, &id, expected, Command::Update(input.into())).await
    }

    /// Approves the pull request of a REVIEWING integration: it moves on to DEPLOYING.
    async fn approve_integration(
        &self,
        ctx: &Context<'_>,
        id: ID,
        comment: Option<String>,
    ) -> Result<Integration> {
        run(ctx, &id, None, Command::Approve { comment }).await
    }

    /// Rejects a REVIEWING integration: it fails, and its pull request is closed.
    async fn reject_integration(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
    ) -> Result<Integration> {
        run(ctx, &id, None, Command::Reject { reason }).await
    }

    /// Sends a REVIEWING integration back to GENERATING with the reviewer's comment.
    async fn request_changes(
        &self,
        ctx: &Context<'_>,
        id: ID,
        comment: String,
    ) -> Result<Integration> {
        run(ctx, &id, None, Command::RequestChanges { comment }).await
    }

    /// Stops a running pipeline (its running step stops within a second) and undoes the
    /// finished steps in reverse.
    async fn cancel_integration(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: Option<String>,
    ) -> Result<Integration> {
        run(ctx, &id, None, Command::Cancel { reason }).await
    }

    /// Runs the pipeline of a FAILED integration again from the start.
    async fn retry_integration(&self, ctx: &Context<'_>, id: ID) -> Result<Integration> {
        run(ctx, &id, None, Command::Retry).await
    }

    /// Tries again an undo the saga gave up on (`compensationFailed`), with a fresh
    /// set of retries. Recorded as a `CompensationRetried` event naming the caller.
    async fn retry_compensation(&self, ctx: &Context<'_>, id: ID) -> Result<Integration> {
        run(ctx, &id, None, Command::RetryCompensation).await
    }

    /// Records that an undo the saga gave up on was done by hand (or is moot), with a
    /// note saying what was done; the saga then undoes whatever is left. Recorded as a
    /// `CompensationResolved` event naming the caller.
    async fn resolve_compensation(
        &self,
        ctx: &Context<'_>,
        id: ID,
        note: String,
    ) -> Result<Integration> {
        run(ctx, &id, None, Command::ResolveCompensation { note }).await
    }

    /// Takes an ACTIVE integration out of service (its deployment is removed).
    async fn deprecate_integration(&self, ctx: &Context<'_>, id: ID) -> Result<Integration> {
        run(ctx, &id, None, Command::Deprecate).await
    }

    /// Removes an integration from every listing; its history stays. Refused while its
    /// pipeline runs or it is ACTIVE.
    async fn delete_integration(&self, ctx: &Context<'_>, id: ID) -> Result<bool> {
        run(ctx, &id, None, Command::Delete).await.map(|_| true)
    }
}

async fn run(
    ctx: &Context<'_>,
    id: &ID,
    expected_version: Option<u32>,
    command: Command,
) -> Result<Integration> {
    let handlers = ctx.data::<Handlers>()?;
    let id = parse_id("id", id)?;
    let projection = handlers
        .integration_commands
        .execute(&actor(ctx)?, id, expected_version, command)
        .await?;
    Ok(projection.view().into())
}
