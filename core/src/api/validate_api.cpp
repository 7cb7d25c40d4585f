#include "../validate/checks.hpp"
#include "hookwork/api.hpp"
#include "hookwork/api_registry.hpp"
#include "hookwork/catalog.hpp"
#include "validation_context.hpp"

namespace hookwork::api {
namespace {

using nlohmann::json;

const json& field_or_null(const json& input, const char* key) {
  static const json kNull;
  auto it = input.find(key);
  return it == input.end() ? kNull : *it;
}

json hook(const json& input) {
  if (!input.is_object()) return fail({checks::invalid_type("", "an object", input)});
  FieldErrors errors;
  checks::unknown_fields(input, {"hook", "custom_event_types", "url_policy"}, "", errors);
  auto ctx = validation_context(input, errors);
  if (!input.contains("hook")) errors.push_back({"hook", "required", "the hook to validate is required"});
  if (!errors.empty()) return fail(errors);
  auto result = validate_hook(input["hook"], ctx);
  if (!result) return fail(nest_errors("hook", result.errors()));
  return ok(hook_to_json(result.value()));
}

json url(const json& input) {
  if (!input.is_object()) return fail({checks::invalid_type("", "an object", input)});
  FieldErrors errors;
  checks::unknown_fields(input, {"url", "policy"}, "", errors);
  auto policy = parse_url_policy(field_or_null(input, "policy"));
  if (!policy) checks::append(errors, policy.errors(), "policy");
  const json& u = field_or_null(input, "url");
  if (!input.contains("url")) errors.push_back({"url", "required", "the URL is required"});
  else if (!u.is_string()) errors.push_back(checks::invalid_type("url", "a string", u));
  if (!errors.empty()) return fail(errors);
  auto parsed = validate_url(u.get_ref<const std::string&>(), policy.value());
  if (!parsed) return fail(nest_errors("url", parsed.errors()));
  return ok(to_json(parsed.value()));
}

json event(const json& input) {
  if (!input.is_object()) return fail({checks::invalid_type("", "an object", input)});
  FieldErrors errors;
  checks::unknown_fields(input, {"event", "id", "max_bytes", "custom_event_types"}, "", errors);
  auto ctx = validation_context(input, errors);
  const json& id = field_or_null(input, "id");
  if (!input.contains("id")) errors.push_back({"id", "required", "the event id is required"});
  else if (!id.is_string()) errors.push_back(checks::invalid_type("id", "a string", id));
  if (!input.contains("event")) errors.push_back({"event", "required", "the event to validate is required"});
  if (!errors.empty()) return fail(errors);
  auto result = validate_event(input["event"], id.get<std::string>(), ctx);
  if (!result) {
    return fail(event_input_errors(result.errors()));
  }
  const Event& e = result.value();
  return ok({{"event", event_to_json(e)}, {"canonical", e.canonical}, {"occurred_at_ms", e.occurred_at_ms}});
}

}  // namespace

ValidationContext validation_context(const json& input, FieldErrors& errors) {
  ValidationContext ctx;
  if (auto it = input.find("url_policy"); it != input.end()) {
    auto policy = parse_url_policy(*it);
    if (policy) ctx.url_policy = policy.value();
    else checks::append(errors, policy.errors(), "url_policy");
  }
  if (auto it = input.find("custom_event_types"); it != input.end() && !it->is_null()) {
    // Names ("invoice.paid") or objects as catalog.list takes them ({name, description?}).
    json as_objects = json::array();
    if (it->is_array()) {
      for (const auto& t : *it) as_objects.push_back(t.is_string() ? json{{"name", t}} : t);
    } else {
      as_objects = *it;
    }
    auto types = event_types_with_custom(as_objects);
    if (!types) {
      for (auto e : types.errors()) {
        e.field.replace(0, std::string("custom_types").size(), "custom_event_types");
        errors.push_back(e);
      }
    } else {
      for (const auto& t : types.value()) {
        if (!t.id) ctx.custom_event_types.push_back(t.name);
      }
    }
  }
  if (auto it = input.find("max_bytes"); it != input.end()) {
    if (!it->is_number_unsigned() || it->get<std::uint64_t>() == 0) {
      errors.push_back({"max_bytes", "out_of_range", "must be a positive integer number of bytes"});
    } else {
      ctx.event_max_bytes = it->get<std::size_t>();
    }
  }
  return ctx;
}

FieldErrors event_input_errors(const FieldErrors& errors) {
  FieldErrors out;
  for (const auto& e : errors) {
    bool about_id = e.field == "id" && e.code != "unknown_field";
    out.push_back(about_id ? e : nest_errors("event", {e}).front());
  }
  return out;
}

void register_validate_api(Registry& r) {
  r["validate.hook"] = hook;    // {hook, custom_event_types?, url_policy?} -> the normalized hook
  r["validate.url"] = url;      // {url, policy?} -> {url, scheme, host, port, path_and_query, host_is_ip}
  r["validate.event"] = event;  // {event, id, max_bytes?, custom_event_types?} -> {event, canonical, occurred_at_ms}
}

}  // namespace hookwork::api
