//! One execution for many identical live subscriptions.
//!
//! A thousand dashboards of one identity following `subscription { events { … } }`
//! from now would otherwise each run the resolvers and serialise every event on their
//! own. Subscriptions that are identical — the same document, operation and variables,
//! the same identity and credential, the same protocol — and that start from now (no
//! `afterPosition`/`afterVersion` replay, whose history depends on when each one
//! joins) share one execution: it runs the selection once per event and serialises
//! the payload once; each subscriber only wraps it with its own id. The execution
//! stops when its last subscriber leaves.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};

use async_graphql::Request;
use async_graphql::parser::types::{DocumentOperations, OperationType, Selection};
use futures_util::StreamExt;
use tokio::sync::broadcast;
use tokio::task::AbortHandle;

use crate::graphql::AppSchema;
use codebot_domain::identity::Principal;

/// What a shared execution emits, rendered once for every subscriber.
#[derive(Debug)]
pub enum Rendered {
    /// A result: the `payload` of a `next` (or legacy `data`) message, as JSON.
    Next(String),
    /// The document failed before any result (it does not validate): the errors as
    /// JSON, ending the subscription.
    RequestError(serde_json::Value),
    /// The stream ended.
    Complete,
}

impl Rendered {
    /// A subscription's `response`: a request error when the first one carries only
    /// errors without a path (the document failed before running), else a result.
    pub fn of(response: &async_graphql::Response, first: bool) -> Self {
        let request_error = first
            && response.data == async_graphql::Value::Null
            && !response.errors.is_empty()
            && response.errors.iter().all(|e| e.path.is_empty());
        if request_error {
            Rendered::RequestError(
                serde_json::to_value(&response.errors).unwrap_or(serde_json::Value::Null),
            )
        } else {
            Rendered::Next(serde_json::to_string(response).unwrap_or_else(|_| "null".into()))
        }
    }
}

/// Results a subscriber may fall behind by before it is cut off (it then resumes
/// from its last position like after any disconnect).
const BACKLOG: usize = 256;

/// The executions running now, by what makes subscriptions identical.
#[derive(Default)]
pub struct SharedSubscriptions {
    running: Mutex<HashMap<String, Weak<Execution>>>,
}

/// One running execution; it stops when the last subscriber drops its handle.
pub struct Execution {
    results: broadcast::Sender<Arc<Rendered>>,
    task: Mutex<Option<AbortHandle>>,
    /// Set once it emitted its last result: a newcomer starts a new one.
    finished: Arc<AtomicBool>,
}

impl Drop for Execution {
    fn drop(&mut self) {
        if let Ok(mut task) = self.task.lock()
            && let Some(task) = task.take()
        {
            task.abort();
        }
    }
}

/// A subscriber's hold on an execution, and its results from the moment it joined.
pub struct Membership {
    /// Keeps the execution running.
    pub execution: Arc<Execution>,
    pub results: broadcast::Receiver<Arc<Rendered>>,
}

impl SharedSubscriptions {
    /// Joins the execution of `request` (running it if none runs), or gives the
    /// request back when it cannot be shared (it replays history, or it is not a plain
    /// subscription document) and must run on its own.
    pub fn join(
        &self,
        schema: &AppSchema,
        payload: &serde_json::Value,
        protocol: &str,
        principal: Option<&Principal>,
        request: Request,
    ) -> Result<Membership, Box<Request>> {
        let Some(key) = shareable_key(payload, protocol, principal) else {
            return Err(Box::new(request));
        };
        let Ok(mut running) = self.running.lock() else {
            return Err(Box::new(request));
        };
        running.retain(|_, execution| execution.strong_count() > 0);
        if let Some(execution) = running
            .get(&key)
            .and_then(Weak::upgrade)
            .filter(|execution| !execution.finished.load(Ordering::SeqCst))
        {
            let results = execution.results.subscribe();
            metrics::counter!("codebot_subscription_joins_total").increment(1);
            return Ok(Membership { execution, results });
        }
        let (sender, results) = broadcast::channel(BACKLOG);
        let finished = Arc::new(AtomicBool::new(false));
        let execution = Arc::new(Execution {
            results: sender.clone(),
            task: Mutex::new(None),
            finished: finished.clone(),
        });
        let task = tokio::spawn(execute(schema.clone(), request, sender, finished));
        if let Ok(mut slot) = execution.task.lock() {
            *slot = Some(task.abort_handle());
        }
        running.insert(key, Arc::downgrade(&execution));
        metrics::counter!("codebot_subscription_executions_started_total").increment(1);
        metrics::counter!("codebot_subscription_joins_total").increment(1);
        Ok(Membership { execution, results })
    }
}

/// Runs the subscription once and renders each result for every subscriber.
async fn execute(
    schema: AppSchema,
    request: Request,
    results: broadcast::Sender<Arc<Rendered>>,
    finished: Arc<AtomicBool>,
) {
    let mut stream = schema.execute_stream(request);
    let mut first = true;
    while let Some(response) = stream.next().await {
        let rendered = Rendered::of(&response, first);
        first = false;
        let ends = matches!(rendered, Rendered::RequestError(_));
        if ends {
            finished.store(true, Ordering::SeqCst);
        }
        // No receiver is fine: the last subscriber is leaving and this task ends.
        results.send(Arc::new(rendered)).ok();
        if ends {
            return;
        }
    }
    finished.store(true, Ordering::SeqCst);
    results.send(Arc::new(Rendered::Complete)).ok();
}

/// What makes two subscriptions identical, or `None` when this one must run alone.
fn shareable_key(
    payload: &serde_json::Value,
    protocol: &str,
    principal: Option<&Principal>,
) -> Option<String> {
    let principal = principal?;
    let query = payload["query"].as_str()?;
    let operation = payload["operationName"].as_str();
    if !starts_from_now(query, operation) {
        return None;
    }
    let variables = match &payload["variables"] {
        serde_json::Value::Null => String::new(),
        object @ serde_json::Value::Object(_) => object.to_string(),
        _ => return None,
    };
    Some(
        [
            protocol,
            &principal.user_id,
            principal.role.as_str(),
            &format!("{:?}", principal.credential),
            &format!("{:?}", principal.expires_at),
            operation.unwrap_or(""),
            &variables,
            query,
        ]
        .join("\u{0}"),
    )
}

/// Whether `query` is one subscription whose root fields ask for no history: none of
/// them has an `afterPosition` or `afterVersion` argument (a literal or a variable).
fn starts_from_now(query: &str, operation: Option<&str>) -> bool {
    let Ok(document) = async_graphql::parser::parse_query(query) else {
        return false;
    };
    if !document.fragments.is_empty() {
        return false;
    }
    let chosen = match (&document.operations, operation) {
        (DocumentOperations::Single(op), _) => Some(op),
        (DocumentOperations::Multiple(ops), Some(name)) => ops.get(name),
        (DocumentOperations::Multiple(ops), None) if ops.len() == 1 => ops.values().next(),
        _ => None,
    };
    let Some(op) = chosen else {
        return false;
    };
    if op.node.ty != OperationType::Subscription {
        return false;
    }
    op.node
        .selection_set
        .node
        .items
        .iter()
        .all(|item| match &item.node {
            Selection::Field(field) => {
                field.node.arguments.iter().all(|(name, _)| {
                    !matches!(name.node.as_str(), "afterPosition" | "afterVersion")
                })
            }
            _ => false,
        })
}

#[cfg(test)]
mod tests {
    use super::starts_from_now;

    #[test]
    fn only_subscriptions_without_a_replay_are_shared() {
        assert!(starts_from_now(
            "subscription { events { position } }",
            None
        ));
        assert!(starts_from_now(
            "subscription S($id: ID!) { integrationUpdated(id: $id) { state } }",
            Some("S")
        ));
        assert!(!starts_from_now(
            "subscription { events(afterPosition: 0) { position } }",
            None
        ));
        assert!(!starts_from_now(
            "subscription($v: Int) { integrationEvents(id: \"x\", afterVersion: $v) { version } }",
            None
        ));
        assert!(!starts_from_now("{ me { name } }", None));
        assert!(!starts_from_now(
            "subscription { ...F } fragment F on Subscription { events { position } }",
            None
        ));
        assert!(!starts_from_now("subscription {", None));
    }
}
