//! End-to-end tests: the real application over HTTP, on SQLite and on PostgreSQL.
//! One test binary; one module per area.

mod command_line;
mod graphql_http;
mod health;
mod schema_file;
