#pragma once
// The publish path's per-request work minus SQLite, shared by the two servers of
// the HTTP library comparison (docs/http-server.md) so that they differ only in
// the HTTP library. It calls what the runner calls: bearer parsing and key
// hashing, routing over the operation table, JSON body parsing, core's
// validate_event, a HookMatcher holding one matching hook, random ids, the
// request hash, then an in-memory append instead of the store and the 202 body.
#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

#include "hookwork/filter.hpp"
#include "os_random.hpp"

namespace hookwork::bench {

struct PublishAnswer {
  int status = 200;
  std::string body;
};

class PublishWork {
 public:
  // Account "bench" with this API key (hwk_<12 hex>_<48 hex>); one hook on optin_finalized.
  explicit PublishWork(const std::string& api_key);
  PublishAnswer handle(const std::string& method, const std::string& path, const std::string& authorization,
                       const std::string& body);

 private:
  struct Accepted {
    std::string event_id, delivery_id, message_id, canonical, request_hash;
  };
  std::string key_hash_;
  HookMatcher matcher_;
  runner::OsRandom random_;
  std::mutex mu_;
  std::vector<Accepted> accepted_;  // a ring: the last kKept publishes, so memory stays flat
  std::size_t next_ = 0;
};

}  // namespace hookwork::bench
