// The runner's store layer alone: SqliteStore::publish (the group committer, a
// SAVEPOINT per publish, statements prepared per publish) called from THREADS
// threads at once, as THREADS HTTP connections would, with no HTTP. Between
// publish_sqlite_ceiling (SQLite alone) and the runner over HTTP it tells which
// layer the time goes to (bench/publish_bench.sh).
// Usage: publish_store_rate DIR EVENT_JSON SECONDS THREADS...
// Prints one "STORE threads=N events=... events_per_s=... events_per_commit=... cpu_us_per_event=..."
// line per count.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "bench_event.hpp"
#include "config.hpp"
#include "metrics.hpp"
#include "process_cpu.hpp"
#include "sqlite_store.hpp"

namespace {

using namespace hookwork::runner;

// Commits so far, read from the exposition text (Metrics keeps its counters private).
std::size_t commits_of(const Metrics& metrics) {
  static const std::string kName = "\nhookwork_store_commits_total ";
  auto text = "\n" + metrics.render();
  auto at = text.find(kName);
  return at == std::string::npos ? 0 : std::strtoul(text.c_str() + at + kName.size(), nullptr, 10);
}

// One publish as handlers_events.cpp builds it for an event with one matching hook.
PublishRequest publish_request(const hookwork::Event& event, RandomSource& random, const Clock& clock) {
  PublishRequest req;
  req.account_id = "bench";
  req.event = event;
  req.now_ms = clock.now_ms();
  req.event.id = time_ordered_id(random, "evt", req.now_ms);
  req.request_hash = std::string(64, '0');
  req.deliveries.push_back({time_ordered_id(random, "dlv", req.now_ms), "hook_bench",
                            time_ordered_id(random, "msg", req.now_ms), DeliveryState::Pending});
  req.response = {202, R"({"deliveries":1,"event_id":")" + req.event.id + R"("})"};
  return req;
}

void run(const std::string& path, const hookwork::Event& event, double seconds, int threads) {
  hookwork::bench::remove_sqlite_files(path);
  SystemClock clock;
  Metrics metrics;  // counts commits, for the events-per-commit figure
  const ServeConfig defaults;
  SqliteStore::Options o;
  o.path = path;
  o.max_batch = defaults.commit_batch_max;
  o.read_connections = defaults.store_read_connections;
  std::atomic<std::size_t> published{0};
  double elapsed = 0, cpu = 0;
  {
    SqliteStore store(o, clock, &metrics);
    auto started = std::chrono::steady_clock::now();
    double cpu_started = hookwork::bench::process_cpu_seconds();
    auto deadline = started + std::chrono::duration<double>(seconds);
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i)
      pool.emplace_back([&] {
        OsRandom random;
        while (std::chrono::steady_clock::now() < deadline) {
          store.publish(publish_request(event, random, clock));
          published.fetch_add(1, std::memory_order_relaxed);
        }
      });
    for (auto& t : pool) t.join();
    elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    cpu = hookwork::bench::process_cpu_seconds() - cpu_started;
  }
  std::size_t commits = commits_of(metrics);
  auto events = static_cast<double>(published.load());
  std::printf("STORE threads=%d events=%zu events_per_s=%.0f events_per_commit=%.1f cpu_us_per_event=%.0f\n",
              threads, published.load(), events / elapsed, commits ? events / static_cast<double>(commits) : 0.0,
              cpu * 1e6 / events);
  std::fflush(stdout);
  hookwork::bench::remove_sqlite_files(path);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: %s DIR EVENT_JSON SECONDS THREADS...\n", argv[0]);
    return 2;
  }
  try {
    auto event = hookwork::bench::load_bench_event(argv[2]);
    for (int i = 4; i < argc; ++i) {
      int threads = std::atoi(argv[i]);
      if (threads <= 0) throw std::runtime_error(std::string("bad thread count ") + argv[i]);
      run(std::string(argv[1]) + "/store.db", event, std::atof(argv[3]), threads);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "publish_store_rate: %s\n", e.what());
    return 1;
  }
  return 0;
}
