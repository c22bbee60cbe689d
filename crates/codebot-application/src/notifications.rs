//! Outbound notifications: webhook subscriptions (to one integration or to all, to some
//! event types or all), and the notifier that fans each recorded event out to them and
//! delivers it — signed, retried with backoff, every attempt recorded.
//!
//! Both halves run apart from the pipeline: the fan-out follows the event log from a
//! stored cursor (so nothing is skipped or sent twice across restarts; a delivery is
//! unique per subscription and event), and the sender works through due deliveries a
//! few at a time with a timeout each, so a dead endpoint only delays its own retries.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use super::error::AppError;
use super::identity::Caller;
use super::identity::secrets;
use super::integrations::kinds::KindRegistry;
use super::ports::{EventEnvelope, EventLog, StoreError};
use codebot_domain::identity::Permission;
use codebot_domain::{DomainError, EventType};

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

impl Subscription {
    /// Whether the subscription asked for `event`. "All types" leaves out the
    /// progress reports of a running generation (one every few seconds): those go only
    /// to subscriptions that name `GenerationProgressed`.
    fn wants(&self, event: &EventEnvelope) -> bool {
        let kind = event.event.event_type();
        self.integration_id
            .is_none_or(|id| id == event.aggregate_id)
            && if self.event_types.is_empty() {
                !matches!(
                    event.event,
                    codebot_domain::Event::GenerationProgressed { .. }
                )
            } else {
                self.event_types.contains(&kind)
            }
    }
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

/// The management of subscriptions, for GraphQL.
#[derive(Clone)]
pub struct Notifications {
    store: Arc<dyn NotificationStore>,
    /// Whether endpoints on private networks (loopback, RFC 1918, link-local, …) may be
    /// subscribed; off by default, so a user cannot make the server call its own
    /// network.
    private_targets: bool,
}

/// Whether `url` names a private target by itself: a private or loopback address, or
/// a `localhost` name. (Other names are judged by what they resolve to.)
pub fn names_private_target(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => !is_public_address(ip.into()),
        Some(url::Host::Ipv6(ip)) => !is_public_address(ip.into()),
        Some(url::Host::Domain(name)) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            name == "localhost" || name.ends_with(".localhost")
        }
        None => false,
    }
}

/// Whether `ip` is an address on the public internet: not loopback, private,
/// link-local (cloud metadata lives there), shared (CGNAT), unique-local, multicast,
/// documentation or unspecified, in IPv4 or IPv6 (IPv4-mapped included).
pub fn is_public_address(ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_broadcast()
                || v4.is_documentation()
                || v4.is_unspecified()
                || v4.is_multicast()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || (a == 192 && b == 0 && v4.octets()[2] == 0)
                || (a == 198 && (b == 18 || b == 19))
                || a >= 240)
        }
        IpAddr::V6(v6) => {
            // IPv4-mapped and IPv4-compatible forms (`::ffff:a.b.c.d`, `::a.b.c.d`;
            // `::` and `::1` come out as 0.0.0.0 and 0.0.0.1, which are not public).
            if let Some(v4) = v6.to_ipv4() {
                return is_public_address(IpAddr::V4(v4));
            }
            let s = v6.segments();
            // 6to4 carries an IPv4 address in its prefix.
            if s[0] == 0x2002 {
                let v4 = std::net::Ipv4Addr::new(
                    (s[1] >> 8) as u8,
                    s[1] as u8,
                    (s[2] >> 8) as u8,
                    s[2] as u8,
                );
                return is_public_address(IpAddr::V4(v4));
            }
            !(v6.is_multicast()
                || (s[0] & 0xfe00) == 0xfc00 // unique local
                || (s[0] & 0xffc0) == 0xfe80 // link-local
                || (s[0] & 0xffc0) == 0xfec0 // site-local
                || (s[0] == 0x2001 && s[1] == 0x0000) // Teredo
                || (s[0] == 0x2001 && s[1] == 0x0db8) // documentation
                || (s[0] == 0x0064 && s[1] == 0xff9b)) // NAT64
        }
    }
}

/// Most subscriptions one user may hold.
const MAX_SUBSCRIPTIONS: usize = 50;

impl Notifications {
    pub fn new(store: Arc<dyn NotificationStore>) -> Self {
        Self {
            store,
            private_targets: false,
        }
    }

    /// Lets subscriptions name endpoints on private networks.
    pub fn allowing_private_targets(mut self, allow: bool) -> Self {
        self.private_targets = allow;
        self
    }

    fn scope<'a>(caller: &'a Caller<'_>) -> Option<&'a str> {
        (!caller.principal.can(Permission::UserManage)).then_some(caller.principal.user_id.as_str())
    }

    /// Subscribes the caller's `url`; the signing secret is returned once.
    pub async fn subscribe(
        &self,
        caller: &Caller<'_>,
        url: &str,
        integration_id: Option<Uuid>,
        event_types: Vec<EventType>,
    ) -> Result<(Subscription, String), AppError> {
        let url = url.trim();
        let parsed = url::Url::parse(url)
            .map_err(|e| DomainError::invalid("url", format!("not a URL: {e}")))?;
        if !matches!(parsed.scheme(), "http" | "https")
            || parsed.host_str().is_none()
            || url.len() > 2000
        {
            return Err(DomainError::invalid(
                "url",
                "must be an http(s) URL of at most 2,000 characters",
            )
            .into());
        }
        // A name is checked again where it is resolved, on every delivery.
        if names_private_target(&parsed) && !self.private_targets {
            return Err(DomainError::invalid(
                "url",
                "names a private or loopback address; this server only calls public endpoints (CODEBOT_NOTIFY_ALLOW_PRIVATE=true allows private ones)",
            )
            .into());
        }
        if event_types.len() > 50 {
            return Err(DomainError::invalid("eventTypes", "at most 50 names").into());
        }
        let owner = caller.principal.user_id.clone();
        if self.store.subscriptions(Some(&owner)).await?.len() >= MAX_SUBSCRIPTIONS {
            return Err(DomainError::invalid(
                "url",
                format!("at most {MAX_SUBSCRIPTIONS} subscriptions per user"),
            )
            .into());
        }
        let subscription = Subscription {
            id: Uuid::now_v7(),
            owner_id: owner,
            url: url.to_owned(),
            integration_id,
            event_types,
            created_at: Utc::now(),
        };
        let secret = format!("whsec_{}", secrets::random_token());
        self.store
            .create_subscription(&subscription, &secret)
            .await?;
        Ok((subscription, secret))
    }

    pub async fn subscriptions(&self, caller: &Caller<'_>) -> Result<Vec<Subscription>, AppError> {
        Ok(self.store.subscriptions(Self::scope(caller)).await?)
    }

    /// Removes one of the caller's subscriptions (any, for a user manager); another's
    /// answers like a missing one.
    pub async fn unsubscribe(&self, caller: &Caller<'_>, id: Uuid) -> Result<(), AppError> {
        if self
            .store
            .delete_subscription(id, Self::scope(caller))
            .await?
        {
            Ok(())
        } else {
            Err(AppError::NotFoundNamed("webhook subscription"))
        }
    }

    pub async fn deliveries(
        &self,
        subscription: Uuid,
        limit: u32,
    ) -> Result<Vec<Delivery>, AppError> {
        Ok(self.store.deliveries(subscription, limit.min(100)).await?)
    }
}

/// How the notifier works.
#[derive(Debug, Clone)]
pub struct NotifierSettings {
    /// Attempts before a delivery is given up.
    pub max_attempts: u32,
    /// First retry delay; doubles each attempt up to `retry_cap`.
    pub retry_base: Duration,
    pub retry_cap: Duration,
    /// How often it looks for new events and due deliveries.
    pub poll: Duration,
    /// Deliveries sent at once.
    pub concurrency: usize,
}

impl Default for NotifierSettings {
    fn default() -> Self {
        Self {
            max_attempts: 8,
            retry_base: Duration::from_secs(1),
            retry_cap: Duration::from_secs(15 * 60),
            poll: Duration::from_millis(250),
            concurrency: 10,
        }
    }
}

/// Fans events out to subscriptions and delivers them.
pub struct Notifier {
    store: Arc<dyn NotificationStore>,
    log: Arc<dyn EventLog>,
    sender: Arc<dyn WebhookSender>,
    kinds: KindRegistry,
    settings: NotifierSettings,
}

/// Events read per fan-out pass.
const BATCH: u32 = 200;

impl Notifier {
    pub fn new(
        store: Arc<dyn NotificationStore>,
        log: Arc<dyn EventLog>,
        sender: Arc<dyn WebhookSender>,
        kinds: KindRegistry,
        settings: NotifierSettings,
    ) -> Self {
        Self {
            store,
            log,
            sender,
            kinds,
            settings,
        }
    }

    /// Runs until `stop`.
    pub async fn run(self, stop: CancellationToken) {
        let mut tick = tokio::time::interval(self.settings.poll);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                () = stop.cancelled() => return,
                _ = tick.tick() => {}
            }
            if let Err(error) = self.fan_out_pass().await {
                tracing::warn!(%error, "notification fan-out failed; retrying");
            }
            if let Err(error) = self.send_pass(&stop).await {
                tracing::warn!(%error, "notification delivery failed; retrying");
            }
        }
    }

    /// The body sent for an event (secret config values replaced).
    fn payload(&self, event: &EventEnvelope) -> Value {
        json!({
            "event": {
                "position": event.position,
                "integrationId": event.aggregate_id,
                "version": event.version,
                "type": event.event.event_type().as_str(),
                "data": self.kinds.redact_event_data(&event.event.data()),
                "actor": event.metadata.actor,
                "recordedAt": event.recorded_at,
            }
        })
    }

    async fn fan_out_pass(&self) -> Result<(), StoreError> {
        // No cursor: nobody ever subscribed (the first subscription sets it).
        let Some(cursor) = self.store.cursor().await? else {
            return Ok(());
        };
        let events = self.log.read_after(cursor, BATCH).await?;
        let Some(last) = events.last().and_then(|e| e.position) else {
            return Ok(());
        };
        let subscriptions = self.store.subscriptions(None).await?;
        let deliveries: Vec<NewDelivery> = events
            .iter()
            .flat_map(|event| {
                subscriptions
                    .iter()
                    .filter(|s| s.wants(event))
                    .map(|s| NewDelivery {
                        subscription_id: s.id,
                        event_position: event.position.unwrap_or_default(),
                        event_type: event.event.event_type(),
                        integration_id: event.aggregate_id,
                        payload: self.payload(event),
                    })
            })
            .collect();
        self.store.fan_out(&deliveries, last).await
    }

    fn backoff(&self, attempts: u32) -> Duration {
        let exponent = attempts.saturating_sub(1).min(20);
        self.settings
            .retry_base
            .saturating_mul(1 << exponent)
            .min(self.settings.retry_cap)
    }

    async fn send_pass(&self, stop: &CancellationToken) -> Result<(), StoreError> {
        let lease = Duration::from_secs(60);
        let due = self
            .store
            .claim_due(Utc::now(), (self.settings.concurrency * 4) as u32, lease)
            .await?;
        futures_util::stream::iter(due)
            .map(|delivery| async move {
                let key = format!("delivery-{}", delivery.id);
                let answer = tokio::select! {
                    answer = tokio::time::timeout(Duration::from_secs(10), self.sender.send(&delivery, &key)) => {
                        answer.unwrap_or_else(|_| Err("no answer within 10 s".into()))
                    }
                    () = stop.cancelled() => return,
                };
                let attempts = delivery.attempts + 1;
                let now = Utc::now();
                let retry_at = (attempts < self.settings.max_attempts).then(|| {
                    now + chrono::Duration::from_std(self.backoff(attempts)).unwrap_or_default()
                });
                let attempt = match answer {
                    Ok(status) if (200..300).contains(&status) => Attempt::Delivered { status },
                    Ok(status) => Attempt::Failed {
                        status: Some(status),
                        error: format!("the endpoint answered HTTP {status}"),
                        next: retry_at,
                    },
                    Err(error) => Attempt::Failed {
                        status: None,
                        error,
                        next: retry_at,
                    },
                };
                if let Err(error) = self.store.record(delivery.id, &attempt, now).await {
                    tracing::warn!(%error, delivery = delivery.id, "cannot record a delivery attempt");
                }
            })
            .buffer_unordered(self.settings.concurrency.max(1))
            .collect::<Vec<()>>()
            .await;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ports::EventMetadata;
    use codebot_domain::Event;
    use codebot_domain::artifacts::GenerationProgress;

    #[test]
    fn progress_reports_go_only_to_subscriptions_that_name_them() {
        let envelope = |event| EventEnvelope {
            id: Uuid::nil(),
            position: Some(1),
            aggregate_id: Uuid::nil(),
            version: 3,
            event,
            metadata: EventMetadata {
                actor: "system".into(),
                request_id: None,
                correlation_id: "c".into(),
                causation_id: None,
            },
            recorded_at: Utc::now(),
        };
        let subscription = |types: &[EventType]| Subscription {
            id: Uuid::nil(),
            owner_id: "u".into(),
            url: "https://hooks.example.com".into(),
            integration_id: None,
            event_types: types.to_vec(),
            created_at: Utc::now(),
        };
        let progress = envelope(Event::GenerationProgressed {
            attempt: 1,
            progress: GenerationProgress::default(),
        });
        let deleted = envelope(Event::IntegrationDeleted {});
        assert!(!subscription(&[]).wants(&progress));
        assert!(subscription(&[]).wants(&deleted));
        assert!(subscription(&[EventType::GenerationProgressed]).wants(&progress));
        assert!(!subscription(&[EventType::StateChanged]).wants(&deleted));
    }

    #[test]
    fn only_public_addresses_count_as_public() {
        for private in [
            "127.0.0.1",
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "192.0.2.1",
            "::1",
            "::",
            "fe80::1",
            "fd12:3456::1",
            "::ffff:10.0.0.1",
            "::127.0.0.1",
            "::10.0.0.1",
            "fec0::1",
            "2002:7f00:1::1",
            "2001:0:4136:e378::1",
            "2001:db8::1",
        ] {
            let ip: std::net::IpAddr = private.parse().expect("an address");
            assert!(!is_public_address(ip), "{private}");
        }
        for public in [
            "8.8.8.8",
            "140.82.112.3",
            "2606:4700::1111",
            "::ffff:1.1.1.1",
            "2002:0808:0808::1",
        ] {
            let ip: std::net::IpAddr = public.parse().expect("an address");
            assert!(is_public_address(ip), "{public}");
        }
    }
}
