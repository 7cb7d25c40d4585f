#include "../validate/checks.hpp"
#include "hookwork/api.hpp"
#include "hookwork/api_registry.hpp"
#include "hookwork/filter.hpp"
#include "validation_context.hpp"

namespace hookwork::api {
namespace {

using nlohmann::json;

json compile(const json& input) {
  if (!input.is_object()) return fail({checks::invalid_type("", "an object", input)});
  FieldErrors errors;
  checks::unknown_fields(input, {"filter"}, "", errors);
  if (!input.contains("filter")) errors.push_back({"filter", "required", "the filter to compile is required"});
  if (!errors.empty()) return fail(errors);
  auto compiled = compile_filter(input["filter"]);
  if (!compiled) return fail(nest_errors("filter", compiled.errors()));
  return ok({{"nodes", compiled->nodes.size()}});
}

json match(const json& input) {
  if (!input.is_object()) return fail({checks::invalid_type("", "an object", input)});
  FieldErrors errors;
  checks::unknown_fields(input, {"hooks", "event", "id", "custom_event_types", "url_policy", "include_inactive"}, "",
                         errors);
  auto ctx = validation_context(input, errors);
  std::string id = "evt_match";
  if (auto it = input.find("id"); it != input.end()) {
    if (it->is_string()) id = it->get<std::string>();
    else errors.push_back(checks::invalid_type("id", "a string", *it));
  }
  bool include_inactive = false;
  if (auto it = input.find("include_inactive"); it != input.end()) {
    if (it->is_boolean()) include_inactive = it->get<bool>();
    else errors.push_back(checks::invalid_type("include_inactive", "a boolean", *it));
  }
  HookMatcher matcher;
  auto hooks = input.find("hooks");
  if (hooks == input.end()) {
    errors.push_back({"hooks", "required", "the hooks to match are required"});
  } else if (!hooks->is_array()) {
    errors.push_back(checks::invalid_type("hooks", "an array of hooks", *hooks));
  } else {
    for (std::size_t i = 0; i < hooks->size(); ++i) {
      auto hook = validate_hook((*hooks)[i], ctx);
      if (!hook) checks::append(errors, hook.errors(), checks::path_index("hooks", i));
      else matcher.add(hook.value());
    }
  }
  auto event_input = input.find("event");
  if (event_input == input.end()) {
    errors.push_back({"event", "required", "the event to match is required"});
    return fail(errors);
  }
  auto event = validate_event(*event_input, id, ctx);
  if (!event) {
    for (const auto& e : event_input_errors(event.errors())) errors.push_back(e);
  }
  if (!errors.empty()) return fail(errors);
  return ok(matcher.match(event.value(), include_inactive));
}

}  // namespace

void register_filter_api(Registry& r) {
  r["filter.compile"] = compile;  // {filter} -> {nodes} or errors with "filter..." fields
  r["filter.match"] = match;      // {hooks, event, id?, include_inactive?, ...} -> indexes of matching hooks
}

}  // namespace hookwork::api
