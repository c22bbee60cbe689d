#!/usr/bin/env bash
# The benchmark suite (bench/run.py): measures the design's budgets as ratios R1-R8
# against references run alongside, and writes BENCHMARKS.md.
#
#   scripts/bench.sh            full suite on release builds (about 10 minutes)
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
          --bare-graphql target/debug/bare-graphql)
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
