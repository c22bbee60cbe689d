//! End-to-end tests: the real application over HTTP, on SQLite and on PostgreSQL.
//! One test binary; one module per area.

mod access;
mod accounts;
mod actions;
mod cache;
mod command_line;
mod compensation;
mod crash;
mod crash_steps;
mod dashboard;
mod deployers;
mod disconnects;
mod embedded_pipeline;
mod event_store;
mod github;
mod graphql_http;
mod hardening;
mod health;
mod integrations;
mod llm;
mod metrics;
mod notifications;
mod pipeline;
mod schema_file;
mod scorecard;
mod shared_subscriptions;
mod subscriptions;
mod topology;
mod traces;
mod websocket_protocol;
