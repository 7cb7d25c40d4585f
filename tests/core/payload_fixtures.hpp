#pragma once
// Hooks and events built directly in C++ for the payload tests. The envelope is
// serialized the way validate_event does: compact, keys sorted (nlohmann's object order).
#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "hookwork/model.hpp"

namespace hookwork::test {

inline nlohmann::json envelope_of(const Event& e) {
  nlohmann::json j{{"data", e.data}, {"id", e.id}, {"occurred_at", e.occurred_at}, {"type", e.type}};
  if (e.app) j["app"] = *e.app;
  if (e.list_id) j["list_id"] = *e.list_id;
  if (e.source) j["source"] = to_string(*e.source);
  return j;
}

inline Event make_event(std::string id, nlohmann::json data, std::string type = "subscribe") {
  Event e;
  e.id = std::move(id);
  e.type = std::move(type);
  e.occurred_at = "2012-09-12T11:18:37.664+02:00";
  e.occurred_at_ms = 1347441517664;
  e.data = std::move(data);
  e.canonical = envelope_of(e).dump();
  return e;
}

inline Event reserialized(Event e) {
  e.canonical = envelope_of(e).dump();
  return e;
}

inline HookSpec make_hook(std::string url, HttpMethod method = HttpMethod::Post) {
  HookSpec h;
  h.event = "subscribe";
  h.url = std::move(url);
  h.method = method;
  return h;
}

}  // namespace hookwork::test
