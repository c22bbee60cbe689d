//! The benchmark's GraphQL floor: the same GraphQL library, web framework and runtime
//! as `codebot`, answering the benchmarked `integration(id)` query from one object held
//! in memory. No authentication, no limits or extensions, no cache, no database: what
//! it costs is what executing a GraphQL document over HTTP costs at the least, which
//! tells how much of the product's cost per read is its own.
//!
//! usage: bare-graphql ADDR ANSWER_FILE CONTENT_TYPE
//!
//! ANSWER_FILE is the product's answer to the query (`{"data":{"integration":{…}}}`);
//! the reference serves that integration, so that it answers the same bytes.

use std::sync::Arc;

use async_graphql::{EmptyMutation, EmptySubscription, ID, Object, Schema, SimpleObject};
use axum::{
    Router,
    body::Bytes,
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use serde::Deserialize;

/// The fields the benchmarked query selects, as the product answers them.
#[derive(Clone, Deserialize, SimpleObject)]
#[serde(rename_all = "camelCase")]
struct Integration {
    id: ID,
    kind: String,
    name: String,
    description: Option<String>,
    state: String,
    version: i32,
    round: i32,
    created_at: String,
    updated_at: String,
}

#[derive(Deserialize)]
struct Answer {
    data: AnswerData,
}

#[derive(Deserialize)]
struct AnswerData {
    integration: Integration,
}

struct Query(Integration);

#[Object]
impl Query {
    async fn integration(&self, id: ID) -> Option<Integration> {
        (id == self.0.id).then(|| self.0.clone())
    }
}

type FloorSchema = Schema<Query, EmptyMutation, EmptySubscription>;

struct Floor {
    schema: FloorSchema,
    content_type: String,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let usage = || std::io::Error::other("usage: bare-graphql ADDR ANSWER_FILE CONTENT_TYPE");
    let addr = args.next().ok_or_else(usage)?;
    let answer_file = args.next().ok_or_else(usage)?;
    let content_type = args.next().ok_or_else(usage)?;
    let answer: Answer = serde_json::from_slice(&std::fs::read(&answer_file)?)
        .map_err(|e| std::io::Error::other(format!("{answer_file}: {e}")))?;
    let floor = Arc::new(Floor {
        schema: Schema::new(
            Query(answer.data.integration),
            EmptyMutation,
            EmptySubscription,
        ),
        content_type,
    });
    let app = Router::new()
        .route("/graphql", post(graphql))
        .route("/readyz", get(ok))
        .route("/healthz", get(ok))
        .with_state(floor);
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    axum::serve(listener, app).await
}

async fn graphql(State(floor): State<Arc<Floor>>, body: Bytes) -> Response {
    let request: async_graphql::Request = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => return (StatusCode::BAD_REQUEST, e.to_string()).into_response(),
    };
    let response = floor.schema.execute(request).await;
    match serde_json::to_vec(&response) {
        Ok(bytes) => ([(header::CONTENT_TYPE, floor.content_type.clone())], bytes).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

async fn ok() -> impl IntoResponse {
    (StatusCode::OK, "ok")
}
