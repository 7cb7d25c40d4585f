#pragma once
// Internal: reading facade inputs field by field, collecting every problem
// instead of stopping at the first (used by sign_api.cpp and retry_api.cpp).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"
#include "hookwork/model.hpp"

namespace hookwork::api {

class InputFields {
 public:
  explicit InputFields(const nlohmann::json& input) : input_(input) {
    if (!input.is_object()) errors_.push_back({"", "invalid_type", "the input must be a JSON object"});
  }

  bool has(const char* key) const { return input_.is_object() && input_.contains(key) && !input_.at(key).is_null(); }
  const nlohmann::json& raw(const char* key) const { return input_.at(key); }

  std::optional<std::string> string(const char* key, bool required) {
    if (!has(key)) return missing<std::string>(key, required);
    const auto& v = input_.at(key);
    if (!v.is_string()) return wrong<std::string>(key, "must be a string");
    return v.get<std::string>();
  }

  std::optional<std::int64_t> integer(const char* key, bool required, std::int64_t lo, std::int64_t hi) {
    if (!has(key)) return missing<std::int64_t>(key, required);
    const auto& v = input_.at(key);
    bool in_range = v.is_number_integer() &&
                    !(v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(hi)) &&
                    v.get<std::int64_t>() >= lo && v.get<std::int64_t>() <= hi;
    if (!in_range) {
      return wrong<std::int64_t>(key, "must be an integer " + std::to_string(lo) + ".." + std::to_string(hi), "out_of_range");
    }
    return v.get<std::int64_t>();
  }

  std::optional<std::vector<std::string>> strings(const char* key, bool required) {
    if (!has(key)) return missing<std::vector<std::string>>(key, required);
    const auto& v = input_.at(key);
    if (!v.is_array()) return wrong<std::vector<std::string>>(key, "must be an array of strings");
    std::vector<std::string> out;
    bool good = true;
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (v[i].is_string()) {
        out.push_back(v[i].get<std::string>());
      } else {
        errors_.push_back({std::string(key) + "[" + std::to_string(i) + "]", "invalid_type", "must be a string"});
        good = false;
      }
    }
    if (!good) return std::nullopt;
    return out;
  }

  // Headers as an object {"name": "value"} or a list [{"name","value"}] (what sign.sign returns).
  Headers headers(const char* key, bool required) {
    Headers out;
    if (!has(key)) {
      missing<Headers>(key, required);
      return out;
    }
    const auto& h = input_.at(key);
    const std::string k = key;
    if (h.is_object()) {
      for (const auto& [name, value] : h.items()) {
        if (value.is_string()) out.push_back({name, value.get<std::string>()});
        else errors_.push_back({k + "." + name, "invalid_type", "a header value must be a string"});
      }
    } else if (h.is_array()) {
      for (std::size_t i = 0; i < h.size(); ++i) {
        const auto& e = h[i];
        if (e.is_object() && e.contains("name") && e["name"].is_string() && e.contains("value") && e["value"].is_string()) {
          out.push_back({e["name"].get<std::string>(), e["value"].get<std::string>()});
        } else {
          errors_.push_back({k + "[" + std::to_string(i) + "]", "invalid_type", "a header is {\"name\": string, \"value\": string}"});
        }
      }
    } else {
      errors_.push_back({k, "invalid_type", k + " is an object of name: value, or a list of {name, value}"});
    }
    return out;
  }

  void add(FieldError e) { errors_.push_back(std::move(e)); }
  void add(const FieldErrors& es) { errors_.insert(errors_.end(), es.begin(), es.end()); }
  const FieldErrors& errors() const { return errors_; }
  bool ok() const { return errors_.empty(); }

 private:
  template <class T>
  std::optional<T> missing(const char* key, bool required) {
    if (required) errors_.push_back({key, "required", std::string(key) + " is required"});
    return std::nullopt;
  }
  template <class T>
  std::optional<T> wrong(const char* key, const std::string& what, const char* code = "invalid_type") {
    errors_.push_back({key, code, std::string(key) + " " + what});
    return std::nullopt;
  }

  const nlohmann::json& input_;
  FieldErrors errors_;
};

}  // namespace hookwork::api
