//! SeaORM entities: the persistence shapes of the event store and the read models.
//! They carry no behaviour; `api`'s infrastructure layer maps them to domain and
//! application types.

pub mod event;
pub mod generated_file;
pub mod integration;
pub mod job;
pub mod pipeline_step;
pub mod user;
