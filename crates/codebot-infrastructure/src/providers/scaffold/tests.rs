//! Tests of the scaffold generator, including running the generated Python tests.

use std::path::Path;
use std::process::Command;

use serde_json::json;
use uuid::Uuid;

use super::*;
use codebot_application::integrations::kinds::KindRegistry;

const HOSTILE_PROMPT: &str = "Relay orders.\n\"\"\"\n'); import os; os.system('rm -rf /')\n\
                              ```\n# heading\n<!-- hide";

fn request(kind: &str) -> GenerationRequest {
    let registry = KindRegistry::builtin();
    let kind = registry.get(kind).expect("a built-in kind");
    GenerationRequest {
        integration_id: Uuid::nil(),
        kind: kind.name.to_owned(),
        name: "Orders \"\"\" relay".to_owned(),
        description: Some("Forwards paid orders.".to_owned()),
        prompt: "Relay every paid order to the fulfilment service.".to_owned(),
        config: kind.example_config.clone(),
        config_schema: kind.config_schema.clone(),
        round: 1,
        change_request: None,
        previous_files: Vec::new(),
        test_feedback: None,
    }
}

async fn generate(request: &GenerationRequest) -> Result<GeneratedCode, ProviderError> {
    ScaffoldGenerator::new()
        .generate(request, &(), &CancellationToken::new())
        .await
}

fn content<'a>(code: &'a GeneratedCode, path: &str) -> &'a str {
    &code
        .files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no {path}"))
        .content
}

fn write_files(root: &Path, files: &[GeneratedFile]) {
    for generated in files {
        let path = root.join(&generated.path);
        let parent = path.parent().expect("a parent directory");
        std::fs::create_dir_all(parent).expect("create the directory");
        std::fs::write(&path, &generated.content).expect("write the file");
    }
}

/// Writes the generated files into a fresh directory and runs their test command there,
/// as the sandbox does.
fn run_generated_tests(code: &GeneratedCode) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    write_files(dir.path(), &code.files);
    let output = Command::new(&code.test_command[0])
        .args(&code.test_command[1..])
        .current_dir(dir.path())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("python3 runs (it must be installed for these tests)");
    assert!(
        output.status.success(),
        "the generated tests failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    // unittest reports on standard error; a run that found no tests would also pass.
    let report = String::from_utf8_lossy(&output.stderr);
    assert!(report.contains("OK"), "{report}");
    assert!(!report.contains("Ran 0 tests"), "{report}");
}

#[tokio::test]
async fn generated_webhook_relay_tests_pass() {
    let code = generate(&request("webhook_relay"))
        .await
        .expect("generated");
    let paths: Vec<_> = code.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            ".gitignore",
            "README.md",
            "config.json",
            "relay.py",
            "tests/__init__.py",
            "tests/test_relay.py"
        ]
    );
    run_generated_tests(&code);
}

#[tokio::test]
async fn generated_http_poller_tests_pass() {
    let code = generate(&request("http_poller")).await.expect("generated");
    let paths: Vec<_> = code.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            ".gitignore",
            "README.md",
            "config.json",
            "poller.py",
            "tests/__init__.py",
            "tests/test_poller.py"
        ]
    );
    run_generated_tests(&code);
}

#[tokio::test]
async fn generated_tests_pass_with_a_secret_token_placeholder() {
    // The poller's example has no token; a configured one arrives as a placeholder.
    let mut request = request("http_poller");
    request.config["auth_token"] = json!("<secret:auth_token>");
    run_generated_tests(&generate(&request).await.expect("generated"));
}

#[test]
fn every_builtin_kind_has_a_template() {
    for kind in KindRegistry::builtin().all() {
        assert!(
            TEMPLATES.iter().any(|t| t.kind == kind.name),
            "no template for {}",
            kind.name
        );
    }
}

#[tokio::test]
async fn output_is_labelled_and_carries_the_config() {
    let request = request("webhook_relay");
    let code = generate(&request).await.expect("generated");
    assert_eq!(code.generator, "scaffold");
    assert_eq!(ScaffoldGenerator.name(), "scaffold");
    assert!(code.summary.contains("template generator (not AI)"));
    assert_eq!(code.usage, Usage::default());
    assert_eq!(
        code.test_command,
        [
            "python3", "-m", "unittest", "discover", "-s", "tests", "-t", "."
        ]
    );
    let config: serde_json::Value =
        serde_json::from_str(content(&code, "config.json")).expect("config.json is JSON");
    assert_eq!(config, request.config);
    let readme = content(&code, "README.md");
    let first_line = readme.lines().next().expect("a first line");
    assert!(first_line.contains("scaffold template generator"));
    assert!(first_line.contains("(not AI)"));
    assert!(readme.contains("# Orders \"\"\" relay"));
    assert!(readme.contains("> Forwards paid orders."));
    assert!(readme.contains("> Relay every paid order to the fulfilment service."));
    assert!(!readme.contains("requests not applied"));
}

#[tokio::test]
async fn same_request_gives_the_same_files() {
    for kind in ["webhook_relay", "http_poller"] {
        let first = generate(&request(kind)).await.expect("generated");
        let second = generate(&request(kind)).await.expect("generated");
        assert_eq!(first, second);
        let paths: Vec<_> = first.files.iter().map(|f| &f.path).collect();
        let mut sorted = paths.clone();
        sorted.sort();
        assert_eq!(paths, sorted);
    }
}

#[tokio::test]
async fn unknown_kind_is_a_permanent_error() {
    let mut request = request("webhook_relay");
    request.kind = "ftp_mirror".to_owned();
    match generate(&request).await {
        Err(ProviderError::Permanent(message)) => {
            assert!(message.contains("ftp_mirror"), "{message}");
            assert!(message.contains("webhook_relay"), "{message}");
        }
        other => panic!("expected a permanent error, got {other:?}"),
    }
}

#[tokio::test]
async fn config_that_is_not_an_object_is_a_permanent_error() {
    let mut request = request("http_poller");
    request.config = json!(["not", "an", "object"]);
    assert!(matches!(
        generate(&request).await,
        Err(ProviderError::Permanent(_))
    ));
}

#[tokio::test]
async fn cancelled_generation_returns_cancelled() {
    let cancel = CancellationToken::new();
    cancel.cancel();
    let result = ScaffoldGenerator
        .generate(&request("webhook_relay"), &(), &cancel)
        .await;
    assert_eq!(result, Err(ProviderError::Cancelled));
}

#[tokio::test]
async fn prompt_never_reaches_python_source() {
    for kind in ["webhook_relay", "http_poller"] {
        let mut request = request(kind);
        request.prompt = HOSTILE_PROMPT.to_owned();
        request.name = "x\"\"\"'); import os".to_owned();
        request.description = Some("'); import os".to_owned());
        let code = generate(&request).await.expect("generated");
        for file in code.files.iter().filter(|f| f.path.ends_with(".py")) {
            assert!(!file.content.contains("import os;"), "{}", file.path);
            assert!(!file.content.contains("'); import os"), "{}", file.path);
            assert!(!file.content.contains("rm -rf"), "{}", file.path);
        }
        // The Python files are the templates, byte for byte, whatever the prompt.
        let plain = generate(&self::request(kind)).await.expect("generated");
        let python = |code: &GeneratedCode| -> Vec<GeneratedFile> {
            code.files
                .iter()
                .filter(|f| f.path.ends_with(".py"))
                .cloned()
                .collect()
        };
        assert_eq!(python(&code), python(&plain));
        // In the README every line of the prompt stays inside the block quote.
        let readme = content(&code, "README.md");
        for line in HOSTILE_PROMPT.lines() {
            assert!(readme.contains(&format!("> {line}\n")), "{line}");
        }
        assert!(!readme.lines().any(|l| l == "<!-- hide" || l == "# heading"));
    }
}

#[tokio::test]
async fn later_rounds_record_what_they_cannot_apply() {
    let first = generate(&request("http_poller")).await.expect("generated");
    let mut request = request("http_poller");
    request.round = 2;
    request.change_request = Some("Also retry on 503.".to_owned());
    request.test_feedback = Some("FAIL: test_x\n```\nAssertionError".to_owned());
    let code = generate(&request).await.expect("generated");

    let readme = content(&code, "README.md");
    assert!(readme.contains("## Round 2: requests not applied"));
    assert!(readme.contains("> Also retry on 503."));
    assert!(readme.contains("````text\nFAIL: test_x\n```\nAssertionError\n````\n"));
    assert!(
        code.summary
            .contains("change request and test feedback of round 2")
    );
    assert!(code.summary.contains("not applied"));
    // Everything but the README is the same as in the first round.
    let without_readme = |code: &GeneratedCode| -> Vec<GeneratedFile> {
        code.files
            .iter()
            .filter(|f| f.path != "README.md")
            .cloned()
            .collect()
    };
    assert_eq!(without_readme(&code), without_readme(&first));
}
