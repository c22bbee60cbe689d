//! The GraphQL schema: one module per area, merged into the root types.

mod documents;
pub use documents::parsed as parsed_document;
mod errors;
pub mod identity;
pub mod integrations;
pub mod limits;
mod node;
mod notifications;
mod observe;
mod operations;
pub mod policy;
pub mod scalars;
mod status;
mod subscriptions;
pub mod vocabulary;

use std::sync::Arc;

use async_graphql::dataloader::DataLoader;
use async_graphql::{MergedObject, Schema, SchemaBuilder};

use codebot_application::feed::EventFeed;
use codebot_application::gateway::Throttle;
use codebot_application::identity::Identity;
use codebot_application::integrations::commands::IntegrationCommands;
use codebot_application::integrations::queries::IntegrationQueries;
use codebot_application::ports::UserDirectory;
use codebot_application::status::SystemStatusQuery;
use codebot_domain::identity::Principal;

/// Everything a client can read.
#[derive(MergedObject, Default)]
#[graphql(name = "Query")]
pub struct QueryRoot(
    status::StatusQuery,
    integrations::IntegrationQuery,
    identity::IdentityQuery,
    node::NodeQuery,
    notifications::NotificationQuery,
);

/// Everything a client can ask the bot to do.
#[derive(MergedObject, Default)]
#[graphql(name = "Mutation")]
pub struct MutationRoot(
    integrations::IntegrationMutation,
    identity::IdentityMutation,
    notifications::NotificationMutation,
);

pub type AppSchema = Schema<QueryRoot, MutationRoot, subscriptions::SubscriptionRoot>;

/// What resolvers reach through the context: the application handlers.
#[derive(Clone)]
pub struct Handlers {
    pub system_status: SystemStatusQuery,
    pub integration_commands: IntegrationCommands,
    pub integration_queries: IntegrationQueries,
    pub users: Arc<dyn UserDirectory>,
    pub identity: Identity,
    pub notifications: codebot_application::notifications::subscriptions::Notifications,
    /// The live event feed subscriptions follow.
    pub feed: Arc<EventFeed>,
}

/// Per-request facts the HTTP edge hands to resolvers.
#[derive(Debug, Clone, Default)]
pub struct RequestInfo {
    /// The `x-request-id` of the HTTP request, recorded with every change it causes.
    pub request_id: Option<String>,
    /// Who the request acts as; `None` only for schema tooling.
    pub principal: Option<Principal>,
}

/// How strict the schema is with clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SchemaOptions {
    /// The production profile: no introspection and no "did you mean" suggestions.
    pub production: bool,
}

fn builder() -> SchemaBuilder<QueryRoot, MutationRoot, subscriptions::SubscriptionRoot> {
    Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        subscriptions::SubscriptionRoot,
    )
    .limit_depth(12)
    .limit_recursive_depth(32)
    .limit_complexity(2_000)
    .limit_directives(16)
}

/// The schema wired to the application handlers, with the access policy and the
/// document limits enforced. Every transport's operations spend the rate budget from `throttle`.
///
/// Fails, listing every problem, when `policy.toml` does not cover the schema.
pub fn build_schema(
    handlers: Handlers,
    throttle: Throttle,
    options: SchemaOptions,
) -> Result<AppSchema, Vec<String>> {
    let policy = Arc::new(policy::Policy::load(&sdl())?);
    let mut builder = builder()
        .data(handlers)
        .data(throttle)
        .data(policy.clone())
        .extension(observe::OperationMetrics)
        .extension(limits::DocumentLimits)
        .extension(policy::AccessControl(policy));
    if options.production {
        builder = builder.disable_introspection().disable_suggestions();
    }
    Ok(builder.finish())
}

/// Adds what one request's resolvers share: its facts and its DataLoaders, whose cache
/// lives as long as the request (so a listing can prefetch for all its nodes); and its
/// parsed document, when the process has parsed the same text before.
pub fn prepare_request(
    handlers: &Handlers,
    request: async_graphql::Request,
    info: RequestInfo,
) -> async_graphql::Request {
    let steps = DataLoader::with_cache(
        integrations::StepsLoader(handlers.integration_queries.clone()),
        tokio::spawn,
        async_graphql::dataloader::HashMapCache::default(),
    );
    let users = DataLoader::with_cache(
        integrations::UsersLoader(handlers.users.clone()),
        tokio::spawn,
        async_graphql::dataloader::HashMapCache::default(),
    );
    let request = documents::attach(request);
    let request = match &info.principal {
        Some(principal) => request.data(principal.clone()),
        None => request,
    };
    request.data(info).data(steps).data(users)
}

/// The SDL that `schema.graphql` must equal.
pub fn sdl() -> String {
    builder().finish().sdl()
}
