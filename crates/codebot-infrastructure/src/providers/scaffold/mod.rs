//! The offline code generator of the embedded default, used when no model is configured.
//!
//! It is a template generator, not AI: each integration kind has a fixed Python program
//! with offline tests (in `templates/`, embedded at compile time), and the generator only
//! adds the integration's `config.json` and a README that says how the code was made. The
//! request's words (name, description, prompt) go into the README alone, rendered as
//! quoted data; no Python file depends on the request, so no prompt can change the code.
//! The output is deterministic: the same request always yields the same files.

mod readme;

use async_trait::async_trait;
use tokio_util::sync::CancellationToken;

use codebot_application::pipeline::ports::{
    CodeGenerator, GeneratedCode, GenerationRequest, ProgressSink, ProviderError,
};
use codebot_domain::artifacts::{GeneratedFile, Usage};

/// The generator's name, as recorded in events.
const NAME: &str = "scaffold";

/// Runs the generated tests from the integration's root. `-t .` makes the root the top
/// of the import path, so the tests (the `tests` package) import the program by name.
const TEST_COMMAND: [&str; 8] = [
    "python3", "-m", "unittest", "discover", "-s", "tests", "-t", ".",
];

/// Shared by every kind: `tests/` must be a package for discovery with `-t .`.
const TESTS_INIT: &str = include_str!("templates/tests_init.py");

/// The fixed files of one integration kind.
struct Template {
    kind: &'static str,
    /// What the program is, as a clause for the summary.
    purpose: &'static str,
    /// Files by path relative to the integration's root, copied verbatim.
    files: &'static [(&'static str, &'static str)],
    /// The README's kind-specific sections (what it does, configuration, running).
    usage: &'static str,
}

const TEMPLATES: &[Template] = &[
    Template {
        kind: "webhook_relay",
        purpose: "an HTTP server that checks the HMAC-SHA256 signature of each webhook \
                  and relays the accepted ones to the target URL with the configured headers",
        files: &[
            (
                ".gitignore",
                include_str!("templates/webhook_relay/gitignore"),
            ),
            ("relay.py", include_str!("templates/webhook_relay/relay.py")),
            ("tests/__init__.py", TESTS_INIT),
            (
                "tests/test_relay.py",
                include_str!("templates/webhook_relay/test_relay.py"),
            ),
        ],
        usage: include_str!("templates/webhook_relay/usage.md"),
    },
    Template {
        kind: "http_poller",
        purpose: "a poller that fetches the URL on its interval, follows the dotted items \
                  path and emits the items whose id it has not seen before",
        files: &[
            (
                ".gitignore",
                include_str!("templates/http_poller/gitignore"),
            ),
            ("poller.py", include_str!("templates/http_poller/poller.py")),
            ("tests/__init__.py", TESTS_INIT),
            (
                "tests/test_poller.py",
                include_str!("templates/http_poller/test_poller.py"),
            ),
        ],
        usage: include_str!("templates/http_poller/usage.md"),
    },
];

/// The template generator: writes a kind's fixed Python program, its offline tests,
/// `config.json` and a README. It calls no model and costs nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct ScaffoldGenerator;

impl ScaffoldGenerator {
    /// A scaffold generator; it holds no state.
    #[must_use]
    pub fn new() -> Self {
        Self
    }
}

/// Builds the files for `request`: pure, synchronous and deterministic.
fn render(request: &GenerationRequest) -> Result<GeneratedCode, ProviderError> {
    let template = TEMPLATES
        .iter()
        .find(|t| t.kind == request.kind)
        .ok_or_else(|| {
            let known: Vec<_> = TEMPLATES.iter().map(|t| t.kind).collect();
            ProviderError::Permanent(format!(
                "the scaffold generator has no template for kind `{}` (it knows {})",
                request.kind,
                known.join(", ")
            ))
        })?;
    if !request.config.is_object() {
        return Err(ProviderError::Permanent(
            "the scaffold generator needs the config as a JSON object".to_owned(),
        ));
    }
    let config = serde_json::to_string_pretty(&request.config).map_err(|e| {
        ProviderError::Permanent(format!("the config cannot be written as JSON: {e}"))
    })?;

    let mut paths: Vec<&str> = template.files.iter().map(|(path, _)| *path).collect();
    paths.extend(["README.md", "config.json"]);
    paths.sort_unstable();
    let readme = readme::render(request, template, &TEST_COMMAND, &paths);

    let mut files: Vec<GeneratedFile> = template
        .files
        .iter()
        .map(|(path, content)| file(path, (*content).to_owned()))
        .collect();
    files.push(file("README.md", readme));
    files.push(file("config.json", config + "\n"));
    files.sort_by(|a, b| a.path.cmp(&b.path));

    Ok(GeneratedCode {
        files,
        test_command: TEST_COMMAND.iter().map(|s| (*s).to_owned()).collect(),
        generator: NAME.to_owned(),
        summary: summary(request, template),
        usage: Usage::default(),
    })
}

#[async_trait]
impl CodeGenerator for ScaffoldGenerator {
    fn name(&self) -> String {
        NAME.to_owned()
    }

    async fn generate(
        &self,
        request: &GenerationRequest,
        _progress: &dyn ProgressSink,
        cancel: &CancellationToken,
    ) -> Result<GeneratedCode, ProviderError> {
        // Rendering takes microseconds, so checking before and after is as prompt as
        // checking throughout, and a cancelled step never reports a result.
        if cancel.is_cancelled() {
            return Err(ProviderError::Cancelled);
        }
        let code = render(request)?;
        if cancel.is_cancelled() {
            return Err(ProviderError::Cancelled);
        }
        Ok(code)
    }
}

fn file(path: &str, content: String) -> GeneratedFile {
    GeneratedFile {
        path: path.to_owned(),
        content,
    }
}

/// The summary says what was written and, honestly, what was not done.
fn summary(request: &GenerationRequest, template: &Template) -> String {
    let mut summary = format!(
        "Scaffold template generator (not AI): wrote the fixed `{}` template, {}, with \
         offline unittest tests, config.json and a README. No model was called and the \
         prompt does not affect the code.",
        template.kind, template.purpose
    );
    let asked: Vec<&str> = [
        request.change_request.as_ref().map(|_| "change request"),
        request.test_feedback.as_ref().map(|_| "test feedback"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !asked.is_empty() {
        summary.push_str(&format!(
            " The {} of round {} {} recorded in README.md but not applied: the templates \
             are fixed.",
            asked.join(" and "),
            request.round,
            if asked.len() > 1 { "are" } else { "is" }
        ));
    }
    summary
}

#[cfg(test)]
mod tests;
