//! Claude Code Bot: a GraphQL control plane that carries AI-generated integrations from
//! a request to a deployment.
//!
//! The layers are crates: [`domain`] (`codebot-domain`, pure rules), [`application`]
//! (`codebot-application`, use cases and ports), [`infrastructure`]
//! (`codebot-infrastructure`, adapters) and [`presentation`] (`codebot-presentation`,
//! GraphQL and HTTP). Each crate's `Cargo.toml` lists only the layers beneath it, so a
//! dependency pointing the wrong way does not compile. This crate is the `codebot`
//! binary: [`config`], [`startup`] (the composition root that wires the layers),
//! [`commands`] (the subcommands other than `serve`) and [`telemetry`]; it re-exports
//! the layers under their old paths. ARCHITECTURE.md has the map.

pub use codebot_application as application;
pub use codebot_domain as domain;
pub use codebot_infrastructure as infrastructure;
pub use codebot_presentation as presentation;

pub mod commands;
pub mod config;
pub mod startup;
pub mod telemetry;
