//! The rules every integration request obeys, whatever its kind.

use serde_json::Value;

use super::command::{IntegrationDraft, IntegrationPatch};
use super::error::{DomainError, FieldError};

pub const NAME_MAX_CHARS: usize = 100;
pub const DESCRIPTION_MAX_CHARS: usize = 2_000;
pub const PROMPT_MAX_BYTES: usize = 32 * 1024;
pub const CONFIG_MAX_BYTES: usize = 64 * 1024;
/// How deep a config may nest (the object itself is level 1). Stored configs are read
/// back inside events and pages, whose JSON readers refuse 128 levels: the bound keeps
/// every stored value readable, whichever way it arrived.
pub const CONFIG_MAX_DEPTH: usize = 32;
const COMMENT_MAX_CHARS: usize = 4_000;

/// Checks every field of a draft, reporting all bad fields at once. Names and
/// descriptions are trimmed.
pub(super) fn check_draft(draft: IntegrationDraft) -> Result<IntegrationDraft, DomainError> {
    let mut errors = Vec::new();
    let name = collect(&mut errors, check_name(draft.name));
    let description = collect(&mut errors, check_description(draft.description));
    let prompt = collect(&mut errors, check_prompt(draft.prompt));
    let config = collect(&mut errors, check_config(draft.config));
    if draft.kind.trim().is_empty() {
        errors.push(FieldError {
            field: "kind",
            message: "must name an integration kind".to_owned(),
        });
    }
    match (name, description, prompt, config) {
        (Some(name), Some(description), Some(prompt), Some(config)) if errors.is_empty() => {
            Ok(IntegrationDraft {
                kind: draft.kind.trim().to_owned(),
                name,
                description,
                prompt,
                config,
            })
        }
        _ => Err(DomainError::InvalidInput(errors)),
    }
}

/// Checks the fields a patch sets; an empty patch is refused.
pub(super) fn check_patch(patch: IntegrationPatch) -> Result<IntegrationPatch, DomainError> {
    if patch.is_empty() {
        return Err(DomainError::invalid("input", "nothing to update"));
    }
    let mut errors = Vec::new();
    let checked = IntegrationPatch {
        name: patch.name.and_then(|n| collect(&mut errors, check_name(n))),
        description: patch
            .description
            .and_then(|d| collect(&mut errors, check_description(d))),
        prompt: patch
            .prompt
            .and_then(|p| collect(&mut errors, check_prompt(p))),
        config: patch
            .config
            .and_then(|c| collect(&mut errors, check_config(c))),
    };
    if errors.is_empty() {
        Ok(checked)
    } else {
        Err(DomainError::InvalidInput(errors))
    }
}

/// A reviewer's comment or reason: required, trimmed, bounded.
pub(super) fn check_comment(field: &'static str, text: String) -> Result<String, DomainError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DomainError::invalid(field, "must not be empty"));
    }
    if text.chars().count() > COMMENT_MAX_CHARS {
        return Err(DomainError::invalid(
            field,
            format!("must be at most {COMMENT_MAX_CHARS} characters"),
        ));
    }
    Ok(text.to_owned())
}

fn collect<T>(errors: &mut Vec<FieldError>, result: Result<T, FieldError>) -> Option<T> {
    result.map_err(|e| errors.push(e)).ok()
}

fn check_name(name: String) -> Result<String, FieldError> {
    let name = name.trim();
    let length = name.chars().count();
    if length == 0 || length > NAME_MAX_CHARS {
        return Err(FieldError {
            field: "name",
            message: format!("must be 1 to {NAME_MAX_CHARS} characters"),
        });
    }
    if name.chars().any(char::is_control) {
        return Err(FieldError {
            field: "name",
            message: "must not contain control characters".to_owned(),
        });
    }
    Ok(name.to_owned())
}

fn check_description(description: Option<String>) -> Result<Option<String>, FieldError> {
    let Some(description) = description else {
        return Ok(None);
    };
    let description = description.trim();
    if description.chars().count() > DESCRIPTION_MAX_CHARS {
        return Err(FieldError {
            field: "description",
            message: format!("must be at most {DESCRIPTION_MAX_CHARS} characters"),
        });
    }
    Ok((!description.is_empty()).then(|| description.to_owned()))
}

fn check_prompt(prompt: String) -> Result<String, FieldError> {
    if prompt.trim().is_empty() {
        return Err(FieldError {
            field: "prompt",
            message: "must say what the integration does".to_owned(),
        });
    }
    if prompt.len() > PROMPT_MAX_BYTES {
        return Err(FieldError {
            field: "prompt",
            message: format!("must be at most {} KiB", PROMPT_MAX_BYTES / 1024),
        });
    }
    Ok(prompt)
}

fn check_config(config: Value) -> Result<Value, FieldError> {
    if !config.is_object() {
        return Err(FieldError {
            field: "config",
            message: "must be a JSON object".to_owned(),
        });
    }
    if depth(&config) > CONFIG_MAX_DEPTH {
        return Err(FieldError {
            field: "config",
            message: format!("must nest at most {CONFIG_MAX_DEPTH} levels deep"),
        });
    }
    let size = serde_json::to_vec(&config).map_or(usize::MAX, |bytes| bytes.len());
    if size > CONFIG_MAX_BYTES {
        return Err(FieldError {
            field: "config",
            message: format!("must be at most {} KiB of JSON", CONFIG_MAX_BYTES / 1024),
        });
    }
    Ok(config)
}

/// How many levels of arrays and objects `value` nests (a scalar is 0), counted
/// without recursion so that no value can exhaust the stack.
pub fn depth(value: &Value) -> usize {
    let mut deepest = 0;
    let mut pending = vec![(value, 1)];
    while let Some((value, level)) = pending.pop() {
        let children: Box<dyn Iterator<Item = &Value>> = match value {
            Value::Array(items) => Box::new(items.iter()),
            Value::Object(fields) => Box::new(fields.values()),
            _ => continue,
        };
        deepest = deepest.max(level);
        pending.extend(children.map(|child| (child, level + 1)));
    }
    deepest
}
