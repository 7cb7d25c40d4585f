#include "hookwork/hook_health.hpp"

namespace hookwork {

const char* to_string(HealthEvent e) {
  switch (e) {
    case HealthEvent::Success: return "success";
    case HealthEvent::Failure: return "failure";
    case HealthEvent::Exhausted: return "exhausted";
    case HealthEvent::Gone: return "gone";
    case HealthEvent::Reactivated: return "reactivated";
  }
  return "failure";
}

std::optional<HealthEvent> parse_health_event(const std::string& s) {
  for (auto e : {HealthEvent::Success, HealthEvent::Failure, HealthEvent::Exhausted, HealthEvent::Gone,
                 HealthEvent::Reactivated}) {
    if (s == to_string(e)) return e;
  }
  return std::nullopt;
}

const char* to_string(BufferDecision d) {
  switch (d) {
    case BufferDecision::Deliver: return "deliver";
    case BufferDecision::Buffer: return "buffer";
    case BufferDecision::Drop: return "drop";
  }
  return "deliver";
}

HealthUpdate record_health_event(const HookHealth& health, HealthEvent event, std::int64_t now_ms,
                                 const DeactivationPolicy& policy) {
  HealthUpdate u{health};
  HookHealth& h = u.health;
  if (event == HealthEvent::Reactivated) {
    u.health = HookHealth{};
    return u;
  }
  if (!h.active) return u;  // late results of in-flight attempts do not change a deactivated hook
  std::string reason;
  switch (event) {
    case HealthEvent::Success:
      u.recovered_now = h.failing_since_ms.has_value() || h.consecutive_exhausted > 0;
      h.failing_since_ms.reset();
      h.consecutive_exhausted = 0;
      return u;
    case HealthEvent::Failure:
      if (!h.failing_since_ms) h.failing_since_ms = now_ms;
      break;
    case HealthEvent::Exhausted:
      if (!h.failing_since_ms) h.failing_since_ms = now_ms;
      ++h.consecutive_exhausted;
      if (h.consecutive_exhausted >= policy.max_consecutive_exhausted) reason = "consecutive_exhausted";
      break;
    case HealthEvent::Gone:
      reason = "gone";
      break;
    case HealthEvent::Reactivated:
      break;
  }
  if (reason.empty() && h.failing_since_ms && now_ms - *h.failing_since_ms >= policy.max_failing_ms) {
    reason = "failing_too_long";
  }
  if (!reason.empty()) {
    h.active = false;
    h.deactivated_at_ms = now_ms;
    h.deactivation_reason = reason;
    u.deactivated_now = true;
  }
  return u;
}

std::optional<std::int64_t> buffer_closes_at_ms(const HookHealth& health, const DeactivationPolicy& policy) {
  if (health.active || !health.deactivated_at_ms) return std::nullopt;
  return *health.deactivated_at_ms + policy.buffer_window_ms;
}

BufferDecision buffer_decision(const HookHealth& health, std::int64_t received_ms, const DeactivationPolicy& policy) {
  auto closes = buffer_closes_at_ms(health, policy);
  if (!closes) return BufferDecision::Deliver;
  return received_ms < *closes ? BufferDecision::Buffer : BufferDecision::Drop;
}

}  // namespace hookwork
