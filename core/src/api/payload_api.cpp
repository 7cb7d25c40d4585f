// payload.build: {hook, events:[event inputs], ids?, message_id, timestamp?, account_id?,
//                 version?, custom_event_types?, url_policy?} -> {method, url, headers:[{name,value}], body}.
// Hook and events go through validate first, so the facade builds only from accepted values.
#include "hookwork/api_registry.hpp"

#include "hookwork/api.hpp"
#include "hookwork/limits.hpp"
#include "hookwork/payload.hpp"
#include "hookwork/validate.hpp"

namespace hookwork::api {
namespace {

using nlohmann::json;

std::string at(const char* array, std::size_t i) { return std::string(array) + "[" + std::to_string(i) + "]"; }

void append(FieldErrors& to, FieldErrors from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

ValidationContext context_from(const json& input, FieldErrors& errors) {
  ValidationContext ctx;
  if (auto it = input.find("url_policy"); it != input.end()) {
    auto policy = parse_url_policy(*it);
    if (policy) ctx.url_policy = policy.value();
    else append(errors, nest_errors("url_policy", policy.errors()));
  }
  if (auto it = input.find("custom_event_types"); it != input.end()) {
    if (!it->is_array()) {
      errors.push_back({"custom_event_types", "invalid_type", "custom_event_types must be an array of strings"});
    } else {
      for (std::size_t i = 0; i < it->size(); ++i) {
        if ((*it)[i].is_string()) ctx.custom_event_types.push_back((*it)[i].get<std::string>());
        else errors.push_back({at("custom_event_types", i), "invalid_type", "an event type name must be a string"});
      }
    }
  }
  return ctx;
}

// Event ids: the given "ids" (one string per event) or "evt_<index>".
std::vector<std::string> event_ids(const json& input, std::size_t count, FieldErrors& errors) {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < count; ++i) ids.push_back("evt_" + std::to_string(i));
  auto it = input.find("ids");
  if (it == input.end()) return ids;
  if (!it->is_array() || it->size() != count) {
    errors.push_back({"ids", "invalid_type", "ids must be an array with one string per event"});
    return ids;
  }
  for (std::size_t i = 0; i < count; ++i) {
    if ((*it)[i].is_string() && !(*it)[i].get_ref<const std::string&>().empty()) ids[i] = (*it)[i].get<std::string>();
    else errors.push_back({at("ids", i), "invalid_type", "an event id must be a non-empty string"});
  }
  return ids;
}

BuildOptions options_from(const json& input, FieldErrors& errors) {
  BuildOptions o;
  auto id = input.find("message_id");
  if (id == input.end() || !id->is_string() || id->get_ref<const std::string&>().empty()) {
    errors.push_back({"message_id", id == input.end() ? "required" : "invalid_type",
                      "message_id must be a non-empty string (the same for every attempt of one message)"});
  } else {
    o.message_id = id->get<std::string>();
  }
  if (auto ts = input.find("timestamp"); ts != input.end() && !ts->is_null()) {
    if (ts->is_number_integer() && (ts->is_number_unsigned() || ts->get<std::int64_t>() >= 0) &&
        ts->get<std::uint64_t>() <= static_cast<std::uint64_t>(INT64_MAX)) {
      o.timestamp = ts->get<std::int64_t>();
    } else {
      errors.push_back({"timestamp", "invalid_type", "timestamp must be a non-negative integer (unix seconds)"});
    }
  }
  if (auto acc = input.find("account_id"); acc != input.end() && !acc->is_null()) {
    if (acc->is_string()) o.account_id = acc->get<std::string>();
    else if (acc->is_number_integer()) o.account_id = acc->dump();
    else errors.push_back({"account_id", "invalid_type", "account_id must be a string or an integer"});
  }
  if (auto v = input.find("version"); v != input.end() && !v->is_null()) {
    if (v->is_string()) o.version = v->get<std::string>();
    else errors.push_back({"version", "invalid_type", "version must be a string"});
  }
  return o;
}

json request_to_json(const HttpRequest& req) {
  json headers = json::array();
  for (const auto& h : req.headers) headers.push_back({{"name", h.name}, {"value", h.value}});
  return {{"method", req.method}, {"url", req.url}, {"headers", std::move(headers)}, {"body", req.body}};
}

json build(const json& input) {
  if (!input.is_object()) return fail({{"", "invalid_type", "input must be an object"}});
  FieldErrors errors;
  const ValidationContext ctx = context_from(input, errors);
  const BuildOptions options = options_from(input, errors);

  std::optional<HookSpec> hook;
  if (auto h = input.find("hook"); h == input.end()) {
    errors.push_back({"hook", "required", "a hook is needed"});
  } else if (auto r = validate_hook(*h, ctx); r) {
    hook = std::move(r).value();
  } else {
    append(errors, nest_errors("hook", r.errors()));
  }

  std::vector<Event> events;
  auto ev = input.find("events");
  if (ev == input.end() || !ev->is_array()) {
    errors.push_back({"events", ev == input.end() ? "required" : "invalid_type", "events must be an array of events"});
  } else if (ev->size() > static_cast<std::size_t>(limits::kBatchMaxEvents)) {
    // Refused before validating each one: a request never carries more than this.
    errors.push_back({"events", "too_many",
                      "a request carries at most " + std::to_string(limits::kBatchMaxEvents) + " events"});
  } else {
    const auto ids = event_ids(input, ev->size(), errors);
    for (std::size_t i = 0; i < ev->size(); ++i) {
      auto r = validate_event((*ev)[i], ids[i], ctx);
      if (r) events.push_back(std::move(r).value());
      else append(errors, nest_errors(at("events", i), r.errors()));
    }
  }
  if (!errors.empty()) return fail(errors);
  return from_result(build_request(*hook, events, options), request_to_json);
}

}  // namespace

void register_payload_api(Registry& r) { r["payload.build"] = build; }

}  // namespace hookwork::api
