#!/usr/bin/env bash
# Runner deliveries, end to end, against bench/delivery_receiver (answers 200, only counts):
#   1. throughput: N events published with delivery off, then `hookwork serve` restarted with
#      delivery on and timed until every attempt is recorded (hookwork_delivery_attempts_settled);
#      the peers are wrk's request rate against the same receiver, run before and after, and
#      SQLite's ceiling for the rows a delivery writes (bench/delivery_sqlite_ceiling.cpp), run after.
#   2. latency: events published at a fixed rate (default 1000/s) with delivery on; each event
#      carries its send time, the receiver records publish -> arrival.
#   3. RSS: a backlog of 1 000 000 deliveries seeded straight into the store (the runner's schema,
#      one hook), then `hookwork serve` delivers for a bounded time while VmRSS/VmHWM is sampled.
# Everything is on 127.0.0.1, bounded in time, and the script stops every process it started.
#
# Build first:
#   cmake --preset release && cmake --build --preset release -j2 \
#     --target hookwork hookwork_receiver delivery_receiver delivery_load delivery_sqlite_ceiling
# Usage: bench/delivery_bench.sh [--only throughput|latency|rss] [--events N] [--wrk-seconds S]
#          [--rate R] [--latency-seconds S] [--backlog N] [--rss-seconds S] [--in-flight N]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${BUILD:-$ROOT/build/release}"
HOOKWORK="${HOOKWORK:-$BUILD/runner/hookwork}"  # HOOKWORK=/path/to/other/build compares two binaries
RECEIVER="$BUILD/bench/delivery_receiver"
LOAD="$BUILD/bench/delivery_load"
CEILING="$BUILD/bench/delivery_sqlite_ceiling"

ONLY="" EVENTS=50000 WRK_SECONDS=10 RATE=1000 LATENCY_SECONDS=20 BACKLOG=1000000 RSS_SECONDS=60 IN_FLIGHT=256
while [ $# -gt 0 ]; do
  case "$1" in
    --only) ONLY="$2" ;;
    --events) EVENTS="$2" ;;
    --wrk-seconds) WRK_SECONDS="$2" ;;
    --rate) RATE="$2" ;;
    --latency-seconds) LATENCY_SECONDS="$2" ;;
    --backlog) BACKLOG="$2" ;;
    --rss-seconds) RSS_SECONDS="$2" ;;
    --in-flight) IN_FLIGHT="$2" ;;
    *) echo "delivery_bench: unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done
for bin in "$HOOKWORK" "$RECEIVER" "$LOAD" "$CEILING"; do
  [ -x "$bin" ] || { echo "delivery_bench: $bin missing; build it first (see the header of $0)" >&2; exit 2; }
done
for tool in wrk curl sqlite3; do
  command -v "$tool" >/dev/null || { echo "delivery_bench: $tool missing (scripts/install-deps.sh runner)" >&2; exit 2; }
done

TMP="$(mktemp -d "${TMPDIR:-/tmp}/hookwork-delivery-bench.XXXXXX")"
# Kills $1 only while it is still one of our programs (a reaped PID may belong to someone else by now).
kill_ours() {
  local pid="$1" sig="${2:-9}"
  [ -n "$pid" ] || return 0
  case "$({ tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null)" in
    "$HOOKWORK serve"* | "$RECEIVER"*) kill "-$sig" "$pid" 2>/dev/null || true ;;
  esac
}
cleanup() {
  kill_ours "${SERVE_PID:-}"
  kill_ours "${RX_PID:-}"
  wait 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT
log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
ROWS=() CEILING_ROWS=()
row() { ROWS+=("$(printf '| %s | %s | %s |' "$1" "$2" "$3")"); }

# Prints the port a process wrote as "listening on http://127.0.0.1:PORT" into $1, waiting up to 60 s.
wait_port() {
  local file="$1" i
  for ((i = 0; i < 600; i++)); do
    if grep -q 'listening on http://' "$file" 2>/dev/null; then
      sed -n 's|.*listening on http://[^:]*:\([0-9]*\).*|\1|p' "$file" | head -1
      return 0
    fi
    sleep 0.1
  done
  echo "delivery_bench: no 'listening on' in $file" >&2
  cat "$file" "${file%.out}.err" >&2 2>/dev/null || true
  return 1
}

RX_PID="" RX_PORT=""
start_receiver() {
  "$RECEIVER" --port 0 >"$TMP/rx.out" 2>"$TMP/rx.err" &
  RX_PID=$!
  RX_PORT="$(wait_port "$TMP/rx.out")"
}
rx_stats() { curl -sf "http://127.0.0.1:$RX_PORT/_stats"; }
rx_reset() { curl -sf -X POST "http://127.0.0.1:$RX_PORT/_reset" >/dev/null; }
json_num() { sed -n "s/.*\"$1\":\([0-9-]*\).*/\1/p"; }  # "name":number in stdin (names are unique)

SERVE_PID="" SERVE_PORT="" SERVE_KEY=""
# start_serve NAME DB [flags...]: the runner on port 0 with account acme.
start_serve() {
  local name="$1" db="$2"
  shift 2
  "$HOOKWORK" serve --listen 127.0.0.1:0 --store "sqlite:$db" --bootstrap-account acme --allow-private-urls \
    --delivery-max-in-flight "$IN_FLIGHT" --playground-dir /nonexistent "$@" >"$TMP/$name.out" 2>"$TMP/$name.err" &
  SERVE_PID=$!
  SERVE_PORT="$(wait_port "$TMP/$name.out")"
  local key
  key="$(grep -o 'hwk_[0-9a-f]*_[0-9a-f]*' "$TMP/$name.out" | head -1 || true)"
  if [ -n "$key" ]; then SERVE_KEY="$key"; fi
}
# Graceful stop (SIGTERM: requests on the wire finish and are recorded), kill -9 after 30 s.
stop_serve() {
  local i
  kill_ours "$SERVE_PID" TERM
  for ((i = 0; i < 300; i++)); do
    [ -d "/proc/$SERVE_PID" ] && [ "$(awk '/^State:/ { print $2 }' "/proc/$SERVE_PID/status")" != Z ] || break
    sleep 0.1
  done
  kill_ours "$SERVE_PID" 9
  wait "$SERVE_PID" 2>/dev/null || true
  SERVE_PID=""
}
metric() { curl -sf "http://127.0.0.1:$SERVE_PORT/metrics" | awk -v m="$1" '$1 == m { printf "%d\n", $2 }'; }
create_hook() {
  curl -sf -H "Authorization: Bearer $SERVE_KEY" -H 'Content-Type: application/json' \
    -d "{\"app\":\"crm\",\"event\":\"optin_finalized\",\"url\":\"http://127.0.0.1:$RX_PORT/hook\"}" \
    "http://127.0.0.1:$SERVE_PORT/v1/acme/webhooks" >/dev/null
}
now_ns() { date +%s%N; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
kv() { tr ' ' '\n' | sed -n "s/^$1=//p"; }  # a key=value from a delivery_load line

# wrk against the receiver with a request like the runner's (same body, the signature headers).
run_wrk() {
  local out
  out="$(wrk -t 2 -c 64 -d "${WRK_SECONDS}s" -s "$TMP/post.lua" "http://127.0.0.1:$RX_PORT/hook")"
  echo "$out" | awk '/^Requests\/sec:/ { printf "%d\n", $2 }'
}
write_wrk_script() {
  local body="$1"
  body="${body//\\/\\\\}"
  body="${body//\"/\\\"}"
  cat >"$TMP/post.lua" <<EOF
wrk.method = "POST"
wrk.body = "$body"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["User-Agent"] = "Hookwork/bench"
wrk.headers["webhook-id"] = "msg_0123456789abcdef0123456789abcdef"
wrk.headers["webhook-timestamp"] = "1796150000"
wrk.headers["webhook-signature"] = "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="
EOF
}

throughput() {
  log "throughput: publishing $EVENTS events with delivery off"
  local db="$TMP/throughput.db"
  start_serve tp0 "$db" --deliver=false
  create_hook
  local pub
  pub="$("$LOAD" --port "$SERVE_PORT" --key "$SERVE_KEY" --events "$EVENTS" --connections 16)"
  log "publish: $pub"
  stop_serve
  write_wrk_script "$(sqlite3 "$db" 'SELECT canonical FROM events LIMIT 1')"

  log "throughput: wrk against the receiver (${WRK_SECONDS}s)"
  local wrk1 wrk2
  wrk1="$(run_wrk)"
  rx_reset
  log "throughput: restarting with delivery on, timing until $EVENTS attempts are recorded"
  local t0 t1 settled=0 deadline
  t0="$(now_ns)"
  start_serve tp1 "$db" --deliver=true
  deadline=$(($(date +%s) + 600))
  # The receiver's count is cheap to poll; /metrics counts the queue in the store on every scrape.
  while [ "$(rx_stats | json_num requests)" -lt "$EVENTS" ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.05; done
  while :; do
    settled="$(metric hookwork_delivery_attempts_settled || echo 0)"
    if [ "${settled:-0}" -ge "$EVENTS" ]; then break; fi
    if [ "$(date +%s)" -ge "$deadline" ]; then log "throughput: timed out at $settled settled"; break; fi
    sleep 0.05
  done
  t1="$(now_ns)"
  local commits
  commits="$(metric hookwork_store_commits_total || echo 0)"
  # CPU seconds the runner used (user + system), which a busy shared machine disturbs less than the rate.
  local cpu
  cpu="$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$SERVE_PID/stat")"
  local st first last got
  st="$(rx_stats)"
  got="$(echo "$st" | json_num requests)"
  first="$(echo "$st" | json_num first_us)"
  last="$(echo "$st" | json_num last_us)"
  stop_serve
  log "throughput: wrk again (${WRK_SECONDS}s)"
  wrk2="$(run_wrk)"
  # The same number of pending deliveries on the same disk; 3 s (or all of them) per batch size.
  log "throughput: SQLite's ceiling for the delivery writes ($EVENTS pending deliveries)"
  "$CEILING" "$TMP" "$ROOT/bench/publish/event.json" "$EVENTS" 3 1 64 256 512 >"$TMP/ceiling.out"

  local secs rate rx_rate wrk_mean
  secs="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')"
  rate="$(awk -v n="$settled" -v s="$secs" 'BEGIN { printf "%d", n / s }')"
  rx_rate="$(awk -v n="$got" -v a="$first" -v b="$last" 'BEGIN { printf "%d", (b > a ? (n - 1) / ((b - a) / 1e6) : 0) }')"
  wrk_mean=$(((wrk1 + wrk2) / 2))
  row "publish, delivery off ($EVENTS events, 16 connections)" "$(echo "$pub" | kv rate) events/s" \
    "p50 $(echo "$pub" | kv publish_p50_us) µs, p99 $(echo "$pub" | kv publish_p99_us) µs"
  row "wrk → receiver, 2 threads, 64 connections (before / after)" "$wrk1 / $wrk2 req/s" "peer"
  local best_batch best_rate
  read -r best_batch best_rate < <(awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    if (v["deliveries_per_s"] > max) { max = v["deliveries_per_s"]; b = v["batch"] } } END { print b, max + 0 }' \
    "$TMP/ceiling.out")
  row "SQLite ceiling: claim + settle writes, best batch ($best_batch per transaction)" "$best_rate deliveries/s" \
    "peer (table below)"
  row "backlog drain: start → $settled attempts recorded" "$rate deliveries/s ($secs s)" \
    "**$(ratio "$rate" "$wrk_mean")× wrk**, **$(ratio "$rate" "$best_rate")× SQLite ceiling**; $commits store commits"
  row "  receiver's view: first → last of $got requests" "$rx_rate req/s" \
    "$(ratio "$rx_rate" "$wrk_mean")× wrk, $(ratio "$rx_rate" "$best_rate")× SQLite ceiling"
  row "  runner CPU, start → all recorded" "$cpu s" \
    "$(awk -v c="$cpu" -v n="$settled" 'BEGIN { printf "%d", (n > 0 ? c * 1e6 / n : 0) }') µs per delivery"
  mapfile -t CEILING_ROWS < <(awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "| %s | %s | %s | %s | %s |\n", v["batch"], v["deliveries_per_s"], v["cpu_us_per_delivery"],
           v["commit_p50_ms"], v["commit_p99_ms"] }' "$TMP/ceiling.out")
}

latency() {
  local n=$((RATE * LATENCY_SECONDS)) warm=$((RATE > 500 ? RATE : 500))
  log "latency: $n events at $RATE/s with delivery on (after $warm warm-up events)"
  # 64 publishers and HTTP threads: at ~10-20 ms a publish, 16 would cap the offered rate near 1000/s.
  start_serve lat "$TMP/latency.db" --deliver=true --http-threads 64
  create_hook
  "$LOAD" --port "$SERVE_PORT" --key "$SERVE_KEY" --events "$warm" --rate "$RATE" --connections 64 >/dev/null
  sleep 1
  rx_reset
  local pub st i
  pub="$("$LOAD" --port "$SERVE_PORT" --key "$SERVE_KEY" --events "$n" --rate "$RATE" --connections 64)"
  for ((i = 0; i < 300; i++)); do
    st="$(rx_stats)"
    if [ "$(echo "$st" | json_num events)" -ge "$n" ]; then break; fi
    sleep 0.1
  done
  stop_serve
  local lat got
  lat="$(echo "$st" | sed 's/.*"latency"://')"
  got="$(echo "$st" | json_num events)"
  ms() { awk -v v="$1" 'BEGIN { printf "%.1f ms", v / 1000 }'; }
  row "publish at $RATE/s for ${LATENCY_SECONDS}s (64 connections): achieved" "$(echo "$pub" | kv rate) events/s" \
    "publish answer p50 $(ms "$(echo "$pub" | kv publish_p50_us)"), p99 $(ms "$(echo "$pub" | kv publish_p99_us)")"
  row "publish → receiver latency, $got of $n events" \
    "**p50 $(ms "$(echo "$lat" | json_num p50_us)"), p99 $(ms "$(echo "$lat" | json_num p99_us)")**" \
    "p90 $(ms "$(echo "$lat" | json_num p90_us)"), max $(ms "$(echo "$lat" | json_num max_us)")"
}

# The runner's own schema and one real event as a template, then $BACKLOG copies in one transaction.
seed_backlog() {
  local db="$1"
  start_serve seed "$db" --deliver=false
  create_hook
  curl -sf -H "Authorization: Bearer $SERVE_KEY" -H 'Content-Type: application/json' \
    -d '{"type":"optin_finalized","occurred_at":"2026-12-01T12:00:00Z","data":{"email":"ann@example.com"}}' \
    "http://127.0.0.1:$SERVE_PORT/v1/acme/events" >/dev/null
  stop_serve
  sqlite3 "$db" >/dev/null <<EOF
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE tmpl AS SELECT e.id AS eid, e.account_id, e.type, e.canonical, e.occurred_at, e.created_at,
  d.hook_id, d.id AS did FROM events e JOIN deliveries d ON d.event_id = e.id LIMIT 1;
CREATE TEMP TABLE n (i INTEGER PRIMARY KEY);
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < $BACKLOG) INSERT INTO n SELECT i FROM s;
INSERT INTO events (id, account_id, type, canonical, occurred_at, created_at)
  SELECT 'evt_seed' || printf('%08d', i), account_id, type, replace(canonical, eid, 'evt_seed' || printf('%08d', i)),
         occurred_at, created_at - ($BACKLOG - i) / 100 FROM n, tmpl;
INSERT INTO deliveries (id, account_id, hook_id, event_id, message_id, state, attempt_count, next_attempt_at,
                        created_at, updated_at)
  SELECT 'dlv_seed' || printf('%08d', i), account_id, hook_id, 'evt_seed' || printf('%08d', i),
         'msg_seed' || printf('%08d', i), 'pending', 0, created_at - ($BACKLOG - i) / 100,
         created_at - ($BACKLOG - i) / 100, created_at - ($BACKLOG - i) / 100 FROM n, tmpl;
DELETE FROM deliveries WHERE id = (SELECT did FROM tmpl);
DELETE FROM events WHERE id = (SELECT eid FROM tmpl);
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
EOF
}

rss() {
  local db="$TMP/rss.db" t0 t1
  log "rss: seeding $BACKLOG pending deliveries into the store"
  t0="$(now_ns)"
  seed_backlog "$db"
  t1="$(now_ns)"
  log "rss: seeded in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }') s ($(du -m "$db" | cut -f1) MiB)"
  rx_reset
  start_serve rss "$db" --deliver=true
  local i rss_kb hwm_kb first_rss="" min_rss=0 max_rss=0 got=0 samples="$TMP/rss.samples"
  : >"$samples"
  for ((i = 0; i < RSS_SECONDS; i++)); do
    sleep 1
    rss_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVE_PID/status")"
    hwm_kb="$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVE_PID/status")"
    got="$(rx_stats | json_num requests)"
    echo "$((i + 1)) $rss_kb $hwm_kb $got" >>"$samples"
    if [ -z "$first_rss" ]; then first_rss="$rss_kb" min_rss="$rss_kb"; fi
    if [ "$rss_kb" -lt "$min_rss" ]; then min_rss="$rss_kb"; fi
    if [ "$rss_kb" -gt "$max_rss" ]; then max_rss="$rss_kb"; fi
    if [ "$got" -ge "$BACKLOG" ]; then break; fi
  done
  local elapsed=$((i < RSS_SECONDS ? i + 1 : RSS_SECONDS)) settled
  settled="$(metric hookwork_delivery_attempts_settled || echo '?')"
  stop_serve
  log "rss: samples (s, VmRSS KiB, VmHWM KiB, delivered):"
  awk 'NR == 1 || NR % 10 == 0 { print "  " $0 } END { print "  " $0 }' "$samples" >&2
  mib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }
  row "backlog $BACKLOG: delivered in ${elapsed}s (attempts recorded)" \
    "$got ($settled), $((got / elapsed)) deliveries/s" "sampled once a second"
  row "backlog $BACKLOG: VmRSS first / min / max sample" "$(mib "$first_rss") / $(mib "$min_rss") / $(mib "$max_rss")" \
    "**peak VmHWM $(mib "$hwm_kb")**"
}

start_receiver
log "receiver on 127.0.0.1:$RX_PORT; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
case "$ONLY" in
  "") throughput; latency; rss ;;
  throughput | latency | rss) "$ONLY" ;;
  *) echo "delivery_bench: --only throughput|latency|rss" >&2; exit 2 ;;
esac

echo
echo "Runner deliveries, $(date -u +%F), $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(max in flight $IN_FLIGHT; binary ${HOOKWORK#"$ROOT"/}; tree $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'))"
echo
echo "| measurement | figure | note |"
echo "|---|---:|---|"
printf '%s\n' "${ROWS[@]}"
if [ ${#CEILING_ROWS[@]} -gt 0 ]; then
  echo
  echo "SQLite ceiling, the writes of one successful first attempt (lease UPDATE; settle UPDATE + attempts INSERT),"
  echo "prepared once, each transaction settling one batch and claiming the next (bench/delivery_sqlite_ceiling.cpp):"
  echo
  echo "| batch | deliveries/s | CPU µs/delivery | transaction p50 ms | p99 ms |"
  echo "|---:|---:|---:|---:|---:|"
  printf '%s\n' "${CEILING_ROWS[@]}"
fi
