//! Integrations: the command handlers, the projection every read model comes from, the
//! query handlers and the registry of integration kinds.

pub mod commands;
pub mod kinds;
pub mod projection;
pub mod queries;
pub mod rebuild;
pub mod views;
