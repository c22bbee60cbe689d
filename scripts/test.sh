#!/usr/bin/env bash
# Runs every test of the project on a fresh machine of the `rust-svc` kind:
# starts PostgreSQL and Redis when they are down (and fails loudly when they cannot be
# reached), installs the JavaScript test tools and Chromium, checks the dashboard
# (unit tests, and that the committed web/dist is its build), builds `codebot`, runs
# the Rust tests, then drives the dashboard the binary serves in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '==> %s\n' "$*"; }
fail() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

wait_for() { # wait_for DESCRIPTION COMMAND...
  local what=$1; shift
  for _ in $(seq 1 60); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  fail "$what did not come up"
}

ensure_postgres() {
  if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then return; fi
  log "PostgreSQL is down: starting it"
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  fi
  wait_for "PostgreSQL on 127.0.0.1:5432" pg_isready -h 127.0.0.1 -p 5432 -q
}

ensure_redis() {
  if redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; then return; fi
  log "Redis is down: starting it"
  if command -v redis-server >/dev/null; then
    mkdir -p /var/lib/redis /var/log/redis
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" \
      --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
  fi
  wait_for "Redis on 127.0.0.1:6379" sh -c 'redis-cli -h 127.0.0.1 -p 6379 ping | grep -q PONG'
}

command -v pg_isready >/dev/null || fail "pg_isready is missing: install PostgreSQL (apt-get install postgresql)"
command -v node >/dev/null || fail "node is missing: install Node.js 20 or newer"
ensure_postgres
ensure_redis
psql -h 127.0.0.1 -U postgres -d postgres -qtAc 'select 1' >/dev/null \
  || fail "PostgreSQL at 127.0.0.1:5432 refuses user postgres (trust auth expected)"
log "PostgreSQL and Redis are up"

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return; fi
  log "Chromium is missing: installing Debian's chromium"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium >/dev/null \
    || fail "cannot install chromium (apt-get install chromium) for the browser tests"
  [ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is still missing"
}
ensure_chromium

ensure_prometheus() {
  if command -v promtool >/dev/null && command -v prometheus >/dev/null; then return; fi
  log "Prometheus is missing: installing Debian's prometheus (for promtool and the scrape test)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq prometheus >/dev/null \
    || fail "cannot install prometheus (apt-get install prometheus) for the metrics tests"
  command -v promtool >/dev/null || fail "promtool is still missing"
}
ensure_prometheus

log "installing the JavaScript test tools (tests/js)"
(cd tests/js && npm ci --no-audit --no-fund --loglevel=error)

log "the dashboard: unit tests, and the committed web/dist is its build"
(cd web && npm ci --no-audit --no-fund --loglevel=error && npm run typecheck --silent && npm test --silent && npm run check-dist --silent)

log "the deployment files: compose, Dockerfile, Kubernetes"
scripts/validate-deploy.sh

log "building codebot"
cargo build --locked --bin codebot

log "running the tests"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
set +e
cargo test --locked --workspace -- --test-threads="${TEST_THREADS:-4}" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
set -e
pg=$(grep -cE '^test .*::postgres \.\.\. ok$' "$out" || true)
lite=$(grep -cE '^test .*::sqlite \.\.\. ok$' "$out" || true)
log "database tests passed: $lite on SQLite, $pg on PostgreSQL"
[ "$status" -eq 0 ] || exit "$status"
[ "$pg" -gt 0 ] || fail "no PostgreSQL test ran"

log "hostile scorecard (short form)"
scripts/scorecard.sh --quick

log "benchmark smoke run (scripts/bench.sh --quick: debug builds, tiny loads, no thresholds)"
scripts/bench.sh --quick --out "$(mktemp --suffix=.md)"

log "the dashboard in Chromium, as the binary serves it"
(cd web && E2E_UI=server CODEBOT_BIN=../target/debug/codebot npm run test:browser --silent)
