#include <catch2/catch.hpp>

#include "hookwork/retry_policy.hpp"

using namespace hookwork;
using json = nlohmann::json;

namespace {
constexpr std::int64_t s = 1000, min = 60 * s, h = 60 * min;

std::vector<std::pair<std::string, std::string>> codes(const FieldErrors& errors) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& e : errors) out.emplace_back(e.field, e.code);
  return out;
}
}  // namespace

TEST_CASE("presets have the documented schedules", "[retry_policy]") {
  auto standard = retry_preset("standard").value();
  CHECK(standard.delays_ms == std::vector<std::int64_t>{5 * s, 5 * min, 30 * min, 2 * h, 5 * h, 10 * h, 14 * h, 20 * h, 24 * h});
  CHECK(standard.attempt_limit() == 10);
  auto svix = retry_preset("svix").value();
  CHECK(svix.delays_ms == std::vector<std::int64_t>{5 * s, 5 * min, 30 * min, 2 * h, 5 * h, 10 * h, 10 * h});
  CHECK(svix.jitter == Jitter::Proportional);
  CHECK(svix.jitter_percent == 20);
  auto mailup = retry_preset("mailup").value();
  CHECK(mailup.delays_ms == std::vector<std::int64_t>(5, 5 * min));
  CHECK(mailup.attempt_limit() == 6);
  auto episerver = retry_preset("episerver").value();
  CHECK(episerver.kind == RetryKind::Fixed);
  CHECK(episerver.nominal_delay_ms(2) == 10 * s);
  CHECK(episerver.nominal_delay_ms(1000) == 10 * s);
  CHECK(episerver.max_age_ms == 3 * 24 * h);
  CHECK(episerver.attempt_limit() == 0);
  for (const auto& name : retry_preset_names()) {
    auto parsed = parse_retry_policy(json(name));
    REQUIRE(parsed.ok());
    CHECK(to_json(parsed.value()) == to_json(*retry_preset(name)));
    CHECK(parse_retry_policy(json{{"type", name}}).ok());
  }
}

TEST_CASE("exponential delays double up to the cap", "[retry_policy]") {
  auto p = parse_retry_policy(json{{"type", "exponential"}, {"initial_ms", 1000}, {"factor", 2}, {"cap_ms", 10000},
                                   {"jitter", "none"}, {"max_attempts", 8}});
  REQUIRE(p.ok());
  std::vector<std::int64_t> delays;
  for (int a = 2; a <= 8; ++a) delays.push_back(p.value().nominal_delay_ms(a));
  CHECK(delays == std::vector<std::int64_t>{1000, 2000, 4000, 8000, 10000, 10000, 10000});
  CHECK(p.value().attempt_limit() == 8);
  auto frac = parse_retry_policy(json{{"type", "exponential"}, {"initial_ms", 1000}, {"factor", 1.5}, {"cap_ms", 100000},
                                      {"max_attempts", 5}});
  REQUIRE(frac.ok());
  CHECK(frac.value().nominal_delay_ms(4) == 2250);
}

TEST_CASE("custom schedules and fixed policies parse, and round-trip through to_json", "[retry_policy]") {
  auto sched = parse_retry_policy(json{{"type", "schedule"}, {"name", "mine"}, {"delays_ms", {0, 1000, 60000}},
                                       {"jitter_percent", 10}, {"max_age_ms", 3600000}});
  REQUIRE(sched.ok());
  CHECK(sched.value().name == "mine");
  CHECK(sched.value().attempt_limit() == 4);
  auto again = parse_retry_policy(to_json(sched.value()));
  REQUIRE(again.ok());
  CHECK(to_json(again.value()) == to_json(sched.value()));
  auto fixed = parse_retry_policy(json{{"type", "fixed"}, {"interval_ms", 30000}, {"max_attempts", 4}});
  REQUIRE(fixed.ok());
  CHECK(to_json(parse_retry_policy(to_json(fixed.value())).value()) == to_json(fixed.value()));
}

TEST_CASE("parse_retry_policy reports every problem with its field", "[retry_policy]") {
  CHECK(codes(parse_retry_policy(json("nope")).errors()) == decltype(codes({})){{"", "unknown_policy"}});
  CHECK(codes(parse_retry_policy(json(5)).errors()) == decltype(codes({})){{"", "invalid_type"}});
  CHECK(codes(parse_retry_policy(json::object()).errors()) == decltype(codes({})){{"type", "required"}});
  CHECK(codes(parse_retry_policy(json{{"type", "schedule"}, {"delays_ms", {1000, -1, "x", 1000}}, {"jitter_percent", 101},
                                      {"colour", "red"}})
                  .errors()) == decltype(codes({})){{"colour", "unknown_field"},
                                                    {"delays_ms[1]", "out_of_range"},
                                                    {"delays_ms[2]", "out_of_range"},
                                                    {"jitter_percent", "out_of_range"}});
  CHECK(codes(parse_retry_policy(json{{"type", "exponential"}, {"factor", 0.5}, {"jitter", "some"}}).errors()) ==
        decltype(codes({})){{"initial_ms", "required"},
                            {"cap_ms", "required"},
                            {"max_attempts", "required"},
                            {"factor", "out_of_range"},
                            {"jitter", "unknown_jitter"}});
  CHECK(codes(parse_retry_policy(json{{"type", "fixed"}, {"interval_ms", 1000}, {"max_attempts", 0}}).errors()) ==
        decltype(codes({})){{"max_attempts", "unbounded"}});
  CHECK(codes(parse_retry_policy(json{{"type", "svix"}, {"jitter_percent", 5}}).errors()) ==
        decltype(codes({})){{"", "unknown_field"}});
  CHECK(codes(parse_retry_policy(json{{"type", "schedule"}, {"delays_ms", std::vector<int>(101, 1)}}).errors()) ==
        decltype(codes({})){{"delays_ms", "too_many"}});
}
