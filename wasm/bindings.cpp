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

// JSON text of the sorted function names: one string crosses the boundary, no vector binding.
std::string functions() { return nlohmann::json(hookwork::api::functions()).dump(); }

std::string version() { return HOOKWORK_VERSION; }

}  // namespace

EMSCRIPTEN_BINDINGS(hookwork) {
  emscripten::function("call", &call);
  emscripten::function("functions", &functions);
  emscripten::function("version", &version);
}
