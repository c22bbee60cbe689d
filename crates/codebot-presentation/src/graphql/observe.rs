//! GraphQL operations counted by name, type and outcome, and timed.
//!
//! Operation names come from clients: a name is recorded as it is only when it looks
//! like an identifier, and only the first [`MAX_NAMES`] distinct names are; the rest
//! count as `other`, so no client can grow the metrics without bound.

use std::collections::HashSet;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextExecute, NextParseQuery,
};
use async_graphql::parser::types::{ExecutableDocument, OperationType};
use async_graphql::{Response, ServerResult, Variables};

use super::operations::Operations;
use tracing::Instrument as _;

/// Most distinct operation names recorded as they are.
const MAX_NAMES: usize = 200;

/// The extension that records every executed operation.
pub struct OperationMetrics;

impl ExtensionFactory for OperationMetrics {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(OperationMetricsExtension::default())
    }
}

#[derive(Default)]
struct OperationMetricsExtension {
    operations: Operations,
}

#[async_trait::async_trait]
impl Extension for OperationMetricsExtension {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let document = next.run(ctx, query, variables).await;
        match &document {
            Ok(document) => self.operations.record(document),
            Err(_) => metrics::counter!("codebot_graphql_operations_total", "operation" => "unparsed", "type" => "unknown", "outcome" => "error").increment(1),
        }
        document
    }

    async fn execute(
        &self,
        ctx: &ExtensionContext<'_>,
        operation_name: Option<&str>,
        next: NextExecute<'_>,
    ) -> Response {
        let ty = match self.operations.of(operation_name).map(|facts| facts.ty) {
            Some(OperationType::Query) => "query",
            Some(OperationType::Mutation) => "mutation",
            Some(OperationType::Subscription) => "subscription",
            None => "unknown",
        };
        let started = Instant::now();
        let name = label(operation_name);
        let span = tracing::info_span!(
            "graphql.operation",
            otel.name = %format!("{ty} {name}"),
            operation = %name,
            r#type = ty,
        );
        let response = next.run(ctx, operation_name).instrument(span).await;
        let outcome = if response.errors.is_empty() {
            "ok"
        } else {
            "error"
        };
        // What changes state is logged (with the request's trace); reads are many and
        // only counted, and logged at debug.
        if ty == "mutation" {
            tracing::info!(operation = %name, outcome, "mutation");
        } else {
            tracing::debug!(operation = %name, r#type = ty, outcome, "operation");
        }
        metrics::counter!("codebot_graphql_operations_total", "operation" => name, "type" => ty, "outcome" => outcome)
            .increment(1);
        metrics::histogram!("codebot_graphql_operation_duration_seconds", "type" => ty)
            .record(started.elapsed().as_secs_f64());
        response
    }
}

/// The label an operation name is recorded under.
fn label(name: Option<&str>) -> String {
    static SEEN: OnceLock<Mutex<HashSet<String>>> = OnceLock::new();
    let Some(name) = name else {
        return "anonymous".to_owned();
    };
    let identifier = !name.is_empty()
        && name.len() <= 64
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if !identifier {
        return "other".to_owned();
    }
    let mut seen = SEEN
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if seen.contains(name) || seen.len() < MAX_NAMES {
        seen.insert(name.to_owned());
        name.to_owned()
    } else {
        "other".to_owned()
    }
}
