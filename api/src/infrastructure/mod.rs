//! Infrastructure layer: adapters to the outside world. SeaORM persistence (event store,
//! read models), caches, buses and provider clients.
//!
//! It implements the ports declared in `application` and may depend on `application`,
//! `domain`, `entity` and `migration`. Nothing in `domain` or `application` depends on it;
//! only the composition root (`startup`) names its types.

pub mod fanout;
pub mod persistence;
pub mod providers;
