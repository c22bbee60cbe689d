//! Limits on the document itself, applied inside the schema so that every transport
//! (HTTP, batches, websocket, Server-Sent Events) passes through them, on the document
//! the executor parsed (once).
//!
//! - At most [`MAX_ALIASES`] aliases: aliases let one request ask for the same
//!   expensive field many times over, which the depth and complexity limits miss.
//! - A mutation with N root fields costs N units of the caller's rate budget: the
//!   transport has spent one for the request, the rest is spent here before anything
//!   runs, so 300 aliased `createIntegration` calls cost 300, not 1.
//!
//! - No NUL character in any string, inline or in variables: no database stores one in
//!   text, so it is the caller's mistake (`BAD_USER_INPUT`), not a server failure.
//!
//! Depth, complexity and directive limits are the schema's own (see `builder`).

use std::sync::Arc;

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextExecute, NextParseQuery,
};
use async_graphql::parser::types::{ExecutableDocument, OperationType, Selection, SelectionSet};
use async_graphql::{ErrorExtensions, Response, ServerError, ServerResult, Variables};

use super::operations::Operations;
use codebot_application::gateway::Throttle;
use codebot_domain::identity::Principal;

/// Most aliases one document may use.
pub const MAX_ALIASES: usize = 30;

/// Deepest the brackets of a document (`{`, `[`, `(`) may nest. The parser recurses
/// once per level, so a document of a few kilobytes nested deep enough would exhaust
/// the stack; the limit is checked on the text, before anything parses it. Selections
/// (12 levels) and stored values (32) fit well within it.
pub const MAX_NESTING: usize = 64;

/// The extension that applies the document limits.
pub struct DocumentLimits;

impl ExtensionFactory for DocumentLimits {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(DocumentLimitsExtension::default())
    }
}

#[derive(Default)]
struct DocumentLimitsExtension {
    operations: Operations,
}

#[async_trait::async_trait]
impl Extension for DocumentLimitsExtension {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        if nesting(query) > MAX_NESTING {
            let error = async_graphql::Error::new(format!(
                "the document nests more than {MAX_NESTING} levels deep"
            ))
            .extend_with(|_, e| e.set("code", "BAD_USER_INPUT"));
            return Err(error.into_server_error(Default::default()));
        }
        if has_nul(query, variables) {
            let error =
                async_graphql::Error::new("strings may not contain the NUL character (\\u0000)")
                    .extend_with(|_, e| e.set("code", "BAD_USER_INPUT"));
            return Err(error.into_server_error(Default::default()));
        }
        let document = next.run(ctx, query, variables).await?;
        let aliases = alias_count(&document);
        if aliases > MAX_ALIASES {
            return Err(ServerError::new(
                format!("the document uses {aliases} aliases; at most {MAX_ALIASES} are allowed"),
                None,
            ));
        }
        self.operations.record(&document);
        Ok(document)
    }

    async fn execute(
        &self,
        ctx: &ExtensionContext<'_>,
        operation_name: Option<&str>,
        next: NextExecute<'_>,
    ) -> Response {
        let root_fields = self
            .operations
            .of(operation_name)
            .filter(|facts| facts.ty == OperationType::Mutation)
            .map_or(0, |facts| facts.root_fields);
        let extra = root_fields.saturating_sub(1);
        if extra > 0
            && let (Some(throttle), Some(principal)) =
                (ctx.data_opt::<Throttle>(), ctx.data_opt::<Principal>())
            && let Err(throttled) = throttle
                .spend(principal, u32::try_from(extra).unwrap_or(u32::MAX))
                .await
        {
            let message = format!(
                "this mutation has {} root fields, each a request: {throttled}",
                extra + 1
            );
            let error = async_graphql::Error::new(message).extend_with(|_, e| {
                e.set("code", "RATE_LIMITED");
                e.set("retryAfter", throttled.retry_after_secs());
            });
            return Response::from_errors(vec![error.into_server_error(Default::default())]);
        }
        next.run(ctx, operation_name).await
    }
}

/// How deep the brackets of `query` nest, outside strings and comments.
pub fn nesting(query: &str) -> usize {
    let bytes = query.as_bytes();
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'"' if bytes[i..].starts_with(b"\"\"\"") => {
                i += 3;
                while i < bytes.len() && !bytes[i..].starts_with(b"\"\"\"") {
                    // An escaped triple quote does not end a block string.
                    i += if bytes[i..].starts_with(b"\\\"\"\"") {
                        4
                    } else {
                        1
                    };
                }
                i += 2;
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'{' | b'[' | b'(' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b'}' | b']' | b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    deepest
}

/// Whether the document (a raw NUL or a `\u0000` escape, in any case) or a variable
/// (a value or a key, at any depth) holds a NUL character.
fn has_nul(query: &str, variables: &Variables) -> bool {
    fn escaped_nul(query: &str) -> bool {
        query.match_indices("\\u").any(|(at, _)| {
            let rest = &query[at + 2..];
            rest.starts_with("0000")
                || rest
                    .strip_prefix('{')
                    .and_then(|r| r.split_once('}'))
                    .is_some_and(|(digits, _)| {
                        !digits.is_empty() && digits.bytes().all(|b| b == b'0')
                    })
        })
    }
    fn in_value(value: &async_graphql::Value) -> bool {
        let mut pending = vec![value];
        while let Some(value) = pending.pop() {
            match value {
                async_graphql::Value::String(text) if text.contains('\0') => return true,
                async_graphql::Value::Enum(name) if name.contains('\0') => return true,
                async_graphql::Value::List(items) => pending.extend(items.iter()),
                async_graphql::Value::Object(fields) => {
                    if fields.keys().any(|key| key.contains('\0')) {
                        return true;
                    }
                    pending.extend(fields.values());
                }
                _ => {}
            }
        }
        false
    }
    query.contains('\0')
        || escaped_nul(query)
        || variables
            .iter()
            .any(|(name, value)| name.contains('\0') || in_value(value))
}

/// Aliases in every operation and fragment of `document`.
fn alias_count(document: &ExecutableDocument) -> usize {
    fn count(set: &SelectionSet) -> usize {
        set.items
            .iter()
            .map(|item| match &item.node {
                Selection::Field(field) => {
                    usize::from(field.node.alias.is_some()) + count(&field.node.selection_set.node)
                }
                Selection::InlineFragment(fragment) => count(&fragment.node.selection_set.node),
                Selection::FragmentSpread(_) => 0,
            })
            .sum()
    }
    let operations: usize = document
        .operations
        .iter()
        .map(|(_, op)| count(&op.node.selection_set.node))
        .sum();
    let fragments: usize = document
        .fragments
        .values()
        .map(|f| count(&f.node.selection_set.node))
        .sum();
    operations + fragments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_counts_brackets_outside_strings_and_comments() {
        assert_eq!(nesting("{ a }"), 1);
        assert_eq!(nesting("{ a(x: { y: [1] }) { b } }"), 4);
        assert_eq!(nesting(r#"{ a(x: "{{{{[[[") }"#), 2);
        assert_eq!(nesting("# {{{{\n{ a }"), 1);
        assert_eq!(nesting(r#"{ a(x: """ {{{ \""" {{ """) }"#), 2);
        assert_eq!(nesting(r#"{ a(x: "\"{{") }"#), 2);
        let deep = format!("{}1{}", "{ a: ".repeat(5_000), " }".repeat(5_000));
        assert_eq!(nesting(&deep), 5_000);
    }

    #[test]
    fn nul_characters_are_found_inline_escaped_and_in_variables() {
        let none = Variables::default();
        assert!(has_nul("{ a(x: \"\\u0000\") }", &none));
        assert!(has_nul("{ a(x: \"\\u{0}\") }", &none));
        assert!(has_nul("{ a(x: \"\0\") }", &none));
        assert!(!has_nul("{ a(x: \"\\u0041\") }", &none));
        let variables = Variables::from_json(serde_json::json!({ "v": { "k": ["a\u{0}"] } }));
        assert!(has_nul("query($v: JSON) { a(x: $v) }", &variables));
        let clean = Variables::from_json(serde_json::json!({ "v": { "k": ["a"] } }));
        assert!(!has_nul("query($v: JSON) { a(x: $v) }", &clean));
    }
}
