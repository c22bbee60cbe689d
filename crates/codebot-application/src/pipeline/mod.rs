//! The pipeline saga: validate → generate → test → pull request → review (a human
//! gate) → deploy, each step recorded, compensated in reverse on failure.

pub mod ports;
pub mod saga;
pub mod worker;
