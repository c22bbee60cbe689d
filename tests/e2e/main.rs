//! End-to-end tests: the real application over HTTP, on SQLite and on PostgreSQL.
//! One test binary; one module per area.

mod access_tokens;
mod accounts;
mod actions;
mod cache;
mod command_line;
mod compensation;
mod crash;
mod crash_steps;
mod credentials;
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
mod limits;
mod llm;
mod metrics;
mod notifications;
mod oauth;
mod ownership;
mod pipeline;
mod rbac;
mod schema_file;
mod scorecard;
mod sessions;
mod shared_subscriptions;
mod subscriptions;
mod topology;
mod traces;
mod websocket_protocol;
