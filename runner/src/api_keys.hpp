#pragma once
// API keys: "hwk_<key id>_<secret>". The key id finds the row; only the SHA-256
// of the whole key is stored and it is compared in constant time.
#include <optional>
#include <string>

#include "os_random.hpp"

namespace hookwork::runner {

struct NewApiKey {
  std::string key;      // shown to the operator once
  std::string key_id;   // stored in clear, indexes the row
  std::string hash_hex; // SHA-256 of `key`
};

NewApiKey generate_api_key(RandomSource& rnd);
std::string sha256_hex(const std::string& data);
// The key id of a well-formed key, nullopt otherwise.
std::optional<std::string> api_key_id(const std::string& key);
// Constant-time comparison of two equal-length hex digests.
bool digests_equal(const std::string& a, const std::string& b);
// "Bearer <key>" -> key (nullopt when the header is missing or of another scheme).
std::optional<std::string> bearer_token(const std::string& authorization_header);

}  // namespace hookwork::runner
