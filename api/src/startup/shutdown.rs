//! Stopping: the signals that start it and the drain that bounds it.

use std::future::Future;

/// Waits for `task` until `deadline`, then cuts it off. `None` when it failed or was
/// cut off (both logged).
pub(super) async fn finish_within<T>(
    deadline: tokio::time::Instant,
    what: &str,
    task: tokio::task::JoinHandle<T>,
) -> Option<T> {
    let abort = task.abort_handle();
    match tokio::time::timeout_at(deadline, task).await {
        Ok(Ok(value)) => Some(value),
        Ok(Err(error)) => {
            tracing::error!(%error, "{what} failed while stopping");
            None
        }
        Err(_) => {
            abort.abort();
            tracing::warn!("{what} did not finish within the drain time and was cut off");
            None
        }
    }
}

/// Resolves on SIGINT or SIGTERM. The handlers are installed now, not when the future
/// is first polled, so a signal that arrives while the process is still starting is
/// not lost (nor does it kill the process).
pub fn shutdown_signal() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    let terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    async move {
        #[cfg(unix)]
        let terminate = async move {
            match terminate {
                Some(mut signal) => {
                    signal.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        #[cfg(not(unix))]
        let terminate = std::future::pending::<()>();
        tokio::select! {
            () = interrupt => tracing::info!("SIGINT received, shutting down"),
            () = terminate => tracing::info!("SIGTERM received, shutting down"),
        }
    }
}
