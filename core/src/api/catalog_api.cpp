#include "hookwork/api.hpp"
#include "hookwork/api_registry.hpp"
#include "hookwork/catalog.hpp"
#include "../validate/checks.hpp"

namespace hookwork::api {

void register_catalog_api(Registry& r) {
  // {custom_types?: [{name, description?}]} -> every event type, built-ins first.
  r["catalog.list"] = [](const nlohmann::json& input) {
    if (!input.is_object()) return fail({checks::invalid_type("", "an object", input)});
    FieldErrors errors;
    checks::unknown_fields(input, {"custom_types"}, "", errors);
    if (!errors.empty()) return fail(errors);
    auto custom = input.find("custom_types");
    auto types = event_types_with_custom(custom == input.end() ? nlohmann::json() : *custom);
    return from_result(types, [](const std::vector<EventType>& t) { return to_json(t); });
  };
  // {name, description?} -> the normalized custom type.
  r["catalog.check_custom_type"] = [](const nlohmann::json& input) {
    return from_result(check_custom_event_type(input), [](const EventType& t) { return to_json(t); });
  };
}

}  // namespace hookwork::api
