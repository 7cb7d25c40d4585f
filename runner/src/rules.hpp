#pragma once
// The seam between the runner and core's rules (validate, catalog, secret):
// handlers call these, never core directly, so API-specific shaping (which
// fields a view hides, seed-compatible names) lives in one place.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"
#include "hookwork/model.hpp"
#include "hookwork/url.hpp"
#include "store.hpp"

namespace hookwork::runner::rules {

Result<HookSpec> validate_hook(const nlohmann::json& input, const UrlPolicy& policy);
// The API's view of a spec: basic-auth password and encryption key never echoed.
nlohmann::json hook_spec_json(const HookSpec& spec);
// The spec as validate_hook input, secrets included: the base an update is merged onto.
nlohmann::json hook_spec_input(const HookSpec& spec);
// Validates a publish body; sets the id and the canonical bytes.
Result<Event> validate_event(const nlohmann::json& input, const std::string& event_id, std::size_t max_bytes);
// Every built-in event type: core's {id, name, description, origins} plus seed 002's
// {event_name, webhook_event_id}.
nlohmann::json event_types();
// A new signing secret from OS random bytes (24..64 of them): "whsec_" + base64.
std::string new_hook_secret(const std::vector<unsigned char>& random_bytes);
// Validates the settings object of PUT /settings (all fields optional, merged over `current`).
Result<AccountSettings> validate_settings(const nlohmann::json& input, const AccountSettings& current,
                                          const UrlPolicy& policy);

}  // namespace hookwork::runner::rules
