#include "url_host.hpp"

#include <vector>

#include "hookwork/limits.hpp"
#include "hookwork/punycode.hpp"

namespace hookwork::url_host {
namespace {

bool is_ldh(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Code points IDNA (UTS #46) disallows in host names that would otherwise encode fine:
// controls, invisible and bidi format characters (a U+202E host renders reversed, the
// spoofing trick), odd spaces, variation selectors, tags, private use, noncharacters.
bool is_disallowed_in_host(char32_t c) {
  return (c >= 0x80 && c <= 0xA0) || c == 0xAD || c == 0x34F || c == 0x61C || c == 0x115F || c == 0x1160 ||
         c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
         (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0x3164 || (c >= 0xD800 && c <= 0xF8FF) ||
         (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFF) || (c >= 0xE0000);
}

// One label (already split, ASCII lowercased) -> its ASCII form, or a refusal message.
std::variant<std::string, std::string> label_to_ascii(const std::u32string& label) {
  bool ascii = true;
  for (char32_t c : label) {
    if (c < 0x80 && !is_ldh(c)) {
      return std::variant<std::string, std::string>(std::in_place_index<1>,
          "host contains a character not allowed in host names");
    }
    if (is_disallowed_in_host(c)) {
      return std::variant<std::string, std::string>(std::in_place_index<1>,
          "host contains an invisible, control or format character");
    }
    ascii = ascii && c < 0x80;
  }
  if (label.front() == '-' || label.back() == '-') {
    return std::variant<std::string, std::string>(std::in_place_index<1>,
        "host labels must not start or end with '-'");
  }
  std::string out;
  if (ascii) {
    out.assign(label.begin(), label.end());
    if (out.rfind("xn--", 0) == 0 && !punycode_decode(std::string_view(out).substr(4))) {
      return std::variant<std::string, std::string>(std::in_place_index<1>, "host has a malformed punycode label");
    }
  } else {
    auto encoded = punycode_encode(label);
    if (!encoded) return std::variant<std::string, std::string>(std::in_place_index<1>, "host label cannot be encoded");
    out = "xn--" + *encoded;
  }
  if (out.size() > limits::kHostLabelMaxBytes) {
    return std::variant<std::string, std::string>(std::in_place_index<1>,
        "host labels must be at most " + std::to_string(limits::kHostLabelMaxBytes) + " bytes");
  }
  return std::variant<std::string, std::string>(std::in_place_index<0>, out);
}

std::variant<Host, std::string> parse_bracketed(std::string_view raw) {
  auto inner = raw.substr(1, raw.size() - 2);
  if (inner.find('%') != std::string_view::npos) return std::string("IPv6 zone ids are not accepted");
  auto a = ip::parse_v6(inner);
  if (!a) return std::string("host is not a valid IPv6 address");
  return Host{ip::to_text(*a), a};
}

}  // namespace

std::variant<Host, std::string> parse(std::string_view raw) {
  if (raw.empty()) return std::string("host is required");
  if (raw.front() == '[') {
    if (raw.back() != ']') return std::string("IPv6 host is missing ']'");
    return parse_bracketed(raw);
  }
  if (raw.find('%') != std::string_view::npos) return std::string("percent-encoded hosts are not accepted");
  auto cps = decode_utf8(raw);
  if (!cps) return std::string("host is not valid UTF-8");
  // ASCII case folding and the IDNA full stops; no Unicode normalization (no ICU in core).
  for (auto& c : *cps) {
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    if (c == 0x3002 || c == 0xFF0E || c == 0xFF61) c = '.';
  }
  std::vector<std::u32string> labels(1);
  for (char32_t c : *cps) {
    if (c == '.') labels.emplace_back();
    else labels.back().push_back(c);
  }
  bool trailing_dot = labels.size() > 1 && labels.back().empty();
  if (trailing_dot) labels.pop_back();
  std::string ascii;
  for (const auto& label : labels) {
    if (label.empty()) return std::string("host has an empty label");
    auto converted = label_to_ascii(label);
    if (converted.index() == 1) return std::get<1>(converted);
    if (!ascii.empty()) ascii += '.';
    ascii += std::get<0>(converted);
  }
  if (ascii.size() > limits::kHostMaxBytes) {
    return std::string("host must be at most " + std::to_string(limits::kHostMaxBytes) + " bytes");
  }
  if (ip::ends_in_number(ascii)) {
    auto a = ip::parse_v4_url(ascii);
    if (!a) return std::string("host ends in a number but is not a valid IPv4 address");
    return Host{ip::to_text(*a), a};
  }
  if (trailing_dot) ascii += '.';
  return Host{ascii, std::nullopt};
}

}  // namespace hookwork::url_host
