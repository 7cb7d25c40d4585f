#include "hookwork/payload_parameters.hpp"

#include <array>
#include <cstdio>

namespace hookwork {
namespace {

struct ParameterName {
  Parameter parameter;
  const char* placeholder;
  const char* key;
};

constexpr std::array<ParameterName, 12> kParameters{{
    {Parameter::EventDate, "[EventDate]", "EventDate"},
    {Parameter::IdConsole, "[IdConsole]", "IdConsole"},
    {Parameter::IdList, "[IdList]", "IdList"},
    {Parameter::IdNL, "[IdNL]", "IdNL"},
    {Parameter::EventType, "[EventType]", "EventType"},
    {Parameter::EventSource, "[EventSource]", "EventSource"},
    {Parameter::Reason, "[Reason]", "Reason"},
    {Parameter::Email, "[Email]", "Email"},
    {Parameter::Prefix, "[Prefix]", "Prefix"},
    {Parameter::Number, "[Number]", "Number"},
    {Parameter::Groups, "[Groups]", "Groups"},
    {Parameter::Channel, "[Channel]", "Channel"},
}};

std::string compact(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A data field as text: strings as they are, other scalars and containers as compact JSON.
nlohmann::json data_text(const Event& event, const char* field) {
  if (!event.data.is_object()) return nullptr;
  auto it = event.data.find(field);
  if (it == event.data.end() || it->is_null()) return nullptr;
  if (it->is_string()) return *it;
  return compact(*it);
}

nlohmann::json groups_text(const Event& event) {
  if (!event.data.is_object()) return nullptr;
  auto it = event.data.find("groups");
  if (it == event.data.end() || !it->is_array()) return data_text(event, "groups");
  std::string joined;
  for (const auto& g : *it) {
    if (!joined.empty()) joined.push_back(',');
    joined += g.is_string() ? g.get<std::string>() : compact(g);
  }
  return joined;
}

Channel channel_of(const Event& event) {
  if (!event.data.is_object()) return Channel::Unknown;
  auto it = event.data.find("channel");
  if (it == event.data.end()) return Channel::Unknown;
  if (it->is_number_integer()) {
    switch (it->get<std::int64_t>()) {
      case 0: return Channel::Mail;
      case 1: return Channel::Sms;
      case 2: return Channel::Fax;
      case 5: return Channel::Social;
      default: return Channel::Unknown;
    }
  }
  if (it->is_string()) {
    const auto& s = it->get_ref<const std::string&>();
    if (s == "mail" || s == "email") return Channel::Mail;
    if (s == "sms") return Channel::Sms;
    if (s == "fax") return Channel::Fax;
    if (s == "social") return Channel::Social;
  }
  return Channel::Unknown;
}

// Days since 1970-01-01 -> civil date (H. Hinnant's algorithm, proleptic Gregorian).
void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<Parameter> parse_parameter(std::string_view placeholder) {
  for (const auto& p : kParameters) {
    if (placeholder == p.placeholder) return p.parameter;
  }
  return std::nullopt;
}

const char* parameter_key(Parameter p) {
  for (const auto& n : kParameters) {
    if (n.parameter == p) return n.key;
  }
  return "";
}

const std::vector<std::string>& parameter_placeholders() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> v;
    for (const auto& p : kParameters) v.emplace_back(p.placeholder);
    return v;
  }();
  return all;
}

nlohmann::json parameter_value(Parameter p, const Event& event, std::string_view account_id) {
  switch (p) {
    case Parameter::EventDate:
      return format_iso8601_with_offset(event.occurred_at_ms, utc_offset_minutes(event.occurred_at));
    case Parameter::IdConsole:
      return account_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(std::string(account_id));
    case Parameter::IdList: return event.list_id ? nlohmann::json(*event.list_id) : nlohmann::json(nullptr);
    case Parameter::IdNL: return data_text(event, "message_id");
    case Parameter::EventType: return event.type;
    case Parameter::EventSource:
      return event.source ? nlohmann::json(to_string(*event.source)) : nlohmann::json(nullptr);
    case Parameter::Reason: return data_text(event, "reason");
    case Parameter::Email: return data_text(event, "email");
    case Parameter::Prefix: return data_text(event, "mobile_prefix");
    case Parameter::Number: return data_text(event, "mobile_number");
    case Parameter::Groups: return groups_text(event);
    case Parameter::Channel: return static_cast<int>(channel_of(event));
  }
  return nullptr;
}

std::string parameter_text(const nlohmann::json& value) {
  if (value.is_null()) return {};
  if (value.is_string()) return value.get<std::string>();
  return compact(value);
}

std::string format_iso8601_with_offset(std::int64_t unix_ms, int offset_minutes) {
  const std::int64_t local_ms = unix_ms + static_cast<std::int64_t>(offset_minutes) * 60000;
  const std::int64_t days = floor_div(local_ms, 86400000);
  const std::int64_t ms_of_day = local_ms - days * 86400000;
  std::int64_t year = 0;
  unsigned month = 0, day = 0;
  civil_from_days(days, year, month, day);
  const int off = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d.%03d%c%02d:%02d", static_cast<long long>(year),
                month, day, static_cast<int>(ms_of_day / 3600000), static_cast<int>(ms_of_day / 60000 % 60),
                static_cast<int>(ms_of_day / 1000 % 60), static_cast<int>(ms_of_day % 1000),
                offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
  return buf;
}

int utc_offset_minutes(std::string_view s) {
  const std::size_t t = s.find_first_of("Tt ");
  if (t == std::string_view::npos || s.empty()) return 0;
  const std::size_t sign = s.find_last_of("+-");
  if (sign == std::string_view::npos || sign < t) return 0;
  std::string digits;
  for (char c : s.substr(sign + 1)) {
    if (is_digit(c)) digits.push_back(c);
    else if (c != ':') return 0;
  }
  if (digits.size() != 2 && digits.size() != 4) return 0;
  const int hours = (digits[0] - '0') * 10 + (digits[1] - '0');
  const int minutes = digits.size() == 4 ? (digits[2] - '0') * 10 + (digits[3] - '0') : 0;
  if (hours > 23 || minutes > 59) return 0;
  const int total = hours * 60 + minutes;
  return s[sign] == '-' ? -total : total;
}

}  // namespace hookwork
