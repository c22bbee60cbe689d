//! Application layer: the use cases. Command handlers load an aggregate, let the domain
//! decide, and append the resulting events; query handlers read the read models.
//!
//! It may depend on `domain` and on the ports it declares itself (traits that
//! infrastructure implements). It never names a database, HTTP or GraphQL crate: its
//! `Cargo.toml` has none to name, and no adapter crate either.

pub mod cache;
pub mod envelope;
pub mod error;
pub mod feed;
pub mod gateway;
pub mod identity;
pub mod integrations;
pub mod notifications;
pub mod pipeline;
pub mod ports;
pub mod secret;
pub mod status;
pub mod telemetry;
