//! The notifier: the fan-out that turns each recorded event into one delivery per
//! subscription that wants it, and the sender that works through due deliveries.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use futures_util::StreamExt;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

use super::ports::{Attempt, NewDelivery, NotificationStore, Subscription, WebhookSender};
use crate::integrations::kinds::KindRegistry;
use crate::ports::{EventEnvelope, EventLog, StoreError};

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
    use codebot_domain::artifacts::GenerationProgress;
    use codebot_domain::{Event, EventType};
    use uuid::Uuid;

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
}
