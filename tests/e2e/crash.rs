//! Worker processes killed with SIGKILL at random moments, many times over: every
//! integration still reaches its waiting (then its final) state, versions stay
//! contiguous, and nothing is done twice — one branch and one pull request per
//! integration, at most one live deployment.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use api::application::integrations::commands::Actor;
use api::domain::{Command as DomainCommand, IntegrationDraft, IntegrationState};
use codebot_tests::{Backend, TestDb, codebot_binary};
use serde_json::json;
use uuid::Uuid;

/// A small deterministic generator: the seed is printed, so a failure can be replayed.
struct Dice(u64);

impl Dice {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

/// The command-line user, who may change any integration.
pub(crate) fn local_actor() -> Actor {
    Actor {
        user_id: "local".into(),
        request_id: None,
        may_change_any: true,
    }
}

/// A worker process on `db`, with `extra` settings on top of fast leases and retries.
pub(crate) fn spawn_worker(db: &TestDb, data: &Path, extra: &[(&str, &str)]) -> Child {
    Command::new(codebot_binary())
        .args(["serve", "--role", "worker"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", std::env::var("HOME").unwrap_or_default())
        .env("DATABASE_URL", &db.url)
        .env("CODEBOT_DATA_DIR", data)
        // Its health and metrics address: any free port.
        .env("CODEBOT_ADDR", "127.0.0.1:0")
        // Every process of a deployment shares it (it also seals secrets at rest).
        .env("CODEBOT_JWT_SECRET", codebot_tests::TEST_JWT_SECRET)
        .env("CODEBOT_DB_MIN_CONNECTIONS", "1")
        .env("CODEBOT_DB_MAX_CONNECTIONS", "4")
        .env("CODEBOT_LEASE_SECS", "3")
        .env("CODEBOT_POLL_SECS", "1")
        .env("CODEBOT_RETRY_BASE_MS", "50")
        .env("CODEBOT_LOG", "warn")
        .envs(extra.iter().copied())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("a worker process starts")
}

/// Creates an `http_poller` integration named `name` as the command-line user.
pub(crate) async fn create_poller(
    handlers: &api::presentation::graphql::Handlers,
    name: &str,
) -> Uuid {
    let draft = IntegrationDraft {
        kind: "http_poller".into(),
        name: name.into(),
        description: None,
        prompt: "poll it".into(),
        config: json!({ "url": "https://api.example.com/items", "interval_seconds": 30 }),
    };
    handlers
        .integration_commands
        .create(&local_actor(), draft)
        .await
        .expect("create")
        .integration
        .id
}

/// How many pipeline jobs a worker holds a lease on (PostgreSQL).
pub(crate) async fn leased_jobs(conn: &sea_orm::DatabaseConnection) -> i64 {
    use sea_orm::ConnectionTrait;
    conn.query_one_raw(sea_orm::Statement::from_string(
        sea_orm::DatabaseBackend::Postgres,
        "SELECT count(*) AS n FROM jobs WHERE lease_owner IS NOT NULL",
    ))
    .await
    .expect("query")
    .expect("row")
    .try_get::<i64>("", "n")
    .expect("n")
}

/// Waits until a worker holds a lease on at least one job.
pub(crate) async fn wait_for_a_lease(conn: &sea_orm::DatabaseConnection) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while leased_jobs(conn).await == 0 {
        assert!(Instant::now() < deadline, "the worker never claimed a job");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn crash_many_times(backend: Backend, workers: usize) {
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| d.as_nanos() as u64)
        | 1;
    println!("crash test seed: {seed}");
    let mut dice = Dice(seed);
    let db = TestDb::create(backend).await;
    let (handlers, _conn) = db.handlers().await;
    let data = db.dir.path().join("data");
    let actor = crate::crash::local_actor();
    let mut ids = Vec::new();
    for i in 0..5 {
        let kind = if i % 2 == 0 {
            "http_poller"
        } else {
            "webhook_relay"
        };
        let config = if i % 2 == 0 {
            json!({ "url": "https://api.example.com/items", "interval_seconds": 30 })
        } else {
            json!({ "target_url": "https://example.com/hook", "signing_secret": "a-very-long-secret-value" })
        };
        let draft = IntegrationDraft {
            kind: kind.into(),
            name: format!("Crash {i}"),
            description: None,
            prompt: "do it".into(),
            config,
        };
        ids.push(
            handlers
                .integration_commands
                .create(&actor, draft)
                .await
                .expect("create")
                .integration
                .id,
        );
    }
    let mut running: Vec<Child> = (0..workers)
        .map(|_| spawn_worker(&db, &data, &[]))
        .collect();
    let mut kills = 0;
    let mut approved = BTreeSet::new();
    let deadline = Instant::now() + Duration::from_secs(150);
    loop {
        assert!(
            Instant::now() < deadline,
            "the pipeline did not settle after {kills} kills"
        );
        tokio::time::sleep(Duration::from_millis(200 + dice.next(900))).await;
        if kills < 12 {
            // Where the pipeline stands at this kill (the scorecard lists the steps hit).
            let mut states = Vec::new();
            for id in &ids {
                if let Ok(Some(view)) = handlers.integration_queries.get(*id).await {
                    states.push(format!("{:?}", view.state));
                }
            }
            println!("crash kill {}: states {}", kills + 1, states.join(","));
            let victim = dice.next(running.len() as u64) as usize;
            running[victim].kill().expect("SIGKILL");
            running[victim].wait().ok();
            running[victim] = spawn_worker(&db, &data, &[]);
            kills += 1;
        }
        let mut settled = 0;
        for id in &ids {
            let view = handlers
                .integration_queries
                .get(*id)
                .await
                .expect("get")
                .expect("exists");
            match view.state {
                IntegrationState::Reviewing if !approved.contains(id) => {
                    handlers
                        .integration_commands
                        .execute(&actor, *id, None, DomainCommand::Approve { comment: None })
                        .await
                        .expect("approve");
                    approved.insert(*id);
                }
                IntegrationState::Active => settled += 1,
                IntegrationState::Failed => panic!("{id} failed: {:?}", view.failure),
                _ => {}
            }
        }
        if settled == ids.len() && kills >= 12 {
            break;
        }
    }
    for mut child in running {
        child.kill().ok();
        child.wait().ok();
    }
    check_nothing_was_done_twice(&handlers, &ids, &data).await;
}

/// Counts what the crashes lost, did twice or did unexpectedly, without failing (the
/// assertions below do): one line for the scorecard.
async fn print_write_counts(
    handlers: &api::presentation::graphql::Handlers,
    ids: &[Uuid],
    data: &Path,
) {
    let expected = ids.len() as i64;
    let (mut lost, mut duplicated, mut unexpected) = (0i64, 0i64, 0i64);
    let mut off_by = |actual: i64, wanted: i64| {
        lost += (wanted - actual).max(0);
        duplicated += (actual - wanted).max(0);
    };
    let repo = data.join("git").join("integrations.git");
    let branches = Command::new("git")
        .arg("-C")
        .arg(&repo)
        .args(["branch", "--list", "codebot/*"])
        .output()
        .map_or(0, |o| String::from_utf8_lossy(&o.stdout).lines().count());
    off_by(branches as i64, expected);
    let pulls = std::fs::read_dir(data.join("git").join("pulls")).map_or(0, |dir| {
        dir.filter_map(Result::ok)
            .filter(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                !name.starts_with('.') && name.ends_with(".json")
            })
            .count()
    });
    off_by(pulls as i64, expected);
    for id in ids {
        let events = handlers
            .integration_queries
            .events(*id, 0, 10_000)
            .await
            .unwrap_or_default();
        let contiguous = events
            .iter()
            .enumerate()
            .all(|(i, e)| e.version as usize == i + 1);
        unexpected += i64::from(!contiguous);
        let deployed = events
            .iter()
            .filter(|e| matches!(e.event, api::domain::Event::Deployed { .. }))
            .count();
        off_by(deployed as i64, 1);
        let releases = std::fs::read_dir(
            data.join("deployments")
                .join(id.to_string())
                .join("releases"),
        )
        .map_or(0, |dir| {
            dir.filter_map(Result::ok)
                .filter(|e| !e.file_name().to_string_lossy().starts_with(".tmp"))
                .count()
        });
        off_by(releases as i64, 1);
        let live = std::fs::read_to_string(
            data.join("deployments")
                .join(id.to_string())
                .join("current"),
        )
        .is_ok_and(|c| c.trim().starts_with(&id.to_string()));
        unexpected += i64::from(!live);
    }
    println!(
        "crash-writes: integrations={expected} lost={lost} duplicated={duplicated} unexpected={unexpected}"
    );
}

async fn check_nothing_was_done_twice(
    handlers: &api::presentation::graphql::Handlers,
    ids: &[Uuid],
    data: &Path,
) {
    print_write_counts(handlers, ids, data).await;
    let repo = data.join("git").join("integrations.git");
    let branches = Command::new("git")
        .arg("-C")
        .arg(&repo)
        .args(["branch", "--list", "codebot/*"])
        .output()
        .expect("git");
    let branches = String::from_utf8_lossy(&branches.stdout).lines().count();
    assert_eq!(branches, ids.len(), "one branch per integration");
    // A worker killed while writing a record leaves its `.name.tmp-…` file behind (the
    // record is written aside and renamed into place); only `*.json` records count.
    let pulls: Vec<serde_json::Value> = std::fs::read_dir(data.join("git").join("pulls"))
        .expect("pull records")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            !name.starts_with('.') && name.ends_with(".json")
        })
        .map(|path| serde_json::from_slice(&std::fs::read(path).expect("read")).expect("json"))
        .collect();
    assert_eq!(pulls.len(), ids.len(), "one pull request per integration");
    let numbers: BTreeSet<u64> = pulls
        .iter()
        .map(|p| p["number"].as_u64().expect("number"))
        .collect();
    assert_eq!(numbers.len(), ids.len(), "distinct pull request numbers");
    for id in ids {
        let events = handlers
            .integration_queries
            .events(*id, 0, 10_000)
            .await
            .expect("events");
        let versions: Vec<u32> = events.iter().map(|e| e.version).collect();
        assert_eq!(
            versions,
            (1..=versions.len() as u32).collect::<Vec<_>>(),
            "contiguous versions of {id}"
        );
        let deployed = events
            .iter()
            .filter(|e| matches!(e.event, api::domain::Event::Deployed { .. }))
            .count();
        assert_eq!(deployed, 1, "one recorded deployment of {id}");
        let releases = std::fs::read_dir(
            data.join("deployments")
                .join(id.to_string())
                .join("releases"),
        )
        .expect("releases")
        .filter(|e| {
            !e.as_ref()
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .starts_with(".tmp")
        })
        .count();
        assert_eq!(releases, 1, "one installed release of {id}");
        let current = std::fs::read_to_string(
            data.join("deployments")
                .join(id.to_string())
                .join("current"),
        )
        .expect("live");
        assert!(current.trim().starts_with(&id.to_string()));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killing_two_postgres_workers_at_random_loses_nothing_and_repeats_nothing() {
    crash_many_times(Backend::Postgres, 2).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killing_the_sqlite_worker_at_random_loses_nothing_and_repeats_nothing() {
    crash_many_times(Backend::Sqlite, 1).await;
}

/// SIGTERM: the worker stops claiming, stops the step in hand and gives its job back,
/// so the next worker resumes it at once instead of waiting for the lease to expire.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_terminated_worker_exits_cleanly_and_releases_its_job() {
    let db = TestDb::create(Backend::Postgres).await;
    let (handlers, conn) = db.handlers().await;
    let data = db.dir.path().join("data");
    let id = create_poller(&handlers, "Terminated").await;
    let mut worker = spawn_worker(&db, &data, &[]);
    wait_for_a_lease(&conn).await;
    Command::new("kill")
        .args(["-TERM", &worker.id().to_string()])
        .status()
        .expect("kill -TERM");
    let stopped = Instant::now();
    let status = loop {
        if let Some(status) = worker.try_wait().expect("wait") {
            break status;
        }
        assert!(
            stopped.elapsed() < Duration::from_secs(10),
            "the worker did not stop"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert!(status.success(), "{status:?}");
    let leased = leased_jobs(&conn).await;
    let state = handlers
        .integration_queries
        .get(id)
        .await
        .expect("get")
        .expect("exists")
        .state;
    if state != IntegrationState::Reviewing {
        assert_eq!(leased, 0, "the job was released");
    }
}
