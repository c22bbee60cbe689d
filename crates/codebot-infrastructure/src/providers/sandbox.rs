//! The local sandbox: runs generated tests as a child process group in a throwaway
//! workspace, under resource limits and, where the host allows it, without a network.
//!
//! This is not a security boundary against hostile code (the process runs as the
//! server's user and sees its file system); it keeps honest-but-buggy generated tests
//! from hanging the pipeline, filling the disk, eating the memory or calling out.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::os::fd::OwnedFd;
use std::os::unix::fs::PermissionsExt;
use std::path::{Component, Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use tokio::io::AsyncReadExt;
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use codebot_application::pipeline::ports::{ProviderError, Sandbox, TestRun};
use codebot_domain::artifacts::TestReport;

/// How long to wait for the output pipe to close once the process group is gone. Only a
/// process that left the group (`setsid`) can keep it open longer; it is not waited for.
const OUTPUT_GRACE: Duration = Duration::from_millis(500);

/// The limits every test run gets. A limit of `0` means "no limit".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SandboxLimits {
    /// CPU time per process (`RLIMIT_CPU`); the wall-clock limit is the run's timeout.
    pub cpu_seconds: u64,
    /// Address space per process (`RLIMIT_AS`).
    pub memory_bytes: u64,
    /// Largest file a process may write (`RLIMIT_FSIZE`).
    pub file_size_bytes: u64,
    /// Output kept in the report: its first and last halves, with a marker between.
    pub max_output_bytes: usize,
    /// Run in a new user and network namespace (no network at all) when the host can.
    pub isolate_network: bool,
}

impl Default for SandboxLimits {
    fn default() -> Self {
        Self {
            cpu_seconds: 120,
            memory_bytes: 2 * 1024 * 1024 * 1024,
            file_size_bytes: 64 * 1024 * 1024,
            max_output_bytes: 64 * 1024,
            isolate_network: true,
        }
    }
}

/// Runs tests as local processes; see the module documentation for what it protects.
#[derive(Debug, Clone)]
pub struct ProcessSandbox {
    root: PathBuf,
    limits: SandboxLimits,
    /// Whether `unshare -rn` worked when probed: the limits ask for isolation, but only
    /// a host that allows unprivileged user namespaces can give it.
    unshare: bool,
}

impl ProcessSandbox {
    /// A sandbox whose workspaces live under `root` (created on first run).
    ///
    /// When `limits.isolate_network` is set this runs `unshare -rn true` once, blocking
    /// for a few milliseconds; if that fails, runs keep the host's network and this is
    /// logged once at info level. It never fails.
    pub fn new(root: impl Into<PathBuf>, limits: SandboxLimits) -> Self {
        let unshare = limits.isolate_network && probe_unshare();
        if limits.isolate_network && !unshare {
            tracing::info!(
                "`unshare -rn` is not available on this host: sandboxed tests run with the host's network"
            );
        }
        Self {
            root: root.into(),
            limits,
            unshare,
        }
    }

    /// Whether runs are cut off from the network.
    pub fn isolates_network(&self) -> bool {
        self.unshare
    }
}

/// Inside a fresh network namespace only loopback exists, and it starts down: bringing
/// it up lets tests talk to servers they start themselves while nothing else is reachable.
const LOOPBACK_UP: &str = "ip link set lo up && exec \"$@\"";

fn probe_unshare() -> bool {
    std::process::Command::new("unshare")
        .args(["-rn", "sh", "-c", LOOPBACK_UP, "sh", "true"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

#[async_trait]
impl Sandbox for ProcessSandbox {
    /// Fails with `Permanent` for an empty or unstartable command or a file path that is
    /// absolute or climbs out (`..`); with `Retryable` when the workspace cannot be
    /// written or the process cannot be spawned; with `Cancelled` when `cancel` fires.
    async fn run_tests(
        &self,
        run: &TestRun,
        cancel: &CancellationToken,
    ) -> Result<TestReport, ProviderError> {
        if cancel.is_cancelled() {
            return Err(ProviderError::Cancelled);
        }
        let Some(program) = run.command.first() else {
            return Err(ProviderError::Permanent("the test command is empty".into()));
        };
        let files = run
            .files
            .iter()
            .map(|file| Ok((relative_path(&file.path)?, file.content.as_bytes())))
            .collect::<Result<Vec<_>, ProviderError>>()?;

        let workspace = Workspace::create(&self.root).await?;
        for (path, content) in files {
            workspace.write(&path, content).await?;
        }
        let path_var =
            std::env::var_os("PATH").unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin".into());
        if !is_runnable(program, &workspace.path, &path_var) {
            return Err(ProviderError::Permanent(format!(
                "the test command `{program}` was not found or is not executable"
            )));
        }

        let result = self.execute(run, cancel, &workspace.path, path_var).await;
        workspace.remove().await;
        result
    }
}

impl ProcessSandbox {
    async fn execute(
        &self,
        run: &TestRun,
        cancel: &CancellationToken,
        dir: &Path,
        path_var: OsString,
    ) -> Result<TestReport, ProviderError> {
        // One pipe for both streams keeps stdout and stderr interleaved as written.
        let (reader, writer) = std::io::pipe().map_err(io_retryable("create the output pipe"))?;
        let writer_err = writer
            .try_clone()
            .map_err(io_retryable("create the output pipe"))?;

        let mut command = tokio::process::Command::new("sh");
        command.arg("-c").arg(self.limits_script()).arg("sh");
        if self.unshare {
            command.args(["unshare", "-rn", "sh", "-c", LOOPBACK_UP, "sh"]);
        }
        command
            .args(&run.command)
            .current_dir(dir)
            .env_clear()
            .env("PATH", path_var)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .stdin(Stdio::null())
            .stdout(writer)
            .stderr(writer_err)
            // A group of its own lets the timeout kill every process the tests start.
            .process_group(0)
            .kill_on_drop(true);
        for name in ["HOME", "LANG"] {
            if let Some(value) = std::env::var_os(name) {
                command.env(name, value);
            }
        }
        let started = Instant::now();
        let spawned = command.spawn();
        // The command holds the pipe's write ends; until it is dropped the reader never
        // sees the end of the output.
        drop(command);
        let mut child = spawned.map_err(|error| match error.kind() {
            std::io::ErrorKind::NotFound => {
                ProviderError::Permanent(format!("cannot start `sh`: {error}"))
            }
            _ => ProviderError::Retryable(format!("cannot start the test command: {error}")),
        })?;
        let mut group = ProcessGroup(child.id());

        let capture = Arc::new(Mutex::new(Capture::new(self.limits.max_output_bytes)));
        let receiver = tokio::net::unix::pipe::Receiver::from_owned_fd(OwnedFd::from(reader))
            .map_err(io_retryable("read the output pipe"))?;
        let reading = tokio::spawn(read_output(receiver, Arc::clone(&capture)));

        enum End {
            Exited(ExitStatus),
            TimedOut,
            Cancelled,
        }
        let end = tokio::select! {
            status = child.wait() => match status {
                Ok(status) => End::Exited(status),
                Err(error) => {
                    group.kill().await;
                    return Err(ProviderError::Retryable(format!("cannot wait for the test command: {error}")));
                }
            },
            () = tokio::time::sleep(run.timeout) => End::TimedOut,
            () = cancel.cancelled() => End::Cancelled,
        };
        let duration_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        // Killing the group also after a normal exit removes background processes the
        // tests left behind, which would otherwise hold the output pipe open. The leader
        // is reaped by then, but the kernel keeps its id while the group has members, and
        // pids are handed out in sequence, so the id cannot name a stranger's group.
        group.kill().await;
        if !matches!(end, End::Exited(_)) {
            let _ = child.start_kill();
            let _ = child.wait().await;
        }
        let stop_reading = reading.abort_handle();
        if tokio::time::timeout(OUTPUT_GRACE, reading).await.is_err() {
            stop_reading.abort();
            tracing::warn!("a sandboxed process left its process group and kept the output open");
        }
        let (output, truncated) = capture
            .lock()
            .map(|capture| capture.finish())
            .unwrap_or_default();

        let (exit_code, timed_out) = match end {
            End::Cancelled => return Err(ProviderError::Cancelled),
            End::TimedOut => (None, true),
            End::Exited(status) => (status.code(), false),
        };
        Ok(TestReport {
            passed: exit_code == Some(0),
            exit_code,
            duration_ms,
            output,
            truncated,
            timed_out,
        })
    }

    /// The shell prologue that applies the limits and then becomes the test command.
    /// Each `ulimit` is its own command because dash accepts one option per call; POSIX
    /// counts `-v` in KiB and `-f` in 512-byte blocks.
    fn limits_script(&self) -> String {
        let limit = |value: u64, unit: u64| match value {
            0 => "unlimited".to_owned(),
            value => value.div_ceil(unit).to_string(),
        };
        format!(
            "ulimit -t {} && ulimit -v {} && ulimit -f {} && exec \"$@\"",
            limit(self.limits.cpu_seconds, 1),
            limit(self.limits.memory_bytes, 1024),
            limit(self.limits.file_size_bytes, 512),
        )
    }
}

/// The process group of a spawned test command, killed as a whole, once.
struct ProcessGroup(Option<u32>);

impl ProcessGroup {
    async fn kill(&mut self) {
        if let Some(id) = self.0.take() {
            let _ = tokio::process::Command::new("kill")
                .args(["-KILL", "--", &format!("-{id}")])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .await;
        }
    }
}

impl Drop for ProcessGroup {
    /// When the run's future is dropped midway, the group must not outlive it.
    fn drop(&mut self) {
        if let Some(id) = self.0 {
            let _ = std::process::Command::new("kill")
                .args(["-KILL", "--", &format!("-{id}")])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }
}

/// The head and tail of the output: the first failure and the final summary are both
/// what a reader (or a repairing model) needs.
struct Capture {
    head: Vec<u8>,
    tail: VecDeque<u8>,
    head_limit: usize,
    tail_limit: usize,
    omitted: usize,
}

impl Capture {
    fn new(limit: usize) -> Self {
        Self {
            head: Vec::new(),
            tail: VecDeque::new(),
            head_limit: limit / 2,
            tail_limit: limit - limit / 2,
            omitted: 0,
        }
    }

    fn push(&mut self, mut bytes: &[u8]) {
        let room = self.head_limit - self.head.len();
        let (first, rest) = bytes.split_at(room.min(bytes.len()));
        self.head.extend_from_slice(first);
        bytes = rest;
        self.tail.extend(bytes);
        let excess = self.tail.len().saturating_sub(self.tail_limit);
        self.tail.drain(..excess);
        self.omitted += excess;
    }

    fn finish(&self) -> (String, bool) {
        let mut text = String::from_utf8_lossy(&self.head).into_owned();
        if self.omitted > 0 {
            text.push_str(&format!(
                "\n[… {} bytes of output omitted …]\n",
                self.omitted
            ));
        }
        let tail: Vec<u8> = self.tail.iter().copied().collect();
        text.push_str(&String::from_utf8_lossy(&tail));
        (text, self.omitted > 0)
    }
}

async fn read_output(mut receiver: tokio::net::unix::pipe::Receiver, capture: Arc<Mutex<Capture>>) {
    let mut chunk = vec![0_u8; 16 * 1024];
    // Reading on past the limit (and dropping) keeps a chatty process from blocking on
    // a full pipe.
    while let Ok(read) = receiver.read(&mut chunk).await {
        if read == 0 {
            break;
        }
        if let Ok(mut capture) = capture.lock() {
            capture.push(&chunk[..read]);
        }
    }
}

/// A fresh directory for one run, removed when the run ends however it ends.
struct Workspace {
    path: PathBuf,
    removed: bool,
}

impl Workspace {
    async fn create(root: &Path) -> Result<Self, ProviderError> {
        let path = root.join(format!("run-{}", Uuid::new_v4()));
        tokio::fs::create_dir_all(&path)
            .await
            .map_err(io_retryable("create the sandbox workspace"))?;
        Ok(Self {
            path,
            removed: false,
        })
    }

    async fn write(&self, relative: &Path, content: &[u8]) -> Result<(), ProviderError> {
        let path = self.path.join(relative);
        let result = async {
            if let Some(parent) = path.parent() {
                tokio::fs::create_dir_all(parent).await?;
            }
            tokio::fs::write(&path, content).await
        }
        .await;
        result.map_err(|error| {
            let message = format!(
                "cannot write `{}` into the sandbox: {error}",
                relative.display()
            );
            match error.kind() {
                // The file set itself is contradictory (`a` and `a/b`): retrying won't help.
                std::io::ErrorKind::NotADirectory
                | std::io::ErrorKind::IsADirectory
                | std::io::ErrorKind::AlreadyExists
                | std::io::ErrorKind::InvalidInput
                | std::io::ErrorKind::InvalidFilename => ProviderError::Permanent(message),
                _ => ProviderError::Retryable(message),
            }
        })
    }

    async fn remove(mut self) {
        if let Err(error) = tokio::fs::remove_dir_all(&self.path).await {
            tracing::warn!(path = %self.path.display(), %error, "cannot remove a sandbox workspace");
        }
        self.removed = true;
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        if !self.removed {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

/// Checks that a generated file's path stays inside the directory it is written to
/// (shared with the local code host and deployer). Fails with `Permanent`.
pub(super) fn relative_path(path: &str) -> Result<PathBuf, ProviderError> {
    let refuse = |why: &str| {
        Err(ProviderError::Permanent(format!(
            "refusing file path `{path}`: {why}"
        )))
    };
    if path.contains('\0') {
        return refuse("it contains a NUL byte");
    }
    let mut clean = PathBuf::new();
    for component in Path::new(path).components() {
        match component {
            Component::Normal(part) => clean.push(part),
            Component::CurDir => {}
            Component::ParentDir => return refuse("it climbs out with `..`"),
            Component::RootDir | Component::Prefix(_) => return refuse("it is absolute"),
        }
    }
    if clean.as_os_str().is_empty() {
        return refuse("it names no file");
    }
    Ok(clean)
}

/// Whether `program` resolves to an executable file the way `exec` would find it: as a
/// path (relative to the workspace) when it contains a slash, else on `PATH`. Checked
/// first because the shell wrapper would turn a missing binary into exit code 127,
/// which reads as a failing test.
fn is_runnable(program: &str, workspace: &Path, path_var: &OsString) -> bool {
    let executable = |path: &Path| {
        std::fs::metadata(path)
            .is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
    };
    if program.contains('/') {
        return executable(&workspace.join(program));
    }
    !program.is_empty() && std::env::split_paths(path_var).any(|dir| executable(&dir.join(program)))
}

fn io_retryable(what: &'static str) -> impl Fn(std::io::Error) -> ProviderError {
    move |error| ProviderError::Retryable(format!("cannot {what}: {error}"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use codebot_domain::artifacts::GeneratedFile;

    fn sandbox(root: &Path, limits: SandboxLimits) -> ProcessSandbox {
        ProcessSandbox::new(root, limits)
    }

    fn run(command: &[&str], files: &[(&str, &str)], timeout: Duration) -> TestRun {
        TestRun {
            integration_id: Uuid::new_v4(),
            files: files
                .iter()
                .map(|(path, content)| GeneratedFile {
                    path: (*path).into(),
                    content: (*content).into(),
                })
                .collect(),
            command: command.iter().map(|part| (*part).to_owned()).collect(),
            timeout,
        }
    }

    fn shell(script: &str) -> TestRun {
        run(&["sh", "-c", script], &[], Duration::from_secs(10))
    }

    /// A process is gone when it no longer exists or is a zombie (an init that does not
    /// reap, as in some containers, leaves killed orphans as zombies).
    fn alive(pid: u32) -> bool {
        std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
            stat.rsplit_once(')')
                .is_some_and(|(_, rest)| !rest.trim_start().starts_with('Z'))
        })
    }

    fn empty(dir: &Path) -> bool {
        std::fs::read_dir(dir)
            .map(|mut entries| entries.next().is_none())
            .unwrap_or(true)
    }

    #[tokio::test]
    async fn passes_and_fails_by_exit_code_and_removes_the_workspace() {
        let root = tempfile::tempdir().unwrap();
        let sandbox = sandbox(root.path(), SandboxLimits::default());
        let files = [(
            "tests/check.sh",
            "test \"$(cat data/input.txt)\" = hello && echo ok && echo err >&2",
        )];
        let mut passing = run(&["sh", "tests/check.sh"], &files, Duration::from_secs(10));
        passing.files.push(GeneratedFile {
            path: "./data/input.txt".into(),
            content: "hello".into(),
        });
        let report = sandbox
            .run_tests(&passing, &CancellationToken::new())
            .await
            .unwrap();
        assert!(report.passed, "{report:?}");
        assert_eq!(report.exit_code, Some(0));
        assert_eq!(report.output, "ok\nerr\n");
        assert!(!report.truncated && !report.timed_out);
        assert!(empty(root.path()));

        let report = sandbox
            .run_tests(&shell("echo failing; exit 3"), &CancellationToken::new())
            .await
            .unwrap();
        assert!(!report.passed);
        assert_eq!(report.exit_code, Some(3));
        assert_eq!(report.output, "failing\n");
        assert!(empty(root.path()));
    }

    #[tokio::test]
    async fn clears_the_environment() {
        let root = tempfile::tempdir().unwrap();
        let sandbox = sandbox(root.path(), SandboxLimits::default());
        let report = sandbox
            .run_tests(
                &run(&["env"], &[], Duration::from_secs(10)),
                &CancellationToken::new(),
            )
            .await
            .unwrap();
        let mut names: Vec<&str> = report
            .output
            .lines()
            .filter_map(|line| line.split_once('=').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names.retain(|name| !["HOME", "LANG", "PWD", "SHLVL", "_"].contains(name));
        assert_eq!(names, ["PATH", "PYTHONDONTWRITEBYTECODE"]);
    }

    #[tokio::test]
    async fn a_timeout_kills_the_whole_process_group() {
        let root = tempfile::tempdir().unwrap();
        let sandbox = sandbox(root.path(), SandboxLimits::default());
        let mut hanging = shell("sleep 30 & echo $!; sleep 30");
        hanging.timeout = Duration::from_millis(500);
        let started = Instant::now();
        let report = sandbox
            .run_tests(&hanging, &CancellationToken::new())
            .await
            .unwrap();
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
        assert!(report.timed_out && !report.passed);
        assert_eq!(report.exit_code, None);
        let background: u32 = report.output.trim().parse().unwrap();
        // The kill is synchronous, but give the kernel a moment to tear the process down.
        for _ in 0..20 {
            if !alive(background) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(
            !alive(background),
            "the background child {background} survived"
        );
        assert!(empty(root.path()));
    }

    #[tokio::test]
    async fn background_processes_do_not_outlive_a_passing_run() {
        let root = tempfile::tempdir().unwrap();
        let sandbox = sandbox(root.path(), SandboxLimits::default());
        let started = Instant::now();
        let report = sandbox
            .run_tests(&shell("sleep 30 & echo $!"), &CancellationToken::new())
            .await
            .unwrap();
        assert!(report.passed);
        assert!(started.elapsed() < Duration::from_secs(2));
        let background: u32 = report.output.trim().parse().unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert!(!alive(background));
    }

    #[tokio::test]
    async fn cancelling_stops_the_run_within_a_second() {
        let root = tempfile::tempdir().unwrap();
        let sandbox = sandbox(root.path(), SandboxLimits::default());
        let cancel = CancellationToken::new();
        let trigger = cancel.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(200)).await;
            trigger.cancel();
        });
        let started = Instant::now();
        let result = sandbox.run_tests(&shell("sleep 30"), &cancel).await;
        assert_eq!(result, Err(ProviderError::Cancelled));
        assert!(
            started.elapsed() < Duration::from_millis(1200),
            "{:?}",
            started.elapsed()
        );
        assert!(empty(root.path()));
    }

    #[tokio::test]
    async fn long_output_keeps_its_head_and_tail() {
        let root = tempfile::tempdir().unwrap();
        let limits = SandboxLimits {
            max_output_bytes: 1000,
            ..SandboxLimits::default()
        };
        let sandbox = sandbox(root.path(), limits);
        let script =
            "echo first; i=0; while [ $i -lt 5000 ]; do echo line $i; i=$((i+1)); done; echo last";
        let report = sandbox
            .run_tests(&shell(script), &CancellationToken::new())
            .await
            .unwrap();
        assert!(report.passed && report.truncated);
        assert!(report.output.starts_with("first\nline 0\n"));
        assert!(report.output.ends_with("line 4999\nlast\n"));
        assert!(report.output.contains("bytes of output omitted"));
        assert!(report.output.len() < 1100, "{}", report.output.len());
    }

    #[tokio::test]
    async fn limits_stop_oversized_files_and_allocations() {
        let root = tempfile::tempdir().unwrap();
        let limits = SandboxLimits {
            file_size_bytes: 64 * 1024,
            ..SandboxLimits::default()
        };
        let files = sandbox(root.path(), limits);
        let small = files
            .run_tests(
                &shell("head -c 32768 /dev/zero > f"),
                &CancellationToken::new(),
            )
            .await;
        assert!(small.unwrap().passed);
        let big = files
            .run_tests(
                &shell("head -c 1000000 /dev/zero > f"),
                &CancellationToken::new(),
            )
            .await;
        assert!(!big.unwrap().passed);

        let limits = SandboxLimits {
            memory_bytes: 256 * 1024 * 1024,
            ..SandboxLimits::default()
        };
        let memory = sandbox(root.path(), limits);
        let allocate = |megabytes: u32| {
            let script = format!("b = bytearray({megabytes} * 1024 * 1024); print(len(b))");
            run(&["python3", "-c", &script], &[], Duration::from_secs(20))
        };
        let fits = memory
            .run_tests(&allocate(16), &CancellationToken::new())
            .await
            .unwrap();
        assert!(fits.passed, "{fits:?}");
        let too_big = memory
            .run_tests(&allocate(512), &CancellationToken::new())
            .await
            .unwrap();
        assert!(
            !too_big.passed && too_big.output.contains("MemoryError"),
            "{too_big:?}"
        );
    }

    #[tokio::test]
    async fn refuses_paths_outside_the_workspace_and_missing_commands() {
        let root = tempfile::tempdir().unwrap();
        let sandbox = sandbox(root.path(), SandboxLimits::default());
        for path in ["../escape.py", "/etc/passwd", "a/../../b", "", "."] {
            let escaping = run(&["true"], &[(path, "x")], Duration::from_secs(5));
            let result = sandbox
                .run_tests(&escaping, &CancellationToken::new())
                .await;
            assert!(
                matches!(result, Err(ProviderError::Permanent(_))),
                "{path}: {result:?}"
            );
        }
        let missing = run(&["no-such-binary-4a1f"], &[], Duration::from_secs(5));
        let result = sandbox.run_tests(&missing, &CancellationToken::new()).await;
        assert!(
            matches!(result, Err(ProviderError::Permanent(ref m)) if m.contains("no-such-binary-4a1f"))
        );
        let empty_command = run(&[], &[], Duration::from_secs(5));
        assert!(matches!(
            sandbox
                .run_tests(&empty_command, &CancellationToken::new())
                .await,
            Err(ProviderError::Permanent(_))
        ));
        assert!(empty(root.path()));
    }

    #[tokio::test]
    async fn the_network_is_unreachable_when_isolated() {
        let root = tempfile::tempdir().unwrap();
        let isolated = sandbox(root.path(), SandboxLimits::default());
        if !isolated.isolates_network() {
            eprintln!("skipped: `unshare -rn` is not available here");
            return;
        }
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let script =
            format!("import socket; socket.create_connection(('127.0.0.1', {port}), timeout=2)");
        let connect = run(&["python3", "-c", &script], &[], Duration::from_secs(10));
        let report = isolated
            .run_tests(&connect, &CancellationToken::new())
            .await
            .unwrap();
        assert!(!report.passed, "{report:?}");
        assert!(
            report.output.contains("unreachable") || report.output.contains("refused"),
            "{}",
            report.output
        );
        // The same connection succeeds without isolation, so the failure above is the
        // namespace's doing.
        let open = sandbox(
            root.path(),
            SandboxLimits {
                isolate_network: false,
                ..SandboxLimits::default()
            },
        );
        let report = open
            .run_tests(&connect, &CancellationToken::new())
            .await
            .unwrap();
        assert!(report.passed, "{report:?}");
    }
}
