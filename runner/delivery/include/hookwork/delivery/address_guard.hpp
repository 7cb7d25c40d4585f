#pragma once
// The connect-time half of the SSRF rule: URL validation refuses literal
// private addresses when a hook is saved, but a host name can resolve to
// anything later (DNS rebinding). The dispatcher asks this guard about every
// address libcurl is about to connect to, after resolution.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct sockaddr;

namespace hookwork::delivery {

struct AddressPolicy {
  bool allow_private = false;            // every range allowed: for closed test networks only
  std::vector<std::string> allow_cidrs;  // e.g. "127.0.0.1/32", "10.1.0.0/16", "fd00::/8"
};

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

// Range classification used until core's `address_allowed` is merged: public
// unicast only, unless allowed by the policy.
bool policy_allows_address(std::string_view ip_literal, const AddressPolicy& policy);

}  // namespace hookwork::delivery
