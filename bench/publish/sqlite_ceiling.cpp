// SQLite's own ceiling for what one publish commits: an events row and a
// deliveries row (one matching hook), with the runner's schema (its migrations,
// applied by opening a SqliteStore) and its pragmas (WAL, synchronous = FULL,
// see sqlite_store.cpp), in batched transactions with statements prepared once.
// No HTTP, no group-commit hand-off, no per-publish prepare: the runner's
// publish throughput is reported as a fraction of this (bench/publish_bench.sh).
// Usage: sqlite_ceiling DIR EVENT_JSON SECONDS_PER_SIZE BATCH_SIZE...
// Prints one "CEILING batch=N events=... events_per_s=... cpu_us_per_event=... commit_p50_ms=...
// commit_p99_ms=..." line per size: a transaction's time at batch 1 is the floor under the
// runner's latency (synchronous = FULL waits for fsync).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_event.hpp"
#include "process_cpu.hpp"
#include "sqlite_store.hpp"
#include "timed_batches.hpp"

namespace {

using namespace hookwork::runner;
using Seconds = std::chrono::duration<double>;

struct Row {
  std::string event_id, delivery_id, message_id;
};

using Measured = hookwork::bench::TimedBatches;

Measured insert_batches(const std::string& path, const hookwork::Event& event, std::size_t batch, double seconds) {
  hookwork::bench::remove_sqlite_files(path);
  SystemClock clock;
  { SqliteStore schema({path}, clock, nullptr); }  // the runner's migrations; leaves the file in WAL mode
  Db db(path);
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("PRAGMA synchronous = FULL");
  auto insert_event = db.prepare("INSERT INTO events (id, account_id, type, canonical, occurred_at, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?)");
  auto insert_delivery = db.prepare("INSERT INTO deliveries (id, account_id, hook_id, event_id, message_id, state,"
                                    " attempt_count, next_attempt_at, created_at, updated_at)"
                                    " VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)");
  const std::string account = "bench", hook = "hook_bench";
  OsRandom random;
  std::vector<Row> rows(batch);
  Measured m;
  while (m.seconds < seconds) {
    // Ids are drawn outside the timed part: they are the HTTP path's cost, not SQLite's. The runner's
    // kind of id (time-ordered, os_random.hpp): their order decides how many index pages a commit writes.
    std::int64_t now = clock.now_ms();
    for (auto& r : rows)
      r = {time_ordered_id(random, "evt", now), time_ordered_id(random, "dlv", now),
           time_ordered_id(random, "msg", now)};
    auto started = std::chrono::steady_clock::now();
    double cpu_started = hookwork::bench::process_cpu_seconds();
    db.exec("BEGIN IMMEDIATE");
    for (const auto& r : rows) {
      insert_event.reset();
      insert_event.bind(1, r.event_id).bind(2, account).bind(3, event.type).bind(4, event.canonical)
          .bind(5, event.occurred_at_ms).bind(6, now).run();
      insert_delivery.reset();
      insert_delivery.bind(1, r.delivery_id).bind(2, account).bind(3, hook).bind(4, r.event_id)
          .bind(5, r.message_id).bind(6, now).bind(7, now).bind(8, now).run();
    }
    db.exec("COMMIT");
    m.commit_seconds.push_back(Seconds(std::chrono::steady_clock::now() - started).count());
    m.seconds += m.commit_seconds.back();
    m.cpu_seconds += hookwork::bench::process_cpu_seconds() - cpu_started;
    m.rows += batch;
  }
  hookwork::bench::remove_sqlite_files(path);
  return m;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: %s DIR EVENT_JSON SECONDS_PER_SIZE BATCH_SIZE...\n", argv[0]);
    return 2;
  }
  try {
    auto event = hookwork::bench::load_bench_event(argv[2]);
    double seconds = std::atof(argv[3]);
    for (int i = 4; i < argc; ++i) {
      std::size_t batch = std::strtoul(argv[i], nullptr, 10);
      if (batch == 0) throw std::runtime_error(std::string("bad batch size ") + argv[i]);
      auto m = insert_batches(std::string(argv[1]) + "/ceiling.db", event, batch, seconds);
      auto events = static_cast<double>(m.rows);
      std::printf("CEILING batch=%zu events=%zu events_per_s=%.0f cpu_us_per_event=%.0f commit_p50_ms=%.2f"
                  " commit_p99_ms=%.2f\n", batch, m.rows, events / m.seconds, m.cpu_seconds * 1e6 / events,
                  m.commit_percentile(0.50) * 1e3, m.commit_percentile(0.99) * 1e3);
      std::fflush(stdout);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sqlite_ceiling: %s\n", e.what());
    return 1;
  }
  return 0;
}
