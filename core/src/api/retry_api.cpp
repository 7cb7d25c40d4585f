#include "hookwork/api.hpp"
#include "hookwork/api_registry.hpp"
#include "hookwork/hook_health.hpp"
#include "hookwork/limits.hpp"
#include "hookwork/retry_classify.hpp"
#include "hookwork/retry_plan.hpp"
#include "hookwork/retry_preview.hpp"
#include "input_fields.hpp"

namespace hookwork::api {
namespace {

constexpr std::int64_t kMaxTimeMs = 253402300799999;          // 9999-12-31T23:59:59.999Z
constexpr std::int64_t kMaxSeed = (std::int64_t{1} << 53) - 1;  // exact in every JSON host (JavaScript numbers)

std::optional<RetryPolicy> read_policy(InputFields& in) {
  if (!in.has("policy")) {
    in.add({"policy", "required", "policy is required: a preset name or an object"});
    return std::nullopt;
  }
  auto p = parse_retry_policy(in.raw("policy"));
  if (!p.ok()) {
    in.add(nest_errors("policy", p.errors()));
    return std::nullopt;
  }
  return p.value();
}

std::uint64_t read_seed(InputFields& in) {
  return static_cast<std::uint64_t>(in.integer("seed", false, 0, kMaxSeed).value_or(0));
}

// A sub-object read with its own InputFields; its errors are reported under `key`.
template <class F>
auto read_nested(InputFields& in, const char* key, F&& read) -> decltype(read(std::declval<InputFields&>())) {
  static const nlohmann::json kEmpty = nlohmann::json::object();
  InputFields sub(in.has(key) ? in.raw(key) : kEmpty);
  auto value = read(sub);
  in.add(nest_errors(key, sub.errors()));
  return value;
}

std::optional<AttemptOutcome> read_response(InputFields& in, std::optional<std::int64_t> now_ms) {
  auto status = in.integer("status", false, 0, 999);
  auto headers = in.headers("headers", false);
  auto transport = in.string("transport_error", false);
  if (!status && !transport && in.ok()) {
    in.add({"status", "required", "give the HTTP status, or transport_error when there was no response"});
  }
  if (!in.ok()) return std::nullopt;
  return classify(status ? std::optional<int>(static_cast<int>(*status)) : std::nullopt, headers, transport, now_ms);
}

std::optional<AttemptOutcome> read_outcome(InputFields& in) {
  AttemptOutcome o;
  auto kind = in.string("kind", true);
  auto code = in.string("code", false);
  o.retry_after_ms = in.integer("retry_after_ms", false, 0, kRetryAfterReadCapMs);
  if (kind) {
    if (auto k = parse_outcome_kind(*kind)) o.kind = *k;
    else in.add({"kind", "unknown_kind", "kind must be one of success, failure, deactivate"});
  }
  if (!in.ok()) return std::nullopt;
  o.code = code.value_or("");
  return o;
}

nlohmann::json outcome_json(const AttemptOutcome& o) {
  nlohmann::json j{{"kind", to_string(o.kind)}, {"code", o.code}};
  if (o.status) j["status"] = *o.status;
  if (o.retry_after_ms) j["retry_after_ms"] = *o.retry_after_ms;
  return j;
}

nlohmann::json classify_fn(const nlohmann::json& input) {
  InputFields in(input);
  auto now = in.integer("now_ms", false, 0, kMaxTimeMs);
  auto outcome = read_response(in, now);
  if (!in.ok()) return fail(in.errors());
  return ok(outcome_json(*outcome));
}

nlohmann::json plan_fn(const nlohmann::json& input) {
  InputFields in(input);
  auto policy = read_policy(in);
  auto now = in.integer("now_ms", true, 0, kMaxTimeMs);
  auto seed = read_seed(in);
  auto history = read_nested(in, "history", [](InputFields& h) {
    AttemptHistory out;
    out.attempts = static_cast<int>(h.integer("attempts", true, 1, limits::kMaxAttempts).value_or(1));
    out.first_attempt_ms = h.integer("first_attempt_ms", true, 0, kMaxTimeMs).value_or(0);
    out.event_occurred_ms = h.integer("event_occurred_ms", false, 0, kMaxTimeMs);
    return out;
  });
  std::optional<AttemptOutcome> outcome;
  if (in.has("outcome") == in.has("response")) {
    in.add({"outcome", "required", "give either outcome (what retry.classify returned) or response (its input)"});
  } else if (in.has("outcome")) {
    outcome = read_nested(in, "outcome", [](InputFields& o) { return read_outcome(o); });
  } else {
    outcome = read_nested(in, "response", [&](InputFields& r) { return read_response(r, now); });
  }
  if (!in.ok()) return fail(in.errors());
  RetryPlan p = plan(*policy, history, *outcome, *now, seed);
  nlohmann::json out{{"action", to_string(p.action)}, {"reason", p.reason}, {"outcome", outcome_json(*outcome)}};
  if (p.action == PlanAction::Retry) {
    out["next_attempt"] = p.next_attempt;
    out["delay_ms"] = p.delay_ms;
    out["at_ms"] = p.at_ms;
    out["scheduled_delay_ms"] = p.scheduled_delay_ms;
    out["retry_after_applied"] = p.retry_after_applied;
  }
  return ok(out);
}

nlohmann::json preview_fn(const nlohmann::json& input) {
  InputFields in(input);
  auto policy = read_policy(in);
  auto seed = read_seed(in);
  if (!in.ok()) return fail(in.errors());
  RetryPreview p = preview(*policy, seed);
  auto steps = nlohmann::json::array();
  for (const auto& s : p.steps) {
    steps.push_back({{"attempt", s.attempt},
                     {"delay_ms", s.delay_ms},
                     {"delay_min_ms", s.delay_min_ms},
                     {"delay_max_ms", s.delay_max_ms},
                     {"cumulative_ms", s.cumulative_ms},
                     {"cumulative_min_ms", s.cumulative_min_ms},
                     {"cumulative_max_ms", s.cumulative_max_ms}});
  }
  return ok({{"policy", to_json(*policy)},
             {"steps", steps},
             {"attempts", p.steps.size()},
             {"total_ms", p.total_ms},
             {"end_reason", p.end_reason},
             {"truncated", p.end_reason == "truncated"},
             {"outcome", "give_up"},
             {"buffer_window_ms", DeactivationPolicy{}.buffer_window_ms}});
}

const char* preset_description(const std::string& name) {
  if (name == "standard") return "Standard Webhooks example: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h";
  if (name == "svix") return "Svix: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, each ±20 %";
  if (name == "mailup") return "MailUp: 5 retries every 5 minutes (6 attempts over 25 minutes)";
  if (name == "episerver") return "Episerver: every 10 s until the event is 3 days old";
  if (name == "exponential") return "Exponential: 5 s doubling to 1 h, full jitter, 10 attempts";
  if (name == "fixed") return "Fixed: every minute, 10 attempts";
  return "";
}

nlohmann::json presets_fn(const nlohmann::json& /*input*/) {
  auto list = nlohmann::json::array();
  for (const auto& name : retry_preset_names()) {
    list.push_back({{"name", name}, {"description", preset_description(name)}, {"policy", to_json(*retry_preset(name))}});
  }
  return ok({{"presets", list}});
}

nlohmann::json health_json(const HookHealth& h) {
  auto opt = [](const std::optional<std::int64_t>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
  return {{"active", h.active},
          {"consecutive_exhausted", h.consecutive_exhausted},
          {"failing_since_ms", opt(h.failing_since_ms)},
          {"deactivated_at_ms", opt(h.deactivated_at_ms)},
          {"deactivation_reason", h.deactivation_reason.empty() ? nlohmann::json(nullptr) : nlohmann::json(h.deactivation_reason)}};
}

HookHealth read_health(InputFields& h) {
  HookHealth out;
  if (h.has("active")) {
    if (h.raw("active").is_boolean()) out.active = h.raw("active").get<bool>();
    else h.add({"active", "invalid_type", "active must be true or false"});
  }
  out.consecutive_exhausted = static_cast<int>(h.integer("consecutive_exhausted", false, 0, 1000000).value_or(0));
  out.failing_since_ms = h.integer("failing_since_ms", false, 0, kMaxTimeMs);
  out.deactivated_at_ms = h.integer("deactivated_at_ms", false, 0, kMaxTimeMs);
  out.deactivation_reason = h.string("deactivation_reason", false).value_or("");
  if (!out.active && !out.deactivated_at_ms) {
    h.add({"deactivated_at_ms", "required", "an inactive hook needs deactivated_at_ms"});
  }
  return out;
}

DeactivationPolicy read_deactivation_policy(InputFields& p) {
  DeactivationPolicy out;
  constexpr std::int64_t kMaxWindowMs = 365LL * 24 * 3600 * 1000;
  out.max_consecutive_exhausted = static_cast<int>(
      p.integer("max_consecutive_exhausted", false, 1, 1000000).value_or(out.max_consecutive_exhausted));
  out.max_failing_ms = p.integer("max_failing_ms", false, 1, kMaxWindowMs).value_or(out.max_failing_ms);
  out.buffer_window_ms = p.integer("buffer_window_ms", false, 0, kMaxWindowMs).value_or(out.buffer_window_ms);
  return out;
}

nlohmann::json deactivation_fn(const nlohmann::json& input) {
  InputFields in(input);
  auto health = read_nested(in, "health", read_health);
  auto policy = read_nested(in, "policy", read_deactivation_policy);
  auto now = in.integer("now_ms", true, 0, kMaxTimeMs);
  auto event_name = in.string("event", true);
  std::optional<HealthEvent> event;
  if (event_name) {
    event = parse_health_event(*event_name);
    if (!event) in.add({"event", "unknown_event", "event must be one of success, failure, exhausted, gone, reactivated"});
  }
  if (!in.ok()) return fail(in.errors());
  HealthUpdate u = record_health_event(health, *event, *now, policy);
  nlohmann::json out{{"health", health_json(u.health)},
                     {"deactivated_now", u.deactivated_now},
                     {"recovered_now", u.recovered_now}};
  auto closes = buffer_closes_at_ms(u.health, policy);
  out["buffer_closes_at_ms"] = closes ? nlohmann::json(*closes) : nlohmann::json(nullptr);
  return ok(out);
}

nlohmann::json buffer_fn(const nlohmann::json& input) {
  InputFields in(input);
  auto health = read_nested(in, "health", read_health);
  auto policy = read_nested(in, "policy", read_deactivation_policy);
  auto received = in.integer("received_ms", true, 0, kMaxTimeMs);
  if (!in.ok()) return fail(in.errors());
  BufferDecision d = buffer_decision(health, *received, policy);
  auto closes = buffer_closes_at_ms(health, policy);
  return ok({{"decision", to_string(d)},
             {"buffer_closes_at_ms", closes ? nlohmann::json(*closes) : nlohmann::json(nullptr)}});
}

}  // namespace

void register_retry_api(Registry& r) {
  r["retry.classify"] = classify_fn;
  r["retry.plan"] = plan_fn;
  r["retry.preview"] = preview_fn;
  r["retry.presets"] = presets_fn;
  r["retry.deactivation"] = deactivation_fn;
  r["retry.buffer"] = buffer_fn;
}

}  // namespace hookwork::api
