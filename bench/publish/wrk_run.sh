# Sourced by bench/publish_bench.sh: one wrk run of bench/publish/publish.lua, parsed.

# CPU seconds (user + system) the process PID has used so far.
cpu_seconds() {
  awk -v tck="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / tck }' "/proc/$1/stat"
}

# run_wrk LABEL PORT ACCOUNT KEY CONNECTIONS SECONDS RATE (RATE 0 = as fast as answers come)
# Appends "LABEL events_per_s p50_ms p99_ms errors rate connections server_cpu_us_per_event
# client_cpu_us_per_event" to $RESULTS; wrk's own output goes to $WORK/LABEL.wrk. The server is
# $SERVER_PID: its CPU per event tells a CPU-bound server from one waiting on the disk. wrk's own
# CPU per request is what the client takes of the same cores.
run_wrk() {
  local label=$1 port=$2 account=$3 key=$4 connections=$5 seconds=$6 rate=$7
  local out="$WORK/$label.wrk" cpu_before cpu_after TIMEFORMAT='%U %S'
  cpu_before=$(cpu_seconds "$SERVER_PID")
  # One wrk thread: the pacing schedule is per thread, and the 2 cores are the servers'.
  { time PUBLISH_RATE=$rate wrk -t1 -c"$connections" -d"${seconds}s" --timeout 5s -s "$PUBLISH_LUA" \
    "http://127.0.0.1:$port" -- "$account" "$key" >"$out" 2>&1; } 2>"$out.cpu" || { cat "$out" >&2; return 1; }
  cpu_after=$(cpu_seconds "$SERVER_PID")
  local line
  line=$(grep '^WRK_RESULT' "$out") || { cat "$out" >&2; return 1; }
  awk -v label="$label" -v rate="$rate" -v connections="$connections" -v cpu="$cpu_before $cpu_after" \
      -v client="$(cat "$out.cpu")" '{
      for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      eps = v["requests"] / (v["duration_us"] / 1e6)
      split(cpu, c, " "); split(client, w, " ")
      printf "%s %.0f %.2f %.2f %d %s %s %.0f %.0f\n", label, eps, v["p50_us"] / 1000, v["p99_us"] / 1000,
             v["errors_status"] + v["errors_socket"], rate, connections, (c[2] - c[1]) * 1e6 / v["requests"],
             (w[1] + w[2]) * 1e6 / v["requests"]
    }' <<<"$line" >>"$RESULTS"
}
