#!/usr/bin/env bash
# Prints bench/publish_bench.sh's tables (Markdown, ready for docs/benchmarks.md and
# docs/http-server.md) from the files it left in WORK; the goals are reported, not asserted.
# Usage: report.sh WORK CEILING_MAX ROWS_TEXT RATE
set -euo pipefail
work=$1 ceiling=$2 rows=$3 rate=$4
results="$work/results"

echo
echo "Runner: publish (hookwork serve, SQLite WAL + synchronous=FULL, one matching hook; $rows written)"
echo
echo "| run | connections | offered | events/s | p50 ms | p99 ms | errors | server CPU µs/event |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
awk '$1 ~ /^runner_(saturation|saturation_wide|rate)$/ {
  offered = $6 == 0 ? "max" : $6 "/s"
  printf "| %s | %s | %s | %s | %.2f | %.2f | %s | %s |\n", ($1 == "runner_rate" ? "fixed rate" : "saturation"), $7,
         offered, $2, $3, $4, $5, $8 }' "$results"
echo
echo "SQLite ceiling, same rows (an events row + a deliveries row per event), prepared once, one transaction per batch:"
echo
echo "| batch | events/s | CPU µs/event | transaction p50 ms | p99 ms |"
echo "|---:|---:|---:|---:|---:|"
awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
       printf "| %s | %s | %s | %s | %s |\n", v["batch"], v["events_per_s"], v["cpu_us_per_event"], v["commit_p50_ms"],
              v["commit_p99_ms"] }' "$work/ceiling.out"
echo
echo "The runner's store layer without HTTP (SqliteStore::publish from as many threads as connections):"
echo
echo "| threads | events/s | events per commit | CPU µs/event |"
echo "|---:|---:|---:|---:|"
awk '{ split($2, t, "="); split($4, r, "="); split($5, c, "="); split($6, u, "=")
       printf "| %s | %s | %s | %s |\n", t[2], r[2], c[2], u[2] }' "$work/store.out"
echo
awk -v ceiling="$ceiling" -v rate="$rate" '
  /^CEILING/ { split($2, b, "="); split($4, r, "="); at_batch[b[2]] = r[2]; next }
  $1 ~ /^runner_saturation/ { sat[++n] = $2; conns[n] = $7 }
  $1 == "runner_rate" { achieved = $2; p99 = $4 }
  END {
    for (i = 1; i <= n; i++) {
      share = 100 * sat[i] / ceiling
      printf "saturation (%s connections) / ceiling: %.0f / %.0f = %.0f %% (goal >= 50 %%: %s)", conns[i],
             sat[i], ceiling, share, (share >= 50 ? "met" : "NOT met")
      # Group commit batches at most what is waiting: the ceiling at that batch size is the fair peer too.
      if (conns[i] in at_batch) printf "; at batch %s: %.0f %%", conns[i], 100 * sat[i] / at_batch[conns[i]]
      printf "\n"
    }
    printf "at %s/s offered (achieved %.0f/s): p99 %.2f ms (goal < 10 ms: %s)\n", rate, achieved, p99,
           (p99 < 10 ? "met" : "NOT met")
  }' "$work/ceiling.out" "$results"

echo
echo "HTTP library: the same publish work without SQLite (bench/publish/publish_work.cpp);"
sed 's/^WORK /the work alone, one thread: /' "$work/work.out"
echo
echo "| server | round | saturation events/s | p50 ms | p99 ms | CPU µs/event | at ${rate}/s: achieved | p50 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
awk '
  function median(a, n,    i, j, t) {  # a[1..n], sorted in place
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  $1 ~ /^(beast|httplib)_(saturation|rate)_r[0-9]+$/ {
    split($1, p, "_"); key = p[1] " | " substr(p[3], 2)
    if (!(key in seen)) { seen[key] = 1; order[++n] = key }
    if (p[2] == "saturation") {
      sat[key] = $2; sp50[key] = $3; sp99[key] = $4; cpu[key] = $8
      k = ++runs[p[1]]; s[p[1], k] = $2; c[p[1], k] = $8
    } else {
      got[key] = $2; rp50[key] = $3; rp99[key] = $4
      r50[p[1], runs[p[1]]] = $3; r99[p[1], runs[p[1]]] = $4
    }
    errors[key] += $5
  }
  END {
    for (i = 1; i <= n; i++) { k = order[i]
      printf "| %s | %s | %.2f | %.2f | %s | %s | %.2f | %.2f | %d |\n", k, sat[k], sp50[k], sp99[k], cpu[k], got[k],
             rp50[k], rp99[k], errors[k] }
    printf "\nmedians of the rounds:\n\n| server | saturation events/s | CPU µs/event | p50 ms at %s/s | p99 ms at %s/s |\n",
           '"$rate"', '"$rate"'
    printf "|---|---:|---:|---:|---:|\n"
    for (name in runs) {
      m = runs[name]
      for (j = 1; j <= m; j++) { a[j] = s[name, j]; b[j] = c[name, j]; d[j] = r50[name, j]; e[j] = r99[name, j] }
      ms[name] = median(a, m); mc[name] = median(b, m)
      printf "| %s | %.0f | %.0f | %.2f | %.2f |\n", name, ms[name], mc[name], median(d, m), median(e, m)
    }
    if (("beast" in ms) && ("httplib" in ms))
      printf "\nBeast / cpp-httplib: saturation %.2fx, CPU per event %.2fx\n", ms["beast"] / ms["httplib"],
             mc["beast"] / mc["httplib"]
  }' "$results"

# What any server could reach here: the CPU of Beast's HTTP and publish work per event, plus the
# ceiling's SQLite work per event at its cheapest batch, plus wrk's own per request, on the
# cores they share. A runner that stores its events does at least that much work per event.
awk -v ceiling="$ceiling" -v cores="$(nproc)" '
  /^CEILING/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
               if (sql == "" || v["cpu_us_per_event"] < sql) sql = v["cpu_us_per_event"]; next }
  $1 ~ /^beast_saturation_r[0-9]+$/ { n++; server += $8; client += $9 }
  $1 == "runner_saturation_wide" { runner_client = $9 }
  END {
    if (!n || sql == "") exit
    server /= n; client /= n
    bound = cores * 1e6 / (server + sql + client)
    printf "\nCPU bound on these %d cores: %.0f µs (Beast, HTTP and publish work) + %.0f µs (SQLite ceiling, its cheapest batch)", cores, server, sql
    printf " + %.0f µs (wrk) per event = at most %.0f events/s for any server that stores its events, %.0f %% of the ceiling", client, bound, 100 * bound / ceiling
    printf " (the saturation goal asks for 50 %%). wrk against the runner: %s µs per request.\n", runner_client
  }' "$work/ceiling.out" "$results"
