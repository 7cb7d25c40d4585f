# Sourced by bench/publish_bench.sh: start servers on a free port, check them, stop them.
# Every server started here is stopped by stop_all_servers (the caller traps EXIT).

STARTED_PIDS=()

# start_server LOG CMD...: starts CMD with stdout+stderr in LOG, waits (15 s at most)
# for "listening on http://127.0.0.1:PORT"; sets SERVER_PID and SERVER_PORT.
start_server() {
  local log=$1; shift
  "$@" >"$log" 2>&1 &
  SERVER_PID=$!
  STARTED_PIDS+=("$SERVER_PID")
  SERVER_PORT=""
  for _ in $(seq 150); do
    SERVER_PORT=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$log" | head -n1)
    [ -n "$SERVER_PORT" ] && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "publish_bench: '$*' did not start; its output:" >&2
  cat "$log" >&2
  return 1
}

# stop_server PID: SIGTERM (graceful), SIGKILL after 10 s. The PID leaves the list first,
# so a reaped PID that the system reuses is never signalled again.
stop_server() {
  local pid=$1 kept=() p
  for p in "${STARTED_PIDS[@]}"; do [ "$p" = "$pid" ] || kept+=("$p"); done
  STARTED_PIDS=("${kept[@]}")
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 100); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

stop_all_servers() {
  while [ ${#STARTED_PIDS[@]} -gt 0 ]; do stop_server "${STARTED_PIDS[0]}"; done
}

# expect_publish_202 PORT ACCOUNT KEY EVENT_JSON: one publish must be accepted before timing.
expect_publish_202() {
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$1/v1/$2/events" \
    -H "Authorization: Bearer $3" -H 'Content-Type: application/json' --data-binary "@$4")
  if [ "$status" != 202 ]; then
    echo "publish_bench: a publish to port $1 answered $status, not 202" >&2
    return 1
  fi
}
