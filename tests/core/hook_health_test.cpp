#include <catch2/catch.hpp>

#include "hookwork/hook_health.hpp"

using namespace hookwork;

namespace {
constexpr std::int64_t h = 3600 * 1000, day = 24 * h;
}

TEST_CASE("10 consecutive exhausted messages deactivate the hook", "[hook_health]") {
  HookHealth health;
  for (int i = 1; i < 10; ++i) {
    auto u = record_health_event(health, HealthEvent::Exhausted, i * h);
    CHECK_FALSE(u.deactivated_now);
    health = u.health;
  }
  CHECK(health.consecutive_exhausted == 9);
  CHECK(health.failing_since_ms == 1 * h);
  auto u = record_health_event(health, HealthEvent::Exhausted, 10 * h);
  CHECK(u.deactivated_now);
  CHECK_FALSE(u.health.active);
  CHECK(u.health.deactivated_at_ms == 10 * h);
  CHECK(u.health.deactivation_reason == "consecutive_exhausted");
}

TEST_CASE("a success clears the streak and signals recovery", "[hook_health]") {
  HookHealth health;
  for (int i = 0; i < 9; ++i) health = record_health_event(health, HealthEvent::Exhausted, i).health;
  auto u = record_health_event(health, HealthEvent::Success, 100);
  CHECK(u.recovered_now);
  CHECK(u.health.consecutive_exhausted == 0);
  CHECK_FALSE(u.health.failing_since_ms.has_value());
  CHECK_FALSE(record_health_event(u.health, HealthEvent::Exhausted, 200).deactivated_now);
  CHECK_FALSE(record_health_event(HookHealth{}, HealthEvent::Success, 1).recovered_now);
}

TEST_CASE("failing continuously for 5 days deactivates, even with few exhausted messages", "[hook_health]") {
  HookHealth health = record_health_event(HookHealth{}, HealthEvent::Failure, 0).health;
  auto almost = record_health_event(health, HealthEvent::Failure, 5 * day - 1);
  CHECK_FALSE(almost.deactivated_now);
  auto u = record_health_event(almost.health, HealthEvent::Failure, 5 * day);
  CHECK(u.deactivated_now);
  CHECK(u.health.deactivation_reason == "failing_too_long");
}

TEST_CASE("410 Gone deactivates at once; reactivation resets everything", "[hook_health]") {
  auto u = record_health_event(HookHealth{}, HealthEvent::Gone, 42);
  CHECK(u.deactivated_now);
  CHECK(u.health.deactivation_reason == "gone");
  // Late results of in-flight attempts leave a deactivated hook as it is.
  auto late = record_health_event(u.health, HealthEvent::Success, 50);
  CHECK_FALSE(late.health.active);
  auto back = record_health_event(u.health, HealthEvent::Reactivated, 60);
  CHECK(back.health.active);
  CHECK_FALSE(back.health.deactivated_at_ms.has_value());
}

TEST_CASE("custom thresholds are respected", "[hook_health]") {
  DeactivationPolicy p;
  p.max_consecutive_exhausted = 2;
  auto u = record_health_event(record_health_event(HookHealth{}, HealthEvent::Exhausted, 0, p).health,
                               HealthEvent::Exhausted, 1, p);
  CHECK(u.deactivated_now);
}

TEST_CASE("events of a deactivated hook are buffered for 5 days, then dropped", "[hook_health]") {
  HookHealth active;
  CHECK(buffer_decision(active, 0) == BufferDecision::Deliver);
  CHECK_FALSE(buffer_closes_at_ms(active).has_value());
  auto off = record_health_event(HookHealth{}, HealthEvent::Gone, 10 * day).health;
  CHECK(buffer_closes_at_ms(off) == 15 * day);
  CHECK(buffer_decision(off, 10 * day) == BufferDecision::Buffer);
  CHECK(buffer_decision(off, 15 * day - 1) == BufferDecision::Buffer);
  CHECK(buffer_decision(off, 15 * day) == BufferDecision::Drop);
  CHECK(std::string(to_string(BufferDecision::Drop)) == "drop");
}
