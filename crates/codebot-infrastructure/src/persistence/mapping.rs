//! The one place that converts between entities (rows) and application types.

use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::{NotSet, Set};
use serde_json::{Value, json};

use codebot_application::integrations::kinds::KindRegistry;
use codebot_application::integrations::projection::{
    Artifacts, IntegrationProjection, IntegrationView, StepView,
};
use codebot_application::ports::{EventEnvelope, EventMetadata, StoreError, UserView};
use codebot_domain::identity::Role;
use codebot_domain::integration::{Failure, StepStatus};
use codebot_domain::{Event, IntegrationState, PipelineStep, Trigger};

fn corrupt(what: &str, detail: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(format!("unreadable {what}: {detail}"))
}

pub fn event_row(envelope: &EventEnvelope) -> entity::event::ActiveModel {
    entity::event::ActiveModel {
        position: NotSet,
        id: Set(envelope.id),
        aggregate_id: Set(envelope.aggregate_id),
        version: Set(envelope.version as i32),
        event_type: Set(envelope.event.event_type().as_str().to_owned()),
        schema_version: Set(Event::SCHEMA_VERSION),
        data: Set(envelope.event.data()),
        metadata: Set(serde_json::to_value(&envelope.metadata).unwrap_or(Value::Null)),
        recorded_at: Set(envelope.recorded_at.into()),
    }
}

pub fn envelope(row: entity::event::Model) -> Result<EventEnvelope, StoreError> {
    let event = Event::from_stored(&row.event_type, row.schema_version, row.data)
        .map_err(|e| corrupt("event", e))?;
    let metadata: EventMetadata =
        serde_json::from_value(row.metadata).map_err(|e| corrupt("event metadata", e))?;
    Ok(EventEnvelope {
        id: row.id,
        position: Some(row.position),
        aggregate_id: row.aggregate_id,
        version: u32::try_from(row.version).map_err(|e| corrupt("event version", e))?,
        event,
        metadata,
        recorded_at: row.recorded_at.with_timezone(&Utc),
    })
}

pub fn integration_row(projection: &IntegrationProjection) -> entity::integration::ActiveModel {
    let view = projection.view();
    let config = stored_config(&view.kind, &view.config);
    entity::integration::ActiveModel {
        id: Set(view.id),
        kind: Set(view.kind),
        name: Set(view.name),
        description: Set(view.description),
        prompt: Set(view.prompt),
        config: Set(config),
        state: Set(view.state.as_str().to_owned()),
        version: Set(view.version as i32),
        owner_id: Set(view.owner_id),
        failure: Set(view
            .failure
            .map(|f| json!({ "step": f.step, "reason": f.reason, "trigger": f.trigger }))),
        compensation_failure: Set(view
            .compensation_failure
            .map(|f| serde_json::to_value(f).unwrap_or(Value::Null))),
        cleaning_up: Set(view.cleaning_up),
        change_request: Set(view.change_request),
        created_at: Set(view.created_at.into()),
        updated_at: Set(view.updated_at.into()),
        deleted_at: Set(view.deleted_at.map(Into::into)),
        artifacts: Set(Some(
            serde_json::to_value(&view.artifacts).unwrap_or(Value::Null),
        )),
    }
}

/// The view of `projection` as the read model holds it (its config redacted).
pub fn stored_view(projection: &IntegrationProjection) -> IntegrationView {
    let mut view = projection.view();
    view.config = stored_config(&view.kind, &view.config);
    view
}

/// What the read model keeps of a config: its secrets replaced, as every reader of the
/// read model shows them (the pipeline reads the events, where they are sealed).
fn stored_config(kind: &str, config: &Value) -> Value {
    kinds().redact_config(kind, config)
}

/// The kinds whose schemas say which config values are secret.
pub(super) fn kinds() -> &'static KindRegistry {
    static KINDS: std::sync::OnceLock<KindRegistry> = std::sync::OnceLock::new();
    KINDS.get_or_init(KindRegistry::builtin)
}

pub fn integration_view(row: entity::integration::Model) -> Result<IntegrationView, StoreError> {
    let state = IntegrationState::parse(&row.state).ok_or_else(|| corrupt("state", &row.state))?;
    let failure = match row.failure {
        None | Some(Value::Null) => None,
        Some(value) => {
            let step: Option<PipelineStep> =
                serde_json::from_value(value["step"].clone()).map_err(|e| corrupt("failure", e))?;
            let trigger: Trigger = serde_json::from_value(value["trigger"].clone())
                .map_err(|e| corrupt("failure", e))?;
            Some(Failure {
                step,
                reason: value["reason"].as_str().unwrap_or_default().to_owned(),
                trigger,
            })
        }
    };
    Ok(IntegrationView {
        id: row.id,
        kind: row.kind,
        name: row.name,
        description: row.description,
        prompt: row.prompt,
        config: row.config,
        state,
        version: u32::try_from(row.version).map_err(|e| corrupt("version", e))?,
        owner_id: row.owner_id,
        failure,
        compensation_failure: match row.compensation_failure {
            None | Some(Value::Null) => None,
            Some(value) => Some(
                serde_json::from_value(value).map_err(|e| corrupt("compensation failure", e))?,
            ),
        },
        cleaning_up: row.cleaning_up,
        change_request: row.change_request,
        created_at: utc(row.created_at),
        updated_at: utc(row.updated_at),
        deleted_at: row.deleted_at.map(utc),
        artifacts: match row.artifacts {
            None | Some(Value::Null) => Artifacts::default(),
            Some(value) => serde_json::from_value(value).map_err(|e| corrupt("artifacts", e))?,
        },
    })
}

pub fn step_rows(projection: &IntegrationProjection) -> Vec<entity::pipeline_step::ActiveModel> {
    projection
        .steps()
        .into_iter()
        .map(|step| entity::pipeline_step::ActiveModel {
            integration_id: Set(projection.integration.id),
            name: Set(step.step.as_str().to_owned()),
            status: Set(step.status.as_str().to_owned()),
            attempts: Set(step.attempts as i32),
            started_at: Set(step.started_at.map(Into::into)),
            finished_at: Set(step.finished_at.map(Into::into)),
            error: Set(step.error),
        })
        .collect()
}

pub fn file_rows(projection: &IntegrationProjection) -> Vec<entity::generated_file::ActiveModel> {
    projection
        .files()
        .iter()
        .map(|file| entity::generated_file::ActiveModel {
            integration_id: Set(projection.integration.id),
            path: Set(file.path.clone()),
            content: Set(file.content.clone()),
        })
        .collect()
}

pub fn step_view(row: entity::pipeline_step::Model) -> Result<StepView, StoreError> {
    let step = PipelineStep::ALL
        .into_iter()
        .find(|s| s.as_str() == row.name)
        .ok_or_else(|| corrupt("step", &row.name))?;
    Ok(StepView {
        step,
        status: StepStatus::parse(&row.status)
            .ok_or_else(|| corrupt("step status", &row.status))?,
        attempts: u32::try_from(row.attempts).map_err(|e| corrupt("attempts", e))?,
        started_at: row.started_at.map(utc),
        finished_at: row.finished_at.map(utc),
        error: row.error,
    })
}

pub fn user_view(row: entity::user::Model) -> UserView {
    UserView {
        id: row.id,
        name: row.name,
        role: Role::parse(&row.role).unwrap_or(Role::Viewer),
        email: row.email,
        created_at: utc(row.created_at),
    }
}

pub(super) fn utc(at: sea_orm::prelude::DateTimeWithTimeZone) -> DateTime<Utc> {
    at.with_timezone(&Utc)
}
