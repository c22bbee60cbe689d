//! The GraphQL schema: one module per area, merged into the root types.

mod status;

use async_graphql::{EmptyMutation, EmptySubscription, MergedObject, Schema, SchemaBuilder};

use crate::application::status::SystemStatusQuery;

/// Everything a client can read.
#[derive(MergedObject, Default)]
#[graphql(name = "Query")]
pub struct QueryRoot(status::StatusQuery);

pub type AppSchema = Schema<QueryRoot, EmptyMutation, EmptySubscription>;

/// What resolvers reach through the context: the application handlers.
#[derive(Clone)]
pub struct Handlers {
    pub system_status: SystemStatusQuery,
}

/// Per-request facts the HTTP edge hands to resolvers.
#[derive(Debug, Clone, Default)]
pub struct RequestInfo {
    /// The `x-request-id` of the HTTP request, recorded with every change it causes.
    pub request_id: Option<String>,
}

fn builder() -> SchemaBuilder<QueryRoot, EmptyMutation, EmptySubscription> {
    Schema::build(QueryRoot::default(), EmptyMutation, EmptySubscription)
        .limit_depth(12)
        .limit_recursive_depth(32)
        .limit_complexity(2_000)
        .limit_directives(16)
}

/// The schema wired to the application handlers.
pub fn build_schema(handlers: Handlers) -> AppSchema {
    builder().data(handlers).finish()
}

/// The SDL that `schema.graphql` must equal.
pub fn sdl() -> String {
    builder().finish().sdl()
}
