//! What a document says of each of its operations (type, root fields), recorded when
//! it is parsed and looked up when one of them runs: the document limits and the
//! operation metrics both need it.

use std::collections::HashMap;
use std::sync::Mutex;

use async_graphql::parser::types::{ExecutableDocument, OperationType, Selection, SelectionSet};

/// One operation's facts.
#[derive(Debug, Clone, Copy)]
pub(super) struct Facts {
    pub ty: OperationType,
    /// The fields its root selection runs, through fragments (`__typename` and other
    /// introspection fields not counted).
    pub root_fields: usize,
}

/// The facts of every operation of one request's document, by operation name.
#[derive(Default)]
pub(super) struct Operations(Mutex<HashMap<Option<String>, Facts>>);

impl Operations {
    fn facts(&self) -> std::sync::MutexGuard<'_, HashMap<Option<String>, Facts>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Records the facts of every operation of `document`.
    pub fn record(&self, document: &ExecutableDocument) {
        let mut facts = self.facts();
        for (name, operation) in document.operations.iter() {
            facts.insert(
                name.map(|n| n.to_string()),
                Facts {
                    ty: operation.node.ty,
                    root_fields: root_field_count(document, &operation.node.selection_set.node),
                },
            );
        }
    }

    /// The facts of the operation named `name`; without a name, of the document's one
    /// operation.
    pub fn of(&self, name: Option<&str>) -> Option<Facts> {
        let facts = self.facts();
        match name {
            Some(name) => facts.get(&Some(name.to_owned())).copied(),
            None => facts.values().next().copied(),
        }
    }
}

/// The fields an operation's root selection runs, through fragments (each fragment
/// counted once per spread, as it runs).
fn root_field_count(document: &ExecutableDocument, set: &SelectionSet) -> usize {
    fn count(document: &ExecutableDocument, set: &SelectionSet, depth: usize) -> usize {
        // Fragment cycles are refused by validation; the depth bound keeps this
        // function safe before validation has run.
        if depth > 16 {
            return 0;
        }
        set.items
            .iter()
            .map(|item| match &item.node {
                Selection::Field(field) => usize::from(!field.node.name.node.starts_with("__")),
                Selection::InlineFragment(fragment) => {
                    count(document, &fragment.node.selection_set.node, depth + 1)
                }
                Selection::FragmentSpread(spread) => document
                    .fragments
                    .get(&spread.node.fragment_name.node)
                    .map_or(0, |f| {
                        count(document, &f.node.selection_set.node, depth + 1)
                    }),
            })
            .sum()
    }
    count(document, set, 0)
}
