//! The composition root: the one place that picks adapters and wires the layers.
//! `Application::build` is the real start-up code; the tests boot it as it is.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context as _;
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;

use crate::application::integrations::commands::IntegrationCommands;
use crate::application::integrations::kinds::KindRegistry;
use crate::application::integrations::queries::IntegrationQueries;
use crate::application::integrations::rebuild::{ProjectionRebuild, RebuildReport};
use crate::application::status::SystemStatusQuery;
use crate::config::Settings;
use crate::infrastructure::persistence::database::{self, QueryCounter};
use crate::infrastructure::persistence::{
    SeaOrmEventStore, SeaOrmReadModel, SeaOrmUserDirectory, SqlDatabaseProbe,
};
use crate::presentation::graphql::integrations::LOCAL_OPERATOR;
use crate::presentation::graphql::{self, Handlers};
use crate::presentation::http::{self, HttpState};

/// Wires the application handlers to the SeaORM adapters on `db`.
pub fn handlers(db: &DatabaseConnection) -> Handlers {
    let store = Arc::new(SeaOrmEventStore::new(db.clone()));
    let read = Arc::new(SeaOrmReadModel::new(db.clone()));
    let kinds = KindRegistry::builtin();
    Handlers {
        system_status: SystemStatusQuery::new(Arc::new(SqlDatabaseProbe::new(db.clone()))),
        integration_commands: IntegrationCommands::new(store.clone(), kinds.clone()),
        integration_queries: IntegrationQueries::new(read, store.clone(), store, kinds),
        users: Arc::new(SeaOrmUserDirectory::new(db.clone())),
    }
}

/// `codebot projections rebuild`: replays every event into fresh read models.
pub async fn rebuild_projections(settings: &Settings) -> anyhow::Result<RebuildReport> {
    let (db, _) = database::connect(&settings.database_url(), &settings.database).await?;
    database::migrate(&db).await?;
    let store = Arc::new(SeaOrmEventStore::new(db.clone()));
    let read = Arc::new(SeaOrmReadModel::new(db.clone()));
    let report = ProjectionRebuild::new(store, read)
        .run()
        .await
        .map_err(|e| anyhow::anyhow!("{e}: {:?}", std::error::Error::source(&e)))?;
    db.close().await.ok();
    Ok(report)
}

/// A bound, ready-to-serve instance of the product.
pub struct Application {
    listener: TcpListener,
    router: axum::Router,
    db: DatabaseConnection,
    queries: QueryCounter,
}

impl Application {
    /// Connects to the database, migrates it (the embedded default and tests do this at
    /// start), wires the handlers and binds the listener.
    ///
    /// Fails when the database cannot be reached or migrated, or the address cannot be
    /// bound.
    pub async fn build(settings: &Settings) -> anyhow::Result<Application> {
        let (db, queries) = database::connect(&settings.database_url(), &settings.database).await?;
        database::migrate(&db).await?;
        // Until sign-in is configured, every request acts as the local operator.
        SeaOrmUserDirectory::new(db.clone())
            .ensure(LOCAL_OPERATOR, "Local operator", "ADMIN")
            .await
            .map_err(|e| anyhow::anyhow!("cannot create the local operator: {e}"))?;
        let handlers = handlers(&db);
        let schema = graphql::build_schema(handlers.clone());
        let router = http::router(HttpState {
            schema,
            handlers,
            body_limit: settings.http.body_limit,
            max_batch: settings.http.max_batch,
        });
        let listener = TcpListener::bind(settings.addr)
            .await
            .with_context(|| format!("cannot listen on {}", settings.addr))?;
        Ok(Application {
            listener,
            router,
            db,
            queries,
        })
    }

    /// The address actually bound (port 0 in the settings picks a free one).
    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    /// Counts the statements this instance sends to the database (for metrics and for
    /// tests that bound the queries a request costs).
    pub fn query_counter(&self) -> QueryCounter {
        self.queries.clone()
    }

    /// Serves until `shutdown` resolves, then finishes the requests in flight.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        axum::serve(self.listener, self.router)
            .with_graceful_shutdown(shutdown)
            .await
            .context("the HTTP server stopped with an error")?;
        self.db.close().await.ok();
        Ok(())
    }
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => tracing::info!("SIGINT received, shutting down"),
        () = terminate => tracing::info!("SIGTERM received, shutting down"),
    }
}
