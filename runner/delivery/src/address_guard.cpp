#include "hookwork/delivery/address_guard.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>

namespace hookwork::delivery {
namespace {

// An address as 16 bytes; IPv4 (and IPv4-mapped IPv6) are kept as v4 so one
// CIDR table per family applies whatever form the resolver returned.
struct Ip {
  bool v4 = false;
  std::array<std::uint8_t, 16> bytes{};
};

std::optional<Ip> parse_ip(std::string_view literal) {
  std::string text(literal);
  Ip ip;
  if (inet_pton(AF_INET, text.c_str(), ip.bytes.data()) == 1) {
    ip.v4 = true;
    return ip;
  }
  if (inet_pton(AF_INET6, text.c_str(), ip.bytes.data()) == 1) {
    static constexpr std::uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(ip.bytes.data(), kMapped, 12) == 0) {
      std::memmove(ip.bytes.data(), ip.bytes.data() + 12, 4);
      std::memset(ip.bytes.data() + 4, 0, 12);
      ip.v4 = true;
    }
    return ip;
  }
  return std::nullopt;
}

struct Cidr {
  Ip base;
  int prefix = 0;
};

std::optional<Cidr> parse_cidr(std::string_view text) {
  auto slash = text.find('/');
  auto ip = parse_ip(text.substr(0, slash));
  if (!ip) return std::nullopt;
  int max = ip->v4 ? 32 : 128;
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
  return Cidr{*ip, prefix};
}

bool contains(const Cidr& cidr, const Ip& ip) {
  if (cidr.base.v4 != ip.v4) return false;
  int full = cidr.prefix / 8, rest = cidr.prefix % 8;
  if (std::memcmp(cidr.base.bytes.data(), ip.bytes.data(), full) != 0) return false;
  if (rest == 0) return true;
  std::uint8_t mask = static_cast<std::uint8_t>(0xff << (8 - rest));
  return (cidr.base.bytes[full] & mask) == (ip.bytes[full] & mask);
}

// Not globally reachable (RFC 6890 and successors): loopback, private, CGNAT,
// link-local, documentation, benchmarking, multicast, reserved, translation.
constexpr const char* kForbidden[] = {
    "0.0.0.0/8",       "10.0.0.0/8",      "100.64.0.0/10",  "127.0.0.0/8",    "169.254.0.0/16",
    "172.16.0.0/12",   "192.0.0.0/24",    "192.0.2.0/24",   "192.88.99.0/24", "192.168.0.0/16",
    "198.18.0.0/15",   "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4",    "240.0.0.0/4",
    "::/128",          "::1/128",         "64:ff9b::/96",   "64:ff9b:1::/48", "100::/64",
    "2001::/23",       "2001:db8::/32",   "2002::/16",      "fc00::/7",       "fe80::/10",
    "ff00::/8",
};

bool in_forbidden_range(const Ip& ip) {
  for (const char* text : kForbidden)
    if (contains(*parse_cidr(text), ip)) return true;
  // IPv6 outside global unicast 2000::/3 is not routable on the internet.
  return !ip.v4 && (ip.bytes[0] & 0xe0) != 0x20;
}

}  // namespace

bool policy_allows_address(std::string_view ip_literal, const AddressPolicy& policy) {
  auto ip = parse_ip(ip_literal);
  if (!ip) return false;
  if (policy.allow_private) return true;
  for (const auto& text : policy.allow_cidrs) {
    auto cidr = parse_cidr(text);
    if (cidr && contains(*cidr, *ip)) return true;
  }
  return !in_forbidden_range(*ip);
}

AddressGuard::AddressGuard(AddressPolicy policy)
    : allowed_([policy = std::move(policy)](std::string_view ip) { return policy_allows_address(ip, policy); }) {}

bool AddressGuard::allows(const sockaddr* address, std::string& literal) const {
  char text[INET6_ADDRSTRLEN] = {};
  if (address->sa_family == AF_INET) {
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(address)->sin_addr, text, sizeof text);
  } else if (address->sa_family == AF_INET6) {
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(address)->sin6_addr, text, sizeof text);
  } else {
    literal = "(non-IP address family)";
    return false;
  }
  literal = text;
  return allows(literal);
}

}  // namespace hookwork::delivery
