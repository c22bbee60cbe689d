//! The event envelope: an event together with what the store keeps about it. Its own
//! module, with nothing but the domain beneath it, so that the ports and the projection
//! can both name it without importing each other.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use codebot_domain::Event;

/// Who did something, and on behalf of which request: stored with every event.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct EventMetadata {
    /// The id of the user (or `system` for the pipeline itself).
    pub actor: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Shared by every event that one user action led to.
    pub correlation_id: String,
    /// What directly caused this event: a request id or an earlier event id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub causation_id: Option<String>,
}

/// An event with everything the store keeps about it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventEnvelope {
    pub id: Uuid,
    /// Global order; `None` until the store assigns it.
    pub position: Option<i64>,
    pub aggregate_id: Uuid,
    pub version: u32,
    pub event: Event,
    pub metadata: EventMetadata,
    pub recorded_at: DateTime<Utc>,
}
