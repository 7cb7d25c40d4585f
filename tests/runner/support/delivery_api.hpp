#pragma once
// Small readers of the runner's API for the delivery tests.
#include <string>

#include "support/api_client.hpp"

namespace hookwork::test {

inline nlohmann::json sample_event(const std::string& type = "optin_finalized") {
  return {{"type", type}, {"occurred_at", "2026-01-31T12:00:00Z"}, {"data", {{"email", "ann@example.com"}}}};
}

// Creates a hook on account acme; the answer carries "id" and "secret".
inline nlohmann::json create_hook(ApiClient& c, const nlohmann::json& body) {
  auto r = c.post_json("/v1/acme/webhooks", body);
  if (r.status != 201) throw std::runtime_error("create hook failed: " + r.body);
  return r.json();
}

inline std::string publish(ApiClient& c, const nlohmann::json& event = sample_event()) {
  auto r = c.post_json("/v1/acme/events", event);
  if (r.status != 202) throw std::runtime_error("publish failed: " + r.body);
  return r.json()["event_id"];
}

// The hook's deliveries, newest first.
inline nlohmann::json hook_deliveries(ApiClient& c, const std::string& hook_id) {
  return c.get("/v1/acme/webhooks/" + hook_id + "/deliveries").json();
}

// The one delivery of `event_id`, with its attempt log.
inline nlohmann::json delivery_of_event(ApiClient& c, const std::string& event_id) {
  auto list = c.get("/v1/acme/deliveries?event_id=" + event_id).json();
  if (list.size() != 1) throw std::runtime_error("expected one delivery for " + event_id);
  return c.get("/v1/acme/deliveries/" + list[0]["id"].get<std::string>()).json();
}

inline int attempts_recorded(ApiClient& c, const std::string& hook_id) {
  int n = 0;
  for (const auto& d : hook_deliveries(c, hook_id)) n += d["attempt_count"].get<int>();
  return n;
}

}  // namespace hookwork::test
