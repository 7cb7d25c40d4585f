// Webhook CRUD, activation and the event-type catalog.
#include "clock.hpp"
#include "handlers.hpp"
#include "rules.hpp"

namespace hookwork::runner {
namespace {

constexpr std::size_t kSecretRandomBytes = 32;  // within Standard Webhooks' 24..64

nlohmann::json hook_view(const StoredHook& h) {
  nlohmann::json j = rules::hook_spec_json(h.spec);
  j["id"] = h.id;
  j["webhook_id"] = h.id;  // seed 002's name for the id
  j["account_id"] = h.account_id;
  j["active"] = h.active;
  j["deactivated_at"] = h.deactivated_at ? nlohmann::json(format_iso8601_ms(*h.deactivated_at)) : nlohmann::json();
  j["deactivation_reason"] = h.deactivation_reason;
  j["health"] = h.health;
  j["created_at"] = format_iso8601_ms(h.created_at);
  j["updated_at"] = format_iso8601_ms(h.updated_at);
  return j;
}

std::optional<std::string> optional_text(const nlohmann::json& input, const std::string& key, FieldErrors& errors) {
  if (!input.contains(key) || input[key].is_null()) return std::nullopt;
  if (!input[key].is_string()) {
    errors.push_back({key, "invalid_type", "must be a string"});
    return std::nullopt;
  }
  return input[key].get<std::string>();
}

// replayEvents=1 (seed 000): accepts 1/0, true/false and their string forms.
std::optional<bool> replay_flag(const nlohmann::json& input, FieldErrors& errors) {
  for (const char* key : {"replay_events", "replayEvents"}) {
    if (!input.contains(key) || input[key].is_null()) continue;
    const auto& v = input[key];
    if (v.is_boolean()) return v.get<bool>();
    if (v.is_number_integer() && (v == 0 || v == 1)) return v == 1;
    if (v.is_string() && (v == "1" || v == "true")) return true;
    if (v.is_string() && (v == "0" || v == "false")) return false;
    errors.push_back({key, "invalid_type", "must be 1 or 0 (or true / false)"});
    return std::nullopt;
  }
  return false;
}

ApiResponse list_hooks(Services& s, const ApiRequest& r) {
  FieldErrors errors;
  HookFilter f;
  f.app = optional_text(r.input, "app", errors);
  f.event = optional_text(r.input, "event", errors);
  std::optional<bool> active;
  if (r.input.contains("active")) {
    if (r.input["active"].is_boolean()) active = r.input["active"].get<bool>();
    else errors.push_back({"active", "invalid_type", "must be a boolean"});
  }
  for (const auto& item : r.input.items())
    if (item.key() != "app" && item.key() != "event" && item.key() != "active")
      errors.push_back({item.key(), "unknown_field", "unknown field"});
  if (!errors.empty()) return validation_error(errors);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& h : s.store.list_hooks(r.account_id, f))
    if (!active || h.active == *active) out.push_back(hook_view(h));
  return {200, out};
}

ApiResponse get_hook(Services& s, const ApiRequest& r) {
  auto h = s.store.get_hook(r.account_id, r.path_params.at("id"));
  if (!h) return not_found("webhook");
  return {200, hook_view(*h)};
}

ApiResponse create_hook(Services& s, const ApiRequest& r) {
  auto spec = rules::validate_hook(r.input, s.url_policy);
  if (!spec.ok()) return validation_error(spec.errors());
  StoredHook h;
  h.id = random_id(s.random, "hook");
  h.account_id = r.account_id;
  h.spec = spec.value();
  h.secret = rules::new_hook_secret(s.random.bytes(kSecretRandomBytes));
  h.active = h.spec.active;
  h.created_at = h.updated_at = s.clock.now_ms();
  if (!h.active) {
    h.deactivated_at = h.created_at;
    h.deactivation_reason = "manual";
  }
  s.store.create_hook(h);
  s.hooks.invalidate(r.account_id);
  auto body = hook_view(h);
  body["secret"] = h.secret;  // shown once: receivers verify signatures with it
  return {201, body};
}

ApiResponse update_hook(Services& s, const ApiRequest& r) {
  auto existing = s.store.get_hook(r.account_id, r.path_params.at("id"));
  if (!existing) return not_found("webhook");
  HookSpec current = existing->spec;
  current.active = existing->active;
  nlohmann::json merged = rules::hook_spec_input(current);
  for (const auto& item : r.input.items()) merged[item.key()] = item.value();
  auto spec = rules::validate_hook(merged, s.url_policy);
  if (!spec.ok()) return validation_error(spec.errors());
  StoredHook h = *existing;
  h.spec = spec.value();
  h.updated_at = s.clock.now_ms();
  if (h.active != h.spec.active) {
    h.active = h.spec.active;
    h.deactivated_at = h.active ? std::nullopt : std::optional<std::int64_t>(h.updated_at);
    h.deactivation_reason = h.active ? "" : "manual";
  }
  if (!s.store.update_hook(h)) return not_found("webhook");
  s.hooks.invalidate(r.account_id);
  s.wake_deliveries();  // a hook turned active again may have deliveries due
  return {200, hook_view(h)};
}

ApiResponse delete_hook(Services& s, const ApiRequest& r) {
  const auto& id = r.path_params.at("id");
  auto existing = s.store.get_hook(r.account_id, id);
  if (!existing) return not_found("webhook");
  if (existing->active && s.store.get_settings(r.account_id).delete_requires_inactive)
    return error_response(409, "hook_active", "deactivate the webhook before deleting it (account setting)");
  if (!s.store.delete_hook(r.account_id, id)) return not_found("webhook");
  s.hooks.invalidate(r.account_id);
  return {200, {{"id", id}, {"deleted", true}}};
}

ApiResponse set_active(Services& s, const ApiRequest& r, bool active) {
  FieldErrors errors;
  bool replay = active ? replay_flag(r.input, errors).value_or(false) : false;
  if (!errors.empty()) return validation_error(errors);
  auto now = s.clock.now_ms();
  auto since = now - static_cast<std::int64_t>(s.config.replay_window_days) * 24 * 3600 * 1000;
  const auto& id = r.path_params.at("id");
  if (!s.store.set_hook_active(r.account_id, id, active, active ? "" : "manual", replay, since, now))
    return not_found("webhook");
  s.hooks.invalidate(r.account_id);
  if (active && replay) s.wake_deliveries();
  auto h = s.store.get_hook(r.account_id, id);
  if (!h) return not_found("webhook");
  return {200, hook_view(*h)};
}

}  // namespace

void add_hook_handlers(std::map<std::string, ApiHandler>& h) {
  h["listWebhooks"] = list_hooks;
  h["getWebhook"] = get_hook;
  h["createWebhook"] = create_hook;
  h["updateWebhook"] = update_hook;
  h["deleteWebhook"] = delete_hook;
  h["activateWebhook"] = [](Services& s, const ApiRequest& r) { return set_active(s, r, true); };
  h["deactivateWebhook"] = [](Services& s, const ApiRequest& r) { return set_active(s, r, false); };
  h["listEventTypes"] = [](Services&, const ApiRequest&) { return ApiResponse{200, rules::event_types()}; };
}

const std::map<std::string, ApiHandler>& api_handlers() {
  static const auto kHandlers = [] {
    std::map<std::string, ApiHandler> h;
    add_hook_handlers(h);
    add_event_handlers(h);
    add_settings_handlers(h);
    return h;
  }();
  return kHandlers;
}

const std::map<std::string, AsyncApiHandler>& async_api_handlers() {
  static const auto kHandlers = [] {
    std::map<std::string, AsyncApiHandler> h;
    add_async_event_handlers(h);
    return h;
  }();
  return kHandlers;
}

}  // namespace hookwork::runner
