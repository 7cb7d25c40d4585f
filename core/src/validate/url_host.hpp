#pragma once
// Internal: a URL's host as written -> its ASCII form (IDN labels to punycode,
// numeric IPv4 forms to dotted decimal), or why it is not a host.
#include <string>
#include <string_view>
#include <variant>

#include "ip_address.hpp"

namespace hookwork::url_host {

struct Host {
  std::string ascii;                 // lowercase name, dotted IPv4 or IPv6 text (no brackets)
  std::optional<ip::Address> address;  // set for IP literals
};

// `raw` is the authority's host part, brackets included for IPv6.
// Returns the host or a message explaining the refusal.
std::variant<Host, std::string> parse(std::string_view raw);

}  // namespace hookwork::url_host
