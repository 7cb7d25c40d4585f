#pragma once
// The seam between the runner and core's rules: validating hooks and events,
// the event-type catalog, matching events to hooks and making hook secrets.
// Until the core modules (validate, catalog, filter, sign) are merged this
// file's implementation carries interim rules of its own; the handlers only
// ever call these functions, so wiring core in touches rules.cpp alone.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"
#include "hookwork/model.hpp"
#include "store.hpp"

namespace hookwork::runner::rules {

// Input: the API's hook object (REST JSON, or function-surface parameters).
Result<HookSpec> validate_hook(const nlohmann::json& input);
// The API's view of a spec (no secrets; basic auth password never echoed).
nlohmann::json hook_spec_json(const HookSpec& spec);
// The spec as validate_hook input, secrets included: the base an update is merged onto.
nlohmann::json hook_spec_input(const HookSpec& spec);
// Validates a publish body; sets id, occurred_at (default: now) and canonical bytes.
Result<Event> validate_event(const nlohmann::json& input, const std::string& event_id, std::int64_t now_ms);
// Every known event type: [{event_name, webhook_event_id, description, origin}].
nlohmann::json event_types();
bool is_known_event_type(const std::string& name);
// Does `event` go to `hook`? (type, app, source, list id, JSON filter). Ignores `active`:
// the caller buffers events for inactive hooks.
bool hook_matches(const StoredHook& hook, const Event& event);
// A new signing secret from OS random bytes: "whsec_" + base64.
std::string new_hook_secret(const std::vector<unsigned char>& random_bytes);
// Validates the settings object of PUT /settings (all fields optional, merged over `current`).
Result<AccountSettings> validate_settings(const nlohmann::json& input, const AccountSettings& current);

}  // namespace hookwork::runner::rules
