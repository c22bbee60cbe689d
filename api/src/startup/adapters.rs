//! The persistence adapters on one database, and the application handlers on them.

use std::sync::Arc;
use std::time::Duration;

use sea_orm::DatabaseConnection;
use tokio_util::sync::CancellationToken;

use crate::application::feed::EventFeed;
use crate::application::identity::Identity;
use crate::application::integrations::commands::IntegrationCommands;
use crate::application::integrations::kinds::KindRegistry;
use crate::application::integrations::queries::IntegrationQueries;
use crate::application::notifications::subscriptions::Notifications;
use crate::application::ports::IntegrationReadModel;
use crate::application::status::SystemStatusQuery;
use crate::infrastructure::persistence::SeaOrmNotificationStore;
use crate::infrastructure::persistence::secret_box::SecretBox;
use crate::infrastructure::persistence::view_cache::{CachedReadModel, ViewCache};
use crate::infrastructure::persistence::{
    SeaOrmEventStore, SeaOrmJobQueue, SeaOrmReadModel, SeaOrmUserDirectory, SqlDatabaseProbe,
    StoreSignal,
};
use crate::presentation::graphql::Handlers;

/// The adapters on one database, shared by the API and the worker of a process.
pub(crate) struct Adapters {
    pub(crate) signal: StoreSignal,
    pub(crate) store: Arc<SeaOrmEventStore>,
    pub(crate) read: Arc<dyn IntegrationReadModel>,
    pub(crate) queue: Arc<SeaOrmJobQueue>,
}

impl Adapters {
    pub(crate) fn new(db: &DatabaseConnection) -> Self {
        Self::with_signal(db, StoreSignal::default(), None)
    }

    /// The adapters on `db`; with `secrets`, the event store seals secret config
    /// values at rest.
    pub(crate) fn with_signal(
        db: &DatabaseConnection,
        signal: StoreSignal,
        secrets: Option<Arc<SecretBox>>,
    ) -> Self {
        Self::wired(db, signal, secrets, None)
    }

    /// The adapters on `db`; with `secrets` the event store seals secret config values
    /// at rest, and with `cache` `integration(id)` reads go through it.
    pub(crate) fn wired(
        db: &DatabaseConnection,
        signal: StoreSignal,
        secrets: Option<Arc<SecretBox>>,
        cache: Option<Arc<ViewCache>>,
    ) -> Self {
        let mut store = SeaOrmEventStore::new(db.clone(), signal.clone());
        if let Some(secrets) = secrets {
            store = store.with_secrets(secrets);
        }
        let read: Arc<dyn IntegrationReadModel> = match cache {
            Some(cache) => {
                store = store.with_cache(cache.clone());
                Arc::new(CachedReadModel::new(
                    SeaOrmReadModel::new(db.clone()),
                    cache,
                ))
            }
            None => Arc::new(SeaOrmReadModel::new(db.clone())),
        };
        Self {
            store: Arc::new(store),
            read,
            queue: Arc::new(SeaOrmJobQueue::new(db.clone(), signal.clone())),
            signal,
        }
    }
}

/// How often the event feed looks for events committed by other processes.
const FEED_POLL: Duration = Duration::from_millis(250);

/// Wires the application handlers to the SeaORM adapters on `db` (the event feed runs
/// until `stop`).
///
/// Fails when the store cannot be read.
pub async fn handlers(
    db: &DatabaseConnection,
    identity: Identity,
    stop: CancellationToken,
) -> anyhow::Result<Handlers> {
    wire_handlers(db, &Adapters::new(db), identity, FEED_POLL, stop).await
}

pub(super) async fn wire_handlers(
    db: &DatabaseConnection,
    adapters: &Adapters,
    identity: Identity,
    feed_poll: Duration,
    stop: CancellationToken,
) -> anyhow::Result<Handlers> {
    let kinds = KindRegistry::builtin();
    let feed = EventFeed::start(
        adapters.store.clone(),
        adapters.signal.appended(),
        feed_poll,
        stop,
    )
    .await
    .map_err(|e| anyhow::anyhow!("cannot start the event feed: {e}"))?;
    Ok(Handlers {
        system_status: SystemStatusQuery::new(
            Arc::new(SqlDatabaseProbe::new(db.clone())),
            adapters.queue.clone(),
        ),
        integration_commands: IntegrationCommands::new(adapters.store.clone(), kinds.clone()),
        integration_queries: IntegrationQueries::new(
            adapters.read.clone(),
            adapters.store.clone(),
            adapters.store.clone(),
            kinds,
        ),
        users: Arc::new(SeaOrmUserDirectory::new(db.clone())),
        identity,
        notifications: Notifications::new(Arc::new(SeaOrmNotificationStore::new(db.clone()))),
        feed,
    })
}
