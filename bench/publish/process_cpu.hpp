#pragma once
// CPU seconds (user + system) this process has used: the publish benchmarks report
// CPU per event next to events/s, which tells a CPU-bound layer from one waiting on fsync.
#include <sys/resource.h>

namespace hookwork::bench {

inline double process_cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return seconds(u.ru_utime) + seconds(u.ru_stime);
}

}  // namespace hookwork::bench
