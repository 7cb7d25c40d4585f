#pragma once
// The connect-time half of the SSRF rule: URL validation refuses literal
// private addresses when a hook is saved, but a host name can resolve to
// anything later (DNS rebinding). The dispatcher asks this guard about every
// address libcurl is about to connect to, after resolution.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "hookwork/url.hpp"

struct sockaddr;

namespace hookwork::delivery {

// The same policy hooks' URLs are validated with (allow_private for closed test
// networks only; allow_cidrs e.g. "127.0.0.1/32", "10.1.0.0/16", "fd00::/8"), so a
// URL accepted at save time and the address it resolves to are judged alike.
using AddressPolicy = UrlPolicy;

class AddressGuard {
 public:
  using Predicate = std::function<bool(std::string_view ip_literal)>;

  explicit AddressGuard(AddressPolicy policy);
  explicit AddressGuard(Predicate allowed) : allowed_(std::move(allowed)) {}

  bool allows(std::string_view ip_literal) const { return allowed_(ip_literal); }
  // For libcurl's open-socket callback; `literal` receives the text form for the error message.
  bool allows(const sockaddr* address, std::string& literal) const;

 private:
  Predicate allowed_;
};

// Core's `address_allowed`: public unicast only, unless allowed by the policy.
bool policy_allows_address(std::string_view ip_literal, const AddressPolicy& policy);

}  // namespace hookwork::delivery
