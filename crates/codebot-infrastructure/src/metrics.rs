//! The process's metrics in Prometheus's text format, through the `metrics` facade
//! (every layer records with its macros) and its Prometheus exporter.
//!
//! The recorder is global to the process: one is installed on first use and shared by
//! every application built in it (tests boot several).

use std::sync::OnceLock;

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use codebot_application::telemetry::MetricsRender;

/// Latency buckets in seconds, from a fast query to a slow pipeline step.
const SECONDS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0,
    120.0, 300.0,
];

static HANDLE: OnceLock<Result<PrometheusHandle, String>> = OnceLock::new();

/// Renders what the process recorded.
pub struct PrometheusMetrics(PrometheusHandle);

impl PrometheusMetrics {
    /// Installs the process's recorder (once) and returns a renderer of it.
    ///
    /// Fails when another recorder was installed first.
    pub fn install() -> Result<Self, String> {
        HANDLE
            .get_or_init(|| {
                PrometheusBuilder::new()
                    .set_buckets_for_metric(Matcher::Suffix("_seconds".to_owned()), SECONDS)
                    .map_err(|e| e.to_string())?
                    .install_recorder()
                    .map_err(|e| format!("cannot install the metrics recorder: {e}"))
                    .inspect(|_| describe())
            })
            .clone()
            .map(Self)
    }
}

impl MetricsRender for PrometheusMetrics {
    fn render(&self) -> String {
        self.0.render()
    }
}

/// What each metric means (its HELP line) and its unit.
fn describe() {
    use metrics::{Unit, describe_counter, describe_gauge, describe_histogram};
    describe_counter!(
        "codebot_http_requests_total",
        "HTTP requests by route, method and status"
    );
    describe_histogram!(
        "codebot_http_request_duration_seconds",
        Unit::Seconds,
        "HTTP request latency by route and method"
    );
    describe_counter!(
        "codebot_graphql_operations_total",
        "GraphQL operations by name, type and outcome"
    );
    describe_histogram!(
        "codebot_graphql_operation_duration_seconds",
        Unit::Seconds,
        "GraphQL operation latency by type"
    );
    describe_histogram!(
        "codebot_pipeline_step_duration_seconds",
        Unit::Seconds,
        "Pipeline step attempts by step, provider and outcome"
    );
    describe_histogram!(
        "codebot_event_append_duration_seconds",
        Unit::Seconds,
        "Event-store appends (events, read models and job in one transaction) by outcome"
    );
    describe_gauge!("codebot_jobs_queued", "Pipeline jobs waiting for a worker");
    describe_gauge!(
        "codebot_jobs_running",
        "Pipeline jobs a worker holds a lease on"
    );
    describe_gauge!(
        "codebot_jobs_oldest_queued_age_seconds",
        Unit::Seconds,
        "How long the longest-waiting job has waited"
    );
    describe_gauge!(
        "codebot_breaker_state",
        "Circuit breaker of each provider in this process: 0 closed, 1 half-open, 2 open"
    );
    describe_gauge!(
        "codebot_bulkhead_in_flight",
        "Calls running inside each bulkhead of this process"
    );
    describe_gauge!(
        "codebot_bulkhead_queued",
        "Calls waiting for a place in each bulkhead of this process"
    );
    describe_gauge!(
        "codebot_bulkhead_limit",
        "Calls each bulkhead of this process lets run at once"
    );
    describe_gauge!(
        "codebot_websocket_connections",
        "Open websocket connections"
    );
    describe_gauge!(
        "codebot_subscriptions_active",
        "Live subscriptions over websocket and Server-Sent Events"
    );
    describe_gauge!(
        "codebot_db_pool_connections",
        "Database pool connections by state (in_use, idle)"
    );
    describe_gauge!(
        "codebot_db_pool_max_connections",
        "Most connections the database pool may open"
    );
    describe_histogram!(
        "codebot_db_begin_wait_seconds",
        Unit::Seconds,
        "Time a write transaction waited for a pooled connection and its BEGIN"
    );
    describe_counter!(
        "codebot_rate_limited_total",
        "Requests refused for a spent rate budget, by role"
    );
    describe_counter!(
        "codebot_cache_requests_total",
        "Cache look-ups by cache and result (hit, miss)"
    );
    describe_counter!(
        "codebot_compensations_failed_total",
        "Undos the saga gave up on after their retries, by step; each waits for an administrator"
    );
    describe_counter!(
        "codebot_database_unavailable_total",
        "Requests answered SERVICE_UNAVAILABLE because the database could not be reached"
    );
    describe_counter!(
        "codebot_pull_request_merge_failures_total",
        "Deployments whose pull request the code host refused to merge (it stays open)"
    );
    describe_counter!(
        "codebot_subscription_executions_started_total",
        "Websocket subscription executions started; identical subscriptions share one"
    );
    describe_counter!(
        "codebot_subscription_joins_total",
        "Websocket subscriptions started, whether they shared an execution or not"
    );
}
