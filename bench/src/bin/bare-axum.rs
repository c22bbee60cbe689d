//! The benchmark's bare axum reference: answers `POST /graphql` and `GET /graphql`
//! with fixed bytes (the product's answer to the benchmarked query, captured by the
//! runner), and `/readyz` and `/healthz` with 200. Same runtime as `codebot`
//! (multi-threaded tokio, axum, HTTP/1), nothing else: no auth, no GraphQL, no database.
//!
//! usage: bare-axum ADDR BODY_FILE CONTENT_TYPE

use axum::{
    Router,
    body::Bytes,
    http::{StatusCode, header},
    response::IntoResponse,
    routing::get,
};
use std::sync::Arc;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let usage = || std::io::Error::other("usage: bare-axum ADDR BODY_FILE CONTENT_TYPE");
    let addr = args.next().ok_or_else(usage)?;
    let body_file = args.next().ok_or_else(usage)?;
    let content_type = args.next().ok_or_else(usage)?;
    let body = Bytes::from(std::fs::read(&body_file)?);
    let content_type: Arc<str> = content_type.into();

    // The request body is read in full, as the product reads it, then ignored.
    let answer = move |_request: Bytes| {
        let body = body.clone();
        let content_type = Arc::clone(&content_type);
        async move { ([(header::CONTENT_TYPE, content_type.to_string())], body) }
    };
    let app = Router::new()
        .route("/graphql", get(answer.clone()).post(answer))
        .route("/readyz", get(ok))
        .route("/healthz", get(ok));
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    axum::serve(listener, app).await
}

async fn ok() -> impl IntoResponse {
    (StatusCode::OK, "ok")
}
