//! Claude Code Bot: a GraphQL control plane that carries AI-generated integrations from
//! a request to a deployment.
//!
//! The layers are modules: [`domain`] (pure rules), [`application`] (use cases and
//! ports), [`infrastructure`] (adapters) and [`presentation`] (GraphQL and HTTP).
//! [`startup`] is the composition root that wires them; ARCHITECTURE.md has the map.

pub mod application;
pub mod config;
pub mod domain;
pub mod infrastructure;
pub mod presentation;
pub mod startup;
pub mod telemetry;
