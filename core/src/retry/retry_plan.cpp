#include "hookwork/retry_plan.hpp"

#include <algorithm>

#include "hookwork/limits.hpp"

namespace hookwork {

std::uint64_t splitmix64(std::uint64_t x) {
  std::uint64_t z = x + 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

DelayBounds jitter_bounds(const RetryPolicy& p, int attempt) {
  const std::int64_t d = p.nominal_delay_ms(attempt);
  switch (p.jitter) {
    case Jitter::None: return {d, d};
    case Jitter::Full: return {0, d};
    case Jitter::Equal: return {d / 2, d};
    case Jitter::Proportional: {
      const std::int64_t span = d * p.jitter_percent / 100;
      return {d - span, d + span};
    }
  }
  return {d, d};
}

std::int64_t jittered_delay_ms(const RetryPolicy& p, int attempt, std::uint64_t seed) {
  const DelayBounds b = jitter_bounds(p, attempt);
  if (b.max_ms <= b.min_ms) return b.min_ms;
  // Uniform over the closed range; the modulo bias is below 2^-40 for any delay under a year.
  const auto width = static_cast<std::uint64_t>(b.max_ms - b.min_ms) + 1;
  return b.min_ms + static_cast<std::int64_t>(splitmix64(seed + static_cast<std::uint64_t>(attempt)) % width);
}

const char* to_string(PlanAction a) {
  switch (a) {
    case PlanAction::Done: return "done";
    case PlanAction::Retry: return "retry";
    case PlanAction::GiveUp: return "give_up";
    case PlanAction::Deactivate: return "deactivate";
  }
  return "give_up";
}

RetryPlan plan(const RetryPolicy& policy, const AttemptHistory& history, const AttemptOutcome& outcome,
               std::int64_t now_ms, std::uint64_t seed) {
  RetryPlan r;
  if (outcome.kind == OutcomeKind::Success) {
    r.action = PlanAction::Done;
    r.reason = "delivered";
    return r;
  }
  if (outcome.kind == OutcomeKind::Deactivate) {
    r.action = PlanAction::Deactivate;
    r.reason = outcome.code.empty() ? "gone" : outcome.code;
    return r;
  }
  const int limit = policy.attempt_limit();
  if ((limit > 0 && history.attempts >= limit) || history.attempts >= limits::kMaxAttempts) {
    r.reason = "attempts_exhausted";
    return r;
  }
  const int next = history.attempts + 1;
  std::int64_t delay = jittered_delay_ms(policy, next, seed);
  r.scheduled_delay_ms = delay;
  if (outcome.retry_after_ms) {
    const std::int64_t ceiling = std::max(2 * delay, kRetryAfterMinCeilingMs);
    const std::int64_t honoured = std::max(delay, std::min(*outcome.retry_after_ms, ceiling));
    r.retry_after_applied = honoured != delay;
    delay = honoured;
  }
  const std::int64_t at = now_ms + delay;
  if (policy.max_age_ms) {
    const std::int64_t origin = history.event_occurred_ms.value_or(history.first_attempt_ms);
    if (at - origin > *policy.max_age_ms) {
      r.reason = "max_age_exceeded";
      return r;
    }
  }
  r.action = PlanAction::Retry;
  r.reason = "retry_scheduled";
  r.next_attempt = next;
  r.delay_ms = delay;
  r.at_ms = at;
  return r;
}

}  // namespace hookwork
