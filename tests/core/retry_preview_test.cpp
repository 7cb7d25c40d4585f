#include <catch2/catch.hpp>

#include "hookwork/limits.hpp"
#include "hookwork/retry_plan.hpp"
#include "hookwork/retry_preview.hpp"

using namespace hookwork;

namespace {
constexpr std::int64_t s = 1000, min = 60 * s, h = 60 * min;

std::vector<std::int64_t> cumulative(const RetryPreview& p) {
  std::vector<std::int64_t> out;
  for (const auto& step : p.steps) out.push_back(step.cumulative_ms);
  return out;
}
}  // namespace

TEST_CASE("standard preview: 10 attempts over 75 h 35 min 5 s", "[retry_preview]") {
  auto p = preview(*retry_preset("standard"), 123);
  CHECK(cumulative(p) == std::vector<std::int64_t>{0, 5 * s, 5 * min + 5 * s, 35 * min + 5 * s, 2 * h + 35 * min + 5 * s,
                                                   7 * h + 35 * min + 5 * s, 17 * h + 35 * min + 5 * s,
                                                   31 * h + 35 * min + 5 * s, 51 * h + 35 * min + 5 * s,
                                                   75 * h + 35 * min + 5 * s});
  CHECK(p.end_reason == "attempts_exhausted");
  CHECK(p.total_ms == 75 * h + 35 * min + 5 * s);
  for (const auto& step : p.steps) CHECK(step.delay_min_ms == step.delay_max_ms);
}

TEST_CASE("mailup preview: 6 attempts over 25 minutes", "[retry_preview]") {
  auto p = preview(*retry_preset("mailup"), 0);
  CHECK(cumulative(p) == std::vector<std::int64_t>{0, 5 * min, 10 * min, 15 * min, 20 * min, 25 * min});
}

TEST_CASE("svix preview: 8 attempts, each within its jitter window, about 27.6 h", "[retry_preview]") {
  for (std::uint64_t seed = 0; seed < 10000; ++seed) {
    auto p = preview(*retry_preset("svix"), seed);
    REQUIRE(p.steps.size() == 8);
    for (const auto& step : p.steps) {
      REQUIRE(step.delay_ms >= step.delay_min_ms);
      REQUIRE(step.delay_ms <= step.delay_max_ms);
      REQUIRE(step.cumulative_ms >= step.cumulative_min_ms);
      REQUIRE(step.cumulative_ms <= step.cumulative_max_ms);
    }
  }
  auto p = preview(*retry_preset("svix"), 0);
  CHECK(p.steps.back().cumulative_min_ms == (27 * h + 35 * min + 5 * s) * 8 / 10);
  CHECK(p.steps.back().cumulative_max_ms == (27 * h + 35 * min + 5 * s) * 12 / 10);
}

TEST_CASE("a preview is exactly what plan gives a message that always fails", "[retry_preview]") {
  auto policy = *retry_preset("exponential");
  auto p = preview(policy, 77);
  AttemptOutcome failure;
  failure.code = "timeout";
  std::int64_t now = 0;
  for (std::size_t i = 1; i < p.steps.size(); ++i) {
    auto r = plan(policy, {static_cast<int>(i), 0, {}}, failure, now, 77);
    REQUIRE(r.action == PlanAction::Retry);
    CHECK(r.at_ms == p.steps[i].cumulative_ms);
    now = r.at_ms;
  }
  CHECK(plan(policy, {static_cast<int>(p.steps.size()), 0, {}}, failure, now, 77).action == PlanAction::GiveUp);
}

TEST_CASE("age-bounded previews stop at the age or are truncated", "[retry_preview]") {
  auto episerver = preview(*retry_preset("episerver"), 0);
  CHECK(episerver.steps.size() == limits::kPreviewMaxSteps);
  CHECK(episerver.end_reason == "truncated");
  auto p = parse_retry_policy(nlohmann::json{{"type", "fixed"}, {"interval_ms", 60000}, {"max_attempts", 0}, {"max_age_ms", 600000}});
  REQUIRE(p.ok());
  auto bounded = preview(p.value(), 0);
  CHECK(bounded.steps.size() == 11);  // attempt 1 at 0, then every minute up to exactly 10 minutes
  CHECK(bounded.end_reason == "max_age_exceeded");
  CHECK(bounded.total_ms == 600000);
}
