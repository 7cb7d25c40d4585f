#pragma once
// What a ceiling benchmark measured over its timed transactions: the rows written (events or
// deliveries), wall and CPU time, and each transaction's duration for the percentiles.
#include <algorithm>
#include <cstddef>
#include <vector>

namespace hookwork::bench {

struct TimedBatches {
  std::size_t rows = 0;
  double seconds = 0, cpu_seconds = 0;  // of the timed parts only
  std::vector<double> commit_seconds;   // one per transaction
  double commit_percentile(double p) {
    std::sort(commit_seconds.begin(), commit_seconds.end());
    return commit_seconds.empty() ? 0 : commit_seconds[static_cast<std::size_t>(p * (commit_seconds.size() - 1))];
  }
};

}  // namespace hookwork::bench
