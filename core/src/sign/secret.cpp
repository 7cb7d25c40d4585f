#include "hookwork/secret.hpp"

#include "hookwork/encoding.hpp"
#include "hookwork/limits.hpp"

namespace hookwork {

const char* to_string(SignatureScheme s) {
  switch (s) {
    case SignatureScheme::StandardV1: return "v1";
    case SignatureScheme::GitHub: return "github";
    case SignatureScheme::Stripe: return "stripe";
  }
  return "v1";
}

std::optional<SignatureScheme> parse_signature_scheme(std::string_view s) {
  if (s == "v1") return SignatureScheme::StandardV1;
  if (s == "github") return SignatureScheme::GitHub;
  if (s == "stripe") return SignatureScheme::Stripe;
  return std::nullopt;
}

Result<std::string> signing_key(SignatureScheme scheme, std::string_view secret) {
  if (scheme != SignatureScheme::StandardV1) {
    if (secret.empty() || secret.size() > limits::kRawSecretMaxBytes) {
      return Result<std::string>::failure("", "bad_secret",
                                          "the secret must be 1.." + std::to_string(limits::kRawSecretMaxBytes) + " bytes");
    }
    return std::string(secret);
  }
  std::string_view encoded = secret;
  if (encoded.substr(0, kSecretPrefix.size()) == kSecretPrefix) encoded.remove_prefix(kSecretPrefix.size());
  auto key = base64_decode(encoded);
  if (!key || key->size() < limits::kSecretMinBytes || key->size() > limits::kSecretMaxBytes) {
    return Result<std::string>::failure("", "bad_secret",
                                        "a v1 secret is whsec_ followed by standard Base64 of " +
                                            std::to_string(limits::kSecretMinBytes) + ".." +
                                            std::to_string(limits::kSecretMaxBytes) + " bytes");
  }
  return *key;
}

Result<std::string> generate_secret(std::string_view random_bytes) {
  if (random_bytes.size() < limits::kSecretMinBytes || random_bytes.size() > limits::kSecretMaxBytes) {
    return Result<std::string>::failure("random", "bad_length",
                                        "a secret needs " + std::to_string(limits::kSecretMinBytes) + ".." +
                                            std::to_string(limits::kSecretMaxBytes) + " random bytes, got " +
                                            std::to_string(random_bytes.size()));
  }
  return std::string(kSecretPrefix) + base64_encode(random_bytes);
}

}  // namespace hookwork
