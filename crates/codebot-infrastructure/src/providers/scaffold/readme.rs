//! The README of a scaffolded integration.
//!
//! The README is the only generated file that carries the request's words (name,
//! description, prompt, change request, test feedback). They are data, so each is
//! rendered in a container it cannot leave: a heading line with Markdown punctuation
//! escaped, a block quote whose every line is prefixed, or a fence longer than any run of
//! backticks inside it.

use codebot_application::pipeline::ports::GenerationRequest;

use super::Template;

/// The README's first line: it says plainly that no model wrote this code.
pub(super) const BANNER: &str = "Produced by the scaffold template generator of Claude Code Bot \
                                 (not AI): a fixed, deterministic template; no model was called.";

/// Test feedback is cut to this many bytes: it is already bounded by the sandbox, and a
/// README that repeats pages of test output helps nobody.
const FEEDBACK_LIMIT: usize = 8 * 1024;

/// Renders the README of `request` built from `template`, listing `paths`.
pub(super) fn render(
    request: &GenerationRequest,
    template: &Template,
    test_command: &[&str],
    paths: &[&str],
) -> String {
    let mut out = String::new();
    out.push_str(BANNER);
    out.push_str("\n\n# ");
    out.push_str(&heading(&request.name));
    out.push_str("\n\n");
    out.push_str(&format!(
        "A `{}` integration. Its code is the scaffold generator's fixed template for \
         this kind; the integration's settings are in `config.json`.\n\n",
        template.kind
    ));

    out.push_str("## Description\n\n");
    match request
        .description
        .as_deref()
        .filter(|d| !d.trim().is_empty())
    {
        Some(description) => out.push_str(&quote(description)),
        None => out.push_str("_No description was given._\n"),
    }

    out.push_str(
        "\n## Request\n\nThe requester's prompt, recorded as written. The scaffold \
         generator does not act on it: the code does not depend on it.\n\n",
    );
    if request.prompt.trim().is_empty() {
        out.push_str("_No prompt was given._\n");
    } else {
        out.push_str(&quote(&request.prompt));
    }

    out.push('\n');
    out.push_str(template.usage.trim_end());
    out.push_str("\n\n## Files\n\n");
    for path in paths {
        out.push_str(&format!("- `{path}`\n"));
    }

    out.push_str(&format!(
        "\n## Tests\n\nRun from this directory:\n\n```sh\n{}\n```\n\nThey need Python 3 \
         and nothing else, and run offline: a local HTTP server on 127.0.0.1 stands in \
         for the remote side, and the tests use their own settings rather than the URLs \
         in `config.json`.\n",
        test_command.join(" ")
    ));

    if request.change_request.is_some() || request.test_feedback.is_some() {
        out.push_str(&unapplied(request));
    }
    out
}

/// The section recording what a later round asked for, which fixed templates cannot do.
fn unapplied(request: &GenerationRequest) -> String {
    let mut out = format!(
        "\n## Round {}: requests not applied\n\nThe scaffold generator writes fixed \
         templates, so this round's code is the same as the first round's. What this \
         round was asked to address is recorded here for a person, or a model-backed \
         generator, to act on.\n",
        request.round
    );
    if let Some(change) = &request.change_request {
        out.push_str("\n### Requested change\n\n");
        out.push_str(&quote(change));
    }
    if let Some(feedback) = &request.test_feedback {
        out.push_str("\n### Output of the failing tests\n\n");
        out.push_str(&fenced(&truncate(feedback, FEEDBACK_LIMIT)));
    }
    out
}

/// One line of text safe for a heading: whitespace (newlines included) collapsed and
/// the punctuation Markdown would interpret escaped.
fn heading(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.is_empty() {
        return "Unnamed integration".to_owned();
    }
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A block quote of `text`: every line is prefixed with `>`, so no line of the text can
/// end the quote or start a block of its own outside it.
fn quote(text: &str) -> String {
    let text = normalize_newlines(text);
    let mut out = String::new();
    for line in text.trim_end().split('\n') {
        if line.trim().is_empty() {
            out.push_str(">\n");
        } else {
            out.push_str("> ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// A fenced block of `text` whose fence is longer than any run of backticks inside, so
/// the text cannot close it.
fn fenced(text: &str) -> String {
    let text = normalize_newlines(text);
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat((longest_run + 1).max(3));
    format!("{fence}text\n{}\n{fence}\n", text.trim_end())
}

/// `\r\n` and lone `\r` become `\n`, so that line prefixes apply to every real line.
fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// At most `limit` bytes of `text`, cut on a character boundary and marked as cut.
fn truncate(text: &str, limit: usize) -> String {
    if text.len() <= limit {
        return text.to_owned();
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}\n[… cut at {limit} bytes]", &text[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_is_one_line_with_markdown_escaped() {
        assert_eq!(heading("  Order\n# relay  "), "Order \\# relay");
        assert_eq!(heading("a *b* [c](d) <e>"), "a \\*b\\* \\[c\\](d) \\<e\\>");
        assert_eq!(heading(" \n "), "Unnamed integration");
    }

    #[test]
    fn quote_prefixes_every_line() {
        let quoted = quote("first\r\n\r\n# not a heading\r```\n");
        assert_eq!(quoted, "> first\n>\n> # not a heading\n> ```\n");
    }

    #[test]
    fn fence_is_longer_than_any_backtick_run_inside() {
        assert_eq!(fenced("plain"), "```text\nplain\n```\n");
        assert_eq!(fenced("a ```` b"), "`````text\na ```` b\n`````\n");
    }

    #[test]
    fn truncate_respects_character_boundaries() {
        assert_eq!(truncate("héllo", 10), "héllo");
        assert_eq!(truncate("héllo", 2), "h\n[… cut at 2 bytes]");
    }
}
