//! The benchmark's GraphQL floor: the same GraphQL library, web framework and runtime
//! as `codebot`, answering the benchmarked `integration(id)` query from one object held
//! in memory. No authentication, no limits or extensions, no cache, no database: what
//! it costs is what executing a GraphQL document over HTTP costs at the least, which
//! tells how much of the product's cost per read is its own.
//!
//! usage: bare-graphql ADDR ANSWER_FILE CONTENT_TYPE [REDIS_URL]
//!
//! ANSWER_FILE is the product's answer to the query (`{"data":{"integration":{…}}}`);
//! the reference serves that integration, so that it answers the same bytes. With
//! REDIS_URL it keeps the integration in Redis instead, as JSON, and each query reads
//! it from there (one GET through a deadpool-redis pool, then JSON decoding): the floor
//! of a read served from a cache shared by several instances.

use std::sync::Arc;

use async_graphql::{Context, EmptyMutation, EmptySubscription, ID, Object, Schema, SimpleObject};
use axum::{
    Router,
    body::Bytes,
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use deadpool_redis::redis;
use serde::{Deserialize, Serialize};

/// The fields the benchmarked query selects, as the product answers them.
#[derive(Clone, Deserialize, Serialize, SimpleObject)]
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

/// Where the integration is read from on each query, when it is kept in Redis.
struct Shared {
    pool: deadpool_redis::Pool,
    key: String,
}

#[Object]
impl Query {
    async fn integration(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> async_graphql::Result<Option<Integration>> {
        if id != self.0.id {
            return Ok(None);
        }
        let Ok(shared) = ctx.data::<Shared>() else {
            return Ok(Some(self.0.clone()));
        };
        let mut connection = shared.pool.get().await?;
        let json: Vec<u8> = redis::cmd("GET")
            .arg(&shared.key)
            .query_async(&mut *connection)
            .await?;
        Ok(Some(serde_json::from_slice(&json)?))
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
    let usage =
        || std::io::Error::other("usage: bare-graphql ADDR ANSWER_FILE CONTENT_TYPE [REDIS_URL]");
    let addr = args.next().ok_or_else(usage)?;
    let answer_file = args.next().ok_or_else(usage)?;
    let content_type = args.next().ok_or_else(usage)?;
    let answer: Answer = serde_json::from_slice(&std::fs::read(&answer_file)?)
        .map_err(|e| std::io::Error::other(format!("{answer_file}: {e}")))?;
    let mut schema = Schema::build(
        Query(answer.data.integration.clone()),
        EmptyMutation,
        EmptySubscription,
    );
    if let Some(url) = args.next() {
        schema = schema.data(keep_in_redis(&url, &answer.data.integration).await?);
    }
    let floor = Arc::new(Floor {
        schema: schema.finish(),
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

/// Stores `integration` in the Redis at `url` and says where.
async fn keep_in_redis(url: &str, integration: &Integration) -> std::io::Result<Shared> {
    let failed = |e: &dyn std::fmt::Display| std::io::Error::other(format!("Redis {url}: {e}"));
    let pool = deadpool_redis::Config::from_url(url)
        .create_pool(Some(deadpool_redis::Runtime::Tokio1))
        .map_err(|e| failed(&e))?;
    let key = format!("bench-floor:integration:{}", integration.id.as_str());
    let json = serde_json::to_vec(integration).map_err(|e| failed(&e))?;
    let mut connection = pool.get().await.map_err(|e| failed(&e))?;
    let () = redis::cmd("SET")
        .arg(&key)
        .arg(json)
        .query_async(&mut *connection)
        .await
        .map_err(|e| failed(&e))?;
    drop(connection);
    Ok(Shared { pool, key })
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
