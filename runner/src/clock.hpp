#pragma once
// Every time read in the runner goes through a Clock so tests can inject time.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace hookwork::runner {

class Clock {
 public:
  virtual ~Clock() = default;
  // Wall-clock unix time in milliseconds (stored timestamps, expiry).
  virtual std::int64_t now_ms() const = 0;
  // Monotonic time in nanoseconds (durations, latency histograms).
  virtual std::int64_t monotonic_ns() const = 0;
};

class SystemClock final : public Clock {
 public:
  std::int64_t now_ms() const override {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
  }
  std::int64_t monotonic_ns() const override {
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
  }
};

// The system clock plus an offset that only moves forward: `serve --clock-control` lets
// end-to-end tests jump over retry delays and the 5-day buffer window of the real binary.
class AdjustableClock final : public Clock {
 public:
  std::int64_t now_ms() const override { return system_.now_ms() + offset_ms_.load(); }
  std::int64_t monotonic_ns() const override { return system_.monotonic_ns(); }
  std::int64_t advance(std::int64_t ms) { return offset_ms_ += ms; }

 private:
  SystemClock system_;
  std::atomic<std::int64_t> offset_ms_{0};
};

// "2026-11-22T07:24:35.123Z" for unix milliseconds.
std::string format_iso8601_ms(std::int64_t unix_ms);

}  // namespace hookwork::runner
