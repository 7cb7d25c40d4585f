#include <catch2/catch.hpp>

#include <set>

#include "hookwork/retry_plan.hpp"

using namespace hookwork;

namespace {
constexpr std::int64_t s = 1000, min = 60 * s, h = 60 * min, day = 24 * h;

AttemptOutcome failure(std::optional<std::int64_t> retry_after = std::nullopt) {
  AttemptOutcome o;
  o.code = "server_error";
  o.retry_after_ms = retry_after;
  return o;
}
RetryPolicy preset(const char* name) { return retry_preset(name).value(); }
}  // namespace

TEST_CASE("splitmix64 gives the reference outputs", "[retry_plan]") {
  // First outputs of the reference generator seeded with 0 (state advanced by the golden gamma each call).
  CHECK(splitmix64(0) == 0xE220A8397B1DCDAFULL);
  CHECK(splitmix64(0x9E3779B97F4A7C15ULL) == 0x6E789E6AA1B965F4ULL);
}

TEST_CASE("success is done, 410 deactivates, other failures follow the schedule", "[retry_plan]") {
  auto p = preset("standard");
  AttemptOutcome ok;
  ok.kind = OutcomeKind::Success;
  ok.code = "success";
  CHECK(plan(p, {3, 0, {}}, ok, 1000, 1).action == PlanAction::Done);
  AttemptOutcome gone;
  gone.kind = OutcomeKind::Deactivate;
  gone.code = "gone";
  auto g = plan(p, {1, 0, {}}, gone, 1000, 1);
  CHECK(g.action == PlanAction::Deactivate);
  CHECK(g.reason == "gone");
  const std::int64_t now = 1'700'000'000'000;
  auto r = plan(p, {1, now, {}}, failure(), now, 1);
  CHECK(r.action == PlanAction::Retry);
  CHECK(r.next_attempt == 2);
  CHECK(r.delay_ms == 5 * s);
  CHECK(r.at_ms == now + 5 * s);
  CHECK(plan(p, {9, 0, {}}, failure(), now, 1).delay_ms == 24 * h);
  auto done = plan(p, {10, 0, {}}, failure(), now, 1);
  CHECK(done.action == PlanAction::GiveUp);
  CHECK(done.reason == "attempts_exhausted");
}

TEST_CASE("mailup gives up after 6 attempts, 5 minutes apart", "[retry_plan]") {
  auto p = preset("mailup");
  for (int a = 1; a <= 5; ++a) {
    auto r = plan(p, {a, 0, {}}, failure(), a * 5 * min, 9);
    CHECK(r.action == PlanAction::Retry);
    CHECK(r.delay_ms == 5 * min);
  }
  CHECK(plan(p, {6, 0, {}}, failure(), 25 * min, 9).reason == "attempts_exhausted");
}

TEST_CASE("episerver discards events older than 3 days", "[retry_plan]") {
  auto p = preset("episerver");
  const std::int64_t occurred = 5 * day;
  auto r = plan(p, {500, occurred + 1 * h, occurred}, failure(), occurred + 3 * day - 10 * s, 0);
  CHECK(r.action == PlanAction::Retry);
  CHECK(r.at_ms == occurred + 3 * day);
  auto late = plan(p, {501, occurred + 1 * h, occurred}, failure(), occurred + 3 * day - 9 * s, 0);
  CHECK(late.action == PlanAction::GiveUp);
  CHECK(late.reason == "max_age_exceeded");
  // Without the event time, age counts from the first attempt.
  CHECK(plan(p, {2, 0, {}}, failure(), 3 * day, 0).reason == "max_age_exceeded");
}

TEST_CASE("Retry-After is honoured between the scheduled delay and twice it (at least 60 s)", "[retry_plan]") {
  auto p = preset("standard");
  // Attempt 3 is scheduled 5 min after attempt 2.
  auto within = plan(p, {2, 0, {}}, failure(7 * min), 0, 0);
  CHECK(within.delay_ms == 7 * min);
  CHECK(within.scheduled_delay_ms == 5 * min);
  CHECK(within.retry_after_applied);
  CHECK(plan(p, {2, 0, {}}, failure(3 * h), 0, 0).delay_ms == 10 * min);  // clamped to 2x
  auto shorter = plan(p, {2, 0, {}}, failure(10 * s), 0, 0);                // never earlier than scheduled
  CHECK(shorter.delay_ms == 5 * min);
  CHECK_FALSE(shorter.retry_after_applied);
  CHECK(plan(p, {1, 0, {}}, failure(45 * s), 0, 0).delay_ms == 45 * s);     // 5 s step: ceiling 60 s
  CHECK(plan(p, {1, 0, {}}, failure(10 * min), 0, 0).delay_ms == 60 * s);
}

TEST_CASE("plans are deterministic for a seed and differ across seeds", "[retry_plan]") {
  auto p = preset("svix");
  auto a = plan(p, {3, 0, {}}, failure(), 0, 42);
  auto b = plan(p, {3, 0, {}}, failure(), 0, 42);
  CHECK(a.delay_ms == b.delay_ms);
  std::set<std::int64_t> seen;
  for (std::uint64_t seed = 0; seed < 100; ++seed) seen.insert(plan(p, {3, 0, {}}, failure(), 0, seed).delay_ms);
  CHECK(seen.size() > 90);
}

TEST_CASE("jitter stays within its bounds over 10 000 seeds and fills them", "[retry_plan]") {
  struct Case { RetryPolicy policy; int attempt; std::int64_t lo, hi; };
  auto svix = preset("svix");
  auto full = preset("exponential");
  auto equal = full;
  equal.jitter = Jitter::Equal;
  const std::vector<Case> cases = {
      {svix, 2, 4 * s, 6 * s},                    // 5 s ± 20 %
      {svix, 8, 8 * h, 12 * h},                   // 10 h ± 20 %
      {full, 2, 0, 5 * s},                        // full: 0..d
      {full, 5, 0, 40 * s},
      {full, 12, 0, 1 * h},                       // 5 s * 2^10 > 1 h: capped
      {equal, 4, 10 * s, 20 * s},                 // equal: d/2..d
  };
  for (const auto& c : cases) {
    INFO(c.policy.name << " attempt " << c.attempt);
    auto b = jitter_bounds(c.policy, c.attempt);
    CHECK(b.min_ms == c.lo);
    CHECK(b.max_ms == c.hi);
    std::int64_t lowest = c.hi, highest = c.lo;
    double sum = 0;
    for (std::uint64_t seed = 0; seed < 10000; ++seed) {
      std::int64_t d = jittered_delay_ms(c.policy, c.attempt, seed);
      REQUIRE(d >= c.lo);
      REQUIRE(d <= c.hi);
      lowest = std::min(lowest, d);
      highest = std::max(highest, d);
      sum += static_cast<double>(d);
    }
    const double width = static_cast<double>(c.hi - c.lo);
    CHECK(static_cast<double>(lowest - c.lo) < width * 0.01);
    CHECK(static_cast<double>(c.hi - highest) < width * 0.01);
    CHECK(sum / 10000 == Approx((c.lo + c.hi) / 2.0).epsilon(0.02));
  }
}
