//! What the process tells an operator's monitoring: counters and histograms recorded
//! where things happen (through the `metrics` facade, like logs through `tracing`), and
//! gauges read when metrics are scraped (queue depth, breakers, bulkheads, the pool).

use std::sync::Arc;

use super::status::{BreakerState, SystemStatusQuery};

/// Renders the metrics recorded so far in Prometheus's text format.
pub trait MetricsRender: Send + Sync {
    fn render(&self) -> String;
}

/// The metrics of this process: the recorded ones plus the gauges read at the scrape.
#[derive(Clone)]
pub struct ProcessMetrics {
    exporter: Arc<dyn MetricsRender>,
    status: SystemStatusQuery,
}

impl ProcessMetrics {
    pub fn new(exporter: Arc<dyn MetricsRender>, status: SystemStatusQuery) -> Self {
        Self { exporter, status }
    }

    /// Reads the gauges, then renders everything.
    pub async fn render(&self) -> String {
        if let Some(depth) = self.status.queue_depth().await {
            metrics::gauge!("codebot_jobs_queued").set(depth.queued as f64);
            metrics::gauge!("codebot_jobs_running").set(depth.running as f64);
            let age = depth.oldest_queued_at.map_or(0.0, |at| {
                (chrono::Utc::now() - at).num_milliseconds().max(0) as f64 / 1000.0
            });
            metrics::gauge!("codebot_jobs_oldest_queued_age_seconds").set(age);
        }
        if let Some(pool) = self.status.pool() {
            metrics::gauge!("codebot_db_pool_connections", "state" => "in_use")
                .set(f64::from(pool.size.saturating_sub(pool.idle)));
            metrics::gauge!("codebot_db_pool_connections", "state" => "idle")
                .set(f64::from(pool.idle));
            metrics::gauge!("codebot_db_pool_max_connections").set(f64::from(pool.max));
        }
        if let Some(report) = self.status.local_report() {
            for provider in &report.providers {
                let name = provider.name.clone();
                let state = match provider.breaker {
                    BreakerState::Closed => 0.0,
                    BreakerState::HalfOpen => 1.0,
                    BreakerState::Open => 2.0,
                };
                metrics::gauge!("codebot_breaker_state", "provider" => name.clone()).set(state);
                metrics::gauge!("codebot_bulkhead_in_flight", "bulkhead" => name.clone())
                    .set(f64::from(provider.in_flight));
                metrics::gauge!("codebot_bulkhead_queued", "bulkhead" => name.clone())
                    .set(f64::from(provider.queued));
                metrics::gauge!("codebot_bulkhead_limit", "bulkhead" => name)
                    .set(f64::from(provider.concurrency_limit));
            }
            for bulkhead in &report.bulkheads {
                let name = bulkhead.name.as_str();
                metrics::gauge!("codebot_bulkhead_in_flight", "bulkhead" => name)
                    .set(f64::from(bulkhead.in_flight));
                metrics::gauge!("codebot_bulkhead_queued", "bulkhead" => name)
                    .set(f64::from(bulkhead.queued));
                metrics::gauge!("codebot_bulkhead_limit", "bulkhead" => name)
                    .set(f64::from(bulkhead.concurrency_limit));
            }
        }
        self.exporter.render()
    }
}

/// How a trace crosses a process boundary (a job, an outbound call) as a W3C
/// `traceparent`, implemented next to the exporter. Without one, nothing is traced.
pub trait TracePropagation: Send + Sync {
    /// The `traceparent` that names `span`'s place in its trace.
    fn traceparent(&self, span: &tracing::Span) -> Option<String>;
    /// Makes `span` continue the trace that `traceparent` names.
    fn continue_from(&self, span: &tracing::Span, traceparent: &str);
    /// The id of `span`'s trace (32 hex digits).
    fn trace_id(&self, span: &tracing::Span) -> Option<String>;
}

static PROPAGATION: std::sync::OnceLock<Box<dyn TracePropagation>> = std::sync::OnceLock::new();

/// Installs the process's propagation (once; later calls change nothing).
pub fn install_propagation(propagation: Box<dyn TracePropagation>) {
    PROPAGATION.set(propagation).ok();
}

/// The `traceparent` of the current span, when traces are exported.
pub fn current_traceparent() -> Option<String> {
    traceparent_of(&tracing::Span::current())
}

/// The `traceparent` of `span`, when traces are exported.
pub fn traceparent_of(span: &tracing::Span) -> Option<String> {
    PROPAGATION.get()?.traceparent(span)
}

/// Makes `span` continue `traceparent`'s trace (when traces are exported), and records
/// the trace id on the span's `trace_id` field so that log lines carry it.
pub fn continue_trace(span: &tracing::Span, traceparent: Option<&str>) {
    let Some(propagation) = PROPAGATION.get() else {
        return;
    };
    if let Some(parent) = traceparent {
        propagation.continue_from(span, parent);
    }
    if let Some(id) = propagation.trace_id(span) {
        span.record("trace_id", id.as_str());
    }
}
