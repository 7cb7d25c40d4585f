#pragma once
// Seed 004's placeholder parameters ("[EventDate]", "[Email]", ...): a hook that
// lists some receives only those values instead of the whole event envelope.
// Where each value comes from is documented in docs/payload.md.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/model.hpp"

namespace hookwork {

enum class Parameter { EventDate, IdConsole, IdList, IdNL, EventType, EventSource, Reason, Email, Prefix, Number, Groups, Channel };

// "[Email]" -> Parameter::Email; nullopt for anything else (brackets required, case-sensitive).
std::optional<Parameter> parse_parameter(std::string_view placeholder);

// The key a value is sent under: "Email" for Parameter::Email (no brackets).
const char* parameter_key(Parameter p);

// Every placeholder in seed order, with brackets: "[EventDate]", "[IdConsole]", ...
const std::vector<std::string>& parameter_placeholders();

// Seed 004 channel codes.
enum class Channel : int { Unknown = -1, Mail = 0, Sms = 1, Fax = 2, Social = 5 };

// The value of one parameter for one event: a string, the Channel code as an
// integer, or null when the event does not carry it.
nlohmann::json parameter_value(Parameter p, const Event& event, std::string_view account_id);

// The same value as query-string text: null -> "", integer -> decimal.
std::string parameter_text(const nlohmann::json& value);

// ISO 8601 with milliseconds and a numeric offset, e.g. "2012-09-12T11:18:37.664+02:00",
// for the instant `unix_ms` seen at `offset_minutes` east of UTC.
std::string format_iso8601_with_offset(std::int64_t unix_ms, int offset_minutes);

// The UTC offset an ISO 8601 timestamp ends with ("Z", "+02:00", "-0530", "+02"), in minutes; 0 when none.
int utc_offset_minutes(std::string_view iso8601);

}  // namespace hookwork
