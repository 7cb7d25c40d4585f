// ISO 8601 / RFC 3339 timestamps as events carry them. The offset the caller
// gave is kept in the normalized text (seed 004's [EventDate] shows local time);
// unix ms is computed from it. Fractions beyond milliseconds are truncated.
#include <cstdio>

#include "../civil_days.hpp"
#include "hookwork/validate.hpp"

namespace hookwork {
namespace {

unsigned days_in_month(unsigned y, unsigned m) {
  static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}
  bool digits(std::size_t n, unsigned& out) {
    if (pos_ + n > s_.size()) return false;
    out = 0;
    for (std::size_t i = 0; i < n; ++i) {
      char c = s_[pos_ + i];
      if (c < '0' || c > '9') return false;
      out = out * 10 + static_cast<unsigned>(c - '0');
    }
    pos_ += n;
    return true;
  }
  bool literal(char c) {
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  bool at_digit() const { return pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9'; }
  bool done() const { return pos_ == s_.size(); }
  char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
};

}  // namespace

std::optional<Timestamp> parse_iso8601(std::string_view text) {
  if (text.size() > 64) return std::nullopt;
  Reader r(text);
  unsigned year, month, day, hour, minute, second;
  if (!(r.digits(4, year) && r.literal('-') && r.digits(2, month) && r.literal('-') && r.digits(2, day) &&
        (r.literal('T') || r.literal('t')) && r.digits(2, hour) && r.literal(':') && r.digits(2, minute) &&
        r.literal(':') && r.digits(2, second))) {
    return std::nullopt;
  }
  unsigned millis = 0;
  if (r.literal('.') || r.literal(',')) {
    std::size_t count = 0;
    unsigned d;
    while (r.at_digit() && r.digits(1, d)) {
      if (count < 3) millis = millis * 10 + d;
      ++count;
    }
    if (count == 0 || count > 9) return std::nullopt;
    for (std::size_t i = count; i < 3; ++i) millis *= 10;
  }
  int offset_minutes = 0;
  std::string offset_text = "Z";
  if (!(r.literal('Z') || r.literal('z'))) {
    char sign = r.peek();
    if (!(r.literal('+') || r.literal('-'))) return std::nullopt;
    unsigned oh, om = 0;
    if (!r.digits(2, oh)) return std::nullopt;
    if (r.literal(':')) {
      if (!r.digits(2, om)) return std::nullopt;
    } else if (r.at_digit() && !r.digits(2, om)) {
      return std::nullopt;
    }
    if (oh > 23 || om > 59) return std::nullopt;
    offset_minutes = (sign == '-' ? -1 : 1) * static_cast<int>(oh * 60 + om);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%c%02u:%02u", sign, oh, om);
    offset_text = buf;
  }
  if (!r.done()) return std::nullopt;
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) || hour > 23 || minute > 59 ||
      second > 59) {
    return std::nullopt;
  }
  std::int64_t seconds = days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second -
                         static_cast<std::int64_t>(offset_minutes) * 60;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04u-%02u-%02uT%02u:%02u:%02u.%03u", year, month, day, hour, minute, second, millis);
  return Timestamp{seconds * 1000 + millis, std::string(buf) + offset_text};
}

}  // namespace hookwork
