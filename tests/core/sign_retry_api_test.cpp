// Hostile inputs for the sign.* and retry.* facade functions: every field of a
// valid input replaced in turn by every JSON kind. The answer must always be a
// well-formed {ok, value} or {ok:false, errors:[{field, code, message}...]},
// readable by an independent parser, and never a crash or an exception.
#include <catch2/catch.hpp>

#include <limits>

#include "hookwork/api.hpp"
#include "support/json_crosscheck.hpp"

using json = nlohmann::json;

namespace {

const std::vector<std::pair<std::string, json>>& valid_inputs() {
  static const std::vector<std::pair<std::string, json>> inputs = {
      {"sign.sign", {{"scheme", "v1"}, {"secrets", {"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}}, {"id", "msg_1"},
                     {"timestamp", 1614265330}, {"body", "{}"}, {"header_prefix", "svix"}}},
      {"sign.verify", {{"scheme", "stripe"}, {"secrets", {"s"}}, {"headers", {{"Stripe-Signature", "t=1,v1=00"}}},
                       {"body", "{}"}, {"now", 1}, {"tolerance", 5}, {"header_prefix", "Stripe"}}},
      {"sign.generate_secret", {{"random_hex", std::string(48, 'a')}}},
      {"sign.encrypt_legacy", {{"key", "k"}, {"data", "d"}}},
      {"sign.decrypt_legacy", {{"key", "k"}, {"data", "ZA=="}}},
      {"sign.sha256", {{"data", "abc"}}},
      {"sign.hmac_sha256", {{"key", "k"}, {"data", "abc"}}},
      {"retry.classify", {{"status", 429}, {"headers", {{"Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT"}}}, {"now_ms", 0}}},
      {"retry.plan", {{"policy", {{"type", "exponential"}, {"initial_ms", 1}, {"factor", 3}, {"cap_ms", 100}, {"max_attempts", 4}}},
                      {"history", {{"attempts", 1}, {"first_attempt_ms", 0}, {"event_occurred_ms", 0}}},
                      {"response", {{"status", 503}, {"headers", {{"Retry-After", "3"}}}}}, {"now_ms", 5}, {"seed", 9}}},
      {"retry.preview", {{"policy", {{"type", "schedule"}, {"delays_ms", {1, 2}}, {"jitter_percent", 50}}}, {"seed", 1}}},
      {"retry.presets", json::object()},
      {"retry.deactivation", {{"health", {{"active", true}, {"consecutive_exhausted", 1}, {"failing_since_ms", 0}}},
                              {"policy", {{"max_consecutive_exhausted", 2}}}, {"event", "exhausted"}, {"now_ms", 1}}},
      {"retry.buffer", {{"health", {{"active", false}, {"deactivated_at_ms", 0}}}, {"received_ms", 1}}},
  };
  return inputs;
}

const std::vector<json>& hostile_values() {
  static const std::vector<json> values = {
      nullptr, true, -1, 0, 1.5, -1e300, std::numeric_limits<std::uint64_t>::max(),
      std::numeric_limits<std::int64_t>::min(), "", "x", std::string(5000, '\xff'), json::array(),
      json::array({1, "a", nullptr}), json::object(), json{{"type", json::array()}}};
  return values;
}

std::string show(const json& v) { return v.dump(-1, ' ', false, json::error_handler_t::replace).substr(0, 80); }

void require_well_formed(const std::string& fn, const json& input) {
  std::string text = hookwork::api::call_text(fn, input.dump(-1, ' ', false, json::error_handler_t::replace));
  auto out = json::parse(text);
  CHECK(hookwork::test::same_json(hookwork::test::parse_independently(text), out));
  REQUIRE(out.at("ok").is_boolean());
  if (out["ok"]) {
    REQUIRE(out.contains("value"));
  } else {
    REQUIRE_FALSE(out.at("errors").empty());
    for (const auto& e : out["errors"]) {
      REQUIRE(e.at("field").is_string());
      REQUIRE(e.at("code").is_string());
      REQUIRE(e.at("message").is_string());
      REQUIRE(e["code"] != "invalid_input");  // a handler never relies on the facade's catch-all
    }
  }
}

}  // namespace

TEST_CASE("the valid base inputs succeed", "[sign_retry_api]") {
  for (const auto& [fn, input] : valid_inputs()) {
    INFO(fn);
    CHECK(hookwork::api::call(fn, input)["ok"] == true);
  }
}

TEST_CASE("sign.* and retry.* answer every hostile field with a value or field errors", "[sign_retry_api]") {
  for (const auto& [fn, input] : valid_inputs()) {
    for (const auto& whole : hostile_values()) {
      INFO(fn << " whole input " << show(whole));
      require_well_formed(fn, whole);
    }
    std::vector<std::vector<std::string>> paths;
    for (const auto& [key, value] : input.items()) {
      paths.push_back({key});
      if (value.is_object()) {
        for (const auto& [sub, ignored] : value.items()) paths.push_back({key, sub});
      }
    }
    for (const auto& path : paths) {
      for (const auto& v : hostile_values()) {
        json changed = input;
        json* slot = &changed[path[0]];
        if (path.size() == 2) slot = &(*slot)[path[1]];
        *slot = v;
        INFO(fn << " " << path.back() << " = " << show(v));
        require_well_formed(fn, changed);
      }
    }
  }
}
