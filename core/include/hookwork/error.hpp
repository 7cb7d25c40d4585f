#pragma once
// Errors are values at the edges: every rule that can refuse input returns a
// Result carrying either the accepted value or *every* problem found, each
// naming the field (a JSON path such as "headers[2].name"), a stable machine
// code and a message for humans. Exceptions are for programmer errors only.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace hookwork {

struct FieldError {
  std::string field;    // JSON path of the offending input, "" for the whole input
  std::string code;     // stable, snake_case: "required", "too_long", "invalid_url", ...
  std::string message;  // for humans; may change between versions

  bool operator==(const FieldError& o) const {
    return field == o.field && code == o.code && message == o.message;
  }
};

using FieldErrors = std::vector<FieldError>;

inline void to_json(nlohmann::json& j, const FieldError& e) {
  j = nlohmann::json{{"field", e.field}, {"code", e.code}, {"message", e.message}};
}

template <class T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(FieldErrors errors) : errors_(std::move(errors)) {}  // NOLINT
  static Result failure(std::string field, std::string code, std::string message) {
    return Result(FieldErrors{{std::move(field), std::move(code), std::move(message)}});
  }

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T* operator->() const { return &*value_; }
  const FieldErrors& errors() const { return errors_; }

 private:
  std::optional<T> value_;
  FieldErrors errors_;
};

// Prefixes every error's field with `prefix` ("hook" + "url" -> "hook.url").
inline FieldErrors nest_errors(const std::string& prefix, FieldErrors errors) {
  for (auto& e : errors) {
    if (prefix.empty()) continue;
    if (e.field.empty()) e.field = prefix;
    else if (e.field[0] == '[') e.field = prefix + e.field;
    else e.field = prefix + "." + e.field;
  }
  return errors;
}

}  // namespace hookwork
