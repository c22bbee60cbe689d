//! Outbound webhooks over GraphQL: subscribe a URL to events, list subscriptions and
//! their delivery log, unsubscribe.

use async_graphql::{ComplexObject, Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::Handlers;
use super::errors::{Result, bad_input};
use super::identity::caller;
use super::scalars::Position;
use super::vocabulary::{DeliveryStatus, EventType};
use codebot_application::notifications::ports::{Delivery, Subscription};

/// A URL that receives events as signed JSON POSTs.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct WebhookSubscription {
    pub id: ID,
    /// Where events are POSTed.
    pub url: String,
    /// Only this integration's events; all integrations when `null`.
    pub integration_id: Option<ID>,
    /// Only these event types; all when empty (all but `GENERATION_PROGRESSED`,
    /// which a subscription gets only by naming it).
    pub event_types: Vec<EventType>,
    pub created_at: DateTime<Utc>,
}

impl From<Subscription> for WebhookSubscription {
    fn from(s: Subscription) -> Self {
        Self {
            id: ID(s.id.to_string()),
            url: s.url,
            integration_id: s.integration_id.map(|id| ID(id.to_string())),
            event_types: s.event_types.into_iter().map(EventType::from).collect(),
            created_at: s.created_at,
        }
    }
}

#[ComplexObject]
impl WebhookSubscription {
    /// The latest deliveries, newest first (at most 100).
    async fn deliveries(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 20)] first: i32,
    ) -> Result<Vec<WebhookDelivery>> {
        let handlers = ctx.data::<Handlers>()?;
        let id = Uuid::parse_str(&self.id).map_err(async_graphql::Error::from)?;
        let first = u32::try_from(first).map_err(|_| bad_input("first", "must not be negative"))?;
        Ok(handlers
            .notifications
            .deliveries(id, first)
            .await?
            .into_iter()
            .map(WebhookDelivery::from)
            .collect())
    }
}

/// One event sent (or being sent) to one subscription.
#[derive(SimpleObject)]
pub struct WebhookDelivery {
    pub id: ID,
    /// The event's position in the global log.
    pub event_position: Position,
    /// The type of the event it carries.
    pub event_type: EventType,
    pub integration_id: ID,
    /// Whether it arrived, waits for another attempt, or was given up.
    pub status: DeliveryStatus,
    pub attempts: u32,
    /// When the next attempt is due, while pending.
    pub next_attempt_at: DateTime<Utc>,
    /// The HTTP status of the last answer, if there was one.
    pub last_status_code: Option<u16>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub delivered_at: Option<DateTime<Utc>>,
}

impl From<Delivery> for WebhookDelivery {
    fn from(d: Delivery) -> Self {
        Self {
            id: ID(d.id.to_string()),
            event_position: Position(d.event_position),
            event_type: d.event_type.into(),
            integration_id: ID(d.integration_id.to_string()),
            status: d.status.into(),
            attempts: d.attempts,
            next_attempt_at: d.next_attempt_at,
            last_status_code: d.last_status_code,
            last_error: d.last_error,
            created_at: d.created_at,
            delivered_at: d.delivered_at,
        }
    }
}

/// A new subscription and the secret its deliveries are signed with (shown once).
#[derive(SimpleObject)]
pub struct CreatedWebhookSubscription {
    pub subscription: WebhookSubscription,
    /// The HMAC-SHA256 key of the `X-Codebot-Signature-256` header.
    pub secret: String,
}

#[derive(InputObject)]
pub struct CreateWebhookSubscriptionInput {
    /// An http(s) URL.
    pub url: String,
    /// Only this integration's events; all integrations when omitted.
    pub integration_id: Option<ID>,
    /// Only these event types (e.g. `STATE_CHANGED`); all when omitted (all but
    /// `GENERATION_PROGRESSED`, which a subscription gets only by naming it).
    pub event_types: Option<Vec<EventType>>,
}

#[derive(Default)]
pub struct NotificationQuery;

#[Object]
impl NotificationQuery {
    /// The caller's webhook subscriptions (everyone's, for a user manager).
    async fn webhook_subscriptions(&self, ctx: &Context<'_>) -> Result<Vec<WebhookSubscription>> {
        let handlers = ctx.data::<Handlers>()?;
        Ok(handlers
            .notifications
            .subscriptions(&caller(ctx)?)
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
    }
}

#[derive(Default)]
pub struct NotificationMutation;

#[Object]
impl NotificationMutation {
    /// Sends events to `url` from now on, signed with the returned secret.
    async fn create_webhook_subscription(
        &self,
        ctx: &Context<'_>,
        input: CreateWebhookSubscriptionInput,
    ) -> Result<CreatedWebhookSubscription> {
        let handlers = ctx.data::<Handlers>()?;
        let integration = input
            .integration_id
            .map(|id| {
                Uuid::parse_str(&id)
                    .map_err(|_| bad_input("integrationId", "not an integration id"))
            })
            .transpose()?;
        if let Some(id) = integration
            && handlers.integration_queries.get(id).await?.is_none()
        {
            return Err(bad_input("integrationId", "no such integration").into());
        }
        let (subscription, secret) = handlers
            .notifications
            .subscribe(
                &caller(ctx)?,
                &input.url,
                integration,
                input
                    .event_types
                    .unwrap_or_default()
                    .into_iter()
                    .map(codebot_domain::EventType::from)
                    .collect(),
            )
            .await?;
        Ok(CreatedWebhookSubscription {
            subscription: subscription.into(),
            secret,
        })
    }

    /// Stops a subscription; its pending deliveries are dropped, its log kept.
    async fn delete_webhook_subscription(&self, ctx: &Context<'_>, id: ID) -> Result<bool> {
        let handlers = ctx.data::<Handlers>()?;
        let Ok(id) = Uuid::parse_str(&id) else {
            return Err(codebot_application::error::AppError::NotFoundNamed(
                "webhook subscription",
            )
            .into());
        };
        handlers
            .notifications
            .unsubscribe(&caller(ctx)?, id)
            .await?;
        Ok(true)
    }
}
