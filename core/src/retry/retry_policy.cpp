#include "hookwork/retry_policy.hpp"

#include <algorithm>
#include <set>

#include "hookwork/limits.hpp"

namespace hookwork {
namespace {

constexpr std::int64_t kSecond = 1000;
constexpr std::int64_t kMinute = 60 * kSecond;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

RetryPolicy schedule(std::string name, std::vector<std::int64_t> delays, int jitter_percent = 0) {
  RetryPolicy p;
  p.name = std::move(name);
  p.kind = RetryKind::Schedule;
  p.delays_ms = std::move(delays);
  if (jitter_percent > 0) {
    p.jitter = Jitter::Proportional;
    p.jitter_percent = jitter_percent;
  }
  return p;
}

RetryPolicy fixed(std::string name, std::int64_t interval, int max_attempts, std::optional<std::int64_t> max_age) {
  RetryPolicy p;
  p.name = std::move(name);
  p.kind = RetryKind::Fixed;
  p.initial_ms = interval;
  p.max_attempts = max_attempts;
  p.max_age_ms = max_age;
  return p;
}

// Reads an optional integer member within [lo, hi]; records an error and returns nullopt when it is wrong.
std::optional<std::int64_t> read_int(const nlohmann::json& j, const char* key, std::int64_t lo, std::int64_t hi,
                                     FieldErrors& errors, bool required) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    if (required) errors.push_back({key, "required", std::string(key) + " is required"});
    return std::nullopt;
  }
  if (!it->is_number_integer()) {
    errors.push_back({key, "not_integer", std::string(key) + " must be an integer"});
    return std::nullopt;
  }
  if (it->is_number_unsigned() && it->get<std::uint64_t>() > static_cast<std::uint64_t>(hi)) {
    errors.push_back({key, "out_of_range", std::string(key) + " must be " + std::to_string(lo) + ".." + std::to_string(hi)});
    return std::nullopt;
  }
  auto v = it->get<std::int64_t>();
  if (v < lo || v > hi) {
    errors.push_back({key, "out_of_range", std::string(key) + " must be " + std::to_string(lo) + ".." + std::to_string(hi)});
    return std::nullopt;
  }
  return v;
}

void refuse_unknown_keys(const nlohmann::json& j, const std::set<std::string>& known, FieldErrors& errors) {
  for (const auto& [key, value] : j.items()) {
    if (!known.count(key)) errors.push_back({key, "unknown_field", "unknown retry policy field '" + key + "'"});
  }
}

Result<RetryPolicy> parse_schedule(const nlohmann::json& j) {
  FieldErrors errors;
  refuse_unknown_keys(j, {"name", "type", "delays_ms", "jitter_percent", "max_age_ms"}, errors);
  RetryPolicy p = schedule("schedule", {});
  auto it = j.find("delays_ms");
  if (it == j.end() || !it->is_array()) {
    errors.push_back({"delays_ms", "required", "delays_ms must be an array of delays in milliseconds"});
  } else if (it->size() > limits::kMaxScheduleSteps) {
    errors.push_back({"delays_ms", "too_many", "at most " + std::to_string(limits::kMaxScheduleSteps) + " delays"});
  } else {
    for (std::size_t i = 0; i < it->size(); ++i) {
      const auto& d = (*it)[i];
      std::string field = "delays_ms[" + std::to_string(i) + "]";
      if (!d.is_number_integer() || (d.is_number_unsigned() && d.get<std::uint64_t>() > static_cast<std::uint64_t>(limits::kMaxRetryDelayMs)) ||
          d.get<std::int64_t>() < 0 || d.get<std::int64_t>() > limits::kMaxRetryDelayMs) {
        errors.push_back({field, "out_of_range", "each delay must be an integer 0.." + std::to_string(limits::kMaxRetryDelayMs) + " ms"});
      } else {
        p.delays_ms.push_back(d.get<std::int64_t>());
      }
    }
  }
  if (auto v = read_int(j, "jitter_percent", 0, 100, errors, false); v && *v > 0) {
    p.jitter = Jitter::Proportional;
    p.jitter_percent = static_cast<int>(*v);
  }
  p.max_age_ms = read_int(j, "max_age_ms", 1, limits::kMaxRetryAgeMs, errors, false);
  if (!errors.empty()) return errors;
  return p;
}

Result<RetryPolicy> parse_exponential(const nlohmann::json& j) {
  FieldErrors errors;
  refuse_unknown_keys(j, {"name", "type", "initial_ms", "factor", "cap_ms", "jitter", "max_attempts", "max_age_ms"}, errors);
  RetryPolicy p = *retry_preset("exponential");
  if (auto v = read_int(j, "initial_ms", 1, limits::kMaxRetryDelayMs, errors, true)) p.initial_ms = *v;
  if (auto v = read_int(j, "cap_ms", 1, limits::kMaxRetryDelayMs, errors, true)) p.cap_ms = *v;
  if (auto v = read_int(j, "max_attempts", 0, limits::kMaxAttempts, errors, true)) p.max_attempts = static_cast<int>(*v);
  p.max_age_ms = read_int(j, "max_age_ms", 1, limits::kMaxRetryAgeMs, errors, false);
  auto f = j.find("factor");
  if (f == j.end() || !f->is_number() || f->get<double>() < 1.0 || f->get<double>() > 10.0) {
    errors.push_back({"factor", "out_of_range", "factor must be a number 1..10"});
  } else {
    p.factor = f->get<double>();
  }
  auto jit = j.find("jitter");
  if (jit != j.end()) {
    std::string s = jit->is_string() ? jit->get<std::string>() : "";
    if (s == "none") p.jitter = Jitter::None;
    else if (s == "full") p.jitter = Jitter::Full;
    else if (s == "equal") p.jitter = Jitter::Equal;
    else errors.push_back({"jitter", "unknown_jitter", "jitter must be one of none, full, equal"});
  }
  if (!errors.empty()) return errors;
  if (p.cap_ms < p.initial_ms) errors.push_back({"cap_ms", "out_of_range", "cap_ms must be at least initial_ms"});
  if (p.max_attempts == 0 && !p.max_age_ms) {
    errors.push_back({"max_attempts", "unbounded", "give max_attempts > 0 or max_age_ms, or retries never end"});
  }
  if (!errors.empty()) return errors;
  return p;
}

Result<RetryPolicy> parse_fixed(const nlohmann::json& j) {
  FieldErrors errors;
  refuse_unknown_keys(j, {"name", "type", "interval_ms", "max_attempts", "max_age_ms"}, errors);
  RetryPolicy p = fixed("fixed", 0, 0, std::nullopt);
  if (auto v = read_int(j, "interval_ms", 1, limits::kMaxRetryDelayMs, errors, true)) p.initial_ms = *v;
  if (auto v = read_int(j, "max_attempts", 0, limits::kMaxAttempts, errors, true)) p.max_attempts = static_cast<int>(*v);
  p.max_age_ms = read_int(j, "max_age_ms", 1, limits::kMaxRetryAgeMs, errors, false);
  if (errors.empty() && p.max_attempts == 0 && !p.max_age_ms) {
    errors.push_back({"max_attempts", "unbounded", "give max_attempts > 0 or max_age_ms, or retries never end"});
  }
  if (!errors.empty()) return errors;
  return p;
}

}  // namespace

int RetryPolicy::attempt_limit() const {
  if (kind == RetryKind::Schedule) return static_cast<int>(delays_ms.size()) + 1;
  return max_attempts;
}

std::int64_t RetryPolicy::nominal_delay_ms(int attempt) const {
  if (attempt < 2) return 0;
  switch (kind) {
    case RetryKind::Schedule: {
      std::size_t i = static_cast<std::size_t>(attempt - 2);
      return i < delays_ms.size() ? delays_ms[i] : (delays_ms.empty() ? 0 : delays_ms.back());
    }
    case RetryKind::Fixed:
      return initial_ms;
    case RetryKind::Exponential: {
      // Repeated IEEE multiplication (not pow) so every host computes the same bits.
      double d = static_cast<double>(initial_ms);
      for (int i = 2; i < attempt && d < static_cast<double>(cap_ms); ++i) d *= factor;
      return d >= static_cast<double>(cap_ms) ? cap_ms : static_cast<std::int64_t>(d);
    }
  }
  return 0;
}

const char* to_string(RetryKind k) {
  switch (k) {
    case RetryKind::Schedule: return "schedule";
    case RetryKind::Exponential: return "exponential";
    case RetryKind::Fixed: return "fixed";
  }
  return "schedule";
}

const char* to_string(Jitter j) {
  switch (j) {
    case Jitter::None: return "none";
    case Jitter::Full: return "full";
    case Jitter::Equal: return "equal";
    case Jitter::Proportional: return "proportional";
  }
  return "none";
}

std::vector<std::string> retry_preset_names() {
  return {"standard", "svix", "mailup", "episerver", "exponential", "fixed"};
}

std::optional<RetryPolicy> retry_preset(const std::string& name) {
  if (name == "standard") {  // Standard Webhooks example: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h
    return schedule(name, {5 * kSecond, 5 * kMinute, 30 * kMinute, 2 * kHour, 5 * kHour, 10 * kHour, 14 * kHour,
                           20 * kHour, 24 * kHour});
  }
  if (name == "svix") {  // immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, each ±20 %
    return schedule(name, {5 * kSecond, 5 * kMinute, 30 * kMinute, 2 * kHour, 5 * kHour, 10 * kHour, 10 * kHour}, 20);
  }
  if (name == "mailup") {  // seed 004: retries 5 times, every 5 minutes
    return schedule(name, std::vector<std::int64_t>(5, 5 * kMinute));
  }
  if (name == "episerver") {  // seed 003: every 10 s; events older than 3 days discarded
    return fixed(name, 10 * kSecond, 0, 3 * kDay);
  }
  if (name == "exponential") {  // a sane default for the generic family: 5 s doubling to 1 h, full jitter, 10 attempts
    RetryPolicy p;
    p.name = name;
    p.kind = RetryKind::Exponential;
    p.initial_ms = 5 * kSecond;
    p.factor = 2.0;
    p.cap_ms = kHour;
    p.max_attempts = 10;
    p.jitter = Jitter::Full;
    return p;
  }
  if (name == "fixed") return fixed(name, kMinute, 10, std::nullopt);  // every minute, 10 attempts
  return std::nullopt;
}

Result<RetryPolicy> parse_retry_policy(const nlohmann::json& j) {
  if (j.is_string()) {
    if (auto p = retry_preset(j.get<std::string>())) return *p;
    return Result<RetryPolicy>::failure("", "unknown_policy", "unknown retry policy '" + j.get<std::string>() + "'");
  }
  if (!j.is_object()) {
    return Result<RetryPolicy>::failure("", "invalid_type", "a retry policy is a preset name or an object");
  }
  auto t = j.find("type");
  if (t == j.end() || !t->is_string()) {
    return Result<RetryPolicy>::failure("type", "required", "type is required: schedule, exponential, fixed or a preset name");
  }
  const std::string type = t->get<std::string>();
  auto parsed = [&]() -> Result<RetryPolicy> {
    if (type == "schedule") return parse_schedule(j);
    if (type == "exponential") return parse_exponential(j);
    return parse_fixed(j);
  };
  if (type == "schedule" || ((type == "exponential" || type == "fixed") && j.size() > 1)) {
    Result<RetryPolicy> r = parsed();
    if (!r.ok()) return r;
    RetryPolicy p = std::move(r).value();
    if (auto n = j.find("name"); n != j.end()) {
      if (!n->is_string() || n->get<std::string>().empty() || n->get<std::string>().size() > 64) {
        return Result<RetryPolicy>::failure("name", "invalid_name", "name must be a string of 1..64 characters");
      }
      p.name = n->get<std::string>();
    }
    return p;
  }
  if (auto p = retry_preset(type)) {
    if (j.size() > 1) return Result<RetryPolicy>::failure("", "unknown_field", "a preset takes no other fields");
    return *p;
  }
  return Result<RetryPolicy>::failure("type", "unknown_policy", "unknown retry policy type '" + type + "'");
}

nlohmann::json to_json(const RetryPolicy& p) {
  nlohmann::json j{{"name", p.name}, {"type", to_string(p.kind)}};
  switch (p.kind) {
    case RetryKind::Schedule:
      j["delays_ms"] = p.delays_ms;
      j["jitter_percent"] = p.jitter_percent;
      break;
    case RetryKind::Exponential:
      j["initial_ms"] = p.initial_ms;
      j["factor"] = p.factor;
      j["cap_ms"] = p.cap_ms;
      j["jitter"] = to_string(p.jitter);
      j["max_attempts"] = p.max_attempts;
      break;
    case RetryKind::Fixed:
      j["interval_ms"] = p.initial_ms;
      j["max_attempts"] = p.max_attempts;
      break;
  }
  j["max_age_ms"] = p.max_age_ms ? nlohmann::json(*p.max_age_ms) : nlohmann::json(nullptr);
  return j;
}

}  // namespace hookwork
