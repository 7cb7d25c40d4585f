// SQLite's own ceiling for what one publish commits: an events row and a
// deliveries row (one matching hook), with the runner's schema (its migrations,
// applied by opening a SqliteStore) and its pragmas (WAL, synchronous = FULL,
// see sqlite_store.cpp), in batched transactions with statements prepared once.
// No HTTP, no group-commit hand-off, no per-publish prepare: the runner's
// publish throughput is reported as a fraction of this (bench/publish_bench.sh).
// Usage: sqlite_ceiling DIR EVENT_JSON SECONDS_PER_SIZE BATCH_SIZE...
// Prints one "CEILING batch=N events=... events_per_s=..." line per size.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "hookwork/limits.hpp"
#include "os_random.hpp"
#include "rules.hpp"
#include "sqlite_store.hpp"

namespace {

using namespace hookwork::runner;
using Seconds = std::chrono::duration<double>;

struct Row {
  std::string event_id, delivery_id, message_id;
};

hookwork::Event event_from(const std::string& json_path) {
  std::ifstream in(json_path);
  std::stringstream text;
  text << in.rdbuf();
  auto input = nlohmann::json::parse(text.str());
  auto event = rules::validate_event(input, "evt_template", hookwork::limits::kDefaultEventMaxBytes);
  if (!event.ok()) throw std::runtime_error("event in " + json_path + " does not validate");
  return event.value();
}

void remove_db(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

double events_per_second(const std::string& path, const hookwork::Event& event, std::size_t batch,
                         double seconds, std::size_t& committed) {
  remove_db(path);
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
  Seconds spent{0};
  committed = 0;
  while (spent.count() < seconds) {
    // Ids are drawn outside the timed part: they are the HTTP path's cost, not SQLite's.
    for (auto& r : rows) r = {random_id(random, "evt"), random_id(random, "dlv"), random_id(random, "msg")};
    auto started = std::chrono::steady_clock::now();
    std::int64_t now = clock.now_ms();
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
    spent += std::chrono::steady_clock::now() - started;
    committed += batch;
  }
  remove_db(path);
  return static_cast<double>(committed) / spent.count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: %s DIR EVENT_JSON SECONDS_PER_SIZE BATCH_SIZE...\n", argv[0]);
    return 2;
  }
  try {
    auto event = event_from(argv[2]);
    double seconds = std::atof(argv[3]);
    for (int i = 4; i < argc; ++i) {
      std::size_t batch = std::strtoul(argv[i], nullptr, 10);
      if (batch == 0) throw std::runtime_error(std::string("bad batch size ") + argv[i]);
      std::size_t committed = 0;
      double rate = events_per_second(std::string(argv[1]) + "/ceiling.db", event, batch, seconds, committed);
      std::printf("CEILING batch=%zu events=%zu events_per_s=%.0f\n", batch, committed, rate);
      std::fflush(stdout);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sqlite_ceiling: %s\n", e.what());
    return 1;
  }
  return 0;
}
