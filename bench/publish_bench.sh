#!/usr/bin/env bash
# Publish throughput and latency of the real `hookwork serve` next to SQLite's own
# ceiling for the same rows, then the HTTP library comparison (Boost.Beast vs
# cpp-httplib doing the same publish work). Figures and how to read them:
# docs/benchmarks.md ("Runner: publish") and docs/http-server.md.
#
# Builds nothing; build first:
#   cmake --preset release && cmake --build --preset release -j2 --target hookwork \
#     publish_sqlite_ceiling publish_store_rate publish_work_rate publish_server_httplib publish_server_beast
# Usage: bench/publish_bench.sh [BUILD_DIR]        (default: build/release of this tree)
# Environment: SECONDS_PER_RUN (10), RATE (1000 events/s), CONNECTIONS (16, saturation),
#   WIDE_CONNECTIONS (64, the runner's second saturation run), RATE_CONNECTIONS (16, fixed rate),
#   LIB_THREADS (16, each comparison server's), ROUNDS (3, of the comparison), TMPDIR (where
#   the SQLite files go: the disk under test), HOOKWORK (another hookwork binary to measure).
# Needs wrk, curl, sqlite3 (scripts/install-deps.sh runner). About 4 minutes with the
# defaults; every server it starts is stopped, its temp directory removed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build/release}" && pwd)
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
RATE=${RATE:-1000}
CONNECTIONS=${CONNECTIONS:-16}
WIDE_CONNECTIONS=${WIDE_CONNECTIONS:-64}
RATE_CONNECTIONS=${RATE_CONNECTIONS:-16}
LIB_THREADS=${LIB_THREADS:-16}
ROUNDS=${ROUNDS:-3}
PUBLISH_LUA="$here/publish/publish.lua"
EVENT_JSON="$here/publish/event.json"
hookwork=${HOOKWORK:-$build/runner/hookwork}
ceiling_bin="$build/bench/publish_sqlite_ceiling"
store_bin="$build/bench/publish_store_rate"
work_bin="$build/bench/publish_work_rate"
for bin in "$hookwork" "$ceiling_bin" "$store_bin" "$work_bin" "$build/bench/publish_server_httplib" "$build/bench/publish_server_beast"; do
  [ -x "$bin" ] || { echo "publish_bench: $bin is not built (see the top of $0)" >&2; exit 2; }
done
for tool in wrk curl sqlite3; do
  command -v "$tool" >/dev/null || { echo "publish_bench: $tool missing: scripts/install-deps.sh runner" >&2; exit 2; }
done

# shellcheck source=publish/servers.sh
source "$here/publish/servers.sh"
# shellcheck source=publish/wrk_run.sh
source "$here/publish/wrk_run.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/hookwork-publish-bench.XXXXXX")
RESULTS="$WORK/results"
: >"$RESULTS"
trap 'stop_all_servers; rm -rf "$WORK"' EXIT

echo "date $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "commit $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown), SQLite files on $(df -T "$WORK" | awk 'NR==2 {print $2 " (" $1 ")"}')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- SQLite's ceiling: the same rows in batched transactions, nothing else ---------------
# Batches of 1, of as many as the connections could fill, and of the runner's largest group commit.
"$ceiling_bin" "$WORK" "$EVENT_JSON" 3 1 "$CONNECTIONS" "$WIDE_CONNECTIONS" 512 >"$WORK/ceiling.out"
ceiling=$(awk '{ split($4, kv, "="); if (kv[2] > max) max = kv[2] } END { print max }' "$WORK/ceiling.out")
# --- The runner's store layer without HTTP: as many publishing threads as connections ---
"$store_bin" "$WORK" "$EVENT_JSON" 3 "$CONNECTIONS" "$WIDE_CONNECTIONS" >"$WORK/store.out"

# --- The runner --------------------------------------------------------------------------
store="sqlite:$WORK/runner.db"
key=$("$hookwork" accounts create bench --store "$store" 2>/dev/null | head -n1)
[ -n "$key" ] || { echo "publish_bench: '$hookwork accounts create' printed no API key" >&2; exit 1; }
# Group commit batches only what is waiting: a second saturation run with more connections
# shows how close batching gets to the ceiling. (Publishes take no handler thread on the Beast
# runner; --http-threads sizes the blocking pool, and keeps older cpp-httplib binaries, where it
# was one thread per connection, comparable when passed as HOOKWORK.)
serve_args=(serve --listen 127.0.0.1:0 --store "$store" --log-level warn --http-threads "$WIDE_CONNECTIONS")
# A delivery worker would compete for the CPU and the write lock: measure publishing alone.
if "$hookwork" serve --help 2>&1 | grep -qE -- '--deliver([^-_a-z]|$)'; then serve_args+=(--deliver=false); fi
echo "runner: $hookwork ${serve_args[*]}"
start_server "$WORK/runner.log" "$hookwork" "${serve_args[@]}"
runner_port=$SERVER_PORT
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$runner_port/v1/bench/webhooks" \
  -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  --data '{"event":"optin_finalized","url":"https://receiver.example.com/hook"}')
[ "$status" = 201 ] || { echo "publish_bench: creating the hook answered $status" >&2; exit 1; }
expect_publish_202 "$runner_port" bench "$key" "$EVENT_JSON"
run_wrk runner_warmup "$runner_port" bench "$key" "$CONNECTIONS" 2 0
run_wrk runner_saturation "$runner_port" bench "$key" "$CONNECTIONS" "$SECONDS_PER_RUN" 0
run_wrk runner_saturation_wide "$runner_port" bench "$key" "$WIDE_CONNECTIONS" "$SECONDS_PER_RUN" 0
run_wrk runner_rate "$runner_port" bench "$key" "$RATE_CONNECTIONS" "$SECONDS_PER_RUN" "$RATE"
stop_server "$SERVER_PID"
rows=$(sqlite3 "$WORK/runner.db" "SELECT (SELECT COUNT(*) FROM events) || ' events, ' ||
  (SELECT COUNT(*) FROM deliveries) || ' deliveries'")

# --- HTTP libraries: the same publish work (no SQLite) on Beast and on cpp-httplib -------
# The work alone first: what is left of a server's CPU per event is the HTTP library's (and TCP's).
"$work_bin" "$EVENT_JSON" 3 >"$WORK/work.out"
hex=$(od -An -tx1 -N30 /dev/urandom | tr -d ' \n')
lib_key="hwk_${hex:0:12}_${hex:12:48}"
# Both servers get as many threads as the runner's pool (cpp-httplib needs one per connection;
# Beast runs one event loop per thread): on a shared machine the scheduler hands out CPU by
# runnable thread, so equal thread counts are what keeps the comparison about the libraries.
compare() {  # compare NAME ROUND
  local name=$1 round=$2
  start_server "$WORK/$name.log" "$build/bench/publish_server_$name" "$LIB_THREADS" "$lib_key"
  expect_publish_202 "$SERVER_PORT" bench "$lib_key" "$EVENT_JSON"
  run_wrk "${name}_warmup" "$SERVER_PORT" bench "$lib_key" "$CONNECTIONS" 2 0
  run_wrk "${name}_saturation_r$round" "$SERVER_PORT" bench "$lib_key" "$CONNECTIONS" "$SECONDS_PER_RUN" 0
  run_wrk "${name}_rate_r$round" "$SERVER_PORT" bench "$lib_key" "$RATE_CONNECTIONS" "$SECONDS_PER_RUN" "$RATE"
  stop_server "$SERVER_PID"
}
for round in $(seq "$ROUNDS"); do
  # Alternate the order so drift on the shared machine does not always favour one side.
  if [ $((round % 2)) -eq 1 ]; then order="beast httplib"; else order="httplib beast"; fi
  for name in $order; do compare "$name" "$round"; done
done

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
"$here/publish/report.sh" "$WORK" "$ceiling" "$rows" "$RATE"
