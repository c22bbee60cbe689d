//! Presentation layer: the GraphQL schema and the HTTP edge (axum router, health,
//! GraphQL over HTTP and websockets).
//!
//! It may depend on `application` (and on `domain` types that handlers return), never on
//! `infrastructure`: it only calls application handlers, which the composition root
//! (`startup`) hands it. `codebot-infrastructure` is not in its `Cargo.toml`, so
//! naming an adapter here does not compile.

pub mod graphql;
pub mod http;
