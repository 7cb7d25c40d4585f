#pragma once
// Prometheus metrics kept in memory and rendered as text exposition format.
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace hookwork::runner {

// Cumulative histogram with fixed upper bounds in seconds.
class Histogram {
 public:
  static constexpr std::array<double, 12> kBounds = {0.0005, 0.001, 0.002, 0.005, 0.01, 0.02,
                                                      0.05,   0.1,   0.25,  0.5,   1.0,  5.0};
  void observe(double seconds);
  void render(std::string& out, const std::string& name, const std::string& help) const;

 private:
  mutable std::mutex mu_;
  std::array<std::uint64_t, kBounds.size()> buckets_{};
  std::uint64_t count_ = 0;
  double sum_ = 0;
};

class Metrics {
 public:
  void count_request(const std::string& route, int status);
  void count_events_accepted(std::uint64_t n = 1) { events_accepted_ += n; }
  void count_idempotent_replay() { idempotent_replays_ += 1; }
  void observe_store_commit(double seconds, std::size_t batch_size);
  void observe_request(double seconds) { request_seconds_.observe(seconds); }
  // Gauges computed at scrape time (queue depth reads the store).
  void add_gauge(std::string name, std::string help, std::function<double()> read);

  std::string render() const;

 private:
  mutable std::mutex mu_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  std::atomic<std::uint64_t> events_accepted_{0};
  std::atomic<std::uint64_t> idempotent_replays_{0};
  std::atomic<std::uint64_t> store_commits_{0};
  std::atomic<std::uint64_t> store_committed_ops_{0};
  Histogram store_commit_seconds_;
  Histogram request_seconds_;
  struct Gauge {
    std::string name, help;
    std::function<double()> read;
  };
  std::vector<Gauge> gauges_;
};

}  // namespace hookwork::runner
