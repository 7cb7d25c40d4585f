#pragma once
// The event types hooks can subscribe to: the built-in types of every seed
// product family (compiled into the library from a JSON document) and the
// custom types a tenant adds. Names are unique across the whole catalog, so a
// hook's `event` names exactly one type.
//
// Numeric ids: Emma keeps its published 1..18 (seed 002); Mailingwork 101..,
// MailUp 201.., Episerver 301... `unsubscribe` exists in both MailUp (seed 004)
// and Episerver (seed 003) with the same meaning, so it is ONE entry listing
// both origins (id 202) instead of two namespaced names: a receiver migrating
// from either product keeps the name it knows. Custom types have no numeric id.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"

namespace hookwork {

struct EventType {
  std::optional<int> id;             // nullopt for tenant custom types
  std::string name;                  // unique, [a-z0-9_.]{1,64}
  std::string description;
  std::vector<std::string> origins;  // "mailingwork", "emma", "mailup", "episerver", or "custom"
};

// Every built-in type, ordered by id.
const std::vector<EventType>& builtin_event_types();

// The built-in type with this name, or nullptr.
const EventType* find_builtin_event_type(std::string_view name);

// True when `name` is a built-in type or one of `custom_names`.
bool is_known_event_type(std::string_view name, const std::vector<std::string>& custom_names);

// Name syntax only (lowercase letters, digits, '_', '.', 1..64 chars); no clash check.
bool is_valid_event_type_name(std::string_view name);

// A tenant custom type `{name, description?}`: syntax, length, not clashing
// with a built-in name. Fields of errors are relative to the object ("name").
Result<EventType> check_custom_event_type(const nlohmann::json& input);

// `{custom_types?: [...]}` -> built-ins followed by the custom types; errors name
// "custom_types[i].name"; duplicate custom names are refused.
Result<std::vector<EventType>> event_types_with_custom(const nlohmann::json& custom_types);

// {"id":1,"name":"...","description":"...","origins":[...]} ("id": null for custom types).
nlohmann::json to_json(const EventType& t);
nlohmann::json to_json(const std::vector<EventType>& types);

}  // namespace hookwork
