#pragma once
// Internal: the hook fields that need more than a line — custom headers and
// Basic auth credentials — checked apart so validate_hook stays a readable list.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"
#include "hookwork/model.hpp"

namespace hookwork::hook_fields {

// Object {"X-Name": "value"} or array [{name, value}]; `has_basic_auth` also forbids Authorization.
Headers headers(const nlohmann::json& input, bool has_basic_auth, FieldErrors& errors);

// `username`/`password` may be null when absent; fields name where each came from.
std::optional<BasicAuth> basic_auth(const nlohmann::json* username, const nlohmann::json* password,
                                    const std::string& username_field, const std::string& password_field,
                                    FieldErrors& errors);

// True for header names the runner or the HTTP layer owns (case-insensitive).
bool is_reserved_header(std::string_view lowercase_name);

}  // namespace hookwork::hook_fields
