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
