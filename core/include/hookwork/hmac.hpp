#pragma once
// HMAC-SHA256 (RFC 2104, tested with the RFC 4231 vectors). The message can be
// given in parts so signers hash "id.timestamp.body" without copying the body.
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "hookwork/sha256.hpp"

namespace hookwork {

using HmacSha256 = std::array<std::uint8_t, kSha256DigestBytes>;

// The MAC of the concatenated parts, as bytes in place: signers and verifiers
// encode or compare it without a string in between.
HmacSha256 hmac_sha256_bytes(std::string_view key, std::initializer_list<std::string_view> parts,
                             HashBackend backend = HashBackend::Auto);

inline std::string_view as_bytes(const HmacSha256& mac) {
  return std::string_view(reinterpret_cast<const char*>(mac.data()), mac.size());
}

// The 32 raw MAC bytes of the concatenated parts.
std::string hmac_sha256(std::string_view key, std::initializer_list<std::string_view> parts,
                        HashBackend backend = HashBackend::Auto);

inline std::string hmac_sha256(std::string_view key, std::string_view message, HashBackend backend = HashBackend::Auto) {
  return hmac_sha256(key, {message}, backend);
}

// Equality of two byte strings in time that depends only on their lengths
// (which are public: a signature's length is fixed by its scheme).
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace hookwork
