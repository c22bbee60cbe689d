//! Domain layer: the `Integration` aggregate, its commands, events, state machine and
//! errors, as plain Rust.
//!
//! It does no I/O and is not async. It depends on no other layer and names no database,
//! HTTP, GraphQL, Redis or HTTP-client crate (only `serde`, `serde_json`, `uuid`,
//! `chrono` and `thiserror` for plain data); everything else depends on it. Its
//! `Cargo.toml` lists nothing more, so a step outside those lines does not compile.

pub mod artifacts;
pub mod identity;
pub mod integration;
pub mod state;

pub use integration::{
    Action, Command, DomainError, Event, EventType, Integration, IntegrationDraft,
    IntegrationPatch, PipelineStep, Trigger,
};
pub use state::IntegrationState;
