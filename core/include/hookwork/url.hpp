#pragma once
// Webhook target URLs: parsing, normalization and the address rules that keep
// a tenant from pointing deliveries at internal services (SSRF). The same
// classification is used by validate (literal IPs in the URL) and by the
// runner at connect time (every resolved address), so both refuse the same ranges.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"

namespace hookwork {

struct UrlPolicy {
  bool allow_private = false;            // allow every non-public address (development setups)
  std::vector<std::string> allow_cidrs;  // "10.1.0.0/16", "fd00::/8", "192.168.1.5" (= /32)
  bool https_only = false;
};

struct ParsedUrl {
  std::string normalized;      // scheme://host[:port]/path?query, lowercase scheme and host, default port dropped
  std::string scheme;          // "http" | "https"
  std::string host;            // ASCII (punycode for IDN), lowercase, IPv6 without brackets
  std::string path_and_query;  // starts with "/"
  int port = 0;                // effective port (80/443 when none given)
  bool host_is_ip = false;
};

// Every problem of the URL, each with field "" (the caller nests it, e.g. "url").
// Codes: required, invalid_type, too_long, invalid_url, https_required, forbidden_address.
Result<ParsedUrl> validate_url(std::string_view url, const UrlPolicy& policy);

enum class AddressClass {
  Public, Private, Loopback, LinkLocal, Cgnat, Multicast, Reserved, Unspecified,
  Documentation, Benchmarking, SixToFour, Nat64, Teredo, Broadcast
};
const char* to_string(AddressClass c);

// nullopt: not an IP literal. Accepts dotted IPv4 and IPv6 (no brackets, no zone
// id); the odd IPv4 forms (decimal, octal, hex, 1..4 parts) only through validate_url.
// An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is classified as its IPv4 address.
std::optional<AddressClass> classify_ip(std::string_view literal);

// True for a public address, or a non-public one the policy allows
// (allow_private, or inside one of allow_cidrs). False for anything not an IP literal.
bool address_allowed(std::string_view ip_literal, const UrlPolicy& policy);

// `{allow_private?, allow_cidrs?, https_only?}`; errors name "allow_cidrs[1]" etc.
Result<UrlPolicy> parse_url_policy(const nlohmann::json& input);
nlohmann::json to_json(const ParsedUrl& u);

}  // namespace hookwork
