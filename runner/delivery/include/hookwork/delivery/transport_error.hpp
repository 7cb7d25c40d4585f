#pragma once
// Why a request got no HTTP response. The string forms are the codes core's
// retry classifier receives as `transport_error` and the attempt log stores.
#include <optional>
#include <string>

namespace hookwork::delivery {

enum class TransportError {
  None,               // an HTTP response arrived (any status)
  Timeout,            // total time exceeded after the connection was made
  ConnectTimeout,     // no connection within the connect timeout
  ConnectionRefused,  // the peer refused or was unreachable
  Dns,                // the host name did not resolve
  Tls,                // handshake or certificate verification failed
  ForbiddenAddress,   // every resolved address was refused by the SSRF guard
  ConnectionClosed,   // the peer closed or reset the connection before a full response
  Protocol,           // malformed HTTP from the peer
  Other,              // anything else libcurl reports
};

const char* to_string(TransportError e);
std::optional<TransportError> parse_transport_error(const std::string& s);

}  // namespace hookwork::delivery
