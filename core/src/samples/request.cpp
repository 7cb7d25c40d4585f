// From an operation and parameter values to the exact request a sample sends.
#include <algorithm>
#include <cctype>

#include "hookwork/samples.hpp"
#include "percent_encoding.hpp"

namespace hookwork::samples {
namespace {

using nlohmann::json;
using ops::ParamIn;
using ops::Parameter;

bool has_type(const json& v, const std::string& type) {
  if (type == "string") return v.is_string();
  if (type == "integer") return v.is_number_integer();
  if (type == "boolean") return v.is_boolean();
  if (type == "object") return v.is_object();
  if (type == "array") return v.is_array();
  return false;
}

// Text form of a scalar for path, query, form and header positions.
std::string scalar_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  return v.dump();
}

// nlohmann's strict dump refuses invalid UTF-8 anywhere in the value.
bool valid_utf8(const json& v) {
  try {
    (void)v.dump();
    return true;
  } catch (const json::type_error&) {
    return false;
  }
}

// HTTP strips surrounding whitespace and forbids controls, so only these
// header values reach a server unchanged in every client.
bool portable_header_value(const std::string& v) {
  if (v.empty() || v.front() == ' ' || v.back() == ' ') return false;
  return std::all_of(v.begin(), v.end(), [](char c) { return c >= 0x20 && c <= 0x7E; });
}

// scheme://authority[/prefix] made only of URL characters; nothing any target must escape for the URL itself.
bool split_base_url(const std::string& base, std::string& scheme, std::string& authority, std::string& prefix) {
  const auto sep = base.find("://");
  if (sep == std::string::npos) return false;
  scheme = base.substr(0, sep);
  if (scheme != "http" && scheme != "https") return false;
  const std::string rest = base.substr(sep + 3);
  const auto slash = rest.find('/');
  authority = rest.substr(0, slash);
  prefix = slash == std::string::npos ? "" : rest.substr(slash);
  while (!prefix.empty() && prefix.back() == '/') prefix.pop_back();
  if (authority.empty()) return false;
  const std::string allowed = "-._~:/@!&()*+,;=%[]";
  return std::all_of(rest.begin(), rest.end(), [&](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || allowed.find(c) != std::string::npos;
  }) && rest.find_first_of("?#") == std::string::npos;
}

void check_params(const ops::Operation& op, const json& params, FieldErrors& errors) {
  if (!params.is_object()) {
    errors.push_back({"params", "invalid_type", "params must be an object of parameter values"});
    return;
  }
  for (const auto& item : params.items()) {
    const std::string& name = item.key();  // a named reference: C++17 lambdas cannot capture structured bindings
    const json& value = item.value();
    auto it = std::find_if(op.parameters.begin(), op.parameters.end(), [&](const Parameter& p) { return p.name == name; });
    const std::string field = "params." + name;
    if (it == op.parameters.end()) {
      errors.push_back({field, "unknown_parameter", op.name + " has no parameter '" + name + "'"});
      continue;
    }
    if (!has_type(value, it->type)) {
      errors.push_back({field, "invalid_type", "must be of type " + it->type});
      continue;
    }
    if (!valid_utf8(value)) {
      errors.push_back({field, "invalid_utf8", "text must be valid UTF-8"});
      continue;
    }
    if (it->in == ParamIn::Path && value.is_string()) {
      const auto text = value.get<std::string>();
      if (text.empty() || text == "." || text == "..")
        errors.push_back({field, "invalid_value", "a path segment cannot be empty, '.' or '..'"});
    }
    if (it->in == ParamIn::Header && !portable_header_value(scalar_text(value)))
      errors.push_back({field, "invalid_value",
                        "a header value must be non-empty printable ASCII without surrounding spaces"});
  }
  for (const auto& p : op.parameters)
    if (p.required && !params.contains(p.name))
      errors.push_back({"params." + p.name, "required", "required by " + op.name});
}

}  // namespace

Result<SampleRequest> build_request(const ops::Operation& op, const json& params, const Options& options) {
  FieldErrors errors;
  check_params(op, params, errors);
  SampleRequest r;
  std::string prefix;
  if (!split_base_url(options.base_url, r.scheme, r.authority, prefix))
    errors.push_back({"options.base_url", "invalid_value",
                      "must be http(s)://host[:port][/path] using URL characters only, no query or fragment"});
  if (!portable_header_value(options.api_key))
    errors.push_back({"options.api_key", "invalid_value", "must be non-empty printable ASCII without surrounding spaces"});
  std::string content_type = options.content_type.empty() && !op.content_types.empty() ? op.content_types.front()
                                                                                         : options.content_type;
  if (!content_type.empty() &&
      std::find(op.content_types.begin(), op.content_types.end(), content_type) == op.content_types.end())
    errors.push_back({"options.content_type", "invalid_value", op.name + " does not accept " + content_type});
  if (!errors.empty()) return errors;

  std::string path = op.path;
  for (const Parameter* p : ops::parameters_in(op, ParamIn::Path)) {
    const std::string placeholder = "{" + p->name + "}";
    path.replace(path.find(placeholder), placeholder.size(), percent_encode(scalar_text(params.at(p->name))));
  }
  std::string query;
  for (const Parameter* p : ops::parameters_in(op, ParamIn::Query)) {
    if (!params.contains(p->name)) continue;
    query += (query.empty() ? "?" : "&") + percent_encode(p->name) + "=" + percent_encode(scalar_text(params.at(p->name)));
  }
  r.method = op.method;
  r.target = prefix + path + query;
  r.url = r.scheme + "://" + r.authority + r.target;
  r.headers.push_back({"Authorization", "Bearer " + options.api_key});

  const auto body_params = ops::parameters_in(op, ParamIn::Body);
  if (!op.content_types.empty()) {
    r.has_body = true;
    r.headers.push_back({"Content-Type", content_type});
    if (content_type == "application/x-www-form-urlencoded") {
      for (const Parameter* p : body_params) {
        if (!params.contains(p->name)) continue;
        if (!r.body.empty()) r.body += '&';
        r.body += percent_encode(p->name) + "=" + percent_encode(scalar_text(params.at(p->name)));
      }
    } else {
      json body = json::object();
      for (const Parameter* p : body_params)
        if (params.contains(p->name)) body[p->name] = params.at(p->name);
      r.body = body.dump();
    }
  }
  for (const Parameter* p : ops::parameters_in(op, ParamIn::Header))
    if (params.contains(p->name)) r.headers.push_back({p->name, scalar_text(params.at(p->name))});
  return r;
}

}  // namespace hookwork::samples
