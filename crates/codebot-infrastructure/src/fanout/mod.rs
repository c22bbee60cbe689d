//! Fan-out of "events were appended" across instances through Redis pub/sub.
//!
//! Redis carries only wake-ups: pub/sub is at-most-once, so the events themselves always
//! come from the store by position. A lost message (or Redis being down) only delays a
//! subscriber until the feed's next poll of the store.

use std::sync::Arc;
use std::time::Duration;

use deadpool_redis::redis::{self, AsyncCommands};
use futures_util::StreamExt;
use tokio::sync::{Notify, mpsc};
use tokio_util::sync::CancellationToken;

/// The channel every instance publishes to after a commit and listens on.
const CHANNEL: &str = "codebot:events";

/// Starts publishing local appends (signalled on `appended`) and turning remote ones
/// into wake-ups of `wake`. Never fails at start: an unreachable Redis is retried in
/// the background, logged once per outage.
pub fn start(
    url: &str,
    mut appended: mpsc::Receiver<()>,
    wake: Arc<Notify>,
    stop: CancellationToken,
) -> Result<(), String> {
    let client = redis::Client::open(url).map_err(|e| format!("REDIS_URL: {e}"))?;
    let pool = deadpool_redis::Config::from_url(url)
        .create_pool(Some(deadpool_redis::Runtime::Tokio1))
        .map_err(|e| format!("REDIS_URL: {e}"))?;
    let publishing = stop.clone();
    tokio::spawn(async move {
        loop {
            tokio::select! {
                () = publishing.cancelled() => return,
                next = appended.recv() => if next.is_none() { return },
            }
            let published = match pool.get().await {
                Ok(mut connection) => connection
                    .publish::<_, _, i64>(CHANNEL, "")
                    .await
                    .map(|_| ()),
                Err(error) => Err(redis::RedisError::from(std::io::Error::other(
                    error.to_string(),
                ))),
            };
            if let Err(error) = published {
                tracing::debug!(%error, "cannot publish an append to Redis; other instances will poll");
            }
        }
    });
    tokio::spawn(async move {
        let mut warned = false;
        loop {
            match client.get_async_pubsub().await {
                Ok(mut pubsub) => match pubsub.subscribe(CHANNEL).await {
                    Ok(()) => {
                        if warned {
                            tracing::info!("Redis fan-out is back");
                        }
                        warned = false;
                        let mut messages = pubsub.into_on_message();
                        loop {
                            tokio::select! {
                                () = stop.cancelled() => return,
                                message = messages.next() => match message {
                                    Some(_) => wake.notify_waiters(),
                                    None => break,
                                },
                            }
                        }
                    }
                    Err(error) if !warned => {
                        tracing::warn!(%error, "cannot subscribe on Redis; subscriptions fall back to polling");
                        warned = true;
                    }
                    Err(_) => {}
                },
                Err(error) if !warned => {
                    tracing::warn!(%error, "Redis is unreachable; subscriptions fall back to polling");
                    warned = true;
                }
                Err(_) => {}
            }
            tokio::select! {
                () = stop.cancelled() => return,
                () = tokio::time::sleep(Duration::from_secs(1)) => {}
            }
        }
    });
    Ok(())
}
