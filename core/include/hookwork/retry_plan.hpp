#pragma once
// Planning the next attempt of one message: retry at T, give up, or
// deactivate the hook. Pure and deterministic: the caller passes the clock
// (`now_ms`) and a random seed; jitter draws come from splitmix64(seed +
// attempt), in integer arithmetic, so native, Node and the browser agree.
#include <cstdint>
#include <optional>
#include <string>

#include "hookwork/retry_classify.hpp"
#include "hookwork/retry_policy.hpp"

namespace hookwork {

// Svix clamps Retry-After to 1x..2x the scheduled delay; the ceiling is at
// least this much so short early steps (immediately, 5 s) can still honour a
// brief Retry-After.
inline constexpr std::int64_t kRetryAfterMinCeilingMs = 60 * 1000;

// splitmix64 (Steele, Lea, Flood 2014): one 64-bit output per input.
std::uint64_t splitmix64(std::uint64_t x);

struct DelayBounds {
  std::int64_t min_ms = 0;
  std::int64_t max_ms = 0;
};
// The range jitter may give the delay before `attempt` (2, 3, ...).
DelayBounds jitter_bounds(const RetryPolicy& p, int attempt);
// The delay before `attempt`, jittered with draw splitmix64(seed + attempt).
std::int64_t jittered_delay_ms(const RetryPolicy& p, int attempt, std::uint64_t seed);

struct AttemptHistory {
  int attempts = 1;                               // attempts made, the one just classified included
  std::int64_t first_attempt_ms = 0;              // when attempt 1 was made
  std::optional<std::int64_t> event_occurred_ms;  // max_age counts from here when given, else from attempt 1
};

enum class PlanAction { Done, Retry, GiveUp, Deactivate };
const char* to_string(PlanAction a);

struct RetryPlan {
  PlanAction action = PlanAction::GiveUp;
  std::string reason;              // delivered, retry_scheduled, attempts_exhausted, max_age_exceeded, gone
  int next_attempt = 0;            // Retry only
  std::int64_t delay_ms = 0;       // Retry only: from now
  std::int64_t at_ms = 0;          // Retry only: now + delay
  std::int64_t scheduled_delay_ms = 0;  // Retry only: the jittered policy delay before Retry-After
  bool retry_after_applied = false;
};

RetryPlan plan(const RetryPolicy& policy, const AttemptHistory& history, const AttemptOutcome& outcome,
               std::int64_t now_ms, std::uint64_t seed);

}  // namespace hookwork
