#pragma once
// The JSON facade: every core capability callable by name with a JSON input
// and a JSON output. The WASM bindings, the Node package, the browser module
// and the conformance vectors all go through it, so three hosts give
// byte-identical answers from one implementation.
//
// Output shape: {"ok":true,"value":...} or {"ok":false,"errors":[{field,code,message}...]}.
// Never throws on bad input (unknown function, wrong types, malformed JSON text).
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"

namespace hookwork::api {

nlohmann::json call(std::string_view fn, const nlohmann::json& input);

// Same, from and to JSON text (what crosses the WASM boundary).
std::string call_text(std::string_view fn, std::string_view input_json);

// The output as JSON text, exactly as call_text writes it (invalid UTF-8 replaced).
std::string to_text(const nlohmann::json& output);

// Names of every callable function, sorted.
std::vector<std::string> functions();

// Helpers for module registrations.
inline nlohmann::json ok(nlohmann::json value) {
  return nlohmann::json{{"ok", true}, {"value", std::move(value)}};
}
inline nlohmann::json fail(const FieldErrors& errors) {
  return nlohmann::json{{"ok", false}, {"errors", errors}};
}
template <class T, class F>
nlohmann::json from_result(const Result<T>& r, F&& to_json_value) {
  return r.ok() ? ok(to_json_value(r.value())) : fail(r.errors());
}

}  // namespace hookwork::api
