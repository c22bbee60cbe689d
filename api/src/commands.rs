//! The command-line subcommands other than `serve`: each connects, migrates, does its
//! one job and closes the database.

use crate::application::integrations::rebuild::{ProjectionRebuild, RebuildReport};
use crate::config::Settings;
use crate::domain::identity::Role as UserRole;
use crate::infrastructure::persistence::database;
use crate::infrastructure::persistence::{SeaOrmEventStore, StoreSignal};
use crate::startup::{Adapters, identity, secret_box};

/// `codebot migrate`: applies the database migrations.
///
/// Fails when the database cannot be reached or a migration fails.
pub async fn migrate(settings: &Settings) -> anyhow::Result<()> {
    let (db, _) = database::connect(&settings.database_url(), &settings.database).await?;
    database::migrate(&db).await?;
    db.close().await.ok();
    tracing::info!("migrations applied");
    Ok(())
}

/// `codebot secrets rotate`: re-wraps every sealed value with the first key; answers
/// how many values changed.
///
/// Fails when the database cannot be reached or a value opens with no configured key.
pub async fn rotate_secrets(settings: &Settings) -> anyhow::Result<u64> {
    let (db, _) = database::connect(&settings.database_url(), &settings.database).await?;
    database::migrate(&db).await?;
    let store = SeaOrmEventStore::new(db.clone(), StoreSignal::default())
        .with_secrets(secret_box(settings)?);
    let rewrapped = store
        .rewrap_secrets()
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    db.close().await.ok();
    Ok(rewrapped)
}

/// `codebot projections rebuild`: replays every event into fresh read models.
pub async fn rebuild_projections(settings: &Settings) -> anyhow::Result<RebuildReport> {
    let (db, _) = database::connect(&settings.database_url(), &settings.database).await?;
    database::migrate(&db).await?;
    let adapters = Adapters::with_signal(&db, StoreSignal::default(), Some(secret_box(settings)?));
    let report = ProjectionRebuild::new(adapters.store.clone(), adapters.read.clone())
        .run()
        .await
        .map_err(|e| anyhow::anyhow!("{e}: {:?}", std::error::Error::source(&e)))?;
    db.close().await.ok();
    Ok(report)
}

/// `codebot apikey create`: a key for `user` (made with `role` if missing), printed
/// once by the caller.
pub async fn create_api_key(
    settings: &Settings,
    user: &str,
    name: &str,
    role: UserRole,
) -> anyhow::Result<String> {
    create_api_key_as(settings, user, name, role, true).await
}

/// `codebot apikey create`: like [`create_api_key`], but for a user that does not
/// exist only when `create_user` says so.
///
/// Fails when the user does not exist and may not be made, or as `create_api_key`.
pub async fn create_api_key_as(
    settings: &Settings,
    user: &str,
    name: &str,
    role: UserRole,
    create_user: bool,
) -> anyhow::Result<String> {
    let (db, _) = database::connect(&settings.database_url(), &settings.database).await?;
    database::migrate(&db).await?;
    let identity = identity(settings, &db)?;
    if !create_user
        && !identity
            .user_exists(user)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?
    {
        db.close().await.ok();
        anyhow::bail!("--user: no user `{user}` exists; add --create-user to make it");
    }
    let created = identity
        .issue_key_for(user, name, role, "command-line")
        .await;
    db.close().await.ok();
    let (_, secret) = created.map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(secret)
}
