//! Outbound notifications: webhook subscriptions (to one integration or to all, to some
//! event types or all), and the notifier that fans each recorded event out to them and
//! delivers it — signed, retried with backoff, every attempt recorded.
//!
//! Both halves run apart from the pipeline: the fan-out follows the event log from a
//! stored cursor (so nothing is skipped or sent twice across restarts; a delivery is
//! unique per subscription and event), and the sender works through due deliveries a
//! few at a time with a timeout each, so a dead endpoint only delays its own retries.

pub mod notifier;
pub mod ports;
pub mod subscriptions;
pub mod targets;
