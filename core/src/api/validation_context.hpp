#pragma once
// Internal to the facade: the optional context fields validate.* and filter.match
// share ({custom_event_types?, url_policy?, max_bytes?}), read the same way by both.
#include <nlohmann/json.hpp>

#include "hookwork/validate.hpp"

namespace hookwork::api {

// Appends errors (fields "custom_event_types[i]...", "url_policy...", "max_bytes").
ValidationContext validation_context(const nlohmann::json& input, FieldErrors& errors);

// validate_event's errors as the facade reports them: the caller-given id stays
// "id", everything else lies inside the "event" input ("event.data").
FieldErrors event_input_errors(const FieldErrors& errors);

}  // namespace hookwork::api
