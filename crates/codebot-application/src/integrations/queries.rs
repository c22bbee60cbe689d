//! Query handlers: read models for the present, a replay of events for the past.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::kinds::{IntegrationKind, KindRegistry};
use super::projection::IntegrationProjection;
pub use super::views::{IntegrationFilter, IntegrationView, Page, PageRequest, StepView};
use crate::error::AppError;
use crate::pipeline::ports::{CodeHost, PullRequestChanges};
use crate::ports::{EventEnvelope, EventLog, IntegrationReadModel, IntegrationStore};

/// The largest page a client may ask for.
pub const MAX_PAGE: u32 = 100;

#[derive(Clone)]
pub struct IntegrationQueries {
    read: Arc<dyn IntegrationReadModel>,
    store: Arc<dyn IntegrationStore>,
    log: Arc<dyn EventLog>,
    kinds: KindRegistry,
    /// Where pull requests live, to show what one changes; `None` when this process
    /// has no code host wired (then no changes are shown).
    code_host: Option<Arc<dyn CodeHost>>,
}

/// A point in an integration's past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointInTime {
    Version(u32),
    At(DateTime<Utc>),
}

impl IntegrationQueries {
    pub fn new(
        read: Arc<dyn IntegrationReadModel>,
        store: Arc<dyn IntegrationStore>,
        log: Arc<dyn EventLog>,
        kinds: KindRegistry,
    ) -> Self {
        Self {
            read,
            store,
            log,
            kinds,
            code_host: None,
        }
    }

    /// The same queries, reading pull requests' changes from `code_host`.
    pub fn with_code_host(self, code_host: Arc<dyn CodeHost>) -> Self {
        Self {
            code_host: Some(code_host),
            ..self
        }
    }

    /// What the pull request of `branch` changes, where the code host shows it here
    /// rather than on pages of its own (see [`CodeHost::changes`]).
    ///
    /// Fails with `Upstream` when the code host cannot be read.
    pub async fn pull_request_changes(
        &self,
        branch: &str,
    ) -> Result<Option<PullRequestChanges>, AppError> {
        let Some(host) = &self.code_host else {
            return Ok(None);
        };
        host.changes(branch).await.map_err(|error| {
            tracing::warn!(%error, branch, "cannot read a pull request's changes");
            AppError::Upstream("the code host cannot show the changes right now".to_owned())
        })
    }

    pub async fn get(&self, id: Uuid) -> Result<Option<IntegrationView>, AppError> {
        Ok(self.read.get(id).await?)
    }

    pub async fn list(
        &self,
        filter: &IntegrationFilter,
        page: &PageRequest,
    ) -> Result<Page<IntegrationView>, AppError> {
        Ok(self.read.list(filter, page).await?)
    }

    /// The current generated files of one integration.
    pub async fn files(
        &self,
        id: Uuid,
    ) -> Result<Vec<codebot_domain::artifacts::GeneratedFile>, AppError> {
        Ok(self.read.files(id).await?)
    }

    /// The steps of several integrations in one read (for DataLoaders).
    pub async fn steps(&self, ids: &[Uuid]) -> Result<Vec<(Uuid, StepView)>, AppError> {
        Ok(self.read.steps(ids).await?)
    }

    /// The integration as it was after `version`, or at instant `at`, rebuilt by replaying
    /// its events. `None` when it did not exist then (or is deleted now).
    pub async fn at(
        &self,
        id: Uuid,
        point: PointInTime,
    ) -> Result<Option<IntegrationView>, AppError> {
        Ok(self.projection_at(id, point).await?.map(|p| p.view()))
    }

    /// The whole projection (view, steps, files) as it was after `version`, or at
    /// instant `at`. `None` when it did not exist then (or is deleted now).
    pub async fn projection_at(
        &self,
        id: Uuid,
        point: PointInTime,
    ) -> Result<Option<IntegrationProjection>, AppError> {
        let history = self.store.load(id).await?;
        if history
            .last()
            .is_some_and(|e| matches!(e.event, codebot_domain::Event::IntegrationDeleted {}))
        {
            return Ok(None);
        }
        let upto = history.iter().take_while(|e| match point {
            PointInTime::Version(v) => e.version <= v,
            PointInTime::At(at) => e.recorded_at <= at,
        });
        Ok(IntegrationProjection::fold(upto))
    }

    /// The audit trail of one integration: its events after `after_version`.
    pub async fn events(
        &self,
        id: Uuid,
        after_version: u32,
        limit: u32,
    ) -> Result<Vec<EventEnvelope>, AppError> {
        Ok(self
            .log
            .read_integration(id, after_version, limit.min(MAX_PAGE * 10))
            .await?)
    }

    /// Every event of every integration after `position`, in order.
    pub async fn events_after(
        &self,
        position: i64,
        limit: u32,
    ) -> Result<Vec<EventEnvelope>, AppError> {
        Ok(self.log.read_after(position, limit).await?)
    }

    pub fn kinds(&self) -> &[IntegrationKind] {
        self.kinds.all()
    }

    /// The registry, for redacting secrets out of what clients read.
    pub fn registry(&self) -> &KindRegistry {
        &self.kinds
    }
}
