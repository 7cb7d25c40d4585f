// Custom headers: RFC 9110 token names, values without CR/LF/NUL or other
// controls (header injection), no names the runner owns, no duplicates.
#include <algorithm>
#include <set>

#include "checks.hpp"
#include "hook_fields.hpp"
#include "hookwork/limits.hpp"

namespace hookwork::hook_fields {
namespace {

bool is_token_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

std::string lowercase(std::string s) {
  for (auto& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

std::string trim_ows(const std::string& s) {
  auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

void check_one(const nlohmann::json& name, const nlohmann::json& value, const std::string& name_field,
               const std::string& value_field, bool has_basic_auth, std::set<std::string>& seen,
               Headers& out, FieldErrors& errors) {
  bool ok = true;
  std::string lower;
  if (!name.is_string()) {
    errors.push_back(checks::invalid_type(name_field, "a string", name));
    ok = false;
  } else {
    const auto& n = name.get_ref<const std::string&>();
    lower = lowercase(n);
    if (n.empty()) {
      errors.push_back({name_field, "invalid_header", "header name must not be empty"});
      ok = false;
    } else if (n.size() > limits::kHeaderNameMaxBytes) {
      errors.push_back({name_field, "too_long",
                        "header name must be at most " + std::to_string(limits::kHeaderNameMaxBytes) + " bytes"});
      ok = false;
    } else if (!std::all_of(n.begin(), n.end(), is_token_char)) {
      errors.push_back({name_field, "invalid_header", "header name may contain only token characters (RFC 9110)"});
      ok = false;
    } else if (is_reserved_header(lower) || (has_basic_auth && lower == "authorization")) {
      errors.push_back({name_field, "forbidden_header",
                        "'" + n + "' is set by Hookwork" +
                            (lower == "authorization" ? std::string(" from basic_auth") : std::string())});
      ok = false;
    } else if (!seen.insert(lower).second) {
      errors.push_back({name_field, "duplicate", "header '" + n + "' is given twice"});
      ok = false;
    }
  }
  if (!value.is_string()) {
    errors.push_back(checks::invalid_type(value_field, "a string", value));
    return;
  }
  const auto& v = value.get_ref<const std::string&>();
  if (v.size() > limits::kHeaderValueMaxBytes) {
    errors.push_back({value_field, "too_long",
                      "header value must be at most " + std::to_string(limits::kHeaderValueMaxBytes) + " bytes"});
    return;
  }
  bool controls = std::any_of(v.begin(), v.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && u != '\t') || u == 0x7f;
  });
  if (controls) {
    errors.push_back({value_field, "invalid_header", "header value must not contain CR, LF, NUL or other controls"});
    return;
  }
  if (ok) out.push_back({name.get<std::string>(), trim_ows(v)});
}

}  // namespace

bool is_reserved_header(std::string_view n) {
  static const std::set<std::string, std::less<>> kReserved = {
      "host", "content-length", "content-type", "content-encoding", "transfer-encoding", "connection",
      "keep-alive", "upgrade", "te", "trailer", "expect", "proxy-authorization", "proxy-connection",
      "user-agent", "webhook-id", "webhook-timestamp", "webhook-signature", "x-hub-signature",
      "x-hub-signature-256"};
  const std::string_view suffix = "-signature";
  bool signature = n.size() >= suffix.size() && n.substr(n.size() - suffix.size()) == suffix;
  return signature || kReserved.count(n) > 0;
}

Headers headers(const nlohmann::json& input, bool has_basic_auth, FieldErrors& errors) {
  Headers out;
  if (input.is_null()) return out;
  if (!input.is_object() && !input.is_array()) {
    errors.push_back(checks::invalid_type("headers", "an object or an array of {name, value}", input));
    return out;
  }
  if (input.size() > limits::kMaxCustomHeaders) {
    errors.push_back({"headers", "too_many", "at most " + std::to_string(limits::kMaxCustomHeaders) + " headers"});
    return out;
  }
  std::set<std::string> seen;
  if (input.is_object()) {
    for (auto it = input.begin(); it != input.end(); ++it) {
      auto field = checks::path_key("headers", it.key());
      check_one(nlohmann::json(it.key()), it.value(), field, field, has_basic_auth, seen, out, errors);
    }
    return out;
  }
  for (std::size_t i = 0; i < input.size(); ++i) {
    auto field = checks::path_index("headers", i);
    const auto& h = input[i];
    if (!h.is_object()) {
      errors.push_back(checks::invalid_type(field, "an object {name, value}", h));
      continue;
    }
    checks::unknown_fields(h, {"name", "value"}, field, errors);
    auto name = h.find("name");
    auto value = h.find("value");
    if (name == h.end()) errors.push_back({field + ".name", "required", "a header needs a name"});
    if (value == h.end()) errors.push_back({field + ".value", "required", "a header needs a value"});
    if (name == h.end() || value == h.end()) continue;
    check_one(*name, *value, field + ".name", field + ".value", has_basic_auth, seen, out, errors);
  }
  return out;
}

std::optional<BasicAuth> basic_auth(const nlohmann::json* username, const nlohmann::json* password,
                                    const std::string& username_field, const std::string& password_field,
                                    FieldErrors& errors) {
  std::size_t before = errors.size();
  BasicAuth auth;
  if (!username) {
    errors.push_back({username_field, "required", "Basic auth needs a username"});
  } else if (auto u = checks::text_field(*username, username_field, limits::kBasicAuthMaxBytes, errors)) {
    if (u->find(':') != std::string::npos) {
      errors.push_back({username_field, "invalid_text", "a Basic auth username must not contain ':' (RFC 7617)"});
    } else if (u->size() > limits::kBasicAuthMaxBytes) {
      errors.push_back({username_field, "too_long",
                        "must be at most " + std::to_string(limits::kBasicAuthMaxBytes) + " bytes"});
    }
    auth.username = *u;
  }
  if (password && !(password->is_string() && password->get_ref<const std::string&>().empty())) {
    if (auto p = checks::text_field(*password, password_field, limits::kBasicAuthMaxBytes, errors)) {
      if (p->size() > limits::kBasicAuthMaxBytes) {
        errors.push_back({password_field, "too_long",
                          "must be at most " + std::to_string(limits::kBasicAuthMaxBytes) + " bytes"});
      }
      auth.password = *p;
    }
  }
  if (errors.size() != before) return std::nullopt;
  return auth;
}

}  // namespace hookwork::hook_fields
