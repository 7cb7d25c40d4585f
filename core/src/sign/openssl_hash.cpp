#include "openssl_hash.hpp"

#include <algorithm>
#include <stdexcept>

#ifdef HOOKWORK_HAVE_OPENSSL
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#endif

namespace hookwork::detail {

#ifdef HOOKWORK_HAVE_OPENSSL
namespace {

// Fetched once: OpenSSL 3 looks algorithms up by name, which costs more than hashing 1 KiB.
const EVP_MD* sha256_md() {
  static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  return md;
}
// An HMAC context with its digest already set: duplicating it skips the per-call
// digest fetch (a locked name lookup) that EVP_MAC_init with parameters would do.
// Only ever duplicated, never modified, so sharing it between threads is safe.
const EVP_MAC_CTX* hmac_sha256_template() {
  static EVP_MAC_CTX* tmpl = [] {
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX* ctx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
    EVP_MAC_free(mac);  // the context holds its own reference
    char digest_name[] = "SHA256";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest_name, 0),
                           OSSL_PARAM_construct_end()};
    if (ctx && EVP_MAC_CTX_set_params(ctx, params) != 1) {
      EVP_MAC_CTX_free(ctx);
      ctx = nullptr;
    }
    return ctx;
  }();
  return tmpl;
}

}  // namespace

bool openssl_available() { return sha256_md() != nullptr && hmac_sha256_template() != nullptr; }

std::string openssl_sha256(std::string_view bytes) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), out, &len, sha256_md(), nullptr) != 1) {
    throw std::runtime_error("OpenSSL EVP_Digest(SHA256) failed");
  }
  return std::string(reinterpret_cast<const char*>(out), len);
}

void openssl_hmac_sha256(std::string_view key, std::initializer_list<std::string_view> parts, std::uint8_t* mac) {
  EVP_MAC_CTX* ctx = EVP_MAC_CTX_dup(hmac_sha256_template());
  static const unsigned char kNoKey = 0;
  const auto* k = key.empty() ? &kNoKey : reinterpret_cast<const unsigned char*>(key.data());
  bool good = ctx != nullptr && EVP_MAC_init(ctx, k, key.size(), nullptr) == 1;
  for (auto part : parts) {
    if (good) good = EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(part.data()), part.size()) == 1;
  }
  unsigned char out[EVP_MAX_MD_SIZE];
  std::size_t len = 0;
  if (good) good = EVP_MAC_final(ctx, out, &len, sizeof out) == 1 && len == 32;
  EVP_MAC_CTX_free(ctx);
  if (!good) throw std::runtime_error("OpenSSL HMAC-SHA256 failed");
  std::copy(out, out + 32, mac);
}

#else

bool openssl_available() { return false; }
std::string openssl_sha256(std::string_view) { throw std::logic_error("built without OpenSSL"); }
void openssl_hmac_sha256(std::string_view, std::initializer_list<std::string_view>, std::uint8_t*) {
  throw std::logic_error("built without OpenSSL");
}

#endif

}  // namespace hookwork::detail
