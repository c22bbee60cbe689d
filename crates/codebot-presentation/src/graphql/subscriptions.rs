//! Live updates: every event (or every change of one integration) as it commits, with a
//! cursor to resume from after a disconnect.

use async_graphql::{Context, ID, Subscription};
use futures_util::{Stream, StreamExt};
use uuid::Uuid;

use super::Handlers;
use super::errors::{Result, bad_input, to_graphql};
use super::integrations::types::{Integration, IntegrationEvent};
use super::policy::FieldGuard;
use super::scalars::Position;
use super::vocabulary::EventType;

#[derive(Default)]
pub struct SubscriptionRoot;

fn handlers<'a>(ctx: &Context<'a>) -> async_graphql::Result<&'a Handlers> {
    ctx.data::<Handlers>()
}

#[Subscription(name = "Subscription")]
impl SubscriptionRoot {
    /// Every event of every integration, in order: those after `afterPosition` from the
    /// store first (omit it to start from now), then each new one as it commits.
    /// `types` keeps only those event types. Resume after a disconnect by passing the
    /// last `position` received.
    #[graphql(guard = "FieldGuard { type_name: \"Subscription\", field: \"events\" }")]
    async fn events(
        &self,
        ctx: &Context<'_>,
        after_position: Option<Position>,
        types: Option<Vec<EventType>>,
    ) -> Result<impl Stream<Item = async_graphql::Result<IntegrationEvent>> + use<>> {
        let feed = handlers(ctx)?.feed.clone();
        let start = match after_position {
            Some(Position(p)) if p < 0 => {
                return Err(bad_input("afterPosition", "must not be negative").into());
            }
            Some(Position(p)) => p,
            None => feed.head(),
        };
        let types: Vec<codebot_domain::EventType> = types
            .unwrap_or_default()
            .into_iter()
            .map(Into::into)
            .collect();
        Ok(feed.from_position(start).filter_map(move |item| {
            let keep = match &item {
                Ok(event) => types.is_empty() || types.contains(&event.event.event_type()),
                Err(_) => true,
            };
            let item = item
                .map(|event| IntegrationEvent::from((*event).clone()))
                .map_err(to_graphql);
            async move { keep.then_some(item) }
        }))
    }

    /// The events of one integration: those after version `afterVersion` first (omit it
    /// to start from now), then each new one as it commits.
    #[graphql(guard = "FieldGuard { type_name: \"Subscription\", field: \"integrationEvents\" }")]
    async fn integration_events(
        &self,
        ctx: &Context<'_>,
        id: ID,
        after_version: Option<i32>,
    ) -> Result<impl Stream<Item = async_graphql::Result<IntegrationEvent>> + use<>> {
        let handlers = handlers(ctx)?;
        let id = Uuid::parse_str(&id).map_err(|_| bad_input("id", "not an integration id"))?;
        let feed = handlers.feed.clone();
        // Replay from the integration's own history, then follow the global feed from
        // the position of the last replayed event.
        let (start, mut last_version) = match after_version {
            Some(v) if v < 0 => {
                return Err(bad_input("afterVersion", "must not be negative").into());
            }
            Some(v) => {
                let v = u32::try_from(v).unwrap_or(0);
                let earlier = handlers.integration_queries.events(id, 0, v.max(1)).await?;
                let start = earlier
                    .iter()
                    .rfind(|e| e.version <= v)
                    .and_then(|e| e.position)
                    .unwrap_or(0);
                (start, v)
            }
            None => (feed.head(), 0),
        };
        let follow_all = after_version.is_none();
        Ok(feed.from_position(start).filter_map(move |item| {
            let item = match item {
                Ok(event) if event.aggregate_id != id => None,
                Ok(event) if !follow_all && event.version <= last_version => None,
                Ok(event) => {
                    last_version = event.version;
                    Some(Ok(IntegrationEvent::from((*event).clone())))
                }
                Err(error) => Some(Err(to_graphql(error))),
            };
            async move { item }
        }))
    }

    /// The integration (or, without `id`, every integration) each time it changes,
    /// starting from now.
    #[graphql(guard = "FieldGuard { type_name: \"Subscription\", field: \"integrationUpdated\" }")]
    async fn integration_updated(
        &self,
        ctx: &Context<'_>,
        id: Option<ID>,
    ) -> Result<impl Stream<Item = async_graphql::Result<Integration>> + use<>> {
        let handlers = handlers(ctx)?.clone();
        let only = id
            .map(|id| Uuid::parse_str(&id).map_err(|_| bad_input("id", "not an integration id")))
            .transpose()?;
        let feed = handlers.feed.clone();
        // One commit of several events pushes the integration once: its last version.
        let pushed = std::sync::Arc::new(std::sync::Mutex::new(std::collections::HashMap::<
            Uuid,
            u32,
        >::new()));
        Ok(feed.from_position(feed.head()).filter_map(move |item| {
            let handlers = handlers.clone();
            let pushed = pushed.clone();
            async move {
                match item {
                    Ok(event) if only.is_some_and(|id| id != event.aggregate_id) => None,
                    Ok(event) => match handlers.integration_queries.get(event.aggregate_id).await {
                        Ok(view) => view
                            .filter(|v| v.version >= event.version)
                            .filter(|v| {
                                let mut pushed = pushed.lock().unwrap_or_else(|e| e.into_inner());
                                let fresh = pushed.get(&v.id).is_none_or(|seen| *seen < v.version);
                                if fresh {
                                    pushed.insert(v.id, v.version);
                                }
                                fresh
                            })
                            .map(|v| Ok(Integration::from(v))),
                        Err(error) => Some(Err(to_graphql(error))),
                    },
                    Err(error) => Some(Err(to_graphql(error))),
                }
            }
        }))
    }
}
