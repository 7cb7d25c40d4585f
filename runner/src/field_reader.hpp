#pragma once
// Reads typed fields out of a JSON object and records every problem as a
// FieldError instead of stopping at the first one.
#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"

namespace hookwork::runner {

class FieldReader {
 public:
  FieldReader(const nlohmann::json& object, std::set<std::string> known_fields);

  std::optional<std::string> string(const std::string& key, bool required, std::size_t max_bytes);
  std::optional<bool> boolean(const std::string& key);
  std::optional<long long> integer(const std::string& key, long long min, long long max);
  const nlohmann::json* raw(const std::string& key) const;  // nullptr when absent

  void error(std::string field, std::string code, std::string message) {
    errors_.push_back({std::move(field), std::move(code), std::move(message)});
  }
  FieldErrors& errors() { return errors_; }

 private:
  const nlohmann::json& obj_;
  FieldErrors errors_;
};

bool has_control_chars(const std::string& s);  // CR, LF, NUL and other C0 controls

}  // namespace hookwork::runner
