#include "checks.hpp"

#include <algorithm>

#include "hookwork/limits.hpp"
#include "hookwork/punycode.hpp"

namespace hookwork::checks {

std::string path_key(const std::string& prefix, std::string_view key) {
  bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '$' || c == '.' || c == '-';
  });
  if (plain) return prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
  // Quoted with JSON escaping so a hostile key (CR, LF, NUL, invalid UTF-8) stays one readable token.
  std::string quoted = nlohmann::json(std::string(key)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return prefix + "[" + quoted + "]";
}

std::string path_index(const std::string& prefix, std::size_t index) {
  return prefix + "[" + std::to_string(index) + "]";
}

const char* type_name(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return "boolean";
    case nlohmann::json::value_t::string: return "string";
    case nlohmann::json::value_t::object: return "object";
    case nlohmann::json::value_t::array: return "array";
    case nlohmann::json::value_t::binary: return "binary";
    case nlohmann::json::value_t::discarded: return "discarded";
    default: return "number";
  }
}

FieldError invalid_type(const std::string& field, const char* expected, const nlohmann::json& got) {
  return {field, "invalid_type", std::string("must be ") + expected + ", got " + type_name(got)};
}

std::optional<std::size_t> printable_chars(std::string_view text) {
  auto cps = decode_utf8(text);
  if (!cps) return std::nullopt;
  for (char32_t c : *cps) {
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return std::nullopt;
  }
  return cps->size();
}

std::optional<std::string> text_field(const nlohmann::json& value, const std::string& field,
                                      std::size_t max_chars, FieldErrors& errors) {
  if (!value.is_string()) {
    errors.push_back(invalid_type(field, "a string", value));
    return std::nullopt;
  }
  const auto& s = value.get_ref<const std::string&>();
  if (s.empty()) {
    errors.push_back({field, "too_short", "must not be empty"});
    return std::nullopt;
  }
  if (s.size() > max_chars * 4) {  // cheap bound before decoding: a code point is at most 4 bytes
    errors.push_back({field, "too_long", "must be at most " + std::to_string(max_chars) + " characters"});
    return std::nullopt;
  }
  auto n = printable_chars(s);
  if (!n) {
    errors.push_back({field, "invalid_text", "must be valid UTF-8 without control characters"});
    return std::nullopt;
  }
  if (*n > max_chars) {
    errors.push_back({field, "too_long", "must be at most " + std::to_string(max_chars) + " characters"});
    return std::nullopt;
  }
  return s;
}

void unknown_fields(const nlohmann::json& object, std::initializer_list<std::string_view> allowed,
                    const std::string& prefix, FieldErrors& errors) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
      errors.push_back({path_key(prefix, it.key()), "unknown_field", "is not a known field"});
    }
  }
}

std::optional<std::string> list_id(const nlohmann::json& v, const std::string& field, FieldErrors& errors) {
  if (v.is_number_unsigned() || (v.is_number_integer() && v.get<std::int64_t>() >= 0)) {
    return std::to_string(v.get<std::uint64_t>());
  }
  if (v.is_number()) {
    errors.push_back({field, "out_of_range", "a numeric list id must be a non-negative integer"});
    return std::nullopt;
  }
  if (!v.is_string()) {
    errors.push_back(checks::invalid_type(field, "a string or an integer", v));
    return std::nullopt;
  }
  return checks::text_field(v, field, limits::kListIdMaxChars, errors);
}

void append(FieldErrors& to, const FieldErrors& from, const std::string& prefix) {
  auto nested = nest_errors(prefix, from);
  to.insert(to.end(), nested.begin(), nested.end());
}

}  // namespace hookwork::checks
