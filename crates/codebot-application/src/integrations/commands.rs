//! Command handlers: load the integration's events, let the aggregate decide, append the
//! new events with the projection they lead to, in one transaction.

use std::sync::Arc;

use chrono::{SubsecRound, Utc};
use uuid::Uuid;

use super::kinds::KindRegistry;
use super::projection::IntegrationProjection;
use crate::error::AppError;
use crate::ports::{EventEnvelope, EventMetadata, IntegrationStore, JobChange, StoreError};
use codebot_domain::integration::NextAction;
use codebot_domain::{Command, DomainError, Event, Integration, IntegrationDraft};

/// Who issues a command and from which request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: String,
    pub request_id: Option<String>,
    /// Whether it may change integrations it does not own (an admin, the pipeline).
    pub may_change_any: bool,
}

impl Actor {
    fn metadata(&self) -> EventMetadata {
        EventMetadata {
            actor: self.user_id.clone(),
            request_id: self.request_id.clone(),
            correlation_id: self
                .request_id
                .clone()
                .unwrap_or_else(|| Uuid::now_v7().to_string()),
            causation_id: self.request_id.clone(),
        }
    }
}

/// How often a command without an expected version is retried after losing a race
/// (a worker recording pipeline steps can win several in a row): the caller asked for
/// no version, so it should not see the race.
const CONFLICT_RETRIES: usize = 12;

#[derive(Clone)]
pub struct IntegrationCommands {
    store: Arc<dyn IntegrationStore>,
    kinds: KindRegistry,
}

impl IntegrationCommands {
    pub fn new(store: Arc<dyn IntegrationStore>, kinds: KindRegistry) -> Self {
        Self { store, kinds }
    }

    /// Creates an integration owned by `actor` and starts its pipeline: the job is
    /// enqueued in the same transaction, and the call returns at once.
    ///
    /// Fails with `InvalidInput` naming the field when the kind is unknown or a field
    /// breaks a rule.
    pub async fn create(
        &self,
        actor: &Actor,
        draft: IntegrationDraft,
    ) -> Result<IntegrationProjection, AppError> {
        if self.kinds.get(draft.kind.trim()).is_none() {
            let known: Vec<_> = self.kinds.all().iter().map(|k| k.name).collect();
            return Err(DomainError::invalid(
                "kind",
                format!(
                    "unknown kind `{}`; known kinds: {}",
                    draft.kind,
                    known.join(", ")
                ),
            )
            .into());
        }
        let id = Uuid::now_v7();
        let command = Command::Create {
            owner: actor.user_id.clone(),
            draft,
        };
        let mut integration = Integration::new(id);
        let mut events = integration.handle(command)?;
        events.iter().for_each(|e| integration.apply(e));
        events.extend(integration.handle(Command::StartPipeline)?);
        self.commit(actor, id, None, events).await
    }

    /// Runs `command` on integration `id`.
    ///
    /// With `expected_version`, fails with `Conflict` unless the integration is at that
    /// version; without, a lost race is retried on fresh state. Fails with `NotFound`
    /// when there is no such integration and with the domain's refusal otherwise.
    pub async fn execute(
        &self,
        actor: &Actor,
        id: Uuid,
        expected_version: Option<u32>,
        command: Command,
    ) -> Result<IntegrationProjection, AppError> {
        self.run(actor, id, expected_version, command, false)
            .await
            .map(|(projection, _)| projection)
    }

    /// Runs `command` once per `actor.request_id` (an idempotency key, such as a
    /// webhook delivery id): when an event of the integration already carries that
    /// request id, nothing is recorded and the answer is `(current, false)`.
    pub async fn execute_once(
        &self,
        actor: &Actor,
        id: Uuid,
        command: Command,
    ) -> Result<(IntegrationProjection, bool), AppError> {
        self.run(actor, id, None, command, true).await
    }

    async fn run(
        &self,
        actor: &Actor,
        id: Uuid,
        expected_version: Option<u32>,
        command: Command,
        once: bool,
    ) -> Result<(IntegrationProjection, bool), AppError> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let history = self.store.load(id).await?;
            let seen = once
                && actor.request_id.is_some()
                && history
                    .iter()
                    .any(|e| e.metadata.request_id == actor.request_id);
            let current = IntegrationProjection::fold(&history).ok_or(AppError::NotFound)?;
            if current.integration.deleted {
                return Err(AppError::NotFound);
            }
            // A developer changes only what it owns.
            if !actor.may_change_any && current.integration.owner != actor.user_id {
                return Err(AppError::Forbidden);
            }
            if seen {
                return Ok((current, false));
            }
            if let Some(expected) = expected_version
                && expected != current.version()
            {
                return Err(AppError::Conflict {
                    expected,
                    actual: current.version(),
                });
            }
            let events = current
                .integration
                .handle(command.clone())
                .map_err(|e| match e {
                    DomainError::NotFound => AppError::NotFound,
                    other => AppError::Domain(other),
                })?;
            match self.commit(actor, id, Some(current), events).await {
                Err(AppError::Conflict { .. })
                    if expected_version.is_none() && attempt < CONFLICT_RETRIES =>
                {
                    // Let the winner's burst pass; spread the retries of racing callers.
                    let pause =
                        2 * attempt as u64 + u64::from(Utc::now().timestamp_subsec_micros() % 7);
                    tokio::time::sleep(std::time::Duration::from_millis(pause)).await;
                }
                Err(AppError::Conflict { expected, .. }) => {
                    let actual = IntegrationProjection::fold(&self.store.load(id).await?)
                        .map_or(expected, |p| p.version());
                    return Err(AppError::Conflict { expected, actual });
                }
                other => return other.map(|projection| (projection, true)),
            }
        }
    }

    async fn commit(
        &self,
        actor: &Actor,
        id: Uuid,
        current: Option<IntegrationProjection>,
        events: Vec<Event>,
    ) -> Result<IntegrationProjection, AppError> {
        let expected = current.as_ref().map_or(0, IntegrationProjection::version);
        let metadata = actor.metadata();
        // Microseconds: what the databases keep, so the projection built here equals
        // the one rebuilt from the stored events (times inside JSON included).
        let now = Utc::now().trunc_subsecs(6);
        let envelopes: Vec<EventEnvelope> = events
            .into_iter()
            .enumerate()
            .map(|(offset, event)| EventEnvelope {
                id: Uuid::now_v7(),
                position: None,
                aggregate_id: id,
                version: expected + 1 + offset as u32,
                event,
                metadata: metadata.clone(),
                recorded_at: now,
            })
            .collect();
        let next = match current {
            Some(mut projection) => {
                envelopes.iter().for_each(|e| projection.apply(e));
                projection
            }
            None => IntegrationProjection::fold(&envelopes).ok_or(AppError::Internal(
                StoreError::Backend("no events to create".into()),
            ))?,
        };
        // The job follows from the new state: work to do keeps (or creates) it; a
        // wait for a person or an end removes it.
        // A progress report changes no work: it leaves the job (and the workers) be.
        let progress_only = envelopes
            .iter()
            .all(|e| matches!(e.event, Event::GenerationProgressed { .. }));
        let job = match next.integration.next_action() {
            _ if progress_only => JobChange::Keep,
            NextAction::Run(_) | NextAction::Compensate(_) | NextAction::Undeploy => {
                JobChange::Enqueue
            }
            NextAction::Wait | NextAction::Done => JobChange::Complete,
        };
        self.store.append(expected, &envelopes, &next, job).await?;
        Ok(next)
    }
}
