//! Webhook subscriptions, deliveries and the notifier's cursor on SeaORM.

use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::mapping::utc;
use super::transaction::{backend, transact};
use codebot_application::notifications::ports::{
    Attempt, Delivery, DeliveryStatus, DueDelivery, NewDelivery, NotificationStore, Subscription,
};
use codebot_application::ports::StoreError;
use codebot_domain::EventType;

use entity::{notifier_cursor, webhook_delivery, webhook_subscription};

const CURSOR: &str = "webhooks";

#[derive(Clone)]
pub struct SeaOrmNotificationStore {
    db: DatabaseConnection,
}

impl SeaOrmNotificationStore {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

fn stamp(at: DateTime<Utc>) -> sea_orm::prelude::DateTimeWithTimeZone {
    at.into()
}

/// The event types a subscription stored, by their stored names. A name this version
/// does not know (written by a later one) matches no event it reads, so it is left out;
/// only after a downgrade could that leave a list empty, which then reads as every type.
fn event_types(stored: serde_json::Value) -> Vec<EventType> {
    serde_json::from_value::<Vec<String>>(stored)
        .unwrap_or_default()
        .iter()
        .filter_map(|name| EventType::parse(name))
        .collect()
}

fn subscription(row: webhook_subscription::Model) -> Subscription {
    Subscription {
        id: row.id,
        owner_id: row.owner_id,
        url: row.url,
        integration_id: row.integration_id,
        event_types: event_types(row.event_types),
        created_at: utc(row.created_at),
    }
}

#[async_trait]
impl NotificationStore for SeaOrmNotificationStore {
    async fn create_subscription(&self, s: &Subscription, secret: &str) -> Result<(), StoreError> {
        webhook_subscription::Entity::insert(webhook_subscription::ActiveModel {
            id: Set(s.id),
            owner_id: Set(s.owner_id.clone()),
            url: Set(s.url.clone()),
            secret: Set(secret.to_owned()),
            integration_id: Set(s.integration_id),
            event_types: Set(serde_json::json!(
                s.event_types.iter().map(|t| t.as_str()).collect::<Vec<_>>()
            )),
            created_at: Set(stamp(s.created_at)),
        })
        .exec_without_returning(&self.db)
        .await
        .map_err(backend)?;
        // The first subscription starts the notifier at the log's head: it sends what
        // happens from now on, not the history.
        let backend_kind = self.db.get_database_backend();
        self.db
            .execute_raw(sea_orm::Statement::from_string(
                backend_kind,
                format!(
                    "INSERT INTO notifier_cursor (name, position) \
                     SELECT '{CURSOR}', COALESCE(MAX(position), 0) FROM events WHERE true \
                     ON CONFLICT (name) DO NOTHING"
                ),
            ))
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn subscriptions(&self, owner: Option<&str>) -> Result<Vec<Subscription>, StoreError> {
        let mut query = webhook_subscription::Entity::find()
            .order_by_desc(webhook_subscription::Column::CreatedAt);
        if let Some(owner) = owner {
            query = query.filter(webhook_subscription::Column::OwnerId.eq(owner));
        }
        Ok(query
            .all(&self.db)
            .await
            .map_err(backend)?
            .into_iter()
            .map(subscription)
            .collect())
    }

    async fn delete_subscription(&self, id: Uuid, owner: Option<&str>) -> Result<bool, StoreError> {
        let mut delete = webhook_subscription::Entity::delete_many()
            .filter(webhook_subscription::Column::Id.eq(id));
        if let Some(owner) = owner {
            delete = delete.filter(webhook_subscription::Column::OwnerId.eq(owner));
        }
        let deleted = delete.exec(&self.db).await.map_err(backend)?.rows_affected == 1;
        if deleted {
            // Pending deliveries of a gone subscription are dropped; the log stays.
            webhook_delivery::Entity::update_many()
                .col_expr(webhook_delivery::Column::Status, Expr::value("failed"))
                .col_expr(
                    webhook_delivery::Column::LastError,
                    Expr::value("the subscription was deleted"),
                )
                .filter(webhook_delivery::Column::SubscriptionId.eq(id))
                .filter(webhook_delivery::Column::Status.eq("pending"))
                .exec(&self.db)
                .await
                .map_err(backend)?;
        }
        Ok(deleted)
    }

    async fn deliveries(
        &self,
        subscription: Uuid,
        limit: u32,
    ) -> Result<Vec<Delivery>, StoreError> {
        let rows = webhook_delivery::Entity::find()
            .filter(webhook_delivery::Column::SubscriptionId.eq(subscription))
            .order_by_desc(webhook_delivery::Column::Id)
            .limit(u64::from(limit))
            .all(&self.db)
            .await
            .map_err(backend)?;
        rows.into_iter()
            .map(|row| {
                let event_type = EventType::parse(&row.event_type).ok_or_else(|| {
                    StoreError::Backend(format!(
                        "delivery {} names an unknown event type `{}`",
                        row.id, row.event_type
                    ))
                })?;
                Ok(Delivery {
                    id: row.id,
                    subscription_id: row.subscription_id,
                    event_position: row.event_position,
                    event_type,
                    integration_id: row.integration_id,
                    status: DeliveryStatus::parse(&row.status),
                    attempts: u32::try_from(row.attempts).unwrap_or(0),
                    next_attempt_at: utc(row.next_attempt_at),
                    last_status_code: row.last_status_code.and_then(|c| u16::try_from(c).ok()),
                    last_error: row.last_error,
                    created_at: utc(row.created_at),
                    delivered_at: row.delivered_at.map(utc),
                })
            })
            .collect()
    }

    async fn cursor(&self) -> Result<Option<i64>, StoreError> {
        Ok(notifier_cursor::Entity::find_by_id(CURSOR.to_owned())
            .one(&self.db)
            .await
            .map_err(backend)?
            .map(|row| row.position))
    }

    async fn fan_out(&self, deliveries: &[NewDelivery], position: i64) -> Result<(), StoreError> {
        let deliveries = deliveries.to_vec();
        let now = stamp(Utc::now());
        transact(&self.db, move |tx| {
            Box::pin(async move {
                for chunk in deliveries.chunks(200) {
                    let rows = chunk.iter().map(|d| webhook_delivery::ActiveModel {
                        subscription_id: Set(d.subscription_id),
                        event_position: Set(d.event_position),
                        event_type: Set(d.event_type.as_str().to_owned()),
                        integration_id: Set(d.integration_id),
                        payload: Set(d.payload.clone()),
                        status: Set("pending".to_owned()),
                        attempts: Set(0),
                        next_attempt_at: Set(now),
                        last_status_code: Set(None),
                        last_error: Set(None),
                        created_at: Set(now),
                        delivered_at: Set(None),
                        ..Default::default()
                    });
                    webhook_delivery::Entity::insert_many(rows)
                        .on_conflict(
                            OnConflict::columns([
                                webhook_delivery::Column::SubscriptionId,
                                webhook_delivery::Column::EventPosition,
                            ])
                            .do_nothing()
                            .to_owned(),
                        )
                        .exec_without_returning(tx)
                        .await?;
                }
                notifier_cursor::Entity::insert(notifier_cursor::ActiveModel {
                    name: Set(CURSOR.to_owned()),
                    position: Set(position),
                })
                .on_conflict(
                    OnConflict::column(notifier_cursor::Column::Name)
                        .update_column(notifier_cursor::Column::Position)
                        .to_owned(),
                )
                .exec_without_returning(tx)
                .await?;
                Ok::<(), sea_orm::DbErr>(())
            })
        })
        .await
    }

    async fn claim_due(
        &self,
        now: DateTime<Utc>,
        limit: u32,
        lease: Duration,
    ) -> Result<Vec<DueDelivery>, StoreError> {
        transact(&self.db, move |tx| {
            Box::pin(async move {
                let mut query = webhook_delivery::Entity::find()
                    .filter(webhook_delivery::Column::Status.eq("pending"))
                    .filter(webhook_delivery::Column::NextAttemptAt.lte(stamp(now)))
                    .order_by_asc(webhook_delivery::Column::NextAttemptAt)
                    .limit(u64::from(limit));
                if tx.get_database_backend() == DatabaseBackend::Postgres {
                    query = query.lock_with_behavior(
                        sea_orm::sea_query::LockType::Update,
                        sea_orm::sea_query::LockBehavior::SkipLocked,
                    );
                }
                let rows = query.all(tx).await?;
                if rows.is_empty() {
                    return Ok(Vec::new());
                }
                let held = now + chrono::Duration::from_std(lease).unwrap_or_default();
                webhook_delivery::Entity::update_many()
                    .col_expr(
                        webhook_delivery::Column::NextAttemptAt,
                        Expr::value(stamp(held)),
                    )
                    .filter(webhook_delivery::Column::Id.is_in(rows.iter().map(|r| r.id)))
                    .exec(tx)
                    .await?;
                let subscriptions: std::collections::HashMap<Uuid, webhook_subscription::Model> =
                    webhook_subscription::Entity::find()
                        .filter(
                            webhook_subscription::Column::Id
                                .is_in(rows.iter().map(|r| r.subscription_id)),
                        )
                        .all(tx)
                        .await?
                        .into_iter()
                        .map(|s| (s.id, s))
                        .collect();
                Ok::<_, sea_orm::DbErr>(
                    rows.into_iter()
                        .filter_map(|row| {
                            let s = subscriptions.get(&row.subscription_id)?;
                            Some(DueDelivery {
                                id: row.id,
                                url: s.url.clone(),
                                secret: s.secret.clone(),
                                event_type: row.event_type,
                                payload: row.payload,
                                attempts: u32::try_from(row.attempts).unwrap_or(0),
                            })
                        })
                        .collect(),
                )
            })
        })
        .await
    }

    async fn record(
        &self,
        id: i64,
        attempt: &Attempt,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let update = webhook_delivery::Entity::update_many()
            .col_expr(
                webhook_delivery::Column::Attempts,
                Expr::col(webhook_delivery::Column::Attempts).add(Expr::value(1)),
            )
            .filter(webhook_delivery::Column::Id.eq(id));
        let update = match attempt {
            Attempt::Delivered { status } => update
                .col_expr(webhook_delivery::Column::Status, Expr::value("delivered"))
                .col_expr(
                    webhook_delivery::Column::LastStatusCode,
                    Expr::value(i32::from(*status)),
                )
                .col_expr(
                    webhook_delivery::Column::LastError,
                    Expr::value(Option::<String>::None),
                )
                .col_expr(
                    webhook_delivery::Column::DeliveredAt,
                    Expr::value(stamp(at)),
                ),
            Attempt::Failed {
                status,
                error,
                next,
            } => {
                let update = update
                    .col_expr(
                        webhook_delivery::Column::LastStatusCode,
                        Expr::value(status.map(i32::from)),
                    )
                    .col_expr(
                        webhook_delivery::Column::LastError,
                        Expr::value(error.chars().take(500).collect::<String>()),
                    );
                match next {
                    Some(next) => update.col_expr(
                        webhook_delivery::Column::NextAttemptAt,
                        Expr::value(stamp(*next)),
                    ),
                    None => {
                        update.col_expr(webhook_delivery::Column::Status, Expr::value("failed"))
                    }
                }
            }
        };
        update.exec(&self.db).await.map_err(backend)?;
        Ok(())
    }
}
