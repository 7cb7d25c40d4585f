#include "hookwork/delivery/address_guard.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace hookwork::delivery {

bool policy_allows_address(std::string_view ip_literal, const AddressPolicy& policy) {
  return address_allowed(ip_literal, policy);
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
