// validate_event / event_to_json: the envelope is built and serialized once here.
#include "checks.hpp"
#include "hookwork/catalog.hpp"
#include "hookwork/validate.hpp"

namespace hookwork {
namespace {

using nlohmann::json;

void check_id(const std::string& id, FieldErrors& errors) {
  if (id.empty()) return errors.push_back({"id", "required", "the event id is required"});
  if (id.size() > limits::kEventIdMaxBytes) {
    return errors.push_back({"id", "too_long", "must be at most " + std::to_string(limits::kEventIdMaxBytes) + " bytes"});
  }
  for (char c : id) {
    if (c <= 0x20 || c >= 0x7f) return errors.push_back({"id", "invalid_text", "must be printable ASCII without spaces"});
  }
}

}  // namespace

std::size_t json_depth(const json& j, std::size_t limit) {
  if (!j.is_structured() || j.empty()) return j.is_structured() ? 1 : 0;
  if (limit == 0) return 1;
  std::size_t deepest = 0;
  for (const auto& child : j) {  // iterates values of objects and arrays alike
    deepest = std::max(deepest, json_depth(child, limit - 1));
    if (deepest >= limit) break;  // already over the limit: no need to look further
  }
  return 1 + deepest;
}

Result<Event> validate_event(const json& input, std::string id, const ValidationContext& ctx) {
  FieldErrors errors;
  check_id(id, errors);
  if (!input.is_object()) {
    errors.push_back(checks::invalid_type("", "an object", input));
    return errors;
  }
  checks::unknown_fields(input, {"type", "occurred_at", "data", "app", "source", "list_id"}, "", errors);
  Event e;
  e.id = std::move(id);
  auto type = input.find("type");
  if (type == input.end()) {
    errors.push_back({"type", "required", "the event type is required"});
  } else if (!type->is_string()) {
    errors.push_back(checks::invalid_type("type", "a string", *type));
  } else if (!is_known_event_type(type->get_ref<const std::string&>(), ctx.custom_event_types)) {
    const auto& name = type->get_ref<const std::string&>();
    errors.push_back({"type", "unknown_event_type",
                      (is_valid_event_type_name(name) ? "'" + name + "'" : std::string("the type")) +
                          " is neither a built-in event type nor one of the account's custom types"});
  } else {
    e.type = type->get<std::string>();
  }
  auto at = input.find("occurred_at");
  if (at == input.end()) {
    errors.push_back({"occurred_at", "required", "the time the event occurred is required"});
  } else if (!at->is_string()) {
    errors.push_back(checks::invalid_type("occurred_at", "an ISO 8601 string", *at));
  } else if (auto ts = parse_iso8601(at->get_ref<const std::string&>())) {
    e.occurred_at = ts->normalized;
    e.occurred_at_ms = ts->unix_ms;
  } else {
    errors.push_back({"occurred_at", "invalid_timestamp",
                      "must be ISO 8601 with seconds and an offset, e.g. 2024-05-01T12:00:00Z or "
                      "2012-09-12T11:18:37.664+02:00"});
  }
  auto data = input.find("data");
  if (data == input.end()) {
    errors.push_back({"data", "required", "the event data object is required"});
  } else if (!data->is_object()) {
    errors.push_back(checks::invalid_type("data", "an object", *data));
  } else if (json_depth(*data, limits::kJsonMaxDepth) > limits::kJsonMaxDepth) {
    // Checked before anything copies or serializes the value: both recurse.
    errors.push_back({"data", "too_deep", "must be nested at most " + std::to_string(limits::kJsonMaxDepth) + " levels"});
  } else {
    e.data = *data;
  }
  if (auto v = input.find("app"); v != input.end() && !v->is_null()) {
    if (auto app = checks::text_field(*v, "app", limits::kAppMaxChars, errors)) e.app = *app;
  }
  if (auto v = input.find("source"); v != input.end() && !v->is_null()) {
    auto s = v->is_string() ? parse_event_source(v->get<std::string>()) : std::nullopt;
    if (!v->is_string()) errors.push_back(checks::invalid_type("source", "a string", *v));
    else if (!s) errors.push_back({"source", "invalid_value", "must be one of api, console, recipient"});
    else e.source = *s;
  }
  if (auto v = input.find("list_id"); v != input.end() && !v->is_null()) e.list_id = checks::list_id(*v, "list_id", errors);
  if (!errors.empty()) return errors;

  try {
    e.canonical = event_to_json(e).dump();
  } catch (const json::exception&) {
    // Only reachable from native callers: text parsed by nlohmann is always valid UTF-8.
    return Result<Event>::failure("data", "invalid_text", "contains a string that is not valid UTF-8");
  }
  if (e.canonical.size() > ctx.event_max_bytes) {
    return Result<Event>::failure("", "too_large",
                                  "the serialized event is " + std::to_string(e.canonical.size()) +
                                      " bytes, more than the limit of " + std::to_string(ctx.event_max_bytes));
  }
  return e;
}

json event_to_json(const Event& e) {
  json j = {{"id", e.id}, {"type", e.type}, {"occurred_at", e.occurred_at}, {"data", e.data}};
  if (e.app) j["app"] = *e.app;
  if (e.source) j["source"] = to_string(*e.source);
  if (e.list_id) j["list_id"] = *e.list_id;
  return j;
}

}  // namespace hookwork
