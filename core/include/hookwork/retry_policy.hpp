#pragma once
// A retry policy: when a failed message is attempted again, and when it is
// given up. Every policy is a plain value with a name, parsed from JSON (a
// preset name or an object) and previewable (hookwork/retry_plan.hpp).
// Durations are milliseconds. Attempt 1 is the first delivery; delays[i] is
// the wait after attempt i+1 failed, before attempt i+2.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"

namespace hookwork {

enum class RetryKind { Schedule, Exponential, Fixed };

// none: the nominal delay; full: uniform 0..d; equal: d/2 + uniform 0..d/2;
// proportional: d ± jitter_percent % (Svix uses ±20 %).
enum class Jitter { None, Full, Equal, Proportional };

struct RetryPolicy {
  std::string name;                       // "svix", "mailup", ... or "schedule" / "exponential" / "fixed"
  RetryKind kind = RetryKind::Schedule;
  std::vector<std::int64_t> delays_ms;    // Schedule: one delay per retry; max attempts = size + 1
  std::int64_t initial_ms = 0;            // Exponential: first retry delay; Fixed: the interval
  double factor = 2.0;                    // Exponential
  std::int64_t cap_ms = 0;                // Exponential: no single delay above this
  int max_attempts = 0;                   // Exponential / Fixed: total attempts, 0 = bounded only by max_age
  std::optional<std::int64_t> max_age_ms; // give up when the next attempt would be this long after the event
  Jitter jitter = Jitter::None;
  int jitter_percent = 0;                 // Proportional only

  // Total attempts allowed (first delivery included); 0 = unbounded by count.
  int attempt_limit() const;
  // Nominal delay (no jitter) before attempt `attempt` (2, 3, ...).
  std::int64_t nominal_delay_ms(int attempt) const;
};

const char* to_string(RetryKind k);
const char* to_string(Jitter j);

// The preset names, in documentation order: standard, svix, mailup, episerver, exponential, fixed.
std::vector<std::string> retry_preset_names();
std::optional<RetryPolicy> retry_preset(const std::string& name);

// A preset name ("svix") or an object:
//   {"type":"schedule","delays_ms":[...],"jitter_percent"?:n,"max_age_ms"?:n}
//   {"type":"exponential","initial_ms","factor","cap_ms","jitter":"none|full|equal","max_attempts","max_age_ms"?}
//   {"type":"fixed","interval_ms","max_attempts","max_age_ms"?}
//   {"type":"<preset>"} (the preset unchanged)
// Every problem is reported, with fields relative to the given value ("delays_ms[2]").
Result<RetryPolicy> parse_retry_policy(const nlohmann::json& j);

// The canonical JSON of a policy (what parse_retry_policy accepts back, plus "name").
nlohmann::json to_json(const RetryPolicy& p);

}  // namespace hookwork
