// Interim hook validation (until core's validate module is merged).
#include <cctype>

#include "field_reader.hpp"
#include "hookwork/limits.hpp"
#include "rules.hpp"

namespace hookwork::runner::rules {
namespace {

bool valid_url(const std::string& url) {
  std::string lower;
  for (char c : url) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  std::size_t host_start;
  if (lower.rfind("http://", 0) == 0) host_start = 7;
  else if (lower.rfind("https://", 0) == 0) host_start = 8;
  else return false;
  for (unsigned char c : url)
    if (c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\') return false;
  auto host_end = url.find_first_of("/?#", host_start);
  std::string authority = url.substr(host_start, host_end == std::string::npos ? std::string::npos : host_end - host_start);
  if (authority.find('@') != std::string::npos) return false;  // credentials belong in basic_auth
  if (authority.empty() || authority[0] == ':') return false;
  auto colon = authority.rfind(':');
  if (colon != std::string::npos && authority.find(']') == std::string::npos) {
    std::string port = authority.substr(colon + 1);
    if (port.empty() || port.size() > 5) return false;
    for (char c : port) if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    if (std::stoi(port) < 1 || std::stoi(port) > 65535) return false;
  }
  return true;
}

bool valid_header_name(const std::string& n) {
  if (n.empty()) return false;
  for (unsigned char c : n)
    if (!(std::isalnum(c) || std::string("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string::npos))
      return false;
  return true;
}

void read_headers(FieldReader& in, const nlohmann::json& v, Headers& out) {
  std::vector<std::pair<std::string, nlohmann::json>> items;
  if (v.is_object()) {
    for (const auto& it : v.items()) items.emplace_back(it.key(), it.value());
  } else if (v.is_array()) {
    for (std::size_t i = 0; i < v.size(); ++i) {
      const auto& h = v[i];
      if (!h.is_object() || !h.contains("name") || !h["name"].is_string()) {
        in.error("headers[" + std::to_string(i) + "]", "type", "must be an object {name, value}");
        continue;
      }
      items.emplace_back(h["name"].get<std::string>(), h.value("value", nlohmann::json()));
    }
  } else {
    in.error("headers", "type", "must be an object or an array of {name, value}");
    return;
  }
  if (items.size() > limits::kMaxCustomHeaders) {
    in.error("headers", "too_many", "at most " + std::to_string(limits::kMaxCustomHeaders) + " headers");
    return;
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& [name, value] = items[i];
    std::string field = v.is_object() ? "headers." + name : "headers[" + std::to_string(i) + "]";
    bool ok = true;
    if (!valid_header_name(name) || name.size() > limits::kHeaderNameMaxBytes) {
      in.error(v.is_object() ? field : field + ".name", "invalid_header_name", "must be an HTTP token");
      ok = false;
    }
    if (!value.is_string()) {
      in.error(v.is_object() ? field : field + ".value", "type", "must be a string");
      continue;
    }
    auto text = value.get<std::string>();
    if (has_control_chars(text)) {
      in.error(v.is_object() ? field : field + ".value", "invalid_header_value",
               "must not contain CR, LF or other control characters");
      ok = false;
    } else if (text.size() > limits::kHeaderValueMaxBytes) {
      in.error(v.is_object() ? field : field + ".value", "too_long", "header value too long");
      ok = false;
    }
    if (ok) out.push_back({name, text});
  }
}

}  // namespace

Result<HookSpec> validate_hook(const nlohmann::json& input) {
  FieldReader in(input, {"app", "event", "url", "method", "user", "source", "list_id", "batch_max", "basic_auth",
                         "basicAuthUsername", "basicAuthPassword", "headers", "encryption_key", "parameters",
                         "retry_policy", "filter", "ordering", "active"});
  HookSpec spec;
  if (auto v = in.string("app", false, limits::kAppMaxChars)) spec.app = *v;
  if (auto v = in.string("event", true, limits::kEventTypeNameMaxChars)) {
    if (is_known_event_type(*v)) spec.event = *v;
    else in.error("event", "unknown_event_type", "not a known event type (see GET /v1/{account}/webhooks/events)");
  }
  if (auto v = in.string("url", true, limits::kUrlMaxBytes)) {
    if (valid_url(*v)) spec.url = *v;
    else in.error("url", "invalid_url", "must be an absolute http(s) URL without credentials or spaces");
  }
  if (auto v = in.string("method", false, 16)) {
    std::string upper;
    for (char c : *v) upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    if (auto m = parse_http_method(upper)) spec.method = *m;
    else in.error("method", "invalid_method", "must be GET or POST");
  }
  if (auto v = in.string("user", false, 256)) spec.user = *v;
  if (auto v = in.string("source", false, 16)) {
    if (auto s = parse_event_source(*v)) spec.source = *s;
    else in.error("source", "invalid_source", "must be api, console or recipient");
  }
  if (const auto* v = in.raw("list_id")) {
    if (v->is_string() && !v->get<std::string>().empty() && v->get<std::string>().size() <= 128 &&
        !has_control_chars(v->get<std::string>()))
      spec.list_id = v->get<std::string>();
    else if (v->is_number_integer()) spec.list_id = std::to_string(v->get<long long>());
    else in.error("list_id", "type", "must be a non-empty string or an integer");
  }
  if (auto v = in.integer("batch_max", 1, limits::kBatchMaxEvents)) spec.batch_max = static_cast<int>(*v);
  std::optional<std::string> user_flat = in.string("basicAuthUsername", false, 256);
  std::optional<std::string> pass_flat = in.string("basicAuthPassword", false, 256);
  if (const auto* v = in.raw("basic_auth")) {
    if (!v->is_object() || !v->contains("username") || !(*v)["username"].is_string() ||
        (v->contains("password") && !(*v)["password"].is_string())) {
      in.error("basic_auth", "type", "must be an object {username, password}");
    } else {
      user_flat = (*v)["username"].get<std::string>();
      pass_flat = v->value("password", "");
    }
  }
  if (user_flat) {
    if (user_flat->empty() || user_flat->find(':') != std::string::npos || has_control_chars(*user_flat))
      in.error("basic_auth.username", "invalid_username", "must be non-empty, without ':' or control characters");
    else if (pass_flat && has_control_chars(*pass_flat))
      in.error("basic_auth.password", "control_characters", "must not contain control characters");
    else spec.basic_auth = BasicAuth{*user_flat, pass_flat.value_or("")};
  } else if (pass_flat) {
    in.error("basic_auth.username", "required", "a password needs a username");
  }
  if (const auto* v = in.raw("headers")) read_headers(in, *v, spec.headers);
  if (auto v = in.string("encryption_key", false, 256)) {
    if (v->empty()) in.error("encryption_key", "required", "must not be empty");
    else spec.encryption_key = *v;
  }
  if (const auto* v = in.raw("parameters")) {
    if (!v->is_array()) in.error("parameters", "type", "must be an array of strings like \"[Email]\"");
    else
      for (std::size_t i = 0; i < v->size(); ++i) {
        const auto& p = (*v)[i];
        if (!p.is_string() || p.get<std::string>().size() < 3 || p.get<std::string>().front() != '[' ||
            p.get<std::string>().back() != ']')
          in.error("parameters[" + std::to_string(i) + "]", "invalid_parameter", "must look like \"[Name]\"");
        else spec.parameters.push_back(p.get<std::string>());
      }
  }
  if (const auto* v = in.raw("retry_policy")) {
    if (v->is_string() || v->is_object()) spec.retry_policy = *v;
    else in.error("retry_policy", "type", "must be a preset name or a policy object");
  }
  if (const auto* v = in.raw("filter")) {
    if (v->is_object()) spec.filter = *v;
    else in.error("filter", "type", "must be a JSON filter object");
  }
  if (auto v = in.string("ordering", false, 16)) {
    if (auto o = parse_ordering(*v)) spec.ordering = *o;
    else in.error("ordering", "invalid_ordering", "must be none or fifo");
  }
  if (auto v = in.boolean("active")) spec.active = *v;
  if (!in.errors().empty()) return std::move(in.errors());
  return spec;
}

nlohmann::json hook_spec_json(const HookSpec& s) {
  nlohmann::json j = {{"app", s.app}, {"event", s.event}, {"url", s.url}, {"method", to_string(s.method)},
                      {"user", s.user}, {"batch_max", s.batch_max}, {"ordering", to_string(s.ordering)},
                      {"active", s.active}};
  j["source"] = s.source ? nlohmann::json(to_string(*s.source)) : nlohmann::json(nullptr);
  j["list_id"] = s.list_id ? nlohmann::json(*s.list_id) : nlohmann::json(nullptr);
  j["basic_auth"] = s.basic_auth ? nlohmann::json{{"username", s.basic_auth->username}} : nlohmann::json(nullptr);
  nlohmann::json headers = nlohmann::json::array();
  for (const auto& h : s.headers) headers.push_back({{"name", h.name}, {"value", h.value}});
  j["headers"] = headers;
  j["encrypted"] = s.encryption_key.has_value();
  j["parameters"] = s.parameters;
  j["retry_policy"] = s.retry_policy;
  j["filter"] = s.filter;
  return j;
}

}  // namespace hookwork::runner::rules

namespace hookwork::runner::rules {

nlohmann::json hook_spec_input(const HookSpec& s) {
  nlohmann::json j = hook_spec_json(s);
  j.erase("encrypted");
  if (s.basic_auth) j["basic_auth"] = {{"username", s.basic_auth->username}, {"password", s.basic_auth->password}};
  if (s.encryption_key) j["encryption_key"] = *s.encryption_key;
  return j;
}

}  // namespace hookwork::runner::rules
