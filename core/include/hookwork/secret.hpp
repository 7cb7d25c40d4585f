#pragma once
// Signing secrets. Standard Webhooks secrets are "whsec_" + Base64 of 24..64
// random bytes and the HMAC key is the decoded bytes. GitHub and Stripe use
// the secret text itself as the key (Stripe's own "whsec_..." secrets are NOT
// decoded: the stripe npm library passes the string to createHmac as is).
// The core reads no randomness: generate_secret turns caller-supplied random
// bytes into a secret.
#include <optional>
#include <string>
#include <string_view>

#include "hookwork/error.hpp"

namespace hookwork {

enum class SignatureScheme { StandardV1, GitHub, Stripe };

const char* to_string(SignatureScheme s);  // "v1", "github", "stripe"
std::optional<SignatureScheme> parse_signature_scheme(std::string_view s);

inline constexpr std::string_view kSecretPrefix = "whsec_";

// The HMAC key for `secret` under `scheme`. v1: the "whsec_" prefix is optional
// (as in the reference libraries), the rest strict Base64 of 24..64 bytes.
// Others: the secret's bytes, 1..256 of them. Errors have field "" and code "bad_secret".
Result<std::string> signing_key(SignatureScheme scheme, std::string_view secret);

// "whsec_" + Base64(random_bytes); 24..64 bytes, else field "random", code "bad_length".
Result<std::string> generate_secret(std::string_view random_bytes);

}  // namespace hookwork
