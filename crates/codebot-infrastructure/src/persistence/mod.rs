//! Persistence on SeaORM: the same code serves SQLite and PostgreSQL.

pub mod database;
mod event_store;
mod identity_store;
mod job_queue;
mod mapping;
mod notification_store;
mod probe;
mod read_model;
pub mod secret_box;
mod status_board;
mod transaction;
pub mod view_cache;

pub use event_store::SeaOrmEventStore;
pub use identity_store::SeaOrmIdentityStore;
pub use job_queue::{SeaOrmJobQueue, StoreSignal};
pub use notification_store::SeaOrmNotificationStore;
pub use probe::SqlDatabaseProbe;
pub use read_model::{SeaOrmReadModel, SeaOrmUserDirectory};
pub use status_board::SeaOrmStatusBoard;
