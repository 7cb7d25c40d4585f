#pragma once
// Legacy MailUp body encryption (seed 004): RC4 keyed with the hook's key,
// then standard Base64. Offered ONLY so receivers written for MailUp keep
// working. RC4 is broken (biased keystream, no integrity, no nonce: the same
// key and body always give the same ciphertext, and two bodies under one key
// leak their XOR). Never rely on it for confidentiality; use HTTPS and a
// signature scheme (hookwork/sign.hpp) for authenticity. See docs/signatures.md.
#include <string>
#include <string_view>

#include "hookwork/error.hpp"

namespace hookwork {

// Base64(RC4(key, body)). The key is used as raw bytes, 1..256 bytes
// (limits::kLegacyKeyMaxBytes, RC4's own key limit); other keys fail with
// field "key", code "bad_key".
Result<std::string> encrypt_legacy(std::string_view key, std::string_view body);

// Inverse: Base64-decode (strict) then RC4. Errors: key "bad_key", data "bad_base64".
Result<std::string> decrypt_legacy(std::string_view key, std::string_view data);

}  // namespace hookwork
