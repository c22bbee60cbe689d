//! Parsed GraphQL documents, remembered by their text: clients send the same few
//! documents again and again (with other variables), and parsing one costs more than
//! the rest of a small query's execution. A document is a pure function of its text,
//! so one memo serves every request and every schema in the process.
//!
//! Only documents that parse are remembered; the executor parses (and reports) the
//! others. Long documents are not remembered, so the memo stays small whatever clients
//! send; a full memo starts over.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use async_graphql::parser::types::ExecutableDocument;
use codebot_application::cache::TtlCache;

use super::limits::{MAX_NESTING, nesting};

/// Longest document text remembered.
const MAX_LENGTH: usize = 4096;
/// Most documents remembered.
const CAPACITY: usize = 256;
/// How long one is remembered without being stored again.
const TTL: Duration = Duration::from_secs(3600);

fn memo() -> &'static TtlCache<String, Arc<ExecutableDocument>> {
    static MEMO: OnceLock<TtlCache<String, Arc<ExecutableDocument>>> = OnceLock::new();
    MEMO.get_or_init(|| TtlCache::new("graphql_documents", TTL, CAPACITY))
}

/// The parsed `query`, from the memo or parsed now; `None` when it does not parse or
/// nests too deep to parse safely (the executor then refuses it with its own error).
pub fn parsed(query: &str) -> Option<Arc<ExecutableDocument>> {
    let short = query.len() <= MAX_LENGTH;
    if short && let Some(document) = memo().get(query) {
        return Some(document);
    }
    if nesting(query) > MAX_NESTING {
        return None;
    }
    let document = Arc::new(async_graphql::parser::parse_query(query).ok()?);
    if short {
        memo().insert(query.to_owned(), document.clone());
    }
    Some(document)
}

/// Hands `request` its parsed document, so that the executor does not parse it again.
pub fn attach(mut request: async_graphql::Request) -> async_graphql::Request {
    if let Some(document) = parsed(&request.query) {
        request.set_parsed_query(ExecutableDocument::clone(&document));
    }
    request
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_parsed_once_and_bad_ones_are_left_to_the_executor() {
        let query = "query Remembered { __typename }";
        let first = parsed(query).expect("parses");
        let again = parsed(query).expect("parses");
        assert!(
            Arc::ptr_eq(&first, &again),
            "the second lookup reuses the first parse"
        );
        assert!(parsed("query {").is_none());
        let deep = format!(
            "{}{}",
            "{ a ".repeat(MAX_NESTING + 1),
            "}".repeat(MAX_NESTING + 1)
        );
        assert!(parsed(&deep).is_none(), "too deep to parse safely");
        let long = format!("query Long {{ __typename }} #{}", "x".repeat(MAX_LENGTH));
        let (a, b) = (
            parsed(&long).expect("parses"),
            parsed(&long).expect("parses"),
        );
        assert!(!Arc::ptr_eq(&a, &b), "long documents are parsed each time");
    }
}
