#pragma once
// A policy's whole schedule for one seed, as the playground's timeline draws
// it: every attempt with its delay, the time since attempt 1, and the range
// jitter allows for both. The same numbers plan() gives a message that fails
// every time (first attempt at 0, no Retry-After).
#include <cstdint>
#include <string>
#include <vector>

#include "hookwork/retry_policy.hpp"

namespace hookwork {

struct PreviewStep {
  int attempt = 1;
  std::int64_t delay_ms = 0, delay_min_ms = 0, delay_max_ms = 0;
  std::int64_t cumulative_ms = 0, cumulative_min_ms = 0, cumulative_max_ms = 0;
};

struct RetryPreview {
  std::vector<PreviewStep> steps;
  std::string end_reason;  // attempts_exhausted, max_age_exceeded, or truncated (limits::kPreviewMaxSteps)
  std::int64_t total_ms = 0;  // time of the last attempt after the first
};

RetryPreview preview(const RetryPolicy& policy, std::uint64_t seed);

}  // namespace hookwork
