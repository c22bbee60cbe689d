//! What notifications store and send: subscriptions and deliveries, the store that
//! keeps them and the sender that calls an endpoint, implemented in infrastructure.

use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde_json::Value;
use uuid::Uuid;

use crate::ports::StoreError;
use codebot_domain::EventType;

/// Where to send events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub id: Uuid,
    pub owner_id: String,
    pub url: String,
    /// `None`: every integration.
    pub integration_id: Option<Uuid>,
    /// Empty: every event type.
    pub event_types: Vec<EventType>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryStatus {
    Pending,
    Delivered,
    /// Given up after the last attempt.
    Failed,
}

impl DeliveryStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryStatus::Pending => "pending",
            DeliveryStatus::Delivered => "delivered",
            DeliveryStatus::Failed => "failed",
        }
    }

    pub fn parse(text: &str) -> DeliveryStatus {
        match text {
            "delivered" => DeliveryStatus::Delivered,
            "failed" => DeliveryStatus::Failed,
            _ => DeliveryStatus::Pending,
        }
    }
}

/// One event on its way to one subscription.
#[derive(Debug, Clone, PartialEq)]
pub struct Delivery {
    pub id: i64,
    pub subscription_id: Uuid,
    pub event_position: i64,
    pub event_type: EventType,
    pub integration_id: Uuid,
    pub status: DeliveryStatus,
    pub attempts: u32,
    pub next_attempt_at: DateTime<Utc>,
    pub last_status_code: Option<u16>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub delivered_at: Option<DateTime<Utc>>,
}

/// A delivery to make (fan-out).
#[derive(Debug, Clone, PartialEq)]
pub struct NewDelivery {
    pub subscription_id: Uuid,
    pub event_position: i64,
    pub event_type: EventType,
    pub integration_id: Uuid,
    pub payload: Value,
}

/// A delivery due now, with what sending it takes.
#[derive(Debug, Clone, PartialEq)]
pub struct DueDelivery {
    pub id: i64,
    pub url: String,
    pub secret: String,
    pub event_type: String,
    pub payload: Value,
    pub attempts: u32,
}

/// What one attempt came to.
#[derive(Debug, Clone, PartialEq)]
pub enum Attempt {
    Delivered {
        status: u16,
    },
    /// Try again at `next` (or give up when `next` is `None`).
    Failed {
        status: Option<u16>,
        error: String,
        next: Option<DateTime<Utc>>,
    },
}

#[async_trait]
pub trait NotificationStore: Send + Sync {
    async fn create_subscription(
        &self,
        subscription: &Subscription,
        secret: &str,
    ) -> Result<(), StoreError>;
    /// One owner's subscriptions, or all when `owner` is `None`; newest first.
    async fn subscriptions(&self, owner: Option<&str>) -> Result<Vec<Subscription>, StoreError>;
    async fn delete_subscription(&self, id: Uuid, owner: Option<&str>) -> Result<bool, StoreError>;
    /// A subscription's latest deliveries, newest first.
    async fn deliveries(&self, subscription: Uuid, limit: u32)
    -> Result<Vec<Delivery>, StoreError>;
    /// How far the fan-out has gone; `None` until the first subscription (which sets it
    /// to the log's head).
    async fn cursor(&self) -> Result<Option<i64>, StoreError>;
    /// Stores `deliveries` (each once per subscription and event) and moves the cursor
    /// to `position`, in one transaction.
    async fn fan_out(&self, deliveries: &[NewDelivery], position: i64) -> Result<(), StoreError>;
    /// Up to `limit` pending deliveries due at `now`, held for `lease` so that another
    /// notifier does not send them at the same time.
    async fn claim_due(
        &self,
        now: DateTime<Utc>,
        limit: u32,
        lease: Duration,
    ) -> Result<Vec<DueDelivery>, StoreError>;
    async fn record(&self, id: i64, attempt: &Attempt, at: DateTime<Utc>)
    -> Result<(), StoreError>;
}

/// Sends one signed delivery; `Ok` with the HTTP status of any answer, `Err` when
/// there was none (timeout, connection refused).
#[async_trait]
pub trait WebhookSender: Send + Sync {
    async fn send(&self, delivery: &DueDelivery, delivery_key: &str) -> Result<u16, String>;
}
