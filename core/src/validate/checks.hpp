#pragma once
// Internal: the small checks every validator repeats — JSON paths for error
// fields, type names for messages, printable-text rules — so each rule reads
// as one line and every module words the same problem the same way.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"

namespace hookwork::checks {

// "a" + "b" -> "a.b"; keys that are not plain ([A-Za-z0-9_$.-]+) are quoted: a["x y"].
std::string path_key(const std::string& prefix, std::string_view key);
// "a" + 2 -> "a[2]".
std::string path_index(const std::string& prefix, std::size_t index);

// "string", "number", "object", ... for messages.
const char* type_name(const nlohmann::json& j);

FieldError invalid_type(const std::string& field, const char* expected, const nlohmann::json& got);

// Printable text: valid UTF-8 without control characters (C0, DEL, C1).
// Returns the number of code points, or nullopt when not printable.
std::optional<std::size_t> printable_chars(std::string_view text);

// A required-or-optional string field with 1..max_chars printable characters.
// Appends errors; returns the string when acceptable.
std::optional<std::string> text_field(const nlohmann::json& value, const std::string& field,
                                      std::size_t max_chars, FieldErrors& errors);

// Reports every key of `object` not in `allowed` as unknown_field.
void unknown_fields(const nlohmann::json& object, std::initializer_list<std::string_view> allowed,
                    const std::string& prefix, FieldErrors& errors);

// A list id (seed 004: hooks belong to one list): a string of 1..64 printable
// characters, or a non-negative integer kept as its decimal text.
std::optional<std::string> list_id(const nlohmann::json& v, const std::string& field, FieldErrors& errors);

void append(FieldErrors& to, const FieldErrors& from, const std::string& prefix);

}  // namespace hookwork::checks
