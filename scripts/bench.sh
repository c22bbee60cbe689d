#!/usr/bin/env bash
# The benchmark suite (bench/run.py): measures the product against references run
# alongside, as ratios with goals, and writes BENCHMARKS.md. R1: a read-model query
# serves at least 0.4x a bare axum endpoint's requests/s, at most 2.5x its CPU per
# request; R2/R3: createIntegration reaches 0.85x (1 writer) / 0.60x (32 writers)
# PostgreSQL's single-row inserts/s; R4: a state change reaches each websocket
# subscriber (1,000 in the full suite) within 50 ms at p99; R5: an idle subscriber
# costs under 16 KiB; R7: at most 2 write transactions per pipeline step; R8: a cold
# start to ready takes at most 3x a bare axum server's. (There is no R6.)
#
#   scripts/bench.sh            full suite on release builds (about 13 minutes)
#   scripts/bench.sh --quick    smoke form on debug builds (what CI runs; the report goes
#                               to a temporary file unless --out is given)
# Other arguments go to bench/run.py (see `python3 bench/run.py --help`).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '==> %s\n' "$*"; }
fail() { printf 'bench.sh: %s\n' "$*" >&2; exit 1; }

quick=false
out_given=false
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    --out|--out=*) out_given=true ;;
  esac
done

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! command -v wrk >/dev/null; then
  log "wrk is missing: installing Debian's wrk"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null || fail "cannot install wrk"
fi
command -v pgbench >/dev/null || fail "pgbench is missing: install PostgreSQL's client (apt-get install postgresql-client)"
command -v node >/dev/null || fail "node is missing: install Node.js 20 or newer"
if [ ! -d tests/js/node_modules/graphql-ws ]; then
  log "installing the Node.js clients (tests/js)"
  (cd tests/js && npm ci --no-audit --no-fund --loglevel=error)
fi

extra=()
if $quick; then
  log "building codebot and the reference servers (debug: this is the smoke form)"
  cargo build --locked --bin codebot
  cargo build --locked -p bench
  extra+=(--codebot target/debug/codebot --bare-axum target/debug/bare-axum
          --bare-graphql target/debug/bare-graphql --bare-broadcast target/debug/bare-broadcast)
  if ! $out_given; then
    report=$(mktemp --suffix=.md)
    extra+=(--out "$report")
  fi
else
  log "building codebot and the reference servers (release)"
  cargo build --release --locked --bin codebot
  cargo build --release --locked -p bench
fi
exec python3 bench/run.py "${extra[@]}" "$@"
