//! The `codebot` binary as a user runs it: bad configuration and an unreachable
//! database stop the start with one clear line and a non-zero exit code.

use std::process::Command;

use codebot_tests::codebot_binary;

fn run(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut command = Command::new(codebot_binary());
    command.args(args).current_dir(dir.path()).env_clear();
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().expect("codebot runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_bad_value_stops_the_start_with_one_line_naming_it() {
    let (code, _, stderr) = run(&["serve"], &[("CODEBOT_ADDR", "not-an-address")]);
    assert_ne!(code, 0);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("CODEBOT_ADDR"), "{stderr}");
}

#[test]
fn an_unknown_key_in_the_config_file_stops_the_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("codebot.toml");
    std::fs::write(&file, "[http]\nbody_limt = 5\n").expect("write");
    let path = file.display().to_string();
    let (code, _, stderr) = run(&["--config", &path, "serve"], &[]);
    assert_ne!(code, 0);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("body_limt"), "{stderr}");
}

#[test]
fn an_unreachable_database_stops_the_start_without_printing_the_password() {
    let (code, _, stderr) = run(
        &["migrate"],
        &[
            (
                "DATABASE_URL",
                "postgres://codebot:hunter2@127.0.0.1:1/codebot",
            ),
            ("CODEBOT_DB_CONNECT_TIMEOUT_SECS", "2"),
        ],
    );
    assert_ne!(code, 0);
    assert!(stderr.contains("PostgreSQL"), "{stderr}");
    assert!(!stderr.contains("hunter2"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}

#[test]
fn schema_prints_the_sdl_without_any_configuration() {
    let (code, stdout, _) = run(&["schema"], &[]);
    assert_eq!(code, 0);
    assert!(stdout.contains("systemStatus"), "{stdout}");
}

/// A new user's first minutes: the first start prints an admin key (and keeps it in
/// the data dir, readable by its owner only); that key works; `codebot apikey create`
/// makes more; a PostgreSQL start without a signing secret is refused by name.
#[tokio::test]
async fn the_first_start_prints_an_admin_key_that_signs_in() {
    use std::io::{BufRead, BufReader};
    use std::os::unix::fs::PermissionsExt;

    let dir = tempfile::tempdir().expect("tempdir");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("a free port")
        .local_addr()
        .expect("addr")
        .port();
    let mut child = std::process::Command::new(codebot_binary())
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("CODEBOT_ADDR", format!("127.0.0.1:{port}"))
        .env("CODEBOT_ROLE", "api")
        .env("CODEBOT_LOG", "warn")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("codebot starts");
    let stdout = child.stdout.take().expect("stdout");
    let key = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .map(|line| line.trim().to_owned())
        .find(|line| line.starts_with("cb_"))
        .expect("the admin key is printed");
    let file = dir.path().join("data").join("admin-api-key");
    assert_eq!(std::fs::read_to_string(&file).expect("kept").trim(), key);
    let mode = std::fs::metadata(&file)
        .expect("metadata")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let secret_mode = std::fs::metadata(dir.path().join("data").join("jwt-secret"))
        .expect("the signing secret")
        .permissions()
        .mode();
    assert_eq!(secret_mode & 0o777, 0o600);

    let client = codebot_tests::authenticated_client(&key);
    let url = format!("http://127.0.0.1:{port}/graphql");
    let mut answer = None;
    for _ in 0..100 {
        if let Ok(response) = client
            .post(&url)
            .json(&serde_json::json!({ "query": "{ me { id role } }" }))
            .send()
            .await
        {
            answer = Some(response.json::<serde_json::Value>().await.expect("json"));
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let answer = answer.expect("the server answers");
    assert_eq!(answer["data"]["me"]["id"], "admin", "{answer}");
    assert_eq!(answer["data"]["me"]["role"], "ADMIN");
    child.kill().ok();
    child.wait().ok();

    // A key for someone who does not exist is refused unless asked to make them.
    let apikey = |extra: &[&str]| {
        std::process::Command::new(codebot_binary())
            .args([
                "apikey", "create", "--name", "ci", "--role", "viewer", "--user", "robot",
            ])
            .args(extra)
            .current_dir(dir.path())
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .output()
            .expect("apikey create")
    };
    let refused = apikey(&[]);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("--create-user"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    let output = apikey(&["--create-user"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // A command prints its answer only: no log lines unless CODEBOT_LOG asks.
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    assert!(
        printed.starts_with("cb_") && !printed.contains('\n'),
        "{printed}"
    );
    let (code, _, stderr) = run(&["apikey", "create", "--name", "x", "--role", "root"], &[]);
    assert_ne!(code, 0);
    assert!(stderr.contains("--role"), "{stderr}");

    let (code, _, stderr) = run(
        &["serve"],
        &[("DATABASE_URL", "postgres://codebot@127.0.0.1:1/codebot")],
    );
    assert_ne!(code, 0);
    assert!(stderr.contains("CODEBOT_JWT_SECRET"), "{stderr}");
}
