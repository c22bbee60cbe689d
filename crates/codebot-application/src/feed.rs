//! The live event feed: one follower of the event store per process, broadcasting each
//! event once to every subscriber. A subscriber replays from the store up to the present
//! and then takes the broadcast, skipping what it has already seen, so an event committed
//! while it switches arrives exactly once. A subscriber that falls behind the broadcast
//! catches up from the store instead of slowing anyone down.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use futures_util::Stream;
use tokio::sync::{Notify, broadcast};
use tokio_util::sync::CancellationToken;

use super::error::AppError;
use super::ports::{EventEnvelope, EventLog};

/// Events read from the store per round trip.
const PAGE: u32 = 500;

/// How many events the broadcast holds for a slow subscriber before it must catch up
/// from the store.
const BUFFER: usize = 1024;

pub struct EventFeed {
    log: Arc<dyn EventLog>,
    sender: broadcast::Sender<Arc<EventEnvelope>>,
    head: AtomicI64,
}

impl EventFeed {
    /// Starts following the store from its present end. The follower wakes on `appended`
    /// (commits in this process) and every `poll` (commits in other processes).
    pub async fn start(
        log: Arc<dyn EventLog>,
        appended: Arc<Notify>,
        poll: Duration,
        stop: CancellationToken,
    ) -> Result<Arc<EventFeed>, AppError> {
        let (sender, _) = broadcast::channel(BUFFER);
        let head = last_position(log.as_ref()).await?;
        let feed = Arc::new(EventFeed {
            log,
            sender,
            head: AtomicI64::new(head),
        });
        let follower = feed.clone();
        tokio::spawn(async move { follower.follow(appended, poll, stop).await });
        Ok(feed)
    }

    /// The position of the last event the feed has broadcast.
    pub fn head(&self) -> i64 {
        self.head.load(Ordering::Acquire)
    }

    async fn follow(&self, appended: Arc<Notify>, poll: Duration, stop: CancellationToken) {
        loop {
            // Register for the wake-up before reading, so a commit between the read and
            // the wait is not missed.
            let woken = appended.notified();
            tokio::pin!(woken);
            woken.as_mut().enable();
            match self.log.read_after(self.head(), PAGE).await {
                Ok(page) if !page.is_empty() => {
                    for event in page {
                        if let Some(position) = event.position {
                            self.head.store(position, Ordering::Release);
                        }
                        // No receiver is fine: nobody is listening right now.
                        let _ = self.sender.send(Arc::new(event));
                    }
                    continue;
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "the event feed cannot read the store"),
            }
            tokio::select! {
                () = stop.cancelled() => return,
                () = woken => {}
                () = tokio::time::sleep(poll) => {}
            }
        }
    }

    /// Every event after `position`, in order: first from the store, then live. Never
    /// ends on its own; an error item means the store failed.
    pub fn from_position(
        self: &Arc<Self>,
        position: i64,
    ) -> impl Stream<Item = Result<Arc<EventEnvelope>, AppError>> + Send + 'static + use<> {
        let feed = self.clone();
        async_stream::stream! {
            let mut cursor = position;
            'catch_up: loop {
                // Subscribe before replaying: whatever is broadcast meanwhile is either
                // replayed too (and skipped below) or comes next.
                let mut live = feed.sender.subscribe();
                loop {
                    match feed.log.read_after(cursor, PAGE).await {
                        Ok(page) => {
                            let full = page.len() as u32 == PAGE;
                            for event in page {
                                cursor = event.position.unwrap_or(cursor);
                                yield Ok(Arc::new(event));
                            }
                            if !full && cursor >= feed.head() {
                                break;
                            }
                            if !full {
                                // The store is ahead of the broadcast: let it catch up.
                                tokio::time::sleep(Duration::from_millis(5)).await;
                            }
                        }
                        Err(error) => {
                            yield Err(AppError::from(error));
                            return;
                        }
                    }
                }
                loop {
                    match live.recv().await {
                        Ok(event) => {
                            let position = event.position.unwrap_or_default();
                            if position > cursor {
                                cursor = position;
                                yield Ok(event);
                            }
                        }
                        Err(broadcast::error::RecvError::Lagged(missed)) => {
                            tracing::debug!(missed, cursor, "a subscriber fell behind; catching up from the store");
                            continue 'catch_up;
                        }
                        Err(broadcast::error::RecvError::Closed) => return,
                    }
                }
            }
        }
    }
}

async fn last_position(log: &dyn EventLog) -> Result<i64, AppError> {
    Ok(log.last_position().await?)
}
