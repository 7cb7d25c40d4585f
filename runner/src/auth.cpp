#include "auth.hpp"

#include "api_keys.hpp"

namespace hookwork::runner {

std::optional<std::string> Authenticator::account_for(const std::string& authorization_header) {
  auto key = bearer_token(authorization_header);
  // Hash whatever was sent so every path does the same work.
  std::string presented_hash = sha256_hex(key.value_or(""));
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = verified_.find(presented_hash);
    if (it != verified_.end()) return it->second;
  }
  if (!key) return std::nullopt;
  auto key_id = api_key_id(*key);
  std::optional<ApiKeyRecord> record;
  if (key_id) record = store_.find_api_key(*key_id);
  // Compare against a dummy digest when there is no row, to keep timing uniform.
  static const std::string kDummy(64, '0');
  bool match = digests_equal(presented_hash, record ? record->hash_hex : kDummy) && record.has_value();
  if (!match) return std::nullopt;
  std::lock_guard<std::mutex> lock(mu_);
  if (verified_.size() >= kCacheMax) verified_.clear();
  verified_[presented_hash] = record->account_id;
  return record->account_id;
}

}  // namespace hookwork::runner
