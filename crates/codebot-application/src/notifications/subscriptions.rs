//! The management of webhook subscriptions, for GraphQL: subscribe, list,
//! unsubscribe and read a subscription's deliveries.

use std::sync::Arc;

use chrono::Utc;
use uuid::Uuid;

use super::ports::{Delivery, NotificationStore, Subscription};
use super::targets::names_private_target;
use crate::error::AppError;
use crate::identity::Caller;
use crate::identity::secrets;
use codebot_domain::identity::Permission;
use codebot_domain::{DomainError, EventType};

/// The management of subscriptions, for GraphQL.
#[derive(Clone)]
pub struct Notifications {
    store: Arc<dyn NotificationStore>,
    /// Whether endpoints on private networks (loopback, RFC 1918, link-local, …) may be
    /// subscribed; off by default, so a user cannot make the server call its own
    /// network.
    private_targets: bool,
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
