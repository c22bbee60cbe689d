//! Infrastructure layer: adapters to the outside world. SeaORM persistence (event store,
//! read models), caches, buses and provider clients.
//!
//! It implements the ports declared in `application` and may depend on `application`,
//! `domain`, `entity` and `migration`. Nothing in `domain` or `application` depends on it;
//! only the composition root (`startup`) names its types.

pub mod auth;
pub mod fanout;
pub mod metrics;
pub mod persistence;
pub mod providers;
pub mod ratelimit;
pub mod resilience;

/// Selects the TLS crypto for outbound HTTPS (`ring`, the one the database driver
/// already uses, rather than a second implementation). Call before making an HTTP
/// client; calling it again does nothing.
pub fn install_tls_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}
