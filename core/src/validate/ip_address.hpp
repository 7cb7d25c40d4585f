#pragma once
// Internal: IP literals as bytes — parsing (strict dotted IPv4, the WHATWG
// IPv4 forms URLs allow, IPv6 with an embedded IPv4 tail), RFC 5952 text,
// range classification and CIDR containment.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "hookwork/url.hpp"

namespace hookwork::ip {

struct Address {
  bool v6 = false;
  std::array<std::uint8_t, 16> bytes{};  // IPv4 uses bytes[0..3]
};

// "127.0.0.1" only: four decimal parts 0..255, no leading zeros.
std::optional<Address> parse_v4_strict(std::string_view text);
// WHATWG host parsing: 1..4 parts, each decimal, octal (leading 0) or hex (0x);
// the last part fills the remaining bytes ("2130706433", "0x7f.1", "127.1").
std::optional<Address> parse_v4_url(std::string_view text);
// True when the host's last dot-separated label is numeric ("1", "0x7f", "08"):
// then the host must parse as IPv4 or be refused (WHATWG "ends in a number").
bool ends_in_number(std::string_view host);
// Without brackets; zone ids ("%eth0") are not accepted.
std::optional<Address> parse_v6(std::string_view text);
// Either family, strict forms only.
std::optional<Address> parse_any(std::string_view text);

std::string to_text(const Address& a);  // dotted quad or RFC 5952
AddressClass classify(const Address& a);

struct Cidr {
  Address base;
  int prefix = 0;
};
// "10.0.0.0/8", "fd00::/8", or a single address (/32, /128).
std::optional<Cidr> parse_cidr(std::string_view text);
// An IPv4-mapped IPv6 address is also tested as its IPv4 address.
bool contains(const Cidr& cidr, const Address& a);

}  // namespace hookwork::ip
