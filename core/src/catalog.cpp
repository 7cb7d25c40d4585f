#include "hookwork/catalog.hpp"

#include <algorithm>
#include <set>

#include "hookwork/limits.hpp"
#include "validate/checks.hpp"

namespace hookwork {
namespace catalog_data {
extern const char* const kBuiltinEventTypesJson;
}

namespace {

std::vector<EventType> load_builtin() {
  // The document is part of the library and checked by the catalog tests; parsing it cannot fail at run time.
  auto doc = nlohmann::json::parse(catalog_data::kBuiltinEventTypesJson);
  std::vector<EventType> types;
  for (const auto& t : doc.at("event_types")) {
    types.push_back({t.at("id").get<int>(), t.at("name").get<std::string>(), t.at("description").get<std::string>(),
                     t.at("origins").get<std::vector<std::string>>()});
  }
  std::sort(types.begin(), types.end(), [](const EventType& a, const EventType& b) { return *a.id < *b.id; });
  return types;
}

}  // namespace

const std::vector<EventType>& builtin_event_types() {
  static const std::vector<EventType> types = load_builtin();
  return types;
}

const EventType* find_builtin_event_type(std::string_view name) {
  for (const auto& t : builtin_event_types()) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

bool is_known_event_type(std::string_view name, const std::vector<std::string>& custom_names) {
  return find_builtin_event_type(name) != nullptr ||
         std::find(custom_names.begin(), custom_names.end(), name) != custom_names.end();
}

bool is_valid_event_type_name(std::string_view name) {
  return !name.empty() && name.size() <= limits::kEventTypeNameMaxChars &&
         std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
         });
}

Result<EventType> check_custom_event_type(const nlohmann::json& input) {
  if (!input.is_object()) return FieldErrors{checks::invalid_type("", "an object", input)};
  FieldErrors errors;
  checks::unknown_fields(input, {"name", "description"}, "", errors);
  EventType t;
  t.origins = {"custom"};
  auto name = input.find("name");
  if (name == input.end()) {
    errors.push_back({"name", "required", "a custom event type needs a name"});
  } else if (!name->is_string()) {
    errors.push_back(checks::invalid_type("name", "a string", *name));
  } else {
    const auto& s = name->get_ref<const std::string&>();
    if (s.empty()) {
      errors.push_back({"name", "too_short", "must not be empty"});
    } else if (s.size() > limits::kEventTypeNameMaxChars) {
      errors.push_back({"name", "too_long",
                        "must be at most " + std::to_string(limits::kEventTypeNameMaxChars) + " characters"});
    } else if (!is_valid_event_type_name(s)) {
      errors.push_back({"name", "invalid_event_type_name", "may contain only a-z, 0-9, '_' and '.'"});
    } else if (find_builtin_event_type(s)) {
      errors.push_back({"name", "conflict", "'" + s + "' is a built-in event type"});
    } else {
      t.name = s;
    }
  }
  if (auto d = input.find("description"); d != input.end() && !d->is_null()) {
    if (auto text = checks::text_field(*d, "description", limits::kEventTypeDescriptionMaxChars, errors)) {
      t.description = *text;
    }
  }
  if (!errors.empty()) return errors;
  return t;
}

Result<std::vector<EventType>> event_types_with_custom(const nlohmann::json& custom_types) {
  std::vector<EventType> types = builtin_event_types();
  if (custom_types.is_null()) return types;
  if (!custom_types.is_array()) return FieldErrors{checks::invalid_type("custom_types", "an array", custom_types)};
  if (custom_types.size() > limits::kMaxCustomEventTypes) {
    return Result<std::vector<EventType>>::failure(
        "custom_types", "too_many", "at most " + std::to_string(limits::kMaxCustomEventTypes) + " custom types");
  }
  FieldErrors errors;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < custom_types.size(); ++i) {
    auto field = checks::path_index("custom_types", i);
    auto t = check_custom_event_type(custom_types[i]);
    if (!t) {
      checks::append(errors, t.errors(), field);
    } else if (!seen.insert(t->name).second) {
      errors.push_back({field + ".name", "duplicate", "'" + t->name + "' is listed twice"});
    } else {
      types.push_back(t.value());
    }
  }
  if (!errors.empty()) return errors;
  return types;
}

nlohmann::json to_json(const EventType& t) {
  return {{"id", t.id ? nlohmann::json(*t.id) : nlohmann::json(nullptr)},
          {"name", t.name},
          {"description", t.description},
          {"origins", t.origins}};
}

nlohmann::json to_json(const std::vector<EventType>& types) {
  auto out = nlohmann::json::array();
  for (const auto& t : types) out.push_back(to_json(t));
  return out;
}

}  // namespace hookwork
