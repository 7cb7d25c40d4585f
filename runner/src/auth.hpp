#pragma once
// Bearer-key authentication. Unknown key id, wrong secret and missing header all
// answer the same 401 after the same work, so a caller learns nothing about
// which accounts or key ids exist. Verified keys are cached by their hash.
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "store.hpp"

namespace hookwork::runner {

class Authenticator {
 public:
  explicit Authenticator(Store& store) : store_(store) {}
  // The account the key belongs to, nullopt when it is not a valid key.
  std::optional<std::string> account_for(const std::string& authorization_header);

 private:
  static constexpr std::size_t kCacheMax = 10000;
  Store& store_;
  std::mutex mu_;
  std::unordered_map<std::string, std::string> verified_;  // sha256(key) -> account id
};

}  // namespace hookwork::runner
