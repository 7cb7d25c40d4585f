#include "hookwork/payload.hpp"

#include <algorithm>

#include "hookwork/encoding.hpp"
#include "hookwork/limits.hpp"
#include "hookwork/payload_parameters.hpp"
#include "hookwork/url_encoding.hpp"

namespace hookwork {
namespace {

constexpr const char* kContentTypeJson = "application/json";
constexpr const char* kContentTypeEncrypted = "text/plain";  // Base64 text of the RC4 ciphertext

// ASCII only, locale-free: header names are ASCII tokens.
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

std::size_t batch_limit(const HookSpec& hook) {
  return static_cast<std::size_t>(std::clamp(hook.batch_max, 1, limits::kBatchMaxEvents));
}

// The parameters a hook lists, resolved once; unknown names reported at their index.
std::vector<Parameter> resolve_parameters(const HookSpec& hook, FieldErrors& errors) {
  std::vector<Parameter> out;
  for (std::size_t i = 0; i < hook.parameters.size(); ++i) {
    if (auto p = parse_parameter(hook.parameters[i])) {
      out.push_back(*p);
    } else {
      errors.push_back({"hook.parameters[" + std::to_string(i) + "]", "unknown_parameter",
                        "'" + hook.parameters[i] + "' is not a known parameter placeholder"});
    }
  }
  return out;
}

void check_inputs(const HookSpec& hook, const std::vector<const Event*>& events, const BuildOptions& options,
                  FieldErrors& errors) {
  if (events.empty()) errors.push_back({"events", "required", "at least one event is needed"});
  if (events.size() > batch_limit(hook)) {
    errors.push_back({"events", "too_many",
                      "this hook receives at most " + std::to_string(batch_limit(hook)) + " events per request"});
  }
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (events[i] == nullptr || events[i]->canonical.empty()) {
      errors.push_back({"events[" + std::to_string(i) + "]", "not_serialized",
                        "the event has no canonical bytes (validate it first)"});
    }
  }
  if (options.message_id.empty()) errors.push_back({"message_id", "required", "a message id is needed"});
  for (std::size_t i = 0; i < hook.headers.size(); ++i) {
    if (is_reserved_header(hook.headers[i].name, hook)) {
      errors.push_back({"hook.headers[" + std::to_string(i) + "].name", "reserved_header",
                        "'" + hook.headers[i].name + "' is set by Hookwork and cannot be a custom header"});
    }
  }
}

nlohmann::json parameter_object(const std::vector<Parameter>& params, const Event& e, const BuildOptions& o) {
  nlohmann::json obj = nlohmann::json::object();
  for (Parameter p : params) obj[parameter_key(p)] = parameter_value(p, e, o.account_id);
  return obj;
}

// Parameters mode: a JSON object per event (an array of them for a batch), keys sorted like every document.
std::string parameters_document(const std::vector<Parameter>& params, const std::vector<const Event*>& events,
                                const BuildOptions& o, bool as_array) {
  nlohmann::json doc;
  if (!as_array) {
    doc = parameter_object(params, *events.front(), o);
  } else {
    doc = nlohmann::json::array();
    for (const Event* e : events) doc.push_back(parameter_object(params, *e, o));
  }
  // Invalid UTF-8 can only reach here from C++ callers that skipped validate: replaced, never thrown.
  return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// GET with parameters and no encryption: each value is its own query key, in the hook's order.
std::string url_with_parameter_keys(const HookSpec& hook, const std::vector<Parameter>& params, const Event& e,
                                    const BuildOptions& o) {
  std::vector<std::string> texts;
  texts.reserve(params.size());
  for (Parameter p : params) texts.push_back(parameter_text(parameter_value(p, e, o.account_id)));
  QueryParams query;
  for (std::size_t i = 0; i < params.size(); ++i) query.emplace_back(parameter_key(params[i]), texts[i]);
  return append_query_params(hook.url, query);
}

Headers protocol_headers(const HookSpec& hook, const BuildOptions& o) {
  Headers h;
  h.reserve(5 + hook.headers.size());
  if (hook.method == HttpMethod::Post) {
    h.push_back({"Content-Type", hook.encryption_key ? kContentTypeEncrypted : kContentTypeJson});
  }
  h.push_back({"User-Agent", "Hookwork/" + o.version});
  h.push_back({"webhook-id", o.message_id});
  if (o.timestamp) h.push_back({"webhook-timestamp", std::to_string(*o.timestamp)});
  if (hook.basic_auth) {
    h.push_back({"Authorization", "Basic " + base64_encode(hook.basic_auth->username + ":" + hook.basic_auth->password)});
  }
  h.insert(h.end(), hook.headers.begin(), hook.headers.end());
  return h;
}

}  // namespace

std::string envelope_document(const std::vector<const Event*>& events, bool as_array) {
  if (!as_array) return events.front()->canonical;
  std::size_t size = 2 + events.size();
  for (const Event* e : events) size += e->canonical.size();
  std::string doc;
  doc.reserve(size);
  doc.push_back('[');
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (i > 0) doc.push_back(',');
    doc += events[i]->canonical;
  }
  doc.push_back(']');
  return doc;
}

void apply_signature_headers(HttpRequest& request, const Headers& signature_headers) {
  for (const auto& added : signature_headers) {
    auto same = std::find_if(request.headers.begin(), request.headers.end(),
                             [&](const Header& h) { return equals_ignoring_case(h.name, added.name); });
    if (same != request.headers.end()) same->value = added.value;
    else request.headers.push_back(added);
  }
}

bool is_reserved_header(std::string_view name, const HookSpec& hook) {
  static constexpr std::string_view kAlways[] = {"content-type",      "user-agent",     "webhook-id",
                                                 "webhook-timestamp", "webhook-signature", "content-length",
                                                 "host",              "transfer-encoding"};
  for (auto r : kAlways) {
    if (equals_ignoring_case(name, r)) return true;
  }
  return hook.basic_auth.has_value() && equals_ignoring_case(name, "authorization");
}

Result<HttpRequest> build_request(const HookSpec& hook, const std::vector<const Event*>& events,
                                  const BuildOptions& options) {
  FieldErrors errors;
  check_inputs(hook, events, options, errors);
  const std::vector<Parameter> params = resolve_parameters(hook, errors);
  const bool by_parameters = !hook.parameters.empty();
  // A batching hook's receiver always gets a list (seed 003), even when only one event was due.
  const bool as_array = hook.batch_max > 1;
  const bool query_keys = by_parameters && hook.method == HttpMethod::Get && !hook.encryption_key;
  if (query_keys && events.size() > 1) {
    errors.push_back({"events", "batch_not_supported",
                      "a GET hook with parameters and no encryption sends one event per request"});
  }
  if (!errors.empty()) return errors;

  HttpRequest req;
  req.method = to_string(hook.method);
  req.headers = protocol_headers(hook, options);
  if (query_keys) {
    req.url = url_with_parameter_keys(hook, params, *events.front(), options);
    return req;
  }
  std::string document = by_parameters ? parameters_document(params, events, options, as_array)
                                       : envelope_document(events, as_array);
  if (hook.encryption_key) {
    // The key's own rules (length) are validate's; a key that still fails here is reported the same way.
    auto encrypted = encrypt_document(*hook.encryption_key, document);
    if (!encrypted) return encrypted.errors();
    document = std::move(encrypted).value();
  }
  if (hook.method == HttpMethod::Get) {
    req.url = append_query_params(hook.url, {{"payload", document}});
  } else {
    req.url = hook.url;
    req.body = std::move(document);
  }
  return req;
}

Result<HttpRequest> build_request(const HookSpec& hook, const std::vector<Event>& events,
                                  const BuildOptions& options) {
  std::vector<const Event*> pointers;
  pointers.reserve(events.size());
  for (const auto& e : events) pointers.push_back(&e);
  return build_request(hook, pointers, options);
}

}  // namespace hookwork
