#pragma once
// When a hook is deactivated for being repeatedly unreachable (seed 000), and
// what happens to its events meanwhile. A small value the runner stores per
// hook and updates with pure functions; the clock is a parameter.
//
// Defaults (docs/retry.md explains them):
//   - deactivate after 10 consecutive messages exhausted their retries, or
//     after the hook has failed continuously (no success) for 5 days, like Svix;
//   - 410 Gone deactivates at once (Standard Webhooks);
//   - events arriving while deactivated are buffered for 5 days after the
//     deactivation (seed 000) and replayed on reactivation if asked; later
//     ones are dropped with a record.
#include <cstdint>
#include <optional>
#include <string>

namespace hookwork {

struct DeactivationPolicy {
  int max_consecutive_exhausted = 10;
  std::int64_t max_failing_ms = 5LL * 24 * 3600 * 1000;
  std::int64_t buffer_window_ms = 5LL * 24 * 3600 * 1000;
};

struct HookHealth {
  bool active = true;
  int consecutive_exhausted = 0;                  // messages in a row that exhausted every retry
  std::optional<std::int64_t> failing_since_ms;   // first failure after the last success
  std::optional<std::int64_t> deactivated_at_ms;
  std::string deactivation_reason;                // consecutive_exhausted, failing_too_long, gone
};

// What just happened to the hook: an attempt succeeded or failed, a message
// exhausted its retries, the receiver answered 410, or an operator reactivated it.
enum class HealthEvent { Success, Failure, Exhausted, Gone, Reactivated };
const char* to_string(HealthEvent e);
std::optional<HealthEvent> parse_health_event(const std::string& s);

struct HealthUpdate {
  HookHealth health;
  bool deactivated_now = false;  // this event deactivated the hook: send the system notification
  bool recovered_now = false;    // a success ended a failing streak ("recovered" signal)
};

HealthUpdate record_health_event(const HookHealth& health, HealthEvent event, std::int64_t now_ms,
                                 const DeactivationPolicy& policy = {});

enum class BufferDecision { Deliver, Buffer, Drop };
const char* to_string(BufferDecision d);

// For an event received at `received_ms`: deliver (hook active), buffer (deactivated, within the window
// after deactivation) or drop (deactivated, window passed). Replay on reactivation uses the same rule.
BufferDecision buffer_decision(const HookHealth& health, std::int64_t received_ms, const DeactivationPolicy& policy = {});

// When the buffer of a deactivated hook stops accepting events (nullopt while active).
std::optional<std::int64_t> buffer_closes_at_ms(const HookHealth& health, const DeactivationPolicy& policy = {});

}  // namespace hookwork
