//! Schema migrations. Every migration runs on SQLite and on PostgreSQL; the test suite
//! applies them to both.

pub use sea_orm_migration::prelude::*;

mod m20261126_000001_event_store;
mod m20261126_000002_read_models;
mod m20261126_000003_pipeline;
mod m20261126_000004_identity;
mod m20261126_000005_notifications;
mod m20261126_000006_worker_reports;
mod m20261130_000007_job_trace_context;
mod m20261130_000008_repair_deep_json;
mod m20261130_000009_compensation_failure;
mod m20261130_000010_key_sessions;
mod m20261130_000011_cleaning_up;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_event_store::Migration),
            Box::new(m20261126_000002_read_models::Migration),
            Box::new(m20261126_000003_pipeline::Migration),
            Box::new(m20261126_000004_identity::Migration),
            Box::new(m20261126_000005_notifications::Migration),
            Box::new(m20261126_000006_worker_reports::Migration),
            Box::new(m20261130_000007_job_trace_context::Migration),
            Box::new(m20261130_000008_repair_deep_json::Migration),
            Box::new(m20261130_000009_compensation_failure::Migration),
            Box::new(m20261130_000010_key_sessions::Migration),
            Box::new(m20261130_000011_cleaning_up::Migration),
        ]
    }
}
