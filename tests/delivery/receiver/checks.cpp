#include "checks.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <sstream>
#include <vector>

namespace receiver {
namespace {

std::optional<std::string> base64_decode(const std::string& in) {
  if (in.size() % 4 != 0) return std::nullopt;
  std::string out(in.size() / 4 * 3, '\0');
  int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(in.data()), static_cast<int>(in.size()));
  if (n < 0) return std::nullopt;
  std::size_t pad = 0;
  if (!in.empty() && in.back() == '=') ++pad;
  if (in.size() > 1 && in[in.size() - 2] == '=') ++pad;
  out.resize(static_cast<std::size_t>(n) - pad);
  return out;
}

std::string base64_encode(const unsigned char* data, std::size_t size) {
  std::string out(4 * ((size + 2) / 3), '\0');
  EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data, static_cast<int>(size));
  return out;
}

}  // namespace

SignatureCheck verify_standard_webhooks(const std::string& secret, const std::map<std::string, std::string>& headers,
                                        const std::string& body) {
  auto id = headers.find("webhook-id"), ts = headers.find("webhook-timestamp"),
       sig = headers.find("webhook-signature");
  if (id == headers.end() || ts == headers.end() || sig == headers.end()) return {false, "missing_header"};
  const std::string prefix = "whsec_";
  auto key = base64_decode(secret.rfind(prefix, 0) == 0 ? secret.substr(prefix.size()) : secret);
  if (!key) return {false, "bad_secret"};
  std::string signed_content = id->second + "." + ts->second + "." + body;
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_len = 0;
  HMAC(EVP_sha256(), key->data(), static_cast<int>(key->size()),
       reinterpret_cast<const unsigned char*>(signed_content.data()), signed_content.size(), mac, &mac_len);
  const std::string expected = "v1," + base64_encode(mac, mac_len);
  std::istringstream candidates(sig->second);
  for (std::string candidate; candidates >> candidate;) {
    if (candidate.size() == expected.size() &&
        CRYPTO_memcmp(candidate.data(), expected.data(), expected.size()) == 0)
      return {true, "ok"};
  }
  return {false, "no_match"};
}

std::optional<std::string> decrypt_legacy(const std::string& key, const std::string& data) {
  auto bytes = base64_decode(data);
  if (!bytes) return std::nullopt;
  if (key.empty()) return bytes;
  // RC4 by hand: OpenSSL 3 only ships it in the legacy provider.
  unsigned char s[256];
  for (int i = 0; i < 256; ++i) s[i] = static_cast<unsigned char>(i);
  for (int i = 0, j = 0; i < 256; ++i) {
    j = (j + s[i] + static_cast<unsigned char>(key[i % key.size()])) & 0xff;
    std::swap(s[i], s[j]);
  }
  int i = 0, j = 0;
  for (auto& c : *bytes) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    std::swap(s[i], s[j]);
    c = static_cast<char>(static_cast<unsigned char>(c) ^ s[(s[i] + s[j]) & 0xff]);
  }
  return bytes;
}

}  // namespace receiver
