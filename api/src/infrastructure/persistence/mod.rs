//! Persistence on SeaORM: the same code serves SQLite and PostgreSQL.

pub mod database;
mod probe;

pub use probe::SqlDatabaseProbe;
