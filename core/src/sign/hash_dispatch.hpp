#pragma once
// Internal: which SHA-256 runs — the host's (set_host_sha256) or the portable code — for
// inputs given in parts. Shared by sha256() and the HMAC construction (hmac.cpp).
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "hookwork/sha256.hpp"

namespace hookwork::detail {

using Sha256Digest = std::array<std::uint8_t, kSha256DigestBytes>;

// The registered host SHA-256 when `backend` selects it (Auto or Host), else nullptr.
HostSha256 host_sha256_for(HashBackend backend);

// SHA-256 of parts[0] + ... + parts[count - 1]: the host's when selected, else portable.
Sha256Digest sha256_parts(const std::string_view* parts, std::size_t count, HashBackend backend);

}  // namespace hookwork::detail
