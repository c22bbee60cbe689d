//! The projection: one fold from events to the read-model shapes. The live write path,
//! `projections rebuild` and time travel (`integrationAt`) all use it, so they cannot
//! disagree.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde_json::Value;
use uuid::Uuid;

use crate::application::ports::EventEnvelope;
use crate::domain::integration::Failure;
use crate::domain::{Integration, IntegrationState, PipelineStep};

/// An integration as the read model stores it.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegrationView {
    pub id: Uuid,
    pub kind: String,
    pub name: String,
    pub description: Option<String>,
    pub prompt: String,
    pub config: Value,
    pub state: IntegrationState,
    pub version: u32,
    pub owner_id: String,
    pub failure: Option<Failure>,
    pub change_request: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
}

/// How far a pipeline step got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    Pending,
    Running,
    Succeeded,
    Failed,
    Compensated,
}

impl StepStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "PENDING",
            Self::Running => "RUNNING",
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
            Self::Compensated => "COMPENSATED",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        [
            Self::Pending,
            Self::Running,
            Self::Succeeded,
            Self::Failed,
            Self::Compensated,
        ]
        .into_iter()
        .find(|s| s.as_str() == name)
    }
}

/// One step of an integration's pipeline as the read model stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepView {
    pub step: PipelineStep,
    pub status: StepStatus,
    pub attempts: u32,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub error: Option<String>,
}

/// The aggregate plus what only the envelopes know (times), folded from events.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegrationProjection {
    pub integration: Integration,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
    pub steps: BTreeMap<&'static str, StepView>,
}

impl IntegrationProjection {
    /// Folds `envelopes` (one integration's, in version order). `None` when empty.
    pub fn fold<'a>(envelopes: impl IntoIterator<Item = &'a EventEnvelope>) -> Option<Self> {
        let mut projection: Option<Self> = None;
        for envelope in envelopes {
            match projection.as_mut() {
                Some(p) => p.apply(envelope),
                None => {
                    let mut p = Self {
                        integration: Integration::new(envelope.aggregate_id),
                        created_at: envelope.recorded_at,
                        updated_at: envelope.recorded_at,
                        deleted_at: None,
                        steps: BTreeMap::new(),
                    };
                    p.apply(envelope);
                    projection = Some(p);
                }
            }
        }
        projection
    }

    /// Applies one more event.
    pub fn apply(&mut self, envelope: &EventEnvelope) {
        self.integration.apply(&envelope.event);
        self.updated_at = envelope.recorded_at;
        if self.integration.deleted && self.deleted_at.is_none() {
            self.deleted_at = Some(envelope.recorded_at);
        }
    }

    pub fn version(&self) -> u32 {
        self.integration.version
    }

    /// The read-model row.
    pub fn view(&self) -> IntegrationView {
        let i = &self.integration;
        IntegrationView {
            id: i.id,
            kind: i.kind.clone(),
            name: i.name.clone(),
            description: i.description.clone(),
            prompt: i.prompt.clone(),
            config: i.config.clone(),
            state: i.state,
            version: i.version,
            owner_id: i.owner.clone(),
            failure: i.failure.clone(),
            change_request: i.change_request.clone(),
            created_at: self.created_at,
            updated_at: self.updated_at,
            deleted_at: self.deleted_at,
        }
    }
}
