#pragma once
// Hook specs and events as they arrive from the API: every field checked, every
// problem reported at once as {field (JSON path), code, message}, values
// normalized and defaults applied. Never throws on bad input, whatever its JSON
// types or size. Error codes are listed in docs/errors.md, limits in docs/configuration.md (Limits).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"
#include "hookwork/limits.hpp"
#include "hookwork/model.hpp"
#include "hookwork/url.hpp"

namespace hookwork {

struct ValidationContext {
  UrlPolicy url_policy;
  std::vector<std::string> custom_event_types;  // the tenant's custom type names
  std::size_t event_max_bytes = limits::kDefaultEventMaxBytes;
};

// Input fields (snake_case): app, event, url, method, user, source, list_id,
// batch_max, basic_auth {username,password} (or seed 003's top-level
// basicAuthUsername/basicAuthPassword), headers (object or [{name,value}]),
// encryption_key, parameters, retry_policy, filter, ordering, active.
Result<HookSpec> validate_hook(const nlohmann::json& input, const ValidationContext& ctx);

// The inverse: validate_hook(hook_to_json(h)) gives h back.
nlohmann::json hook_to_json(const HookSpec& hook);

// Input: {type, occurred_at, data, app?, source?, list_id?}; `id` is assigned by
// the caller (errors about it name "id"). occurred_at is normalized to
// "YYYY-MM-DDTHH:MM:SS.mmm" + "Z" or "±HH:MM" (the offset given is kept).
// Sets e.canonical = event_to_json(e).dump(), serialized once.
Result<Event> validate_event(const nlohmann::json& input, std::string id, const ValidationContext& ctx);

// The envelope receivers get: {"id","type","occurred_at","app"?,"source"?,"list_id"?,"data"}.
nlohmann::json event_to_json(const Event& e);

// Parses "YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH[:MM])" into unix ms and the
// normalized text; nullopt when malformed or out of range.
struct Timestamp { std::int64_t unix_ms; std::string normalized; };
std::optional<Timestamp> parse_iso8601(std::string_view text);

// Nesting depth of a JSON value (scalars 0, {} or [] 1, ...), computed without
// recursing deeper than `limit` + 1: returns limit + 1 for anything deeper.
std::size_t json_depth(const nlohmann::json& j, std::size_t limit);

}  // namespace hookwork
