#include "hookwork/retry_classify.hpp"

#include "../civil_days.hpp"
#include "../header_lookup.hpp"

#include <algorithm>
#include <array>

namespace hookwork {
namespace {

std::optional<int> digits(const std::string& s, std::size_t pos, std::size_t n) {
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

std::optional<std::int64_t> parse_retry_after(const std::string& value, std::optional<std::int64_t> now_ms) {
  if (value.empty()) return std::nullopt;
  if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    if (value.size() > 9) return kRetryAfterReadCapMs;  // beyond a decade of seconds: read as the cap
    return std::min<std::int64_t>(std::stoll(value) * 1000, kRetryAfterReadCapMs);
  }
  auto at = parse_http_date(value);
  if (!at || !now_ms) return std::nullopt;
  return std::clamp<std::int64_t>(*at - *now_ms, 0, kRetryAfterReadCapMs);
}

}  // namespace

const char* to_string(OutcomeKind k) {
  switch (k) {
    case OutcomeKind::Success: return "success";
    case OutcomeKind::Failure: return "failure";
    case OutcomeKind::Deactivate: return "deactivate";
  }
  return "failure";
}

std::optional<OutcomeKind> parse_outcome_kind(const std::string& s) {
  if (s == "success") return OutcomeKind::Success;
  if (s == "failure") return OutcomeKind::Failure;
  if (s == "deactivate") return OutcomeKind::Deactivate;
  return std::nullopt;
}

std::optional<std::int64_t> parse_http_date(const std::string& s) {
  // "Sun, 06 Nov 1994 08:49:37 GMT": fixed width, 29 characters.
  static const std::array<const char*, 7> kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static const std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (s.size() != 29 || s.compare(3, 2, ", ") != 0 || s[7] != ' ' || s[11] != ' ' || s[16] != ' ' || s[19] != ':' ||
      s[22] != ':' || s.compare(25, 4, " GMT") != 0) {
    return std::nullopt;
  }
  auto weekday = std::find_if(kDays.begin(), kDays.end(), [&](const char* d) { return s.compare(0, 3, d) == 0; });
  auto month = std::find_if(kMonths.begin(), kMonths.end(), [&](const char* m) { return s.compare(8, 3, m) == 0; });
  auto day = digits(s, 5, 2), year = digits(s, 12, 4), hour = digits(s, 17, 2), minute = digits(s, 20, 2),
       second = digits(s, 23, 2);
  if (weekday == kDays.end() || month == kMonths.end() || !day || !year || !hour || !minute || !second) return std::nullopt;
  const unsigned m = static_cast<unsigned>(month - kMonths.begin() + 1);
  static const std::array<int, 12> kMonthDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (*year % 4 == 0 && *year % 100 != 0) || *year % 400 == 0;
  if (*day < 1 || *day > kMonthDays[m - 1] || (m == 2 && !leap && *day > 28)) return std::nullopt;
  if (*hour > 23 || *minute > 59 || *second > 60) return std::nullopt;
  const std::int64_t days = days_from_civil(*year, m, static_cast<unsigned>(*day));
  // The weekday must agree with the date (1970-01-01 was a Thursday, index 3).
  if (((days % 7 + 7 + 3) % 7) != weekday - kDays.begin()) return std::nullopt;
  return ((days * 24 + *hour) * 60 + *minute) * 60000 + std::int64_t{*second} * 1000;
}

AttemptOutcome classify(std::optional<int> status, const Headers& headers,
                        const std::optional<std::string>& transport_error, std::optional<std::int64_t> now_ms) {
  AttemptOutcome o;
  if (transport_error) {
    const std::string& e = *transport_error;
    o.code = (e == "timeout" || e == "connection_refused" || e == "dns" || e == "tls") ? e : "transport_error";
    return o;
  }
  if (!status) {
    o.code = "transport_error";
    return o;
  }
  const int s = *status;
  o.status = s;
  if (s >= 200 && s <= 299) {
    o.kind = OutcomeKind::Success;
    o.code = "success";
  } else if (s >= 300 && s <= 399) {
    o.code = "redirect";
  } else if (s == 410) {
    o.kind = OutcomeKind::Deactivate;
    o.code = "gone";
  } else if (s == 429 || s == 503) {
    o.code = s == 429 ? "rate_limited" : "unavailable";
    if (const std::string* v = detail::find_header(headers, "retry-after")) o.retry_after_ms = parse_retry_after(*v, now_ms);
  } else if (s >= 500 && s <= 599) {
    o.code = "server_error";
  } else if (s >= 400 && s <= 499) {
    o.code = "client_error";
  } else {
    o.code = "invalid_status";
  }
  return o;
}

}  // namespace hookwork
