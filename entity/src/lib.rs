//! SeaORM entities: the persistence shapes of the event store and the read models.
//! They carry no behaviour; `api`'s infrastructure layer maps them to domain and
//! application types.

pub mod api_key;
pub mod audit_entry;
pub mod event;
pub mod generated_file;
pub mod integration;
pub mod job;
pub mod login_state;
pub mod notifier_cursor;
pub mod pipeline_step;
pub mod refresh_token;
pub mod user;
pub mod webhook_delivery;
pub mod webhook_subscription;
pub mod worker_report;
