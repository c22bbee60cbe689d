//! The scaled deployment as real processes on this machine, without Docker: Debian's
//! nginx running the shipped `deploy/nginx/nginx.conf` (read at test time; only its
//! addresses and writable paths are changed) in front of two `codebot serve --role api`
//! processes, and two `codebot serve --role worker` processes, all on one fresh
//! PostgreSQL database, one data directory and the local Redis — what
//! docker-compose.yml runs. The migration and the first key are made with the command
//! line, as the compose file says.
//!
//! Load and websockets spread across both APIs; a subscriber behind the balancer sees
//! the other API's writes exactly once; an API stopped with SIGTERM under load drains
//! (its sockets close with 1012 and resume elsewhere) and one killed with SIGKILL loses
//! no acknowledged write; a worker killed mid-pipeline leaves its work to the other;
//! and one rate-limit budget spans both APIs through Redis.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use codebot_tests::{Backend, TEST_JWT_SECRET, TestDb, codebot_binary};
use futures_util::{SinkExt, StreamExt};
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use serde_json::{Value, json};
use tokio::sync::watch;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::websocket_protocol::Socket;

const NGINX: &str = "/usr/sbin/nginx";
const REDIS_URL: &str = "redis://127.0.0.1:6379";
const DRAIN_SECS: u64 = 10;
const EVENTS: &str =
    "subscription($after: Position) { events(afterPosition: $after) { position } }";
const CREATE: &str =
    "mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { id } }";

/// A port nobody listens on right now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Sends `signal` to a process with the `kill` command.
fn signal(pid: u32, signal: &str) {
    let status = Command::new("kill")
        .args([format!("-{signal}"), pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success(), "kill -{signal} {pid}: {status:?}");
}

/// Waits (at most `within`) for `child` to exit; its status and how long it took.
async fn wait_exit(child: &mut Child, within: Duration) -> (ExitStatus, Duration) {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            return (status, started.elapsed());
        }
        assert!(
            started.elapsed() < within,
            "process {} did not exit within {within:?}",
            child.id()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The last lines of a log file.
fn tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(30)..].join("\n")
}

/// The shipped nginx configuration, changed only where this machine differs from the
/// compose network: the replicas' addresses, the listening address, and paths nginx
/// must write (its pid file and temporary directories go under `prefix`).
fn nginx_config(prefix: &Path, listen: u16, upstreams: &[u16]) -> String {
    let shipped = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../deploy/nginx/nginx.conf"
    ))
    .expect("deploy/nginx/nginx.conf");
    let mut out = String::new();
    let mut found = [0; 4];
    for line in shipped.lines() {
        let code = line.trim_start();
        if code.starts_with("server api:8000") {
            found[0] += 1;
            for port in upstreams {
                out.push_str(&line.replacen("api:8000", &format!("127.0.0.1:{port}"), 1));
                out.push('\n');
            }
            continue;
        }
        if code == "listen 8000;" {
            found[1] += 1;
            out.push_str(&line.replacen("8000", &format!("127.0.0.1:{listen}"), 1));
        } else if code.starts_with("pid ") {
            found[2] += 1;
            out.push_str(&format!("pid {};", prefix.join("nginx.pid").display()));
        } else if code == "http {" {
            found[3] += 1;
            out.push_str(line);
            // Debian's nginx keeps these under /var/lib/nginx; the -p prefix does not
            // move them, so they are named here.
            for (directive, dir) in [
                ("client_body_temp_path", "client_body"),
                ("proxy_temp_path", "proxy"),
                ("fastcgi_temp_path", "fastcgi"),
                ("uwsgi_temp_path", "uwsgi"),
                ("scgi_temp_path", "scgi"),
            ] {
                out.push_str(&format!(
                    "\n    {directive} {};",
                    prefix.join("temp").join(dir).display()
                ));
            }
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    assert_eq!(
        found, [1; 4],
        "deploy/nginx/nginx.conf no longer has exactly one `server api:8000`, `listen 8000;`, `pid` and `http {{` line: update this test"
    );
    out
}

/// A `codebot` process, the port it listens on and its log.
struct Codebot {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Codebot {
    fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

/// nginx, two API processes and `workers` worker processes on one fresh database.
struct Topology {
    db: TestDb,
    data: PathBuf,
    logs: PathBuf,
    /// Settings on top of the common ones, for every codebot process.
    settings: Vec<(String, String)>,
    apis: Vec<Codebot>,
    workers: Vec<Codebot>,
    nginx: Option<Child>,
    nginx_dir: PathBuf,
    /// The balancer's port.
    lb: u16,
    admin_key: String,
    sql: DatabaseConnection,
    http: reqwest::Client,
}

impl Topology {
    async fn start(settings: &[(&str, &str)], workers: usize) -> Topology {
        let db = TestDb::create(Backend::Postgres).await;
        let root = db.dir.path().to_path_buf();
        // nginx's workers run as `nobody` when the master is root: they must reach
        // their temporary directories under the prefix.
        std::fs::set_permissions(&root, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .expect("chmod");
        let data = root.join("data");
        let logs = root.join("logs");
        let nginx_dir = root.join("nginx");
        for dir in [&data, &logs, &nginx_dir.join("temp")] {
            std::fs::create_dir_all(dir).expect("mkdir");
        }
        let sql = sea_orm::Database::connect(&db.url)
            .await
            .expect("connect to the test database");
        api::infrastructure::install_tls_provider();
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .build()
            .expect("a client");
        let mut topology = Topology {
            db,
            data,
            logs,
            settings: settings
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            apis: Vec::new(),
            workers: Vec::new(),
            nginx: None,
            nginx_dir,
            lb: free_port(),
            admin_key: String::new(),
            sql,
            http,
        };
        // As docker-compose.yml: migrate once, then make a key with the command line.
        topology.cli(&["migrate"]);
        topology.admin_key = topology.cli_key("admin", "ADMIN");
        for i in 0..2 {
            let api = topology.spawn("api", free_port(), &format!("api-{i}"));
            topology.apis.push(api);
        }
        for i in 0..workers {
            let worker = topology.spawn("worker", free_port(), &format!("worker-{i}"));
            topology.workers.push(worker);
        }
        for i in 0..topology.apis.len() {
            wait_ready(&mut topology.apis[i]).await;
        }
        for i in 0..topology.workers.len() {
            wait_ready(&mut topology.workers[i]).await;
        }
        topology.start_nginx().await;
        topology
    }

    /// The environment of every codebot process (the command line's too).
    fn environment(&self) -> Vec<(String, String)> {
        let mut env: Vec<(String, String)> = [
            ("PATH", std::env::var("PATH").unwrap_or_default()),
            ("HOME", std::env::var("HOME").unwrap_or_default()),
            ("DATABASE_URL", self.db.url.clone()),
            ("REDIS_URL", REDIS_URL.to_owned()),
            ("CODEBOT_DATA_DIR", self.data.display().to_string()),
            ("CODEBOT_JWT_SECRET", TEST_JWT_SECRET.to_owned()),
            ("CODEBOT_LEASE_SECS", "3".to_owned()),
            ("CODEBOT_POLL_SECS", "1".to_owned()),
            ("CODEBOT_RETRY_BASE_MS", "50".to_owned()),
            ("CODEBOT_DRAIN_SECS", DRAIN_SECS.to_string()),
            ("CODEBOT_LOG", "warn".to_owned()),
            ("CODEBOT_DB_MIN_CONNECTIONS", "1".to_owned()),
            ("CODEBOT_DB_MAX_CONNECTIONS", "5".to_owned()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        // The tests send many requests; the rate-limit test sets its own budget.
        for role in ["VIEWER", "DEVELOPER", "ADMIN"] {
            env.push((
                format!("CODEBOT_RATE_LIMIT_{role}"),
                "100000/1000000".to_owned(),
            ));
        }
        env.extend(self.settings.iter().cloned());
        env
    }

    /// Runs a codebot command to its end; its standard output.
    fn cli(&self, args: &[&str]) -> String {
        let output = Command::new(codebot_binary())
            .args(args)
            .env_clear()
            .envs(self.environment())
            .output()
            .expect("codebot runs");
        assert!(
            output.status.success(),
            "codebot {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("utf-8")
    }

    /// `codebot apikey create` for `user` with `role`: the secret it prints.
    fn cli_key(&self, user: &str, role: &str) -> String {
        let out = self.cli(&[
            "apikey",
            "create",
            "--name",
            "topology",
            "--role",
            role,
            "--user",
            user,
            "--create-user",
        ]);
        out.lines()
            .find(|line| line.starts_with("cb_"))
            .unwrap_or_else(|| panic!("no key printed: {out}"))
            .to_owned()
    }

    /// Starts `codebot serve --role <role>` listening on `port`.
    fn spawn(&self, role: &str, port: u16, name: &str) -> Codebot {
        let log = self.logs.join(format!("{name}.log"));
        let file = File::create(&log).expect("log file");
        let child = Command::new(codebot_binary())
            .args(["serve", "--role", role])
            .env_clear()
            .envs(self.environment())
            .env("CODEBOT_ADDR", format!("127.0.0.1:{port}"))
            .stdout(file.try_clone().expect("log file"))
            .stderr(file)
            .spawn()
            .expect("codebot starts");
        Codebot { child, port, log }
    }

    async fn start_nginx(&mut self) {
        let dir = &self.nginx_dir;
        let ports: Vec<u16> = self.apis.iter().map(|api| api.port).collect();
        let conf = dir.join("nginx.conf");
        std::fs::write(&conf, nginx_config(dir, self.lb, &ports)).expect("write nginx.conf");
        let stdout = File::create(dir.join("access.log")).expect("access log");
        let stderr = File::create(dir.join("stderr.log")).expect("error log");
        let nginx = self.nginx.insert(
            Command::new(NGINX)
                .arg("-e")
                .arg(dir.join("error.log"))
                .arg("-p")
                .arg(dir)
                .arg("-c")
                .arg(&conf)
                .args(["-g", "daemon off;"])
                .stdout(stdout)
                .stderr(stderr)
                .spawn()
                .expect("nginx starts (scripts/validate-deploy.sh installs Debian's nginx)"),
        );
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = nginx.try_wait().expect("try_wait") {
                panic!(
                    "nginx exited ({status}): {}\n{}",
                    tail(&dir.join("stderr.log")),
                    tail(&dir.join("error.log"))
                );
            }
            let url = format!("http://127.0.0.1:{}/readyz", self.lb);
            if let Ok(response) = self.http.get(&url).send().await
                && response.status() == 200
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "nginx did not pass /readyz to an API: {}",
                tail(&dir.join("stderr.log"))
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Replaces API `i`, which has exited, with a new process on its port.
    async fn restart_api(&mut self, i: usize) {
        let port = self.apis[i].port;
        self.apis[i] = self.spawn("api", port, &format!("api-{i}-restarted"));
        wait_ready(&mut self.apis[i]).await;
    }

    async fn post(&self, port: u16, key: &str, query: &str, variables: Value) -> (u16, Value) {
        post(&self.http, port, key, query, variables)
            .await
            .expect("an answer")
    }

    /// A GraphQL operation as the admin that must succeed: its `data`.
    async fn graphql_ok(&self, port: u16, query: &str, variables: Value) -> Value {
        let (status, body) = self.post(port, &self.admin_key, query, variables).await;
        assert_eq!(status, 200, "{body}");
        assert!(body.get("errors").is_none(), "{body}");
        body["data"].clone()
    }

    async fn create(&self, port: u16, name: &str) -> String {
        let data = self
            .graphql_ok(
                port,
                CREATE,
                json!({ "input": crate::integrations::input(name) }),
            )
            .await;
        data["createIntegration"]["id"]
            .as_str()
            .expect("id")
            .to_owned()
    }

    /// Every stored event position after `after`, in order.
    async fn stored_positions(&self, after: i64) -> Vec<i64> {
        self.sql
            .query_all_raw(Statement::from_string(
                sea_orm::DatabaseBackend::Postgres,
                format!("SELECT position FROM events WHERE position > {after} ORDER BY position"),
            ))
            .await
            .expect("query")
            .iter()
            .map(|row| row.try_get::<i64>("", "position").expect("position"))
            .collect()
    }

    async fn last_position(&self) -> i64 {
        self.stored_positions(0).await.last().copied().unwrap_or(0)
    }

    async fn stored_ids(&self) -> BTreeSet<String> {
        self.sql
            .query_all_raw(Statement::from_string(
                sea_orm::DatabaseBackend::Postgres,
                "SELECT id::text AS id FROM integrations",
            ))
            .await
            .expect("query")
            .iter()
            .map(|row| row.try_get::<String>("", "id").expect("id"))
            .collect()
    }

    fn logs(&self) -> String {
        let mut out = String::new();
        for entry in std::fs::read_dir(&self.logs)
            .into_iter()
            .flatten()
            .flatten()
        {
            out.push_str(&format!(
                "--- {}\n{}\n",
                entry.path().display(),
                tail(&entry.path())
            ));
        }
        out.push_str(&format!(
            "--- nginx\n{}\n",
            tail(&self.nginx_dir.join("stderr.log"))
        ));
        out
    }
}

impl Drop for Topology {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("{}", self.logs());
        }
        // SIGTERM everything still running (nginx's fast shutdown; SIGQUIT would wait
        // for open websockets), then SIGKILL what is left after five seconds.
        let mut children: Vec<&mut Child> = self
            .apis
            .iter_mut()
            .chain(self.workers.iter_mut())
            .map(|c| &mut c.child)
            .chain(self.nginx.iter_mut())
            .filter_map(|child| matches!(child.try_wait(), Ok(None)).then_some(child))
            .collect();
        for child in &children {
            Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .status()
                .ok();
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline
            && children
                .iter_mut()
                .any(|child| matches!(child.try_wait(), Ok(None)))
        {
            std::thread::sleep(Duration::from_millis(20));
        }
        for child in &mut children {
            child.kill().ok();
            child.wait().ok();
        }
    }
}

/// Waits (20 s at most) until `codebot` answers 200 on `/readyz`.
async fn wait_ready(codebot: &mut Codebot) {
    let client = reqwest::Client::new();
    let url = format!("http://127.0.0.1:{}/readyz", codebot.port);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = codebot.child.try_wait().expect("try_wait") {
            panic!("codebot exited ({status}): {}", tail(&codebot.log));
        }
        if let Ok(response) = client.get(&url).send().await
            && response.status() == 200
        {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{url} never answered 200: {}",
            tail(&codebot.log)
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn post(
    client: &reqwest::Client,
    port: u16,
    key: &str,
    query: &str,
    variables: Value,
) -> Result<(u16, Value), reqwest::Error> {
    let response = client
        .post(format!("http://127.0.0.1:{port}/graphql"))
        .bearer_auth(key)
        .json(&json!({ "query": query, "variables": variables }))
        .send()
        .await?;
    let status = response.status().as_u16();
    // nginx's own error pages are HTML.
    let body = response.json::<Value>().await.unwrap_or(Value::Null);
    Ok((status, body))
}

/// One API's own `/metrics`, scraped directly over loopback (no proxy headers).
async fn scrape(port: u16) -> String {
    let response = reqwest::Client::new()
        .get(format!("http://127.0.0.1:{port}/metrics"))
        .send()
        .await
        .expect("metrics");
    assert_eq!(response.status(), 200, "metrics of {port}");
    response.text().await.expect("text")
}

/// The sum of the samples of `name` whose labels include `labels`.
fn sample(text: &str, name: &str, labels: &[(&str, &str)]) -> f64 {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let (series, value) = line.rsplit_once(' ')?;
            let (metric, rest) = series.split_once('{').unwrap_or((series, ""));
            (metric == name
                && labels
                    .iter()
                    .all(|(k, v)| rest.contains(&format!("{k}=\"{v}\""))))
            .then(|| value.parse::<f64>().ok())
            .flatten()
        })
        .sum()
}

/// GraphQL POSTs an API answered with `status`, by its own count.
async fn graphql_posts(port: u16, status: &str) -> f64 {
    sample(
        &scrape(port).await,
        "codebot_http_requests_total",
        &[
            ("route", "/graphql"),
            ("method", "POST"),
            ("status", status),
        ],
    )
}

/// Websockets an API holds open, by its own count.
async fn sockets(port: u16) -> f64 {
    sample(&scrape(port).await, "codebot_websocket_connections", &[])
}

/// Polls the websocket gauges of `ports` (10 s at most) until they read `wanted`.
async fn wait_sockets(ports: &[u16], wanted: &[f64]) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let mut now = Vec::new();
        for port in ports {
            now.push(sockets(*port).await);
        }
        if now == wanted {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "websocket gauges {now:?}, wanted {wanted:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A graphql-transport-ws connection through the balancer, acknowledged.
async fn open_socket(lb: u16, key: &str) -> Result<Socket, String> {
    let mut request = format!("ws://127.0.0.1:{lb}/graphql/ws")
        .into_client_request()
        .map_err(|e| e.to_string())?;
    request.headers_mut().insert(
        "sec-websocket-protocol",
        "graphql-transport-ws".parse().expect("header"),
    );
    let (mut socket, _) = tokio::time::timeout(
        Duration::from_secs(10),
        tokio_tungstenite::connect_async(request),
    )
    .await
    .map_err(|_| "upgrade timed out".to_owned())?
    .map_err(|e| e.to_string())?;
    let init = json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {key}") } });
    socket
        .send(Message::Text(init.to_string().into()))
        .await
        .map_err(|e| e.to_string())?;
    loop {
        match tokio::time::timeout(Duration::from_secs(10), socket.next()).await {
            Ok(Some(Ok(Message::Text(text)))) => {
                let message: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
                return if message["type"] == "connection_ack" {
                    Ok(socket)
                } else {
                    Err(format!("expected connection_ack, got {message}"))
                };
            }
            Ok(Some(Ok(Message::Ping(_) | Message::Pong(_)))) => continue,
            other => return Err(format!("no connection_ack: {other:?}")),
        }
    }
}

async fn subscribe_events(socket: &mut Socket, after: i64) -> Result<(), String> {
    let message = json!({ "type": "subscribe", "id": "1", "payload": { "query": EVENTS, "variables": { "after": after } } });
    socket
        .send(Message::Text(message.to_string().into()))
        .await
        .map_err(|e| e.to_string())
}

/// What a resuming subscriber received.
#[derive(Debug, Default)]
struct Followed {
    positions: Vec<i64>,
    /// How each connection ended: the close code, or `None` when it just dropped.
    disconnects: Vec<Option<u16>>,
    /// The `afterPosition` of each reconnection.
    resumed_after: Vec<i64>,
}

/// A client that follows `events` on `socket` and, whenever the connection ends,
/// reconnects through the balancer and resumes after the last position it received;
/// it stops once it has position `until` (or after a minute).
async fn follow(
    lb: u16,
    key: String,
    mut socket: Socket,
    mut last: i64,
    mut until: watch::Receiver<Option<i64>>,
) -> Followed {
    enum Step {
        Message(Option<Result<Message, tokio_tungstenite::tungstenite::Error>>),
        Check,
        GiveUp,
    }
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    let mut out = Followed::default();
    loop {
        if until.borrow().is_some_and(|target| last >= target) {
            return out;
        }
        let step = tokio::select! {
            message = socket.next() => Step::Message(message),
            _ = until.changed() => Step::Check,
            () = tokio::time::sleep_until(deadline) => Step::GiveUp,
        };
        let ended = match step {
            Step::Check => continue,
            Step::GiveUp => return out,
            Step::Message(Some(Ok(Message::Text(text)))) => {
                let message: Value = serde_json::from_str(&text).expect("json");
                assert_eq!(message["type"], "next", "{message}");
                let position = message["payload"]["data"]["events"]["position"]
                    .as_i64()
                    .expect("a position");
                out.positions.push(position);
                last = position;
                continue;
            }
            Step::Message(Some(Ok(Message::Close(frame)))) => frame.map(|f| u16::from(f.code)),
            Step::Message(Some(Ok(_))) => continue,
            Step::Message(Some(Err(_)) | None) => None,
        };
        out.disconnects.push(ended);
        socket = loop {
            if tokio::time::Instant::now() > deadline {
                return out;
            }
            if let Ok(mut socket) = open_socket(lb, &key).await
                && subscribe_events(&mut socket, last).await.is_ok()
            {
                out.resumed_after.push(last);
                break socket;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
    }
}

/// What a client creating integrations through the balancer saw.
#[derive(Debug, Default)]
struct Load {
    /// Ids of creations answered 200 with data.
    acked: Vec<String>,
    /// The other answers, by status (or transport error).
    failed: BTreeMap<String, usize>,
}

/// Creates integrations through the balancer until `stop`, never failing: what the
/// switch-over refuses is counted and the loop goes on with the next one.
async fn keep_creating(
    lb: u16,
    key: String,
    tag: usize,
    load: Arc<Mutex<Load>>,
    stop: watch::Receiver<bool>,
) {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("a client");
    let mut n = 0;
    while !*stop.borrow() {
        n += 1;
        let input = crate::integrations::input(&format!("Load {tag}-{n}"));
        let outcome = post(&client, lb, &key, CREATE, json!({ "input": input })).await;
        {
            let mut load = load.lock().expect("load");
            match outcome {
                Ok((200, body)) if body["data"]["createIntegration"]["id"].is_string() => {
                    let id = body["data"]["createIntegration"]["id"]
                        .as_str()
                        .expect("id");
                    load.acked.push(id.to_owned());
                }
                Ok((status, body)) => {
                    let code = body["errors"][0]["extensions"]["code"]
                        .as_str()
                        .unwrap_or("");
                    *load.failed.entry(format!("{status} {code}")).or_default() += 1;
                }
                Err(error) => {
                    let kind = if error.is_timeout() {
                        "timeout"
                    } else {
                        "connection error"
                    };
                    *load.failed.entry(kind.to_owned()).or_default() += 1;
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn acked(load: &Arc<Mutex<Load>>) -> usize {
    load.lock().expect("load").acked.len()
}

/// Waits (15 s at most) until the load has `wanted` acknowledged creations.
async fn wait_acked(load: &Arc<Mutex<Load>>, wanted: usize) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while acked(load) < wanted {
        assert!(
            Instant::now() < deadline,
            "the load stalled at {} acknowledged creations: {:?}",
            acked(load),
            load.lock().expect("load").failed
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Items 1–4 of the scaled deployment on one set of processes: nginx and two APIs (no
/// workers here: the integrations created stay queued, so the only events are the
/// ones the test writes and the pipeline's CPU does not slow the 2-core machine).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_replicas_behind_nginx_share_the_load_and_survive_sigterm_and_sigkill() {
    let mut t = Topology::start(&[], 0).await;
    let lb = t.lb;
    let key = t.admin_key.clone();
    let ports = [t.apis[0].port, t.apis[1].port];

    // 1. Requests and websockets spread across both APIs.
    let before = [
        graphql_posts(ports[0], "200").await,
        graphql_posts(ports[1], "200").await,
    ];
    let batches = (0..4).map(|_| async {
        for _ in 0..10 {
            t.graphql_ok(lb, "{ me { id role } }", Value::Null).await;
        }
    });
    futures_util::future::join_all(batches).await;
    let served = [
        graphql_posts(ports[0], "200").await - before[0],
        graphql_posts(ports[1], "200").await - before[1],
    ];
    println!("40 requests through nginx, served per API: {served:?}");
    assert!(
        served[0] > 0.0 && served[1] > 0.0,
        "both APIs serve: {served:?}"
    );
    assert_eq!(served[0] + served[1], 40.0, "each request served once");
    let mut open = Vec::new();
    for _ in 0..6 {
        open.push(
            open_socket(lb, &key)
                .await
                .expect("a websocket through nginx"),
        );
    }
    let held = [sockets(ports[0]).await, sockets(ports[1]).await];
    println!("6 websockets through nginx, held per API: {held:?}");
    assert!(
        held[0] > 0.0 && held[1] > 0.0,
        "both APIs hold websockets: {held:?}"
    );
    assert_eq!(held[0] + held[1], 6.0);
    for mut socket in open {
        socket.close(None).await.ok();
    }
    wait_sockets(&ports, &[0.0, 0.0]).await;

    // 2. A subscriber behind the balancer sees the other API's writes exactly once.
    let start = t.last_position().await;
    let mut socket = open_socket(lb, &key)
        .await
        .expect("a websocket through nginx");
    subscribe_events(&mut socket, start)
        .await
        .expect("subscribe");
    let deadline = Instant::now() + Duration::from_secs(10);
    let holder = loop {
        let held = [sockets(ports[0]).await, sockets(ports[1]).await];
        if let Some(i) = [[1.0, 0.0], [0.0, 1.0]].iter().position(|w| *w == held) {
            break i;
        }
        assert!(Instant::now() < deadline, "websocket gauges {held:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let other = 1 - holder;
    let mut ids = Vec::new();
    for i in 0..8 {
        ids.push(t.create(ports[other], &format!("Across {i}")).await);
    }
    let mut expected = Vec::new();
    for id in &ids {
        let data = t
            .graphql_ok(
                lb,
                "query($id: ID!) { integration(id: $id) { events(first: 100) { position } } }",
                json!({ "id": id }),
            )
            .await;
        for event in data["integration"]["events"].as_array().expect("events") {
            expected.push(event["position"].as_i64().expect("position"));
        }
    }
    expected.sort_unstable();
    assert_eq!(
        t.stored_positions(start).await,
        expected,
        "only these events were written"
    );
    let mut received = Vec::new();
    while received.len() < expected.len() {
        let message = crate::websocket_protocol::receive(&mut socket).await;
        assert_eq!(message["type"], "next", "{message}");
        assert_eq!(message["id"], "1");
        received.push(
            message["payload"]["data"]["events"]["position"]
                .as_i64()
                .expect("position"),
        );
    }
    assert_eq!(
        received, expected,
        "the other API's events, in order, each once (more would show below as a repeat)"
    );

    // 3. SIGTERM the API holding the subscriber while clients write through nginx.
    let load = Arc::new(Mutex::new(Load::default()));
    let (stop, stopped) = watch::channel(false);
    let writers: Vec<_> = (0..2)
        .map(|tag| {
            tokio::spawn(keep_creating(
                lb,
                key.clone(),
                tag,
                load.clone(),
                stopped.clone(),
            ))
        })
        .collect();
    let (until, follow_until) = watch::channel(None);
    let last = *received.last().expect("a position");
    let follower = tokio::spawn(follow(lb, key.clone(), socket, last, follow_until));
    wait_acked(&load, 10).await;
    let acked_at_term = acked(&load);
    signal(t.apis[holder].child.id(), "TERM");
    let (status, took) = wait_exit(
        &mut t.apis[holder].child,
        Duration::from_secs(DRAIN_SECS + 5),
    )
    .await;
    println!("SIGTERM: the API exited with {status} after {took:?}");
    assert_eq!(
        status.code(),
        Some(0),
        "a clean exit: {}",
        tail(&t.apis[holder].log)
    );
    assert!(
        took <= Duration::from_secs(DRAIN_SECS + 1),
        "exited within the drain time: {took:?}"
    );
    // The subscriber moved to the other API.
    wait_sockets(&[ports[other]], &[1.0]).await;
    wait_acked(&load, acked_at_term + 10).await;

    // 4. A replica comes back on the same address; nginx reloads as
    // deploy/nginx/run.sh makes it do when the replicas change. Then SIGKILL the
    // other API (which holds the subscriber now) mid-burst.
    t.restart_api(holder).await;
    signal(t.nginx.as_ref().expect("nginx").id(), "HUP");
    let deadline = Instant::now() + Duration::from_secs(15);
    while graphql_posts(ports[holder], "200").await < 5.0 {
        assert!(
            Instant::now() < deadline,
            "nginx sends nothing to the restarted API"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        sockets(ports[other]).await,
        1.0,
        "the subscriber is on the API to kill"
    );
    let acked_at_kill = acked(&load);
    signal(t.apis[other].child.id(), "KILL");
    wait_exit(&mut t.apis[other].child, Duration::from_secs(5)).await;
    wait_acked(&load, acked_at_kill + 10).await;
    stop.send(true).expect("stop");
    for writer in writers {
        writer.await.expect("a writer");
    }

    // Every acknowledged creation is stored.
    let load = std::mem::take(&mut *load.lock().expect("load"));
    println!(
        "load: {} acknowledged ({} before SIGTERM, {} before SIGKILL), failures during the switches: {:?}",
        load.acked.len(),
        acked_at_term,
        acked_at_kill,
        load.failed
    );
    let stored = t.stored_ids().await;
    let lost: Vec<&String> = load
        .acked
        .iter()
        .filter(|id| !stored.contains(*id))
        .collect();
    println!(
        "fault-writes api-burst acknowledged: acknowledged={} lost={}",
        load.acked.len(),
        lost.len()
    );
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");

    // The subscriber got every event once, in order, across both disconnects.
    let end = t.last_position().await;
    until.send(Some(end)).expect("the follower listens");
    let followed = tokio::time::timeout(Duration::from_secs(30), follower)
        .await
        .expect("the follower ends")
        .expect("the follower");
    println!(
        "subscriber: {} events, disconnects {:?}, resumed after {:?}",
        received.len() + followed.positions.len(),
        followed.disconnects,
        followed.resumed_after
    );
    {
        let mut delivered: Vec<i64> = received.clone();
        delivered.extend(&followed.positions);
        let stored = t.stored_positions(start).await;
        let unique: BTreeSet<i64> = delivered.iter().copied().collect();
        let stored_set: BTreeSet<i64> = stored.iter().copied().collect();
        println!(
            "fault-writes api-burst events: delivered={} stored={} duplicated={} unexpected={} missed={}",
            delivered.len(),
            stored.len(),
            delivered.len() - unique.len(),
            unique.difference(&stored_set).count(),
            stored_set.difference(&unique).count()
        );
    }
    assert_eq!(
        followed.disconnects.first(),
        Some(&Some(1012)),
        "SIGTERM closes the websocket with 1012"
    );
    assert!(
        followed.disconnects.len() >= 2,
        "the SIGKILLed API dropped the resumed subscriber too: {:?}",
        followed.disconnects
    );
    let mut all = received;
    all.extend(&followed.positions);
    let stored = t.stored_positions(start).await;
    assert_eq!(
        all.len(),
        stored.len(),
        "as many events as stored (resumed after {:?})",
        followed.resumed_after
    );
    assert_eq!(all, stored, "every event once, in order");
}

/// Item 5: a worker SIGKILLed while it runs pipeline steps; the other worker finishes
/// them, and nothing is published twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_killed_mid_pipeline_leaves_its_work_to_the_other() {
    let mut t = Topology::start(&[], 2).await;
    let mut ids = Vec::new();
    for i in 0..4 {
        ids.push(t.create(t.lb, &format!("Pipeline {i}")).await);
    }
    let pids: Vec<u32> = t.workers.iter().map(|w| w.child.id()).collect();
    // A job leased by one of the workers whose integration is past validation.
    let deadline = Instant::now() + Duration::from_secs(30);
    let (victim, leased) = loop {
        let rows = t
            .sql
            .query_all_raw(Statement::from_string(
                sea_orm::DatabaseBackend::Postgres,
                "SELECT j.lease_owner AS owner, i.state AS state FROM jobs j \
                 JOIN integrations i ON i.id = j.integration_id \
                 WHERE j.lease_owner IS NOT NULL AND j.lease_until > now()",
            ))
            .await
            .expect("query");
        let running: Vec<(String, String)> = rows
            .iter()
            .map(|row| {
                (
                    row.try_get::<String>("", "owner").expect("owner"),
                    row.try_get::<String>("", "state").expect("state"),
                )
            })
            .collect();
        let hit = running.iter().find_map(|(owner, state)| {
            let pid: u32 = owner.split('-').next()?.parse().ok()?;
            let worker = pids.iter().position(|p| *p == pid)?;
            matches!(state.as_str(), "GENERATING" | "TESTING").then_some(worker)
        });
        if let Some(worker) = hit {
            break (worker, running);
        }
        assert!(
            Instant::now() < deadline,
            "no worker was seen running a step: {running:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    signal(pids[victim], "KILL");
    wait_exit(&mut t.workers[victim].child, Duration::from_secs(5)).await;
    println!(
        "SIGKILLed worker {victim} (pid {}) holding {leased:?}",
        pids[victim]
    );

    let query = "query($id: ID!) { integration(id: $id) { state failure { step reason } pullRequest { number branch } } }";
    let deadline = Instant::now() + Duration::from_secs(60);
    let pulls = loop {
        let mut pulls = Vec::new();
        for id in &ids {
            let data = t.graphql_ok(t.lb, query, json!({ "id": id })).await;
            let integration = &data["integration"];
            assert_ne!(integration["state"], "FAILED", "{id}: {integration}");
            if integration["state"] == "REVIEWING" {
                pulls.push(integration["pullRequest"].clone());
            }
        }
        if pulls.len() == ids.len() {
            break pulls;
        }
        assert!(
            Instant::now() < deadline,
            "only {} of {} reached REVIEWING",
            pulls.len(),
            ids.len()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert!(
        t.workers[1 - victim].running(),
        "the other worker is still up"
    );
    let numbers: BTreeSet<i64> = pulls
        .iter()
        .map(|p| p["number"].as_i64().expect("number"))
        .collect();
    assert_eq!(
        numbers.len(),
        ids.len(),
        "distinct pull requests: {pulls:?}"
    );
    let branches: BTreeSet<String> = pulls
        .iter()
        .map(|p| p["branch"].as_str().expect("branch").to_owned())
        .collect();
    let wanted: BTreeSet<String> = ids.iter().map(|id| format!("codebot/{id}")).collect();
    assert_eq!(branches, wanted, "one branch per integration");
    let git = t.data.join("git");
    let listed = Command::new("git")
        .arg("-C")
        .arg(git.join("integrations.git"))
        .args(["branch", "--list", "codebot/*", "--format=%(refname:short)"])
        .output()
        .expect("git");
    assert!(
        listed.status.success(),
        "{}",
        String::from_utf8_lossy(&listed.stderr)
    );
    let in_repo: BTreeSet<String> = String::from_utf8_lossy(&listed.stdout)
        .lines()
        .map(|line| line.trim().to_owned())
        .collect();
    assert_eq!(in_repo, wanted, "the repository's branches");
    // A killed worker may leave a `.name.tmp-…` file; only `*.json` records count.
    let records = std::fs::read_dir(git.join("pulls"))
        .expect("pull records")
        .flatten()
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            !name.starts_with('.') && name.ends_with(".json")
        })
        .count();
    assert_eq!(
        records,
        ids.len(),
        "one pull request record per integration"
    );
}

/// Item 6: one rate-limit budget per identity, kept in Redis, spans both APIs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_rate_limit_budget_spans_both_apis_through_redis() {
    // 20 a minute rather than the default 100 keeps the test short; the mechanism is
    // the same.
    let t = Topology::start(&[("CODEBOT_RATE_LIMIT_DEVELOPER", "20/1000")], 0).await;
    // A user of its own, so no other test (or run) shares its Redis counters.
    let user = format!("dev-{}", uuid::Uuid::new_v4().simple());
    let key = t.cli_key(&user, "DEVELOPER");
    let ports = [t.apis[0].port, t.apis[1].port];
    let mut before = Vec::new();
    for port in ports {
        before.push([
            graphql_posts(port, "200").await,
            graphql_posts(port, "429").await,
        ]);
    }
    let mut answers: BTreeMap<u16, usize> = BTreeMap::new();
    for _ in 0..40 {
        let response = t
            .http
            .post(format!("http://127.0.0.1:{}/graphql", t.lb))
            .bearer_auth(&key)
            .json(&json!({ "query": "{ me { id role } }" }))
            .send()
            .await
            .expect("an answer");
        let status = response.status().as_u16();
        if status == 429 {
            assert!(
                response.headers().contains_key("retry-after"),
                "429 says when to retry"
            );
        }
        *answers.entry(status).or_default() += 1;
    }
    let mut per_api = Vec::new();
    for (i, port) in ports.into_iter().enumerate() {
        per_api.push([
            graphql_posts(port, "200").await - before[i][0],
            graphql_posts(port, "429").await - before[i][1],
        ]);
    }
    println!("40 requests through nginx: {answers:?}; per API [200, 429]: {per_api:?}");
    assert!(
        per_api.iter().all(|[ok, limited]| ok + limited > 0.0),
        "both APIs answered: {per_api:?}"
    );
    assert_eq!(
        answers,
        BTreeMap::from([(200, 20), (429, 20)]),
        "one budget of 20 for both APIs"
    );
    assert_eq!(per_api[0][0] + per_api[1][0], 20.0);
    assert_eq!(per_api[0][1] + per_api[1][1], 20.0);
}
