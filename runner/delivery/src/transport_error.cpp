#include "hookwork/delivery/transport_error.hpp"

#include <array>
#include <utility>

namespace hookwork::delivery {
namespace {

constexpr std::array<std::pair<TransportError, const char*>, 10> kNames{{
    {TransportError::None, "none"},
    {TransportError::Timeout, "timeout"},
    {TransportError::ConnectTimeout, "connect_timeout"},
    {TransportError::ConnectionRefused, "connection_refused"},
    {TransportError::Dns, "dns"},
    {TransportError::Tls, "tls"},
    {TransportError::ForbiddenAddress, "forbidden_address"},
    {TransportError::ConnectionClosed, "connection_closed"},
    {TransportError::Protocol, "protocol"},
    {TransportError::Other, "other"},
}};

}  // namespace

const char* to_string(TransportError e) {
  for (const auto& [value, name] : kNames)
    if (value == e) return name;
  return "other";
}

std::optional<TransportError> parse_transport_error(const std::string& s) {
  for (const auto& [value, name] : kNames)
    if (s == name) return value;
  return std::nullopt;
}

}  // namespace hookwork::delivery
