// validate_hook / hook_to_json: one check per field, every problem collected.
#include <set>

#include "checks.hpp"
#include "hook_fields.hpp"
#include "hookwork/catalog.hpp"
#include "hookwork/filter.hpp"
#include "hookwork/payload_parameters.hpp"
#include "hookwork/retry_policy.hpp"
#include "hookwork/validate.hpp"

namespace hookwork {
namespace {

using nlohmann::json;

const json* find(const json& o, const char* key) {
  auto it = o.find(key);
  return it == o.end() ? nullptr : &*it;
}

std::optional<std::string> enum_text(const json& v, const std::string& field, FieldErrors& errors) {
  if (!v.is_string()) {
    errors.push_back(checks::invalid_type(field, "a string", v));
    return std::nullopt;
  }
  return v.get<std::string>();
}

void invalid_value(FieldErrors& errors, const std::string& field, const char* allowed) {
  errors.push_back({field, "invalid_value", std::string("must be one of ") + allowed});
}

void check_event(const json& v, const ValidationContext& ctx, HookSpec& hook, FieldErrors& errors) {
  if (!v.is_string()) return errors.push_back(checks::invalid_type("event", "a string", v));
  const auto& name = v.get_ref<const std::string&>();
  if (!is_known_event_type(name, ctx.custom_event_types)) {
    // The name is echoed only when it is a plausible one: never a 10 MB string or control characters.
    std::string shown = is_valid_event_type_name(name) ? "'" + name + "'" : "the name";
    return errors.push_back({"event", "unknown_event_type",
                             shown + " is neither a built-in event type nor one of the account's custom types"});
  }
  hook.event = name;
}

void check_url(const json& v, const ValidationContext& ctx, HookSpec& hook, FieldErrors& errors) {
  if (!v.is_string()) return errors.push_back(checks::invalid_type("url", "a string", v));
  auto parsed = validate_url(v.get_ref<const std::string&>(), ctx.url_policy);
  if (!parsed) return checks::append(errors, parsed.errors(), "url");
  hook.url = parsed->normalized;
}

void check_method(const json& v, HookSpec& hook, FieldErrors& errors) {
  auto text = enum_text(v, "method", errors);
  if (!text) return;
  for (auto& c : *text) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  auto m = parse_http_method(*text);
  if (!m) return invalid_value(errors, "method", "GET, POST");
  hook.method = *m;
}

void check_source(const json& v, HookSpec& hook, FieldErrors& errors) {
  if (v.is_null()) return;
  auto text = enum_text(v, "source", errors);
  if (!text || *text == "any") return;
  auto s = parse_event_source(*text);
  if (!s) return invalid_value(errors, "source", "api, console, recipient, any");
  hook.source = *s;
}

// An optional whole number of milliseconds in min..max.
std::optional<int> check_timeout(const json& v, const char* field, int max_ms, FieldErrors& errors) {
  if (v.is_null()) return std::nullopt;
  if (!v.is_number_integer()) {
    errors.push_back(checks::invalid_type(field, "an integer (milliseconds)", v));
    return std::nullopt;
  }
  const bool in_range = v.is_number_unsigned() ? v.get<std::uint64_t>() >= std::uint64_t(limits::kHookTimeoutMinMs) &&
                                                     v.get<std::uint64_t>() <= std::uint64_t(max_ms)
                                               : v.get<std::int64_t>() >= limits::kHookTimeoutMinMs &&
                                                     v.get<std::int64_t>() <= max_ms;
  if (!in_range) {
    errors.push_back({field, "out_of_range",
                      "must be " + std::to_string(limits::kHookTimeoutMinMs) + ".." + std::to_string(max_ms) +
                          " milliseconds"});
    return std::nullopt;
  }
  return v.get<int>();
}

void check_batch_max(const json& v, HookSpec& hook, FieldErrors& errors) {
  if (!v.is_number_integer()) return errors.push_back(checks::invalid_type("batch_max", "an integer", v));
  bool in_range = v.is_number_unsigned()
                      ? v.get<std::uint64_t>() >= 1 && v.get<std::uint64_t>() <= std::uint64_t(limits::kBatchMaxEvents)
                      : v.get<std::int64_t>() >= 1 && v.get<std::int64_t>() <= limits::kBatchMaxEvents;
  if (!in_range) {
    return errors.push_back({"batch_max", "out_of_range",
                             "must be 1.." + std::to_string(limits::kBatchMaxEvents) + " events per request"});
  }
  hook.batch_max = v.get<int>();
}

void check_parameters(const json& v, HookSpec& hook, FieldErrors& errors) {
  if (!v.is_array()) return errors.push_back(checks::invalid_type("parameters", "an array of placeholders", v));
  std::set<std::string> seen;
  for (std::size_t i = 0; i < v.size(); ++i) {
    auto field = checks::path_index("parameters", i);
    if (!v[i].is_string()) {
      errors.push_back(checks::invalid_type(field, "a string", v[i]));
      continue;
    }
    const auto& p = v[i].get_ref<const std::string&>();
    if (!parse_parameter(p)) {
      errors.push_back({field, "unknown_parameter",
                        "must be one of [EventDate], [IdConsole], [IdList], [IdNL], [EventType], [EventSource], "
                        "[Reason], [Email], [Prefix], [Number], [Groups], [Channel]"});
    } else if (!seen.insert(p).second) {
      errors.push_back({field, "duplicate", p + " is listed twice"});
    } else {
      hook.parameters.push_back(p);
    }
  }
}

void check_retry_policy(const json& v, HookSpec& hook, FieldErrors& errors) {
  if (v.is_null()) return;
  if (!v.is_string() && !v.is_object()) {
    return errors.push_back(checks::invalid_type("retry_policy", "a preset name or an object", v));
  }
  if (json_depth(v, limits::kJsonMaxDepth) > limits::kJsonMaxDepth) {
    return errors.push_back({"retry_policy", "too_deep", "is nested too deeply"});
  }
  auto policy = parse_retry_policy(v);
  if (!policy) return checks::append(errors, policy.errors(), "retry_policy");
  hook.retry_policy = v;
}

void check_filter(const json& v, HookSpec& hook, FieldErrors& errors) {
  if (v.is_null()) return;
  auto compiled = compile_filter(v);
  if (!compiled) return checks::append(errors, compiled.errors(), "filter");
  hook.filter = v;
}

void check_ordering(const json& v, HookSpec& hook, FieldErrors& errors) {
  auto text = enum_text(v, "ordering", errors);
  if (!text) return;
  auto o = parse_ordering(*text);
  if (!o) return invalid_value(errors, "ordering", "none, fifo");
  hook.ordering = *o;
}

void check_basic_auth(const json& input, HookSpec& hook, FieldErrors& errors) {
  const json* nested = find(input, "basic_auth");
  const json* alias_user = find(input, "basicAuthUsername");  // seed 003 spelling
  const json* alias_pass = find(input, "basicAuthPassword");
  bool has_alias = alias_user || alias_pass;
  if (nested && !nested->is_null() && has_alias) {
    errors.push_back({alias_user ? "basicAuthUsername" : "basicAuthPassword", "conflict",
                      "give basic_auth or basicAuthUsername/basicAuthPassword, not both"});
    return;
  }
  if (has_alias) {
    hook.basic_auth = hook_fields::basic_auth(alias_user, alias_pass, "basicAuthUsername", "basicAuthPassword", errors);
    return;
  }
  if (!nested || nested->is_null()) return;
  if (!nested->is_object()) return errors.push_back(checks::invalid_type("basic_auth", "an object", *nested));
  checks::unknown_fields(*nested, {"username", "password"}, "basic_auth", errors);
  hook.basic_auth = hook_fields::basic_auth(find(*nested, "username"), find(*nested, "password"),
                                            "basic_auth.username", "basic_auth.password", errors);
}

}  // namespace

Result<HookSpec> validate_hook(const json& input, const ValidationContext& ctx) {
  if (!input.is_object()) return FieldErrors{checks::invalid_type("", "an object", input)};
  FieldErrors errors;
  checks::unknown_fields(input,
                         {"app", "event", "url", "method", "user", "source", "list_id", "batch_max", "basic_auth",
                          "basicAuthUsername", "basicAuthPassword", "headers", "encryption_key", "parameters",
                          "retry_policy", "filter", "ordering", "active", "connect_timeout_ms", "timeout_ms"},
                         "", errors);
  HookSpec hook;
  if (auto v = find(input, "app"); v && !v->is_null()) {
    if (auto app = checks::text_field(*v, "app", limits::kAppMaxChars, errors)) hook.app = *app;
  }
  if (auto v = find(input, "event")) check_event(*v, ctx, hook, errors);
  else errors.push_back({"event", "required", "the event type is required"});
  if (auto v = find(input, "url")) check_url(*v, ctx, hook, errors);
  else errors.push_back({"url", "required", "the target URL is required"});
  if (auto v = find(input, "method")) check_method(*v, hook, errors);
  if (auto v = find(input, "user"); v && !v->is_null() && !(v->is_string() && v->get_ref<const std::string&>().empty())) {
    if (auto user = checks::text_field(*v, "user", limits::kUserMaxChars, errors)) hook.user = *user;
  }
  if (auto v = find(input, "source")) check_source(*v, hook, errors);
  if (auto v = find(input, "list_id"); v && !v->is_null()) hook.list_id = checks::list_id(*v, "list_id", errors);
  if (auto v = find(input, "batch_max")) check_batch_max(*v, hook, errors);
  check_basic_auth(input, hook, errors);
  if (auto v = find(input, "headers")) hook.headers = hook_fields::headers(*v, hook.basic_auth.has_value(), errors);
  if (auto v = find(input, "encryption_key"); v && !v->is_null()) {
    auto key = checks::text_field(*v, "encryption_key", limits::kLegacyKeyMaxBytes, errors);
    if (key && key->size() > limits::kLegacyKeyMaxBytes) {
      errors.push_back({"encryption_key", "too_long",
                        "must be at most " + std::to_string(limits::kLegacyKeyMaxBytes) + " bytes"});
    } else if (key) {
      hook.encryption_key = *key;
    }
  }
  if (auto v = find(input, "parameters"); v && !v->is_null()) check_parameters(*v, hook, errors);
  if (auto v = find(input, "retry_policy")) check_retry_policy(*v, hook, errors);
  if (auto v = find(input, "filter")) check_filter(*v, hook, errors);
  if (auto v = find(input, "ordering")) check_ordering(*v, hook, errors);
  if (auto v = find(input, "connect_timeout_ms"))
    hook.connect_timeout_ms = check_timeout(*v, "connect_timeout_ms", limits::kHookConnectTimeoutMaxMs, errors);
  if (auto v = find(input, "timeout_ms")) hook.timeout_ms = check_timeout(*v, "timeout_ms", limits::kHookTimeoutMaxMs, errors);
  if (auto v = find(input, "active")) {
    if (v->is_boolean()) hook.active = v->get<bool>();
    else errors.push_back(checks::invalid_type("active", "a boolean", *v));
  }
  if (!errors.empty()) return errors;
  return hook;
}

json hook_to_json(const HookSpec& hook) {
  json j = {{"event", hook.event},
            {"url", hook.url},
            {"method", to_string(hook.method)},
            {"source", hook.source ? to_string(*hook.source) : "any"},
            {"batch_max", hook.batch_max},
            {"ordering", to_string(hook.ordering)},
            {"active", hook.active}};
  if (!hook.app.empty()) j["app"] = hook.app;
  if (!hook.user.empty()) j["user"] = hook.user;
  if (hook.list_id) j["list_id"] = *hook.list_id;
  if (hook.basic_auth) j["basic_auth"] = {{"username", hook.basic_auth->username}, {"password", hook.basic_auth->password}};
  if (!hook.headers.empty()) {
    j["headers"] = json::array();
    for (const auto& h : hook.headers) j["headers"].push_back({{"name", h.name}, {"value", h.value}});
  }
  if (hook.encryption_key) j["encryption_key"] = *hook.encryption_key;
  if (!hook.parameters.empty()) j["parameters"] = hook.parameters;
  if (!hook.retry_policy.is_null()) j["retry_policy"] = hook.retry_policy;
  if (!hook.filter.is_null()) j["filter"] = hook.filter;
  if (hook.connect_timeout_ms) j["connect_timeout_ms"] = *hook.connect_timeout_ms;
  if (hook.timeout_ms) j["timeout_ms"] = *hook.timeout_ms;
  return j;
}

}  // namespace hookwork
