#include "store_codec.hpp"

namespace hookwork::runner {

const char* to_string(DeliveryState s) {
  switch (s) {
    case DeliveryState::Pending: return "pending";
    case DeliveryState::InFlight: return "in_flight";
    case DeliveryState::Succeeded: return "succeeded";
    case DeliveryState::Failed: return "failed";
    case DeliveryState::Buffered: return "buffered";
    case DeliveryState::Dropped: return "dropped";
  }
  return "pending";
}

std::optional<DeliveryState> parse_delivery_state(const std::string& s) {
  for (auto st : {DeliveryState::Pending, DeliveryState::InFlight, DeliveryState::Succeeded, DeliveryState::Failed,
                  DeliveryState::Buffered, DeliveryState::Dropped})
    if (s == to_string(st)) return st;
  return std::nullopt;
}

namespace {
nlohmann::json parse_or(const std::string& text, nlohmann::json fallback) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  return j.is_discarded() ? fallback : j;
}
}  // namespace

HookRow hook_to_row(const StoredHook& h) {
  HookRow r;
  const HookSpec& s = h.spec;
  r.id = h.id;
  r.account_id = h.account_id;
  r.app = s.app;
  r.event = s.event;
  r.url = s.url;
  r.method = to_string(s.method);
  r.user_id = s.user;
  if (s.source) r.source = to_string(*s.source);
  r.list_id = s.list_id;
  r.batch_max = s.batch_max;
  if (s.basic_auth) {
    r.basic_auth_username = s.basic_auth->username;
    r.basic_auth_password = s.basic_auth->password;
  }
  nlohmann::json headers = nlohmann::json::array();
  for (const auto& hd : s.headers) headers.push_back({{"name", hd.name}, {"value", hd.value}});
  r.headers_json = headers.dump();
  r.encryption_key = s.encryption_key;
  r.parameters_json = nlohmann::json(s.parameters).dump();
  r.retry_policy_json = s.retry_policy.dump();
  r.filter_json = s.filter.dump();
  r.ordering = to_string(s.ordering);
  r.secret = h.secret;
  r.previous_secrets_json = nlohmann::json(h.previous_secrets).dump();
  r.active = h.active;
  r.deactivated_at = h.deactivated_at;
  r.deactivation_reason = h.deactivation_reason;
  r.health = h.health;
  r.created_at = h.created_at;
  r.updated_at = h.updated_at;
  if (s.connect_timeout_ms) r.connect_timeout_ms = *s.connect_timeout_ms;
  if (s.timeout_ms) r.timeout_ms = *s.timeout_ms;
  return r;
}

StoredHook hook_from_row(const HookRow& r) {
  StoredHook h;
  HookSpec& s = h.spec;
  h.id = r.id;
  h.account_id = r.account_id;
  s.app = r.app;
  s.event = r.event;
  s.url = r.url;
  s.method = parse_http_method(r.method).value_or(HttpMethod::Post);
  s.user = r.user_id;
  if (r.source) s.source = parse_event_source(*r.source);
  s.list_id = r.list_id;
  s.batch_max = static_cast<int>(r.batch_max);
  if (r.basic_auth_username) s.basic_auth = BasicAuth{*r.basic_auth_username, r.basic_auth_password.value_or("")};
  for (const auto& hd : parse_or(r.headers_json, nlohmann::json::array()))
    if (hd.is_object()) s.headers.push_back({hd.value("name", ""), hd.value("value", "")});
  s.encryption_key = r.encryption_key;
  for (const auto& p : parse_or(r.parameters_json, nlohmann::json::array()))
    if (p.is_string()) s.parameters.push_back(p.get<std::string>());
  s.retry_policy = parse_or(r.retry_policy_json, nullptr);
  s.filter = parse_or(r.filter_json, nullptr);
  s.ordering = parse_ordering(r.ordering).value_or(Ordering::None);
  s.active = r.active;
  h.secret = r.secret;
  for (const auto& p : parse_or(r.previous_secrets_json, nlohmann::json::array()))
    if (p.is_string()) h.previous_secrets.push_back(p.get<std::string>());
  h.active = r.active;
  h.deactivated_at = r.deactivated_at;
  h.deactivation_reason = r.deactivation_reason;
  h.health = r.health;
  h.created_at = r.created_at;
  h.updated_at = r.updated_at;
  if (r.connect_timeout_ms) s.connect_timeout_ms = static_cast<int>(*r.connect_timeout_ms);
  if (r.timeout_ms) s.timeout_ms = static_cast<int>(*r.timeout_ms);
  return h;
}

}  // namespace hookwork::runner
