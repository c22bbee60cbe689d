#!/usr/bin/env python3
"""The benchmark suite: measures the product's performance budgets as ratios R1-R8 and writes
BENCHMARKS.md.

Run it through scripts/bench.sh, which builds the binaries first. Python 3.11 standard
library only; the loads come from separate processes: wrk (HTTP), pgbench (the raw-SQL
reference) and Node.js with the npm `graphql-ws` client of tests/js (websockets).
Everything listens on 127.0.0.1; every load is bounded in time and count.

The product (`codebot`) runs on SQLite and on PostgreSQL; the references are a bare
axum server (bench/src/bin/bare-axum.rs) answering the same bytes, and pgbench's
single-row inserts into a table shaped like the events table. PostgreSQL is a private
cluster that this script initialises and removes (so that nothing else consumes
transaction ids while R7 counts them), unless --postgres-url names another server.

Each ratio is measured in rounds that alternate reference and product; the report
lists every run and the median. `--quick` is the smoke form: one round, tiny loads,
a few seconds per ratio; it checks that every measurement ran and produced a number
and says nothing about the numbers. Exit status 1 when a measurement could not run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import http.client
import json
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JWT_SECRET = "benchmark-secret-benchmark-secret-0123456789"
CLK_TCK = os.sysconf("SC_CLK_TCK")
R1_QUERY = (
    "query($id: ID!) { integration(id: $id) "
    "{ id kind name description state version round createdAt updatedAt } }"
)
CREATE = (
    "mutation($input: CreateIntegrationInput!) "
    "{ createIntegration(input: $input) { id version } }"
)


def create_input(name: str) -> dict:
    return {
        "kind": "http_poller",
        "name": name,
        "prompt": "Poll new orders",
        "config": {"url": "https://api.example.com/orders", "interval_seconds": 60},
    }


def log(msg: str) -> None:
    print(f"bench: {msg}", file=sys.stderr, flush=True)


class BenchError(Exception):
    """A measurement that could not run."""


# ---------------------------------------------------------------- processes and HTTP


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_ticks(pid: int) -> int:
    """utime + stime of a process, in clock ticks (/proc/PID/stat fields 14 and 15)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise BenchError(f"no VmRSS for {pid}")


def http_status(port: int, path: str) -> int | None:
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
        conn.request("GET", path)
        status = conn.getresponse().status
        conn.close()
        return status
    except OSError:
        return None


def wait_ready(proc: subprocess.Popen, port: int, timeout: float = 60) -> float:
    """Polls GET /readyz every 2 ms until 200; returns when it answered (perf_counter)."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if proc.poll() is not None:
            raise BenchError(f"server exited with {proc.returncode} before it was ready")
        if http_status(port, "/readyz") == 200:
            return time.perf_counter()
        time.sleep(0.002)
    raise BenchError(f"server on port {port} not ready within {timeout} s")


def post(port: int, body: dict, token: str | None,
         path: str = "/graphql") -> tuple[int, bytes, str]:
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=json.dumps(body).encode(),
        headers={"content-type": "application/json"}
        | ({"authorization": f"Bearer {token}"} if token else {}),
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read(), resp.headers.get("content-type", "")
    except urllib.error.HTTPError as e:
        return e.code, e.read(), e.headers.get("content-type", "")


def graphql(port: int, token: str, query: str, variables: dict | None = None) -> dict:
    status, body, _ = post(port, {"query": query, "variables": variables or {}}, token)
    doc = json.loads(body)
    if status != 200 or doc.get("errors"):
        raise BenchError(f"GraphQL {status}: {body[:300]!r}")
    return doc["data"]


class Server:
    """A server process with its output in a log file; stopped with SIGTERM."""

    def __init__(self, name: str, cmd: list[str], env: dict, port: int, logdir: Path):
        self.name, self.cmd, self.env, self.port = name, cmd, env, port
        self.log = logdir / f"{name}.log"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 60) -> float:
        """Starts it and waits for /readyz; returns seconds from exec to ready."""
        with open(self.log, "ab") as out:
            t0 = time.perf_counter()
            self.proc = subprocess.Popen(
                self.cmd, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, cwd=ROOT,
            )
        try:
            ready = wait_ready(self.proc, self.port, timeout)
        except BenchError as e:
            self.stop()
            raise BenchError(f"{self.name}: {e} (log: {self.log})") from e
        return ready - t0

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = None
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None


# ---------------------------------------------------------------- Redis


def private_redis(logdir: Path) -> Server:
    """A private Redis (no persistence) for the product's shared cache."""
    path = shutil.which("redis-server")
    if not path:
        raise BenchError("redis-server not found (install Redis: apt-get install redis-server)")
    port = free_port()
    server = Server("redis", [path, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
                              "--appendonly", "no"], os.environ.copy(), port, logdir)
    with open(server.log, "ab") as out:
        server.proc = subprocess.Popen(server.cmd, stdout=out, stderr=subprocess.STDOUT,
                                       stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                if conn.recv(16).startswith(b"+PONG"):
                    return server
        except OSError:
            time.sleep(0.05)
    server.stop()
    raise BenchError(f"the private Redis did not come up (log: {server.log})")


# ---------------------------------------------------------------- PostgreSQL


class Postgres:
    """A private PostgreSQL cluster (or an existing server given by URL)."""

    def __init__(self, workdir: Path, url: str | None):
        self.own = url is None
        self.dir = workdir / "pgdata"
        if url:
            m = re.match(r"postgres(?:ql)?://([^@/]+)@([^:/]+):(\d+)", url)
            if not m:
                raise BenchError("--postgres-url must look like postgres://USER@HOST:PORT[/DB]")
            self.user, self.host, self.port = m.group(1), m.group(2), int(m.group(3))
        else:
            self.user, self.host, self.port = "postgres", "127.0.0.1", free_port()

    def _bin(self, name: str) -> str:
        found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
        if found:
            return found[-1]
        path = shutil.which(name)
        if not path:
            raise BenchError(f"{name} not found (install PostgreSQL's server package)")
        return path

    def _as_postgres(self, cmd: list[str]) -> list[str]:
        return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd

    def start(self) -> None:
        if not self.own:
            return
        self.dir.mkdir(parents=True)
        sock = self.dir.parent / "pgsock"
        sock.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
            shutil.chown(sock, "postgres", "postgres")
            os.chmod(self.dir.parent, 0o755)
        subprocess.run(
            self._as_postgres([self._bin("initdb"), "-D", str(self.dir), "-U", "postgres",
                               "-A", "trust", "-E", "UTF8", "--no-sync"]),
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        opts = (f"-p {self.port} -k {sock} -c listen_addresses=127.0.0.1 "
                "-c max_connections=300 -c fsync=on -c synchronous_commit=on")
        subprocess.run(
            self._as_postgres([self._bin("pg_ctl"), "-D", str(self.dir), "-o", opts,
                               "-l", str(self.dir / "server.log"), "-w", "start"]),
            check=True, stdout=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        if self.own and self.dir.exists():
            subprocess.run(
                self._as_postgres([self._bin("pg_ctl"), "-D", str(self.dir), "-m", "fast",
                                   "-w", "stop"]),
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )

    def url(self, db: str) -> str:
        return f"postgres://{self.user}@{self.host}:{self.port}/{db}"

    def psql(self, db: str, sql: str) -> str:
        out = subprocess.run(
            ["psql", "-h", self.host, "-p", str(self.port), "-U", self.user, "-d", db,
             "-qtAX", "-v", "ON_ERROR_STOP=1", "-c", sql],
            check=True, capture_output=True, text=True,
        )
        return out.stdout.strip()

    def create_db(self, db: str) -> str:
        self.psql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        self.psql("postgres", f'CREATE DATABASE "{db}"')
        return self.url(db)

    def version(self) -> str:
        return self.psql("postgres", "SHOW server_version")


# ---------------------------------------------------------------- load generators


def lua_string(s: str) -> str:
    level = "=" * 4
    assert f"]{level}]" not in s
    return f"[{level}[{s}]{level}]"


def wrk(port: int, script: str, conns: int, seconds: float, workdir: Path,
        tag: str) -> dict:
    """Runs wrk against 127.0.0.1:PORT/graphql; returns requests, seconds, req/s."""
    threads = min(conns, 2)
    path = workdir / f"{tag}.lua"
    path.write_text(script)
    cmd = ["wrk", "-t", str(threads), "-c", str(conns), "-d", f"{max(1, round(seconds))}s",
           "--timeout", "10s", "-s", str(path), f"http://127.0.0.1:{port}/graphql"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60)
    text = out.stdout + out.stderr
    m = re.search(r"(\d+) requests in ([\d.]+)(m?s|m)\b", text)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    if out.returncode != 0 or not m or not rps:
        raise BenchError(f"wrk failed: {text.strip()[:500]}")
    unit = m.group(3)
    secs = float(m.group(2)) * {"s": 1, "ms": 0.001, "m": 60}[unit]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    errors = re.search(r"Socket errors: (.*)", text)
    if bad:
        raise BenchError(f"wrk got {bad.group(1)} non-2xx answers ({tag})")
    result = {"requests": int(m.group(1)), "seconds": secs, "rps": float(rps.group(1))}
    if errors:
        result["socket_errors"] = errors.group(1).strip()
    if result["requests"] == 0:
        raise BenchError(f"wrk completed no request ({tag})")
    return result


def wrk_query_script(body: str, token: str | None) -> str:
    auth = f'wrk.headers["Authorization"] = "Bearer {token}"\n' if token else ""
    return (
        'wrk.method = "POST"\n'
        f"wrk.body = {lua_string(body)}\n"
        'wrk.headers["Content-Type"] = "application/json"\n' + auth
    )


def wrk_create_script(token: str) -> str:
    """Each request creates a new integration with a unique name."""
    template = json.dumps({"query": CREATE, "variables": {"input": create_input("@NAME@")}})
    before, after = template.split("@NAME@")
    return f"""
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
local headers = {{ ["Content-Type"] = "application/json",
                  ["Authorization"] = "Bearer {token}" }}
local before = {lua_string(before)}
local after = {lua_string(after)}
function request()
  n = n + 1
  return wrk.format("POST", "/graphql", headers, before .. "bench " .. tid .. "-" .. n .. after)
end
"""


def pgbench(pg: Postgres, db: str, script: Path, clients: int, seconds: float) -> dict:
    cmd = ["pgbench", "-n", "-M", "prepared", "-c", str(clients), "-j", str(min(clients, 2)),
           "-T", str(max(1, round(seconds))), "-f", str(script),
           "-h", pg.host, "-p", str(pg.port), "-U", pg.user, db]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60)
    text = out.stdout + out.stderr
    tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", text)
    done = re.search(r"number of transactions actually processed: (\d+)", text)
    failed = re.search(r"number of failed transactions: (\d+)", text)
    if out.returncode != 0 or not tps or not done:
        raise BenchError(f"pgbench failed: {text.strip()[:500]}")
    if failed and int(failed.group(1)) > 0:
        raise BenchError(f"pgbench: {failed.group(1)} failed transactions")
    return {"tps": float(tps.group(1)), "transactions": int(done.group(1))}


# ---------------------------------------------------------------- the suite


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-p * len(ordered) // 100))))
    return ordered[rank - 1]


class Suite:
    def __init__(self, args: argparse.Namespace, workdir: Path):
        self.args = args
        self.quick = args.quick
        self.work = workdir
        self.logs = workdir / "logs"
        self.logs.mkdir()
        self.codebot = str(Path(args.codebot).resolve())
        self.bare = str(Path(args.bare_axum).resolve())
        self.floor = str(Path(args.bare_graphql).resolve())
        self.broadcast = str(Path(args.bare_broadcast).resolve())
        self.pg = Postgres(workdir, args.postgres_url)
        self.results: dict[str, dict] = {}
        self.failures: list[str] = []
        self.counter = 0
        q = self.quick
        self.rounds = 1 if q else args.rounds
        self.load_secs = 1 if q else args.seconds
        self.subscribers = 20 if q else 1000
        self.r4_events = 3 if q else 30
        self.r8_rounds = 1 if q else 7
        self.r5_settle = 2 if q else 15

    # -- the product

    def base_env(self) -> dict:
        env = {k: v for k, v in os.environ.items()
               if not (k.startswith(("CODEBOT_", "OTEL_", "ANTHROPIC_", "OPENAI_", "GITHUB_"))
                       or k in ("DATABASE_URL", "REDIS_URL"))}
        return env

    def codebot_env(self, backend: str, role: str, extra: dict | None = None) -> tuple[dict, int]:
        """A fresh database and data dir for one codebot; returns its env and port."""
        self.counter += 1
        name = f"codebot{self.counter}"
        data = self.work / name
        data.mkdir()
        if backend == "sqlite":
            url = f"sqlite://{data}/codebot.db"
        else:
            url = self.pg.create_db(f"bench_{name}")
        port = free_port()
        env = self.base_env() | {
            "CODEBOT_ADDR": f"127.0.0.1:{port}",
            "CODEBOT_DATA_DIR": str(data),
            "DATABASE_URL": url,
            "CODEBOT_JWT_SECRET": JWT_SECRET,
            "CODEBOT_ROLE": role,
            "CODEBOT_DRAIN_SECS": "2",
            "CODEBOT_WS_CONNECTIONS_PER_IDENTITY": "100000",
            # The budgets measure the server, not its rate limiter at the defaults.
            "CODEBOT_RATE_LIMIT_VIEWER": "1000000000/2000000000",
            "CODEBOT_RATE_LIMIT_DEVELOPER": "1000000000/2000000000",
            "CODEBOT_RATE_LIMIT_ADMIN": "1000000000/2000000000",
        } | (extra or {})
        subprocess.run([self.codebot, "migrate"], env=env, check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        return env, port

    def api_key(self, env: dict) -> str:
        out = subprocess.run([self.codebot, "apikey", "create", "--name", "bench",
                              "--role", "ADMIN"], env=env, check=True, cwd=ROOT,
                             capture_output=True, text=True)
        return out.stdout.strip().splitlines()[-1].strip()

    def product(self, backend: str, role: str = "api", extra: dict | None = None,
                tag: str = "") -> tuple[Server, str]:
        env, port = self.codebot_env(backend, role, extra)
        key = self.api_key(env)
        server = Server(f"codebot-{backend}-{tag or self.counter}", [self.codebot, "serve"],
                        env, port, self.logs)
        server.start()
        return server, key

    def bare_axum(self, body: bytes, content_type: str, tag: str) -> Server:
        path = self.work / f"{tag}.body"
        path.write_bytes(body)
        port = free_port()
        return Server(tag, [self.bare, f"127.0.0.1:{port}", str(path), content_type],
                      self.base_env(), port, self.logs)

    def bare_graphql(self, answer: bytes, content_type: str, tag: str,
                     redis_url: str | None = None) -> Server:
        path = self.work / f"{tag}.answer"
        path.write_bytes(answer)
        port = free_port()
        return Server(tag, [self.floor, f"127.0.0.1:{port}", str(path), content_type]
                      + ([redis_url] if redis_url else []), self.base_env(), port, self.logs)

    # -- R1: a query from a read model vs a bare axum endpoint with the same bytes, and
    #    vs the GraphQL floor (the same library answering from memory)

    def r1(self) -> None:
        runs = []
        servers: list[Server] = []
        try:
            targets = []
            # Each backend as it is deployed: SQLite embedded (one process, API and
            # worker, reads cached in the process), PostgreSQL behind an API process
            # whose reads are cached in Redis.
            redis = private_redis(self.logs)
            servers.append(redis)
            for backend in ("sqlite", "postgres"):
                if backend == "sqlite":
                    server, key = self.product(backend, role="all", tag=f"r1-{backend}")
                else:
                    server, key = self.product(
                        backend, extra={"REDIS_URL": f"redis://127.0.0.1:{redis.port}"},
                        tag=f"r1-{backend}")
                servers.append(server)
                iid = graphql(server.port, key, CREATE,
                              {"input": create_input("Orders")})["createIntegration"]["id"]
                if backend == "sqlite":
                    # The worker moves it on: measure once it waits for its review.
                    deadline = time.monotonic() + 120
                    while graphql(server.port, key, "query($id: ID!) { integration(id: $id) "
                                  "{ state } }", {"id": iid})["integration"]["state"] != \
                            "REVIEWING":
                        if time.monotonic() > deadline:
                            raise BenchError("R1: the integration did not reach REVIEWING")
                        time.sleep(0.2)
                body = json.dumps({"query": R1_QUERY, "variables": {"id": iid}})
                status, answer, ctype = post(server.port, json.loads(body), key)
                if status != 200 or b'"errors"' in answer:
                    raise BenchError(f"R1 query failed: {answer[:300]!r}")
                def started(reference: Server, what: str) -> Server:
                    """Starts a reference and checks it answers the product's bytes."""
                    reference.start()
                    servers.append(reference)
                    _, got, _ = post(reference.port, json.loads(body), key)
                    if got != answer:
                        raise BenchError(f"{what} answers other bytes: {got[:300]!r}")
                    return reference

                sides = [
                    ("ref", started(self.bare_axum(answer, ctype, f"bare-axum-r1-{backend}"),
                                    "the bare axum reference")),
                    ("floor", started(self.bare_graphql(answer, ctype,
                                                        f"bare-graphql-r1-{backend}"),
                                      "the GraphQL floor")),
                ]
                if backend == "postgres":
                    # The same floor reading the integration from Redis on each query, as
                    # the product behind Redis reads its cached view.
                    sides.append(("rfloor", started(
                        self.bare_graphql(answer, ctype, "bare-graphql-redis-r1",
                                          f"redis://127.0.0.1:{redis.port}"),
                        "the GraphQL floor with Redis")))
                sides.append(("product", server))
                targets.append((backend, sides, wrk_query_script(body, key), len(answer)))
            for rnd in range(1, self.rounds + 1):
                for backend, sides, script, size in targets:
                    row = {"round": rnd, "backend": backend, "bytes": size}
                    for side, srv in sides:
                        t0 = cpu_ticks(srv.pid)
                        res = wrk(srv.port, script, self.args.r1_connections, self.load_secs,
                                  self.work, f"r1-{backend}-{side}")
                        ticks = cpu_ticks(srv.pid) - t0
                        row[f"{side}_rps"] = res["rps"]
                        row[f"{side}_cpu_us"] = ticks / CLK_TCK * 1e6 / res["requests"]
                    row["ratio"] = row["product_rps"] / row["ref_rps"]
                    row["cpu_ratio"] = row["product_cpu_us"] / row["ref_cpu_us"]
                    row["floor_ratio"] = row["floor_rps"] / row["ref_rps"]
                    row["of_floor"] = row["product_rps"] / row["floor_rps"]
                    if "rfloor_rps" in row:
                        row["rfloor_ratio"] = row["rfloor_rps"] / row["ref_rps"]
                        row["of_rfloor"] = row["product_rps"] / row["rfloor_rps"]
                    runs.append(row)
                    log(f"R1 {backend} round {rnd}: {row['product_rps']:.0f} / "
                        f"{row['ref_rps']:.0f} req/s = {row['ratio']:.3f} (GraphQL floor "
                        f"{row['floor_ratio']:.3f}); CPU/request "
                        f"{row['product_cpu_us']:.0f} / {row['ref_cpu_us']:.0f} µs")
        finally:
            for s in servers:
                s.stop()
        self.results["R1"] = {"runs": runs}

    # -- R2, R3: createIntegration vs PostgreSQL single-row inserts

    def r2_r3(self) -> None:
        refdb = "bench_ref"
        self.pg.create_db(refdb)
        self.pg.psql(refdb, """
            CREATE TABLE ref_events (
              position bigserial PRIMARY KEY, id uuid NOT NULL, aggregate_id uuid NOT NULL,
              version integer NOT NULL, event_type varchar(64) NOT NULL,
              schema_version smallint NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL,
              recorded_at timestamptz NOT NULL);
            CREATE UNIQUE INDEX ref_events_aggregate_version ON ref_events (aggregate_id, version);
        """)
        extra = {"CODEBOT_DB_MAX_CONNECTIONS": "32", "CODEBOT_DB_MIN_CONNECTIONS": "1"}
        server, key = self.product("postgres", extra=extra, tag="r2-postgres")
        db = server.env["DATABASE_URL"].rsplit("/", 1)[1]
        try:
            xmax = "SELECT txid_snapshot_xmax(txid_current_snapshot())"
            x0 = int(self.pg.psql(db, xmax))
            graphql(server.port, key, CREATE, {"input": create_input("sample")})
            time.sleep(0.5)
            # Write transactions of one mutation (no worker runs): shown beside R7.
            self.create_txns = int(self.pg.psql(db, xmax)) - x0
            data, meta = self.pg.psql(
                db, "SELECT data::text || E'\\x1f' || metadata::text FROM events "
                    "ORDER BY position LIMIT 1").split("\x1f")
            sql = self.work / "insert.sql"
            sql.write_text(
                "INSERT INTO ref_events (id, aggregate_id, version, event_type, "
                "schema_version, data, metadata, recorded_at) VALUES (gen_random_uuid(), "
                "gen_random_uuid(), 1, 'IntegrationCreated', 1, "
                f"'{data.replace(chr(39), chr(39) * 2)}'::jsonb, "
                f"'{meta.replace(chr(39), chr(39) * 2)}'::jsonb, now());\n")
            own = self.own_transaction(server.env, db)
            script = wrk_create_script(key)
            count = "SELECT count(*) FROM integrations"
            for name, writers in (("R2", 1), ("R3", 32)):
                runs = []
                for rnd in range(1, self.rounds + 1):
                    ref = pgbench(self.pg, refdb, sql, writers, self.load_secs)
                    own_ref = pgbench(self.pg, own[0], own[1], writers, self.load_secs)
                    before = int(self.pg.psql(db, count))
                    res = wrk(server.port, script, writers, self.load_secs, self.work,
                              f"{name}-product")
                    time.sleep(0.2)
                    created = int(self.pg.psql(db, count)) - before
                    if created < 0.95 * res["requests"]:
                        raise BenchError(f"{name}: {res['requests']} mutations answered but "
                                         f"only {created} integrations created")
                    rate = created / res["seconds"]
                    runs.append({"round": rnd, "ref_tps": ref["tps"], "product_rate": rate,
                                 "ratio": rate / ref["tps"], "own_tps": own_ref["tps"],
                                 "of_own": rate / own_ref["tps"]})
                    log(f"{name} round {rnd}: {rate:.0f} mutations/s / {ref['tps']:.0f} "
                        f"inserts/s = {rate / ref['tps']:.3f}; its own transaction "
                        f"{own_ref['tps']:.0f}/s")
                self.results[name] = {"runs": runs, "writers": writers}
        finally:
            server.stop()

    def own_transaction(self, env: dict, product_db: str) -> tuple[str, Path]:
        """A database migrated like the product's and a pgbench script that replays
        what one createIntegration writes (its statements, one transaction, with a
        copy of the sample's rows): the floor a create's own database work sets."""
        own_db = "bench_own"
        url = self.pg.create_db(own_db)
        subprocess.run([self.codebot, "migrate"], env=env | {"DATABASE_URL": url}, check=True,
                       cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

        def row(table: str, where: str) -> str:
            text = self.pg.psql(product_db, f"SELECT to_jsonb(t)::text FROM {table} t "
                                            f"WHERE {where} LIMIT 1")
            return text.replace("'", "''")

        integration = row("integrations", "true")
        events = [self.pg.psql(product_db, f"SELECT to_jsonb(t)::text FROM events t "
                                           f"ORDER BY position OFFSET {i} LIMIT 1")
                  .replace("'", "''") for i in range(2)]
        job = row("jobs", "true") if self.pg.psql(product_db, "SELECT count(*) FROM jobs") \
            != "0" else None
        new_id = ("(lpad(to_hex(:n::bigint), 16, '0') || "
                  "lpad(to_hex(:client_id::bigint), 16, '0'))::uuid")

        def insert(table: str, data: str, override: str) -> str:
            return (f"INSERT INTO {table} SELECT * FROM jsonb_populate_record(NULL::{table}, "
                    f"'{data}'::jsonb || {override});")

        lines = ["\\set n random(1, 9000000000000000000)", "BEGIN;",
                 insert("integrations", integration, f"jsonb_build_object('id', {new_id})")]
        for i, event in enumerate(events):
            lines.append(
                f"INSERT INTO events (id, aggregate_id, version, event_type, schema_version, "
                f"data, metadata, recorded_at) SELECT gen_random_uuid(), {new_id}, "
                f"r.version, r.event_type, r.schema_version, r.data, r.metadata, now() FROM "
                f"jsonb_populate_record(NULL::events, '{event}'::jsonb) r;")
        if job:
            lines.append(insert("jobs", job, f"jsonb_build_object('integration_id', {new_id})"))
        lines.append("COMMIT;")
        script = self.work / "own-transaction.sql"
        script.write_text("\n".join(lines) + "\n")
        return own_db, script

    # -- R4: transition -> subscriber latency with many subscribers

    def node_subscribers(self, port: int, key: str, count: int, mode: str) -> subprocess.Popen:
        proc = subprocess.Popen(
            ["node", str(ROOT / "bench" / "ws-subscribers.mjs"),
             f"ws://127.0.0.1:{port}/graphql/ws", str(count), mode],
            env=self.base_env() | {"CODEBOT_TOKEN": key}, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=open(self.logs / "node.log", "ab"), text=True,
            bufsize=1,
        )
        return proc

    @staticmethod
    def expect(proc: subprocess.Popen, prefix: str, timeout: float = 120) -> str:
        import selectors
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not sel.select(timeout=max(0.0, deadline - time.monotonic())):
                break
            line = proc.stdout.readline()
            if not line:
                raise BenchError(f"subscriber process exited ({proc.poll()}) before "
                                 f"'{prefix}' (see logs/node.log)")
            if line.startswith(prefix):
                return line.strip()
        raise BenchError(f"subscriber process did not say '{prefix}' within {timeout} s")

    @staticmethod
    def end_node(proc: subprocess.Popen) -> None:
        try:
            proc.stdin.write("EXIT\n")
            proc.stdin.flush()
            proc.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()

    def r4(self) -> None:
        runs = []
        processes = 1 if self.quick else 4
        per = self.subscribers // processes
        for rnd in range(1, self.rounds + 1):
            for backend in ("floor", "sqlite", "postgres"):
                if backend == "floor":
                    port = free_port()
                    server = Server(f"bare-broadcast-r4-{rnd}",
                                    [self.broadcast, f"127.0.0.1:{port}"],
                                    self.base_env(), port, self.logs)
                    server.start()
                    key = ""
                else:
                    server, key = self.product(backend, tag=f"r4-{backend}")
                nodes = []
                acks: dict[str, tuple[float, float]] = {}
                try:
                    nodes = [self.node_subscribers(server.port, key, per, "latency")
                             for _ in range(processes)]
                    for n in nodes:
                        self.expect(n, "READY")
                    for i in range(self.r4_events):
                        t_send = time.time() * 1000
                        if backend == "floor":
                            status, _, _ = post(server.port, {}, None, path="/emit")
                            if status != 200:
                                raise BenchError(f"R4 floor: /emit answered {status}")
                        else:
                            iid = graphql(server.port, key, CREATE,
                                          {"input": create_input(f"latency {i}")}
                                          )["createIntegration"]["id"]
                            acks[iid] = (t_send, time.time() * 1000)
                        time.sleep(0.1)
                    time.sleep(1.5)
                    receipts = []
                    for n in nodes:
                        n.stdin.write("REPORT\n")
                        n.stdin.flush()
                        while (line := n.stdout.readline()) and line.strip() != "DONE":
                            receipts.append(json.loads(line))
                finally:
                    for n in nodes:
                        self.end_node(n)
                    server.stop()
                positions = {r["p"] for r in receipts}
                expected = len(positions) * per * processes
                if not receipts or len(receipts) != expected:
                    raise BenchError(f"R4 {backend}: {len(receipts)} payloads received, "
                                     f"{expected} expected")
                from_recorded = [r["t"] - dt.datetime.fromisoformat(r["r"]).timestamp() * 1000
                                 for r in receipts]
                from_ack = [r["t"] - acks[r["i"]][1] for r in receipts if r["i"] in acks]
                from_send = [r["t"] - acks[r["i"]][0] for r in receipts if r["i"] in acks]
                by_event: dict[int, list[float]] = {}
                for r, lat in zip(receipts, from_recorded):
                    by_event.setdefault(r["p"], []).append(lat)
                row = {"round": rnd, "backend": backend, "subscribers": per * processes,
                       "first": statistics.median(min(v) for v in by_event.values()),
                       "last": statistics.median(max(v) for v in by_event.values()),
                       "events": len(positions), "payloads": len(receipts),
                       "p50": percentile(from_recorded, 50),
                       "p99": percentile(from_recorded, 99),
                       "max": max(from_recorded),
                       "ack_p99": percentile(from_ack, 99) if from_ack else None,
                       "send_p99": percentile(from_send, 99) if from_send else None}
                runs.append(row)
                log(f"R4 {backend} round {rnd}: p50 {row['p50']:.1f} ms, p99 "
                    f"{row['p99']:.1f} ms ({row['payloads']} payloads)")
        self.results["R4"] = {"runs": runs, "processes": processes}

    # -- R5: memory per idle websocket subscriber

    def r5(self) -> None:
        runs = []
        n = self.subscribers
        for rnd in range(1, self.rounds + 1):
            server, key = self.product("sqlite", tag="r5")
            node = None
            try:
                graphql(server.port, key, "{ me { name } }")
                time.sleep(1)
                before = rss_kib(server.pid)
                node = self.node_subscribers(server.port, key, n, "idle")
                self.expect(node, "READY")
                time.sleep(2)
                opened = rss_kib(server.pid)
                node.stdin.write("CLOSE\n")
                node.stdin.flush()
                self.expect(node, "CLOSED")
                # The allocator gives freed pages back after about 10 s.
                time.sleep(self.r5_settle)
                closed = rss_kib(server.pid)
            finally:
                if node:
                    self.end_node(node)
                server.stop()
            row = {"round": rnd, "subscribers": n, "before_kib": before, "open_kib": opened,
                   "closed_kib": closed, "per_sub": (opened - before) * 1024 / n,
                   "kept_per_sub": (closed - before) * 1024 / n}
            runs.append(row)
            log(f"R5 round {rnd}: {row['per_sub']:.0f} B per idle subscriber "
                f"({before} -> {opened} -> {closed} KiB)")
        self.results["R5"] = {"runs": runs}

    # -- R7: write transactions per pipeline step

    def r7(self) -> None:
        runs = []
        xmax = "SELECT txid_snapshot_xmax(txid_current_snapshot())"
        commits = ("SELECT xact_commit FROM pg_stat_database "
                   "WHERE datname = current_database()")
        for rnd in range(1, self.rounds + 1):
            # The worker runs in the process; its status report (a write every 5 s by
            # default) is pushed out of the window so that only the pipeline counts.
            server, key = self.product("postgres", role="all", tag="r7",
                                       extra={"CODEBOT_STATUS_REPORT_SECS": "3600"})
            db = server.env["DATABASE_URL"].rsplit("/", 1)[1]
            try:
                time.sleep(1)
                idle0 = int(self.pg.psql(db, xmax))
                time.sleep(3)
                idle = int(self.pg.psql(db, xmax)) - idle0
                x0 = int(self.pg.psql(db, xmax))
                c0 = int(self.pg.psql(db, commits))
                t0 = time.monotonic()
                iid = graphql(server.port, key, CREATE,
                              {"input": create_input("pipeline")})["createIntegration"]["id"]
                state = ""
                while time.monotonic() - t0 < 120:
                    state = self.pg.psql(db, f"SELECT state FROM integrations WHERE id = '{iid}'")
                    if state.upper() in ("REVIEWING", "FAILED"):
                        break
                    time.sleep(0.05)
                elapsed = time.monotonic() - t0
                if state.upper() != "REVIEWING":
                    raise BenchError(f"R7: the pipeline ended in {state!r}, not REVIEWING "
                                     f"(log: {server.log})")
                time.sleep(1)
                x1 = int(self.pg.psql(db, xmax))
                c1 = int(self.pg.psql(db, commits))
            finally:
                server.stop()
            total = x1 - x0
            drift = idle / 3 * (elapsed + 1)
            row = {"round": rnd, "write_txns": total, "idle_per_3s": idle,
                   "seconds": elapsed, "commits": c1 - c0,
                   "per_step": (total - drift) / 4}
            runs.append(row)
            log(f"R7 round {rnd}: {total} write transactions (idle: {idle} in 3 s), "
                f"{row['per_step']:.2f} per step; xact_commit +{c1 - c0}")
        self.results["R7"] = {"runs": runs}

    # -- R8: cold start to ready

    def r8(self) -> None:
        runs = []
        body = self.work / "r8.body"
        body.write_bytes(b"{}")
        # Migrated databases: every start after the first is a restart.
        envs = {}
        for backend in ("sqlite", "postgres"):
            env, port = self.codebot_env(backend, "all")
            envs[backend] = (env, port)
        for rnd in range(1, self.r8_rounds + 1):
            port = free_port()
            bare = Server("bare-axum-r8", [self.bare, f"127.0.0.1:{port}", str(body),
                                           "application/json"], self.base_env(), port,
                          self.logs)
            row = {"round": rnd, "ref_ms": bare.start() * 1000}
            bare.stop()
            for backend, (env, port) in envs.items():
                server = Server(f"codebot-r8-{backend}", [self.codebot, "serve"], env, port,
                                self.logs)
                row[f"{backend}_ms"] = server.start() * 1000
                server.stop()
                row[f"{backend}_ratio"] = row[f"{backend}_ms"] / row["ref_ms"]
            runs.append(row)
            log(f"R8 round {rnd}: bare {row['ref_ms']:.1f} ms, SQLite "
                f"{row['sqlite_ms']:.1f} ms, PostgreSQL {row['postgres_ms']:.1f} ms")
        self.results["R8"] = {"runs": runs}

    # -- driver

    def run(self, only: set[str]) -> None:
        self.pg.start()
        try:
            self.pg_version = self.pg.version()
            for name, step in (("R1", self.r1), ("R2", self.r2_r3), ("R4", self.r4),
                               ("R5", self.r5), ("R7", self.r7), ("R8", self.r8)):
                if only and name not in only and not (name == "R2" and "R3" in only):
                    continue
                t0 = time.monotonic()
                try:
                    step()
                except (BenchError, subprocess.SubprocessError, OSError, ValueError,
                        KeyError) as e:
                    detail = e.stderr if isinstance(e, subprocess.CalledProcessError) else ""
                    msg = f"{name}{'/R3' if name == 'R2' else ''}: {e} {detail or ''}".strip()
                    log(f"FAILED {msg}")
                    traceback.print_exc()
                    self.failures.append(msg)
                log(f"{name} took {time.monotonic() - t0:.0f} s")
        finally:
            self.pg.stop()


# ---------------------------------------------------------------- the report


def machine() -> dict:
    model = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kib = int(f.readline().split()[1])

    def git(*a: str) -> str:
        return subprocess.run(["git", *a], cwd=ROOT, capture_output=True,
                              text=True).stdout.strip()

    dirty = bool(git("status", "--porcelain", "--untracked-files=no"))
    return {
        "nproc": os.cpu_count(), "cpu": model, "mem_gib": mem_kib / 1024 / 1024,
        "kernel": os.uname().release,
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git("rev-parse", "--short", "HEAD") or "unknown",
        "dirty": dirty,
    }


def shown(path: str) -> str:
    inside = Path(path).is_relative_to(ROOT)
    return os.path.relpath(path, ROOT) if inside else path


def verdict(value: float, goal: float, higher_is_better: bool) -> str:
    if higher_is_better:
        return "meets goal" if value >= goal else f"short by {goal / value:.1f}×"
    return "meets goal" if value <= goal else f"over by {value / goal:.1f}×"


def f(x: float, digits: int = 2) -> str:
    return f"{x:,.{digits}f}"


def report(suite: Suite, m: dict, elapsed: float) -> str:
    r = suite.results
    args = suite.args
    out = ["# Benchmarks", ""]
    out += [
        "Measured by `scripts/bench.sh` (bench/run.py): the budgets of the design, as ratios "
        "against a reference measured in the same run, rounds interleaved (reference, "
        "product, reference, product, …). The figure for each ratio is the median of its "
        "rounds; every run is listed. Generated file: rerun the suite to refresh it.", "",
        "## Machine and build", "",
        f"- machine: {m['nproc']} cores ({m['cpu']}), {m['mem_gib']:.1f} GiB, Linux "
        f"{m['kernel']}; shared and noisy (other work ran on it meanwhile), so read the "
        "ratios, not the absolute rates",
        f"- date: {m['date']}",
        (f"- commit: `{args.product_commit}` (the product's build; the work tree's HEAD "
         f"was `{m['commit']}`, " if args.product_commit else f"- commit: `{m['commit']}` (")
        + ("with uncommitted changes)" if m["dirty"] else "clean work tree)"),
        f"- product: `{shown(suite.codebot)}`; reference: "
        f"`{shown(suite.bare)}`; PostgreSQL {getattr(suite, 'pg_version', '?')}"
        + (" (a private cluster started by the suite)" if suite.pg.own else "")
        + (f"; {args.build_note}" if args.build_note else ""),
        f"- mode: {'quick (smoke)' if suite.quick else 'full'}; {suite.rounds} "
        f"round{'s' if suite.rounds > 1 else ''} ({suite.r8_rounds} for R8); "
        f"{suite.load_secs} s per load run; the whole suite took {elapsed / 60:.1f} min",
        "",
    ]
    summary = ["## Summary", "", "| ratio | goal | median | verdict |", "|---|---|---|---|"]
    details = ["## Every run", ""]

    def add(name: str, goal_text: str, value: float | None, goal: float, higher: bool,
            fmt) -> None:
        if value is None:
            summary.append(f"| {name} | {goal_text} | not measured | — |")
        else:
            summary.append(f"| {name} | {goal_text} | {fmt(value)} | "
                           f"{verdict(value, goal, higher)} |")

    med = statistics.median
    if "R1" in r:
        details += [f"### R1 — `integration(id)` query ÷ bare axum, same bytes "
                    f"(wrk, {args.r1_connections} connections, {suite.load_secs} s a run)", "",
                    "The GraphQL floor is the same GraphQL library on the same framework "
                    "answering the same bytes from one object in memory (bench/src/bin/"
                    "bare-graphql.rs): no authentication, limits, cache or database. "
                    "It bounds what any server built on that library can reach. On "
                    "PostgreSQL, the floor with Redis is the same floor reading the "
                    "integration from Redis (one GET through deadpool-redis, then JSON "
                    "decoding) on each query, as the product behind Redis reads its cached "
                    "view.", "",
                    "| round | backend | bytes | bare axum req/s | floor req/s | "
                    "floor with Redis req/s | codebot req/s | R1 | floor ÷ bare | "
                    "codebot ÷ floor | codebot ÷ floor with Redis | "
                    "bare axum CPU/request | floor CPU/request | floor with Redis "
                    "CPU/request | codebot CPU/request | CPU ratio |",
                    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        dash = lambda x, k, d, unit="": f"{f(x[k], d)}{unit}" if k in x else "—"  # noqa: E731
        for x in r["R1"]["runs"]:
            details.append(
                f"| {x['round']} | {x['backend']} | {x['bytes']} | {f(x['ref_rps'], 0)} | "
                f"{f(x['floor_rps'], 0)} | {dash(x, 'rfloor_rps', 0)} | "
                f"{f(x['product_rps'], 0)} | {f(x['ratio'], 3)} | "
                f"{f(x['floor_ratio'], 3)} | {f(x['of_floor'], 3)} | "
                f"{dash(x, 'of_rfloor', 3)} | "
                f"{f(x['ref_cpu_us'], 1)} µs | {f(x['floor_cpu_us'], 1)} µs | "
                f"{dash(x, 'rfloor_cpu_us', 1, ' µs')} | "
                f"{f(x['product_cpu_us'], 1)} µs | {f(x['cpu_ratio'], 2)}× |")
        details.append("")
        floor_runs = r["R1"]["runs"]
        if floor_runs:
            for backend, label in (("sqlite", "SQLite"), ("postgres", "PostgreSQL")):
                runs = [x for x in floor_runs if x["backend"] == backend]
                if runs:
                    summary.append(
                        f"| R1 reference: GraphQL floor req/s ÷ bare axum ({label}) | — | "
                        f"{f(med([x['floor_ratio'] for x in runs]), 3)} | the library's own "
                        f"bound; codebot reaches "
                        f"{f(med([x['of_floor'] for x in runs]), 2)} of it |")
                    cached = [x for x in runs if "rfloor_ratio" in x]
                    if cached:
                        summary.append(
                            f"| R1 reference: GraphQL floor reading from Redis req/s ÷ bare "
                            f"axum ({label}) | — | "
                            f"{f(med([x['rfloor_ratio'] for x in cached]), 3)} | the bound "
                            f"for a read through a shared cache; codebot reaches "
                            f"{f(med([x['of_rfloor'] for x in cached]), 2)} of it |")
        for backend, label in (("sqlite", "SQLite"), ("postgres", "PostgreSQL")):
            runs = [x for x in r["R1"]["runs"] if x["backend"] == backend]
            add(f"R1 query req/s ÷ bare axum ({label})", "≥ 0.4",
                med([x["ratio"] for x in runs]) if runs else None, 0.4, True,
                lambda v: f(v, 3))
            add(f"R1 server CPU per request ÷ bare axum ({label})", "≤ 2.5×",
                med([x["cpu_ratio"] for x in runs]) if runs else None, 2.5, False,
                lambda v: f"{f(v, 1)}×")
    else:
        add("R1 query req/s ÷ bare axum", "≥ 0.4", None, 0.4, True, str)
    for name, goal in (("R2", 0.85), ("R3", 0.60)):
        if name in r:
            w = r[name]["writers"]
            details += [f"### {name} — `createIntegration` mutations/s ÷ PostgreSQL single-row "
                        f"inserts/s, {w} writer{'s' if w > 1 else ''}", "",
                        "`its own transaction`: pgbench replaying what one createIntegration "
                        "writes (the same statements in one transaction, copies of a real "
                        "create's rows, same connections): the floor a create's own database "
                        "work sets, before any HTTP, GraphQL or validation.", "",
                        "| round | pgbench inserts/s | its own transaction/s | "
                        "codebot mutations/s | ratio | codebot ÷ own transaction |",
                        "|---|---|---|---|---|---|"]
            for x in r[name]["runs"]:
                details.append(f"| {x['round']} | {f(x['ref_tps'], 0)} | "
                               f"{f(x.get('own_tps', 0), 0)} | "
                               f"{f(x['product_rate'], 0)} | {f(x['ratio'], 3)} | "
                               f"{f(x.get('of_own', 0), 3)} |")
            details.append("")
            runs = r[name]["runs"]
            if runs and "own_tps" in runs[0]:
                summary.append(
                    f"| {name} reference: its own transaction ÷ PostgreSQL inserts, {w} "
                    f"writer{'s' if w > 1 else ''} | — | "
                    f"{f(med([x['own_tps'] / x['ref_tps'] for x in runs]), 3)} | the floor "
                    f"a create's own writes set; codebot reaches "
                    f"{f(med([x['of_own'] for x in runs]), 2)} of it |")
            add(f"{name} createIntegration ÷ PostgreSQL inserts, {w} writer"
                f"{'s' if w > 1 else ''}", f"≥ {goal}",
                med([x["ratio"] for x in r[name]["runs"]]), goal, True, lambda v: f(v, 3))
        else:
            add(f"{name} createIntegration ÷ PostgreSQL inserts", f"≥ {goal}", None, goal,
                True, str)
    if "R4" in r:
        details += [f"### R4 — transition → subscriber latency "
                    f"({r['R4']['runs'][0]['subscribers']} graphql-transport-ws subscribers on "
                    f"`events`, in {r['R4']['processes']} Node.js processes)", "",
                    "Latency of every payload at every subscriber, from the event's "
                    "`recordedAt` to its receipt; also from the mutation's answer (ack) and "
                    "from the mutation's send (the event may arrive before the answer, so "
                    "ack latencies can be negative).", "",
                    "`first` and `last`: for each event, the latency at its fastest and at its "
                    "slowest subscriber, median over the events (the gap is the fan-out to "
                    "every connection, client side included).", "",
                    "`floor`: the same subscribers on a bare `graphql-transport-ws` server "
                    "(bench/src/bin/bare-broadcast.rs) that sends each event, serialised "
                    "once and stamped when made, to every subscription: no authentication, "
                    "GraphQL execution or store. Its latency is what the machine, the "
                    "runtime and the subscribers' own processes cost at the least.", "",
                    "| round | backend | events | payloads | p50 | p99 | max | first | last | "
                    "p99 from ack | p99 from send |",
                    "|---|---|---|---|---|---|---|---|---|---|---|"]
        ms = lambda v: "—" if v is None else f"{f(v, 1)} ms"  # noqa: E731
        for x in r["R4"]["runs"]:
            details.append(f"| {x['round']} | {x['backend']} | {x['events']} | {x['payloads']} | "
                           f"{ms(x['p50'])} | {ms(x['p99'])} | {ms(x['max'])} | "
                           f"{ms(x['first'])} | {ms(x['last'])} | "
                           f"{ms(x['ack_p99'])} | {ms(x['send_p99'])} |")
        details.append("")
        floor = [x["p99"] for x in r["R4"]["runs"] if x["backend"] == "floor"]
        if floor:
            summary.append(
                f"| R4 reference: the live-update floor's p99, same subscribers | — | "
                f"{f(med(floor), 1)} ms | what delivering to them costs here at the least "
                f"(bench/src/bin/bare-broadcast.rs) |")
        for backend, label in (("sqlite", "SQLite"), ("postgres", "PostgreSQL")):
            runs = [x["p99"] for x in r["R4"]["runs"] if x["backend"] == backend]
            add(f"R4 transition → subscriber p99, {r['R4']['runs'][0]['subscribers']} "
                f"subscribers ({label})", "< 50 ms", med(runs) if runs else None, 50, False,
                lambda v: f"{f(v, 1)} ms")
    else:
        add("R4 transition → subscriber p99", "< 50 ms", None, 50, False, str)
    if "R5" in r:
        details += ["### R5 — server memory per idle websocket subscriber (VmRSS, SQLite)", "",
                    f"RSS after closing: {suite.r5_settle} s after the last connection "
                    "closed.", "",
                    "| round | subscribers | RSS before | RSS with them open | RSS after closing "
                    "| per subscriber | still held per subscriber after closing |",
                    "|---|---|---|---|---|---|---|"]
        for x in r["R5"]["runs"]:
            details.append(f"| {x['round']} | {x['subscribers']} | {f(x['before_kib'], 0)} KiB | "
                           f"{f(x['open_kib'], 0)} KiB | {f(x['closed_kib'], 0)} KiB | "
                           f"{f(x['per_sub'] / 1024, 1)} KiB | "
                           f"{f(x['kept_per_sub'] / 1024, 1)} KiB |")
        details.append("")
        add("R5 memory per idle subscriber", "< 16 KiB",
            med([x["per_sub"] for x in r["R5"]["runs"]]) / 1024, 16, False,
            lambda v: f"{f(v, 1)} KiB")
    else:
        add("R5 memory per idle subscriber", "< 16 KiB", None, 16, False, str)
    summary.append("| R6 | — | no budget of its own | — |")
    if "R7" in r:
        details += ["### R7 — write transactions per pipeline step (PostgreSQL)", "",
                    "Transaction ids consumed (`txid_current_snapshot()` xmax before and after) "
                    "from the `createIntegration` mutation until REVIEWING (validate, generate, "
                    "test, pull_request: 4 steps), less the idle rate measured just before; "
                    "`xact_commit` counts read-only transactions too and is shown for "
                    "comparison only.", "",
                    "| round | write transactions | idle in 3 s | pipeline time | "
                    "xact_commit | per step |", "|---|---|---|---|---|---|"]
        for x in r["R7"]["runs"]:
            details.append(f"| {x['round']} | {x['write_txns']} | {x['idle_per_3s']} | "
                           f"{f(x['seconds'], 2)} s | {x['commits']} | {f(x['per_step'], 2)} |")
        details.append("")
        create = getattr(suite, "create_txns", None)
        if create is not None:
            rest = med([x["per_step"] * 4 - create for x in r["R7"]["runs"]]) / 4
            details += [f"The `createIntegration` mutation alone takes {create} transaction "
                        f"id(s) (measured during R2's setup, no worker running); without it "
                        f"the pipeline takes {f(rest, 2)} write transactions per step "
                        "(median).", ""]
        add("R7 write transactions per pipeline step", "≤ 2",
            med([x["per_step"] for x in r["R7"]["runs"]]), 2, False, lambda v: f(v, 2))
    else:
        add("R7 write transactions per pipeline step", "≤ 2", None, 2, False, str)
    if "R8" in r:
        details += ["### R8 — cold start to ready ÷ bare axum (exec → first 200 from /readyz, "
                    "polled every 2 ms; migrated databases)", "",
                    "| round | bare axum | codebot SQLite | ratio | codebot PostgreSQL | ratio |",
                    "|---|---|---|---|---|---|"]
        for x in r["R8"]["runs"]:
            details.append(f"| {x['round']} | {f(x['ref_ms'], 1)} ms | {f(x['sqlite_ms'], 1)} ms "
                           f"| {f(x['sqlite_ratio'], 1)}× | {f(x['postgres_ms'], 1)} ms | "
                           f"{f(x['postgres_ratio'], 1)}× |")
        details.append("")
        for backend, label in (("sqlite", "SQLite"), ("postgres", "PostgreSQL")):
            add(f"R8 cold start ÷ bare axum ({label})", "≤ 3×",
                med([x[f"{backend}_ratio"] for x in r["R8"]["runs"]]), 3, False,
                lambda v: f"{f(v, 1)}×")
    else:
        add("R8 cold start ÷ bare axum", "≤ 3×", None, 3, False, str)
    if suite.failures:
        summary += ["", "Measurements that could not run:", ""]
        summary += [f"- {x}" for x in suite.failures]
    how = (ROOT / "bench" / "REPORT_TAIL.md").read_text()
    return "\n".join(out + summary + [""] + details) + "\n" + how


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="smoke form: 1 round, tiny loads")
    p.add_argument("--out", default=str(ROOT / "BENCHMARKS.md"), help="report file")
    p.add_argument("--codebot", default=str(ROOT / "target/release/codebot"))
    p.add_argument("--bare-axum", default=str(ROOT / "target/release/bare-axum"))
    p.add_argument("--bare-graphql", default=str(ROOT / "target/release/bare-graphql"))
    p.add_argument("--bare-broadcast", default=str(ROOT / "target/release/bare-broadcast"))
    p.add_argument("--postgres-url", help="use this server (postgres://USER@HOST:PORT) "
                   "instead of a private cluster")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--seconds", type=float, default=8, help="length of each load run")
    p.add_argument("--r1-connections", type=int, default=16)
    p.add_argument("--only", default="", help="comma-separated ratios, e.g. R1,R8")
    p.add_argument("--keep", action="store_true", help="keep the work directory and logs")
    p.add_argument("--product-commit", default="", help="the commit the product was "
                   "built from, when it is not the work tree's (for the report)")
    p.add_argument("--build-note", default="", help="a note on how the product was built, "
                   "for the report")
    args = p.parse_args()

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 65536)), hard))
    for tool in ("wrk", "pgbench", "psql", "node"):
        if not shutil.which(tool):
            log(f"{tool} is missing (scripts/bench.sh installs what it can)")
            return 1
    for binary in (args.codebot, args.bare_axum, args.bare_graphql, args.bare_broadcast):
        if not os.access(binary, os.X_OK):
            log(f"{binary} is missing: build it first (scripts/bench.sh does)")
            return 1
    work = Path(tempfile.mkdtemp(prefix="codebot-bench-"))
    started = time.monotonic()
    facts = machine()  # the commit when the run starts
    suite = Suite(args, work)
    only = {x.strip().upper() for x in args.only.split(",") if x.strip()}
    try:
        suite.run(only)
    finally:
        if args.keep or suite.failures:
            log(f"work directory and logs kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    text = report(suite, facts, time.monotonic() - started)
    Path(args.out).write_text(text)
    log(f"wrote {args.out} in {(time.monotonic() - started) / 60:.1f} min")
    if suite.failures:
        log(f"{len(suite.failures)} measurement(s) could not run")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
