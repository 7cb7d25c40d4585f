#pragma once
// `hookwork serve` settings. Precedence: command-line flag > HOOKWORK_* environment
// variable > config file (JSON or INI) > default. docs/configuration.md lists them all.
#include <cstddef>
#include <cstdint>
#include <string>

#include "hookwork/limits.hpp"

namespace hookwork::runner {

struct ServeConfig {
  std::string listen = "127.0.0.1:8080";
  std::string store = "sqlite:./hookwork.db";
  std::string data_dir;                 // when set and --store is not: sqlite:<data_dir>/hookwork.db
  std::string playground_dir;           // "" = the built playground when it exists
  std::string bootstrap_account;        // create this account on start (prints its key once)
  std::string log_level = "info";
  std::size_t max_body_bytes = hookwork::limits::kDefaultEventMaxBytes;
  std::size_t http_threads = 16;
  int read_timeout_s = 10;              // a slow client is cut off after this long per read
  int write_timeout_s = 10;
  int keep_alive_timeout_s = 5;
  std::size_t keep_alive_max_requests = 1000;
  std::int64_t idempotency_ttl_s = 24 * 3600;
  std::size_t commit_batch_max = 512;   // publishes sharing one group commit, at most
  std::size_t store_read_connections = 4;
  int replay_window_days = 5;           // seed 000: buffered events replayable this long
};

// "host:port" -> parts; false when malformed.
bool split_listen_address(const std::string& listen, std::string& host, int& port);
// The store URL after applying data_dir.
std::string effective_store_url(const ServeConfig& c, bool store_given);

}  // namespace hookwork::runner
