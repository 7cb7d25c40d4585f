#pragma once
// Sends HTTP requests built by core, many at once, on libcurl's multi
// interface in one background thread. It decides nothing about webhooks:
// the caller gets a DispatchResult and lets core's retry module classify it.
//
// Guarantees: no redirects followed; TLS verified; connect and total timeouts;
// only the first `body_cap` bytes of a response are kept; every address is
// checked by the AddressGuard after DNS resolution, before connecting;
// connections (and HTTP/2 streams where offered) are reused across requests.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "hookwork/delivery/address_guard.hpp"
#include "hookwork/delivery/transport_error.hpp"
#include "hookwork/model.hpp"

namespace hookwork::delivery {

struct DispatcherConfig {
  std::size_t max_in_flight = 512;                       // requests on the wire at once; more wait in a queue
  std::size_t max_connections_per_host = 64;             // 0 = unlimited
  std::chrono::milliseconds connect_timeout{5000};       // default, per request overridable
  std::chrono::milliseconds total_timeout{15000};        // default, per request overridable
  std::size_t body_cap = 64 * 1024;                      // response bytes kept; the rest is not read
  AddressPolicy address_policy;                          // SSRF allowlist
  std::optional<AddressGuard::Predicate> address_allowed;  // replaces the policy check when set
  std::string ca_file;                                   // extra trust anchors ("" = system store)
};

struct DispatchRequest {
  HttpRequest request;
  std::optional<std::chrono::milliseconds> connect_timeout;  // hook override
  std::optional<std::chrono::milliseconds> total_timeout;    // hook override
};

struct DispatchResult {
  long status = 0;                    // HTTP status; 0 when `error` is not None
  Headers headers;                    // of the final response, names as sent by the peer
  std::string body;                   // first body_cap bytes
  bool body_truncated = false;        // the peer sent more than body_cap
  std::chrono::microseconds duration{0};
  TransportError error = TransportError::None;
  std::string error_message;          // for humans and the attempt log
  std::string remote_ip;              // the address actually connected to ("" if none)
  int http_version = 0;               // 10, 11, 20 (0 when unknown)

  // First header named `name`, compared case-insensitively.
  std::optional<std::string> header(std::string_view name) const;
};

using Completion = std::function<void(DispatchResult)>;

class Dispatcher {
 public:
  explicit Dispatcher(DispatcherConfig config = {});
  ~Dispatcher();  // stops: requests still queued or in flight complete with TransportError::Other
  Dispatcher(const Dispatcher&) = delete;
  Dispatcher& operator=(const Dispatcher&) = delete;

  // Thread-safe. `done` runs later on the dispatcher thread and must not block;
  // hand heavy work (store writes) to another thread.
  void submit(DispatchRequest request, Completion done);

  // Requests accepted and not yet completed (queued + in flight).
  std::size_t pending() const;
  const DispatcherConfig& config() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hookwork::delivery
