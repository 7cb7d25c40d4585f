#include "field_reader.hpp"

namespace hookwork::runner {

FieldReader::FieldReader(const nlohmann::json& object, std::set<std::string> known_fields) : obj_(object) {
  if (!obj_.is_object()) {
    error("", "type", "expected a JSON object");
    return;
  }
  for (const auto& item : obj_.items())
    if (!known_fields.count(item.key())) error(item.key(), "unknown_field", "unknown field");
}

const nlohmann::json* FieldReader::raw(const std::string& key) const {
  if (!obj_.is_object()) return nullptr;
  auto it = obj_.find(key);
  if (it == obj_.end() || it->is_null()) return nullptr;
  return &*it;
}

std::optional<std::string> FieldReader::string(const std::string& key, bool required, std::size_t max_bytes) {
  const auto* v = raw(key);
  if (!v) {
    if (required && obj_.is_object()) error(key, "required", "is required");
    return std::nullopt;
  }
  if (!v->is_string()) {
    error(key, "type", "must be a string");
    return std::nullopt;
  }
  auto s = v->get<std::string>();
  if (required && s.empty()) {
    error(key, "required", "must not be empty");
    return std::nullopt;
  }
  if (s.size() > max_bytes) {
    error(key, "too_long", "must be at most " + std::to_string(max_bytes) + " bytes");
    return std::nullopt;
  }
  if (has_control_chars(s)) {
    error(key, "control_characters", "must not contain control characters (CR, LF, NUL, ...)");
    return std::nullopt;
  }
  return s;
}

std::optional<bool> FieldReader::boolean(const std::string& key) {
  const auto* v = raw(key);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    error(key, "type", "must be a boolean");
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<long long> FieldReader::integer(const std::string& key, long long min, long long max) {
  const auto* v = raw(key);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) {
    error(key, "type", "must be an integer");
    return std::nullopt;
  }
  auto n = v->get<long long>();
  if (n < min || n > max) {
    error(key, "out_of_range", "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return std::nullopt;
  }
  return n;
}

bool has_control_chars(const std::string& s) {
  for (unsigned char c : s)
    if (c < 0x20 || c == 0x7f) return true;
  return false;
}

}  // namespace hookwork::runner
