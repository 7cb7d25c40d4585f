// Interim event validation and matching (until core's validate and filter modules are merged).
#include <cstdio>
#include <ctime>

#include "clock.hpp"
#include "field_reader.hpp"
#include "hookwork/limits.hpp"
#include "rules.hpp"

namespace hookwork::runner::rules {
namespace {

std::size_t json_depth(const nlohmann::json& j) {
  if (!j.is_structured()) return 0;
  std::size_t deepest = 0;
  for (const auto& child : j) deepest = std::max(deepest, json_depth(child));
  return deepest + 1;
}

// "YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)" -> unix ms.
std::optional<std::int64_t> parse_iso8601(const std::string& s) {
  int y, mo, d, h, mi, sec;
  char t;
  int consumed = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d%c%2d:%2d:%2d%n", &y, &mo, &d, &t, &h, &mi, &sec, &consumed) != 7 ||
      consumed != 19 || (t != 'T' && t != 't'))
    return std::nullopt;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60 || y < 1970) return std::nullopt;
  std::size_t i = 19;
  std::int64_t millis = 0;
  if (i < s.size() && s[i] == '.') {
    ++i;
    int digits = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
      if (digits < 3) millis = millis * 10 + (s[i] - '0');
      ++digits;
      ++i;
    }
    if (digits == 0) return std::nullopt;
    for (; digits < 3; ++digits) millis *= 10;
  }
  std::int64_t offset_min = 0;
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
    ++i;
  } else if (i + 6 == s.size() && (s[i] == '+' || s[i] == '-') && s[i + 3] == ':') {
    int oh = 0, om = 0;
    if (std::sscanf(s.c_str() + i + 1, "%2d:%2d", &oh, &om) != 2 || oh > 23 || om > 59) return std::nullopt;
    offset_min = (s[i] == '+' ? 1 : -1) * (oh * 60 + om);
    i += 6;
  } else {
    return std::nullopt;
  }
  if (i != s.size()) return std::nullopt;
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = sec;
  std::int64_t secs = timegm(&tm);
  return (secs - offset_min * 60) * 1000 + millis;
}

}  // namespace

Result<Event> validate_event(const nlohmann::json& input, const std::string& event_id, std::int64_t now_ms) {
  FieldReader in(input, {"type", "occurred_at", "app", "source", "list_id", "data"});
  Event ev;
  ev.id = event_id;
  if (auto v = in.string("type", true, limits::kEventTypeNameMaxChars)) {
    if (is_known_event_type(*v)) ev.type = *v;
    else in.error("type", "unknown_event_type", "not a known event type");
  }
  if (auto v = in.string("occurred_at", false, 64)) {
    if (auto ms = parse_iso8601(*v)) {
      ev.occurred_at_ms = *ms;
      ev.occurred_at = format_iso8601_ms(*ms);
    } else {
      in.error("occurred_at", "invalid_timestamp", "must be ISO 8601 with a zone, e.g. 2026-01-31T12:00:00Z");
    }
  } else {
    ev.occurred_at_ms = now_ms;
    ev.occurred_at = format_iso8601_ms(now_ms);
  }
  if (auto v = in.string("app", false, limits::kAppMaxChars)) ev.app = *v;
  if (auto v = in.string("source", false, 16)) {
    if (auto s = parse_event_source(*v)) ev.source = *s;
    else in.error("source", "invalid_source", "must be api, console or recipient");
  }
  if (const auto* v = in.raw("list_id")) {
    if (v->is_string() && !v->get<std::string>().empty()) ev.list_id = v->get<std::string>();
    else if (v->is_number_integer()) ev.list_id = std::to_string(v->get<long long>());
    else in.error("list_id", "type", "must be a non-empty string or an integer");
  }
  ev.data = nlohmann::json::object();
  if (const auto* v = in.raw("data")) {
    if (!v->is_object()) in.error("data", "type", "must be a JSON object");
    else if (json_depth(*v) > limits::kJsonMaxDepth)
      in.error("data", "too_deep", "nesting deeper than " + std::to_string(limits::kJsonMaxDepth));
    else ev.data = *v;
  }
  if (!in.errors().empty()) return std::move(in.errors());
  nlohmann::ordered_json canonical;
  canonical["id"] = ev.id;
  canonical["type"] = ev.type;
  canonical["occurred_at"] = ev.occurred_at;
  if (ev.app) canonical["app"] = *ev.app;
  if (ev.source) canonical["source"] = to_string(*ev.source);
  if (ev.list_id) canonical["list_id"] = *ev.list_id;
  canonical["data"] = ev.data;
  ev.canonical = canonical.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return ev;
}

bool hook_matches(const StoredHook& hook, const Event& event) {
  const HookSpec& s = hook.spec;
  if (s.event != event.type) return false;
  if (event.app && *event.app != s.app) return false;
  if (s.source && (!event.source || *event.source != *s.source)) return false;
  if (s.list_id && (!event.list_id || *event.list_id != *s.list_id)) return false;
  // JSON payload filters are evaluated by core's filter module once merged; until then a
  // hook with a filter receives every event of its type (over-delivery, never loss).
  return true;
}

}  // namespace hookwork::runner::rules
