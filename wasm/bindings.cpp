// Embind bindings: conversion only. JS strings in, JSON text out; bad input comes back
// as {"ok":false,"errors":[...]} from the facade, never as a thrown JS exception.
#include <emscripten/bind.h>

#include <string>

#include <nlohmann/json.hpp>

#include "hookwork/api.hpp"

namespace {

std::string call(const std::string& fn, const std::string& input_json) {
  return hookwork::api::call_text(fn, input_json);
}

// The hot path for calls that carry one large string (a body to sign or verify): the small
// rest of the input arrives as JSON text, the large string arrives raw and is placed at
// `field` before the facade runs. Same handler, same output bytes as call(); it only
// spares the JSON lexer a pass over the body, the dominant cost of sign/verify in wasm.
std::string call_with_text(const std::string& fn, const std::string& input_json, const std::string& field,
                           const std::string& text) {
  nlohmann::json input = nlohmann::json::parse(input_json, nullptr, /*allow_exceptions=*/false);
  if (!input.is_object()) return hookwork::api::call_text(fn, input_json);  // the facade words the error
  input[field] = text;
  return hookwork::api::to_text(hookwork::api::call(fn, input));
}

// JSON text of the sorted function names: one string crosses the boundary, no vector binding.
std::string functions() { return nlohmann::json(hookwork::api::functions()).dump(); }

std::string version() { return HOOKWORK_VERSION; }

}  // namespace

EMSCRIPTEN_BINDINGS(hookwork) {
  emscripten::function("call", &call);
  emscripten::function("callWithText", &call_with_text);
  emscripten::function("functions", &functions);
  emscripten::function("version", &version);
}
