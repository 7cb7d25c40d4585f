#pragma once
// Every time read in the runner goes through a Clock so tests can inject time.
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

// "2026-11-22T07:24:35.123Z" for unix milliseconds.
std::string format_iso8601_ms(std::int64_t unix_ms);

}  // namespace hookwork::runner
