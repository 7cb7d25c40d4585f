#!/usr/bin/env bash
# Prints bench/publish_bench.sh's tables (Markdown, ready for docs/benchmarks.md and
# docs/http-server.md) from its results file; the goals are reported, not asserted.
# Usage: report.sh RESULTS CEILING_OUT STORE_OUT CEILING_MAX ROWS_TEXT RATE
set -euo pipefail
results=$1 ceiling_out=$2 store_out=$3 ceiling=$4 rows=$5 rate=$6

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
echo "| batch | events/s | CPU µs/event |"
echo "|---:|---:|---:|"
awk '{ split($2, b, "="); split($4, r, "="); split($5, c, "="); printf "| %s | %s | %s |\n", b[2], r[2], c[2] }' \
  "$ceiling_out"
echo
echo "The runner's store layer without HTTP (SqliteStore::publish from as many threads as connections):"
echo
echo "| threads | events/s | events per commit | CPU µs/event |"
echo "|---:|---:|---:|---:|"
awk '{ split($2, t, "="); split($4, r, "="); split($5, c, "="); split($6, u, "=")
       printf "| %s | %s | %s | %s |\n", t[2], r[2], c[2], u[2] }' "$store_out"
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
  }' "$ceiling_out" "$results"

echo
echo "HTTP library: the same publish work without SQLite (bench/publish/publish_work.cpp)"
echo
echo "| server | round | saturation events/s | p50 ms | p99 ms | CPU µs/event | at ${rate}/s: achieved | p50 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
awk '$1 ~ /^(beast|httplib)_(saturation|rate)_r[0-9]+$/ {
    split($1, p, "_"); key = p[1] " | " substr(p[3], 2)
    if (!(key in seen)) { seen[key] = 1; order[++n] = key }
    if (p[2] == "saturation") { sat[key] = $2; sp50[key] = $3; sp99[key] = $4; cpu[key] = $8 }
    else { got[key] = $2; rp50[key] = $3; rp99[key] = $4 }
    errors[key] += $5
    if (p[2] == "saturation") { total[p[1]] += $2; runs[p[1]]++ }
  }
  END {
    for (i = 1; i <= n; i++) { k = order[i]
      printf "| %s | %s | %.2f | %.2f | %s | %s | %.2f | %.2f | %d |\n", k, sat[k], sp50[k], sp99[k], cpu[k], got[k],
             rp50[k], rp99[k], errors[k] }
    if (runs["beast"] && runs["httplib"]) {
      b = total["beast"] / runs["beast"]; h = total["httplib"] / runs["httplib"]
      printf "\nmean saturation: Beast %.0f/s, cpp-httplib %.0f/s, Beast / cpp-httplib = %.2f\n", b, h, b / h
    }
  }' "$results"
