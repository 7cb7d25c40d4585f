#include "ip_address.hpp"

#include <cstdio>
#include <vector>

namespace hookwork::ip {
namespace {

Address v4_from(std::uint32_t v) {
  Address a;
  a.bytes[0] = static_cast<std::uint8_t>(v >> 24);
  a.bytes[1] = static_cast<std::uint8_t>(v >> 16);
  a.bytes[2] = static_cast<std::uint8_t>(v >> 8);
  a.bytes[3] = static_cast<std::uint8_t>(v);
  return a;
}

std::uint32_t v4_value(const Address& a) {
  return (std::uint32_t{a.bytes[0]} << 24) | (std::uint32_t{a.bytes[1]} << 16) |
         (std::uint32_t{a.bytes[2]} << 8) | a.bytes[3];
}

std::vector<std::string_view> split_dots(std::string_view s) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '.') {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

// One WHATWG IPv4 number: "0x1f", "017", "12", "0x" (= 0). nullopt when not a number or above 2^32.
std::optional<std::uint64_t> parse_v4_number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  unsigned radix = 10;
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    radix = 16;
    s.remove_prefix(2);
  } else if (s.size() >= 2 && s[0] == '0') {
    radix = 8;
    s.remove_prefix(1);
  }
  std::uint64_t v = 0;
  for (char c : s) {
    unsigned d;
    if (c >= '0' && c <= '9') d = static_cast<unsigned>(c - '0');
    else if (c >= 'a' && c <= 'f') d = static_cast<unsigned>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') d = static_cast<unsigned>(c - 'A' + 10);
    else return std::nullopt;
    if (d >= radix) return std::nullopt;
    v = v * radix + d;
    if (v > 0xFFFFFFFFull) return std::nullopt;
  }
  return v;
}

bool in_v4(std::uint32_t v, std::uint32_t base, int prefix) {
  std::uint32_t mask = prefix == 0 ? 0 : ~std::uint32_t{0} << (32 - prefix);
  return (v & mask) == (base & mask);
}

bool in_v6(const Address& a, std::initializer_list<std::uint8_t> prefix_bytes, int prefix_bits) {
  std::array<std::uint8_t, 16> base{};
  std::size_t i = 0;
  for (auto b : prefix_bytes) base[i++] = b;
  for (int bit = 0; bit < prefix_bits; ++bit) {
    int byte = bit / 8, shift = 7 - bit % 8;
    if (((a.bytes[byte] >> shift) & 1) != ((base[byte] >> shift) & 1)) return false;
  }
  return true;
}

bool is_v4_mapped(const Address& a) {
  return a.v6 && in_v6(a, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}, 96);
}

Address embedded_v4(const Address& a) {
  Address v4;
  for (int i = 0; i < 4; ++i) v4.bytes[i] = a.bytes[12 + i];
  return v4;
}

AddressClass classify_v4(std::uint32_t v) {
  struct Range { std::uint32_t base; int prefix; AddressClass cls; };
  static const Range kRanges[] = {
      {0xFFFFFFFF, 32, AddressClass::Broadcast},
      {0x00000000, 8, AddressClass::Unspecified},     // "this network" (RFC 1122)
      {0x0A000000, 8, AddressClass::Private},         // RFC 1918
      {0x64400000, 10, AddressClass::Cgnat},          // RFC 6598
      {0x7F000000, 8, AddressClass::Loopback},
      {0xA9FE0000, 16, AddressClass::LinkLocal},      // incl. cloud metadata 169.254.169.254
      {0xAC100000, 12, AddressClass::Private},
      {0xC0000000, 24, AddressClass::Reserved},       // IETF protocol assignments
      {0xC0000200, 24, AddressClass::Documentation},  // TEST-NET-1
      {0xC0586300, 24, AddressClass::SixToFour},      // 6to4 relay anycast (RFC 3068)
      {0xC0A80000, 16, AddressClass::Private},
      {0xC6120000, 15, AddressClass::Benchmarking},   // RFC 2544
      {0xC6336400, 24, AddressClass::Documentation},  // TEST-NET-2
      {0xCB007100, 24, AddressClass::Documentation},  // TEST-NET-3
      {0xE0000000, 4, AddressClass::Multicast},
      {0xF0000000, 4, AddressClass::Reserved},
  };
  for (const auto& r : kRanges) {
    if (in_v4(v, r.base, r.prefix)) return r.cls;
  }
  return AddressClass::Public;
}

AddressClass classify_v6(const Address& a) {
  if (in_v6(a, {}, 128)) return AddressClass::Unspecified;
  if (in_v6(a, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 128)) return AddressClass::Loopback;
  if (is_v4_mapped(a)) return classify_v4(v4_value(embedded_v4(a)));
  if (in_v6(a, {}, 96)) return AddressClass::Reserved;                         // IPv4-compatible (deprecated)
  if (in_v6(a, {0, 0x64, 0xff, 0x9b}, 96)) return AddressClass::Nat64;         // RFC 6052
  if (in_v6(a, {0, 0x64, 0xff, 0x9b, 0, 1}, 48)) return AddressClass::Nat64;   // RFC 8215 local-use
  if (in_v6(a, {0x01, 0x00, 0, 0, 0, 0, 0, 0}, 64)) return AddressClass::Reserved;  // discard-only
  if (in_v6(a, {0x20, 0x01, 0, 0}, 32)) return AddressClass::Teredo;
  if (in_v6(a, {0x20, 0x01, 0, 0x02, 0, 0}, 48)) return AddressClass::Benchmarking;
  if (in_v6(a, {0x20, 0x01, 0x0d, 0xb8}, 32)) return AddressClass::Documentation;
  if (in_v6(a, {0x3f, 0xff}, 20)) return AddressClass::Documentation;          // RFC 9637
  if (in_v6(a, {0x20, 0x01, 0x00}, 23)) return AddressClass::Reserved;         // IETF protocol assignments
  if (in_v6(a, {0x20, 0x02}, 16)) return AddressClass::SixToFour;
  if (in_v6(a, {0xfc}, 7)) return AddressClass::Private;                       // unique local
  if (in_v6(a, {0xfe, 0x80}, 10)) return AddressClass::LinkLocal;
  if (in_v6(a, {0xfe, 0xc0}, 10)) return AddressClass::Private;                // site-local (deprecated)
  if (in_v6(a, {0xff}, 8)) return AddressClass::Multicast;
  if (!in_v6(a, {0x20}, 3)) return AddressClass::Reserved;                     // outside global unicast 2000::/3
  return AddressClass::Public;
}

}  // namespace

std::optional<Address> parse_v4_strict(std::string_view text) {
  auto parts = split_dots(text);
  if (parts.size() != 4) return std::nullopt;
  std::uint32_t v = 0;
  for (auto p : parts) {
    if (p.empty() || p.size() > 3 || (p.size() > 1 && p[0] == '0')) return std::nullopt;
    unsigned n = 0;
    for (char c : p) {
      if (c < '0' || c > '9') return std::nullopt;
      n = n * 10 + static_cast<unsigned>(c - '0');
    }
    if (n > 255) return std::nullopt;
    v = (v << 8) | n;
  }
  return v4_from(v);
}

bool ends_in_number(std::string_view host) {
  auto parts = split_dots(host);
  if (parts.size() > 1 && parts.back().empty()) parts.pop_back();
  auto last = parts.back();
  if (last.empty()) return false;
  bool digits = true;
  for (char c : last) digits = digits && c >= '0' && c <= '9';
  return digits || parse_v4_number(last).has_value();
}

std::optional<Address> parse_v4_url(std::string_view text) {
  auto parts = split_dots(text);
  if (parts.size() > 1 && parts.back().empty()) parts.pop_back();
  if (parts.empty() || parts.size() > 4) return std::nullopt;
  std::vector<std::uint64_t> numbers;
  for (auto p : parts) {
    auto n = parse_v4_number(p);
    if (!n) return std::nullopt;
    numbers.push_back(*n);
  }
  for (std::size_t i = 0; i + 1 < numbers.size(); ++i) {
    if (numbers[i] > 255) return std::nullopt;
  }
  const std::size_t rest_bytes = 5 - numbers.size();
  if (numbers.back() >= (std::uint64_t{1} << (8 * rest_bytes))) return std::nullopt;
  std::uint64_t v = numbers.back();
  for (std::size_t i = 0; i + 1 < numbers.size(); ++i) v += numbers[i] << (8 * (3 - i));
  return v4_from(static_cast<std::uint32_t>(v));
}

std::optional<Address> parse_v6(std::string_view s) {
  std::array<std::uint16_t, 8> pieces{};
  int piece = 0;
  int compress = -1;
  std::size_t i = 0;
  if (s.empty()) return std::nullopt;
  if (s[0] == ':') {
    if (s.size() < 2 || s[1] != ':') return std::nullopt;
    i = 2;
    compress = 0;
  }
  while (i < s.size()) {
    if (piece == 8) return std::nullopt;
    if (s[i] == ':') {
      if (compress != -1) return std::nullopt;
      ++i;
      compress = piece;
      continue;
    }
    std::uint32_t value = 0;
    std::size_t len = 0;
    while (len < 4 && i < s.size() && std::isxdigit(static_cast<unsigned char>(s[i]))) {
      char c = s[i];
      value = value * 16 + static_cast<std::uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
      ++i;
      ++len;
    }
    if (i < s.size() && s[i] == '.') {
      // Embedded IPv4 tail: the rest must be a strict dotted quad filling two pieces.
      if (len == 0 || piece > 6) return std::nullopt;
      auto v4 = parse_v4_strict(s.substr(i - len));
      if (!v4) return std::nullopt;
      pieces[piece++] = static_cast<std::uint16_t>((v4->bytes[0] << 8) | v4->bytes[1]);
      pieces[piece++] = static_cast<std::uint16_t>((v4->bytes[2] << 8) | v4->bytes[3]);
      i = s.size();
      break;
    }
    if (len == 0) return std::nullopt;
    pieces[piece++] = static_cast<std::uint16_t>(value);
    if (i < s.size()) {
      if (s[i] != ':') return std::nullopt;
      ++i;
      if (i == s.size()) return std::nullopt;  // trailing single colon
    }
  }
  if (compress != -1) {
    int swaps = piece - compress;
    piece = 7;
    while (piece != 0 && swaps > 0) {
      std::swap(pieces[piece], pieces[compress + swaps - 1]);
      --piece;
      --swaps;
    }
  } else if (piece != 8) {
    return std::nullopt;
  }
  Address a;
  a.v6 = true;
  for (int k = 0; k < 8; ++k) {
    a.bytes[2 * k] = static_cast<std::uint8_t>(pieces[k] >> 8);
    a.bytes[2 * k + 1] = static_cast<std::uint8_t>(pieces[k]);
  }
  return a;
}

std::optional<Address> parse_any(std::string_view text) {
  if (text.find(':') != std::string_view::npos) return parse_v6(text);
  return parse_v4_strict(text);
}

std::string to_text(const Address& a) {
  char buf[64];
  if (!a.v6) {
    std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", a.bytes[0], a.bytes[1], a.bytes[2], a.bytes[3]);
    return buf;
  }
  std::array<unsigned, 8> p{};
  for (int k = 0; k < 8; ++k) p[k] = (unsigned{a.bytes[2 * k]} << 8) | a.bytes[2 * k + 1];
  // RFC 5952: compress the longest run (>= 2) of zero pieces, the first one on ties.
  int best = -1, best_len = 0;
  for (int k = 0; k < 8;) {
    if (p[k] != 0) { ++k; continue; }
    int start = k;
    while (k < 8 && p[k] == 0) ++k;
    if (k - start > best_len && k - start >= 2) { best = start; best_len = k - start; }
  }
  std::string out;
  if (is_v4_mapped(a)) {
    std::snprintf(buf, sizeof buf, "::ffff:%u.%u.%u.%u", a.bytes[12], a.bytes[13], a.bytes[14], a.bytes[15]);
    return buf;
  }
  for (int k = 0; k < 8; ++k) {
    if (k == best) {
      out += "::";
      k += best_len - 1;
      continue;
    }
    if (!out.empty() && out.back() != ':') out += ':';
    std::snprintf(buf, sizeof buf, "%x", p[k]);
    out += buf;
  }
  return out;
}

AddressClass classify(const Address& a) { return a.v6 ? classify_v6(a) : classify_v4(v4_value(a)); }

std::optional<Cidr> parse_cidr(std::string_view text) {
  auto slash = text.find('/');
  auto addr = parse_any(text.substr(0, slash));
  if (!addr) return std::nullopt;
  int max = addr->v6 ? 128 : 32;
  int prefix = max;
  if (slash != std::string_view::npos) {
    auto digits = text.substr(slash + 1);
    if (digits.empty() || digits.size() > 3) return std::nullopt;
    prefix = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return std::nullopt;
      prefix = prefix * 10 + (c - '0');
    }
    if (prefix > max) return std::nullopt;
  }
  return Cidr{*addr, prefix};
}

bool contains(const Cidr& cidr, const Address& a) {
  if (!a.v6 && cidr.base.v6) return false;
  if (a.v6 != cidr.base.v6) return is_v4_mapped(a) && contains(cidr, embedded_v4(a));
  for (int bit = 0; bit < cidr.prefix; ++bit) {
    int byte = bit / 8, shift = 7 - bit % 8;
    if (((a.bytes[byte] >> shift) & 1) != ((cidr.base.bytes[byte] >> shift) & 1)) return false;
  }
  return true;
}

}  // namespace hookwork::ip
