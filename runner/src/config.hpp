#pragma once
// `hookwork serve` settings. Precedence: command-line flag > HOOKWORK_* environment
// variable > config file (JSON or INI) > default. docs/configuration.md lists them all.
#include <cstddef>
#include <cstdint>
#include <string>

#include "hookwork/error.hpp"
#include "hookwork/limits.hpp"
#include "hookwork/url.hpp"

namespace hookwork::runner {

struct ServeConfig {
  std::string listen = "127.0.0.1:8080";
  std::string store = "sqlite:./hookwork.db";
  std::string data_dir;                 // when set and --store is not: sqlite:<data_dir>/hookwork.db
  std::string playground_dir;           // "" = the built playground when it exists
  std::string bootstrap_account;        // create this account on start (prints its key once)
  std::string log_level = "info";
  std::size_t max_body_bytes = hookwork::limits::kDefaultEventMaxBytes;
  std::size_t http_threads = 16;       // run the blocking handlers (store reads, hook writes)
  std::size_t http_io_threads = 0;      // event loops serving connections; 0 = one per core (at most 8)
  std::size_t max_header_bytes = 16 * 1024;  // request line + headers; larger answers 431
  int read_timeout_s = 10;              // a slow client is cut off after this long per read
  int write_timeout_s = 10;
  int keep_alive_timeout_s = 5;
  std::size_t keep_alive_max_requests = 1000;
  std::int64_t idempotency_ttl_s = 24 * 3600;
  std::size_t commit_batch_max = 512;   // publishes sharing one group commit, at most
  std::size_t store_read_connections = 4;
  int replay_window_days = 5;           // seed 000: buffered events replayable this long
  // SSRF guard for hook and notification URLs: private, loopback, link-local... addresses are
  // refused unless allowed here (core's UrlPolicy; the delivery worker applies the same policy).
  bool allow_private_urls = false;
  std::string allow_cidrs;              // comma-separated, e.g. "10.1.0.0/16,127.0.0.1"
  bool https_only = false;
  // Delivery worker (runner/delivery/): sends what publish queued.
  bool deliver = true;                  // false: accept and queue only (another runner delivers, or benchmarks)
  std::size_t delivery_max_in_flight = 256;  // requests on the wire at once
  std::int64_t connect_timeout_ms = 5000;
  std::int64_t total_timeout_ms = 15000;     // a receiver slower than this is a failed attempt (timeout)
  int deactivate_after_exhausted = 10;       // consecutive messages that exhausted their retries
  std::int64_t deactivate_after_failing_s = 5LL * 24 * 3600;  // or failing with no success this long
  std::string public_url;               // base of links in notifications ("" = http://<listen>)
  std::int64_t activation_link_ttl_s = 7LL * 24 * 3600;
  // Tests only: POST /_clock {"advance_ms":N} moves the runner's clock forward, so rules measured in
  // minutes or days run in milliseconds. Never enable it on a real deployment.
  bool clock_control = false;
};

// The URL policy from the settings above; errors name the setting.
Result<UrlPolicy> url_policy_of(const ServeConfig& c);

// "host:port" -> parts; false when malformed.
bool split_listen_address(const std::string& listen, std::string& host, int& port);
// The store URL after applying data_dir.
std::string effective_store_url(const ServeConfig& c, bool store_given);

}  // namespace hookwork::runner
