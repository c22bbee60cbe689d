//! `codebot projections rebuild`: the read models are disposable, so they can be
//! recreated from the events at any time and must come out identical.

use std::collections::BTreeMap;
use std::sync::Arc;

use uuid::Uuid;

use super::projection::IntegrationProjection;
use crate::error::AppError;
use crate::ports::{EventEnvelope, EventLog, IntegrationReadModel};

/// Events read per round trip while replaying.
const PAGE: u32 = 1_000;

/// What a rebuild did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RebuildReport {
    pub events: u64,
    pub integrations: u64,
}

pub struct ProjectionRebuild {
    log: Arc<dyn EventLog>,
    read: Arc<dyn IntegrationReadModel>,
}

impl ProjectionRebuild {
    pub fn new(log: Arc<dyn EventLog>, read: Arc<dyn IntegrationReadModel>) -> Self {
        Self { log, read }
    }

    /// Replays every event in position order and replaces every read-model row.
    ///
    /// Run it while no command is being handled (writers check versions against the
    /// read model). Fails when the store does.
    pub async fn run(&self) -> Result<RebuildReport, AppError> {
        let mut histories: BTreeMap<Uuid, Vec<EventEnvelope>> = BTreeMap::new();
        let mut position = 0;
        let mut events = 0;
        loop {
            let page = self.log.read_after(position, PAGE).await?;
            let Some(last) = page.last().and_then(|e| e.position) else {
                break;
            };
            position = last;
            events += page.len() as u64;
            for envelope in page {
                histories
                    .entry(envelope.aggregate_id)
                    .or_default()
                    .push(envelope);
            }
        }
        let projections: Vec<IntegrationProjection> = histories
            .values_mut()
            .filter_map(|history| {
                history.sort_by_key(|e| e.version);
                IntegrationProjection::fold(history.iter())
            })
            .collect();
        self.read.replace_all(&projections).await?;
        Ok(RebuildReport {
            events,
            integrations: projections.len() as u64,
        })
    }
}
