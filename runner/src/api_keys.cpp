#include "api_keys.hpp"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <cctype>

namespace hookwork::runner {

std::string sha256_hex(const std::string& data) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest);
  return to_hex(digest, sizeof digest);
}

NewApiKey generate_api_key(RandomSource& rnd) {
  auto id_bytes = rnd.bytes(6);
  auto secret_bytes = rnd.bytes(24);
  NewApiKey k;
  k.key_id = to_hex(id_bytes.data(), id_bytes.size());
  k.key = "hwk_" + k.key_id + "_" + to_hex(secret_bytes.data(), secret_bytes.size());
  k.hash_hex = sha256_hex(k.key);
  return k;
}

std::optional<std::string> api_key_id(const std::string& key) {
  // hwk_ + 12 hex + _ + 48 hex
  if (key.size() != 4 + 12 + 1 + 48 || key.compare(0, 4, "hwk_") != 0 || key[16] != '_') return std::nullopt;
  for (std::size_t i = 4; i < key.size(); ++i) {
    if (i == 16) continue;
    char c = key[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
  }
  return key.substr(4, 12);
}

bool digests_equal(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::optional<std::string> bearer_token(const std::string& h) {
  static const std::string kScheme = "Bearer ";
  if (h.size() <= kScheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(h[i])) != std::tolower(static_cast<unsigned char>(kScheme[i])))
      return std::nullopt;
  }
  auto token = h.substr(kScheme.size());
  while (!token.empty() && token.back() == ' ') token.pop_back();
  return token;
}

}  // namespace hookwork::runner
