#include "hookwork/retry_preview.hpp"

#include "hookwork/limits.hpp"
#include "hookwork/retry_plan.hpp"

namespace hookwork {

RetryPreview preview(const RetryPolicy& policy, std::uint64_t seed) {
  RetryPreview out;
  out.steps.push_back(PreviewStep{});
  AttemptOutcome failure;
  failure.code = "server_error";
  for (;;) {
    const PreviewStep& last = out.steps.back();
    if (out.steps.size() >= limits::kPreviewMaxSteps) {
      out.end_reason = "truncated";
      break;
    }
    // Ask the planner itself, so the preview can never disagree with real deliveries.
    RetryPlan next = plan(policy, AttemptHistory{last.attempt, 0, std::nullopt}, failure, last.cumulative_ms, seed);
    if (next.action != PlanAction::Retry) {
      out.end_reason = next.reason;
      break;
    }
    const DelayBounds b = jitter_bounds(policy, next.next_attempt);
    PreviewStep s;
    s.attempt = next.next_attempt;
    s.delay_ms = next.delay_ms;
    s.delay_min_ms = b.min_ms;
    s.delay_max_ms = b.max_ms;
    s.cumulative_ms = last.cumulative_ms + next.delay_ms;
    s.cumulative_min_ms = last.cumulative_min_ms + b.min_ms;
    s.cumulative_max_ms = last.cumulative_max_ms + b.max_ms;
    out.steps.push_back(s);
  }
  out.total_ms = out.steps.back().cumulative_ms;
  return out;
}

}  // namespace hookwork
