// PublishWork alone, on one thread, with no HTTP: subtracted from a server's CPU per
// event it leaves what the HTTP library itself costs (docs/http-server.md).
// Usage: publish_work_rate EVENT_JSON SECONDS
// Prints "WORK events=... events_per_s=... cpu_us_per_event=...".
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "process_cpu.hpp"
#include "publish_work.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s EVENT_JSON SECONDS\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1]);
  std::stringstream body;
  body << in.rdbuf();
  const std::string key = "hwk_000000000000_" + std::string(48, '0');
  const std::string authorization = "Bearer " + key;
  hookwork::bench::PublishWork work(key);
  if (work.handle("POST", "/v1/bench/events", authorization, body.str()).status != 202) {
    std::fprintf(stderr, "publish_work_rate: the event in %s is not accepted\n", argv[1]);
    return 1;
  }
  auto seconds = std::chrono::duration<double>(std::atof(argv[2]));
  auto started = std::chrono::steady_clock::now();
  double cpu_started = hookwork::bench::process_cpu_seconds();
  std::size_t events = 0;
  while (std::chrono::steady_clock::now() - started < seconds) {
    work.handle("POST", "/v1/bench/events", authorization, body.str());
    ++events;
  }
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  double cpu = hookwork::bench::process_cpu_seconds() - cpu_started;
  std::printf("WORK events=%zu events_per_s=%.0f cpu_us_per_event=%.1f\n", events, static_cast<double>(events) / elapsed,
              cpu * 1e6 / static_cast<double>(events));
  return 0;
}
