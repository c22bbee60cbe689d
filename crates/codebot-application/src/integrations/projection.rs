//! The projection: one fold from events to the read-model shapes. The live write path,
//! `projections rebuild` and time travel (`integrationAt`) all use it, so they cannot
//! disagree.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

pub use super::views::{Artifacts, GenerationProgressView, IntegrationView, StepView};
use crate::envelope::EventEnvelope;
use codebot_domain::artifacts::GeneratedFile;
use codebot_domain::integration::Standing;
use codebot_domain::{Event, Integration, PipelineStep};

/// When a step's last attempt started and when it finished.
type StepTimes = (Option<DateTime<Utc>>, Option<DateTime<Utc>>);

/// The aggregate plus what only the envelopes know (times), folded from events.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegrationProjection {
    pub integration: Integration,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
    /// When each step's last attempt started and finished.
    times: BTreeMap<PipelineStep, StepTimes>,
    /// When the running generation last reported progress.
    progress_at: Option<DateTime<Utc>>,
    /// The version of the last event that changed the step rows, and the files: an
    /// append rewrites them only when its events did.
    steps_version: u32,
    files_version: u32,
}

impl IntegrationView {
    /// What the actions it allows depend on (the domain decides which they are).
    pub fn standing(&self) -> Standing {
        Standing {
            state: self.state,
            cleaning_up: self.cleaning_up,
            compensation_failed: self.compensation_failure.is_some(),
        }
    }
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
                        times: BTreeMap::new(),
                        progress_at: None,
                        steps_version: 0,
                        files_version: 0,
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
        let steps_before = self.integration.pipeline.steps_revision;
        let files_before = self.integration.pipeline.files_revision;
        self.integration.apply(&envelope.event);
        self.updated_at = envelope.recorded_at;
        let at = Some(envelope.recorded_at);
        match &envelope.event {
            Event::StepStarted { step, .. } => {
                self.times.insert(*step, (at, None));
            }
            Event::StepSucceeded { step, .. } | Event::StepFailed { step, .. } => {
                self.times.entry(*step).or_default().1 = at;
            }
            Event::GenerationProgressed { .. } => self.progress_at = at,
            _ => {}
        }
        if self.integration.deleted && self.deleted_at.is_none() {
            self.deleted_at = Some(envelope.recorded_at);
        }
        if self.integration.pipeline.steps_revision != steps_before {
            self.steps_version = envelope.version;
        }
        if self.integration.pipeline.files_revision != files_before {
            self.files_version = envelope.version;
        }
    }

    /// Whether events after `version` changed the step rows.
    pub fn steps_changed_after(&self, version: u32) -> bool {
        self.steps_version > version
    }

    /// Whether events after `version` changed the generated files.
    pub fn files_changed_after(&self, version: u32) -> bool {
        self.files_version > version
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
            compensation_failure: i.pipeline.compensation_failure.clone(),
            cleaning_up: i.cleaning_up(),
            change_request: i.change_request.clone(),
            created_at: self.created_at,
            updated_at: self.updated_at,
            deleted_at: self.deleted_at,
            artifacts: self.artifacts(),
        }
    }

    fn artifacts(&self) -> Artifacts {
        let p = &self.integration.pipeline;
        Artifacts {
            round: p.round,
            generator: p.generator.clone(),
            summary: p.summary.clone(),
            test_command: p.test_command.clone(),
            test_report: p.test_report.clone(),
            pull_request: p.pull_request.clone(),
            // A deployment taken out of service (undeployed or rolled back) is gone.
            deployment: p.deployment.clone().filter(|_| !p.undeployed),
            usage: p.usage,
            generation_progress: p.generation.as_ref().zip(self.progress_at).map(
                |((attempt, progress), reported_at)| GenerationProgressView {
                    attempt: *attempt,
                    progress: progress.clone(),
                    reported_at,
                },
            ),
        }
    }

    /// The steps the pipeline has reached, in pipeline order.
    pub fn steps(&self) -> Vec<StepView> {
        let p = &self.integration.pipeline;
        PipelineStep::ALL
            .into_iter()
            .filter_map(|step| {
                let record = p.steps.get(&step)?;
                let (started_at, finished_at) = self.times.get(&step).copied().unwrap_or_default();
                Some(StepView {
                    step,
                    status: record.status,
                    attempts: record.attempts,
                    started_at,
                    finished_at,
                    error: record.error.clone(),
                })
            })
            .collect()
    }

    /// The current generated files.
    pub fn files(&self) -> &[GeneratedFile] {
        &self.integration.pipeline.files
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::envelope::EventMetadata;
    use codebot_domain::artifacts::{GenerationProgress, Usage};

    fn envelope(version: u32, event: Event) -> EventEnvelope {
        EventEnvelope {
            id: uuid::Uuid::now_v7(),
            position: None,
            aggregate_id: uuid::Uuid::nil(),
            version,
            event,
            metadata: EventMetadata {
                actor: "u".into(),
                request_id: None,
                correlation_id: "c".into(),
                causation_id: None,
            },
            recorded_at: Utc::now(),
        }
    }

    #[test]
    fn the_projection_reports_which_child_rows_the_events_after_a_version_changed() {
        let created = envelope(
            1,
            Event::IntegrationCreated {
                owner: "u".into(),
                kind: "http_poller".into(),
                name: "Orders".into(),
                description: None,
                prompt: "Poll".into(),
                config: serde_json::json!({}),
            },
        );
        let mut p = IntegrationProjection::fold([&created]).expect("one event");
        assert!(!p.steps_changed_after(0) && !p.files_changed_after(0));

        p.apply(&envelope(
            2,
            Event::StepStarted {
                step: PipelineStep::Generate,
                attempt: 1,
                round: 1,
            },
        ));
        assert!(p.steps_changed_after(1) && !p.files_changed_after(1));

        p.apply(&envelope(
            3,
            Event::GenerationProgressed {
                attempt: 1,
                progress: GenerationProgress {
                    characters: 10,
                    files: vec![],
                },
            },
        ));
        assert!(!p.steps_changed_after(2), "progress changes no step row");

        p.apply(&envelope(
            4,
            Event::CodeGenerated {
                round: 1,
                generator: "scaffold".into(),
                files: vec![GeneratedFile {
                    path: "a.py".into(),
                    content: "pass".into(),
                }],
                test_command: vec![],
                summary: "s".into(),
                usage: Usage::default(),
            },
        ));
        assert!(p.files_changed_after(3) && !p.steps_changed_after(3));
        assert!(!p.files_changed_after(4));
    }
}
