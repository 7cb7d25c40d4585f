#include "hookwork/hmac.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "hash_dispatch.hpp"
#include "openssl_hash.hpp"

namespace hookwork {
namespace {

// Signers pass at most five parts (id "." timestamp "." body); more go through a vector.
constexpr std::size_t kInlineParts = 8;

// RFC 2104 with SHA-256; each hash is the host's or the portable one (sha256_parts),
// so a host backend gets the long inner hash and never decides what is hashed.
HmacSha256 hmac_construction(std::string_view key, std::initializer_list<std::string_view> parts, HashBackend backend) {
  const auto as_view = [](const auto& bytes) {
    return std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  };
  std::array<std::uint8_t, kSha256BlockBytes> block{};
  if (key.size() > kSha256BlockBytes) {
    auto d = detail::sha256_parts(&key, 1, backend);
    std::copy(d.begin(), d.end(), block.begin());
  } else {
    std::copy(key.begin(), key.end(), block.begin());
  }
  std::array<std::uint8_t, kSha256BlockBytes> pad{};
  for (std::size_t i = 0; i < pad.size(); ++i) pad[i] = block[i] ^ 0x36;
  std::array<std::string_view, kInlineParts> inline_parts;
  std::vector<std::string_view> many_parts;
  std::string_view* inner_parts = inline_parts.data();
  if (parts.size() + 1 > kInlineParts) {
    many_parts.resize(parts.size() + 1);
    inner_parts = many_parts.data();
  }
  inner_parts[0] = as_view(pad);
  std::copy(parts.begin(), parts.end(), inner_parts + 1);
  auto inner = detail::sha256_parts(inner_parts, parts.size() + 1, backend);
  for (std::size_t i = 0; i < pad.size(); ++i) pad[i] = block[i] ^ 0x5c;
  const std::string_view outer_parts[] = {as_view(pad), as_view(inner)};
  return detail::sha256_parts(outer_parts, 2, backend);
}

}  // namespace

HmacSha256 hmac_sha256_bytes(std::string_view key, std::initializer_list<std::string_view> parts, HashBackend backend) {
  // A registered host hash outranks OpenSSL under Auto, as in sha256().
  const bool openssl = backend == HashBackend::OpenSsl ||
                       (backend == HashBackend::Auto && !hash_backend_available(HashBackend::Host));
  if (openssl && detail::openssl_available()) {
    HmacSha256 mac{};
    detail::openssl_hmac_sha256(key, parts, mac.data());
    return mac;
  }
  return hmac_construction(key, parts, backend);
}

std::string hmac_sha256(std::string_view key, std::initializer_list<std::string_view> parts, HashBackend backend) {
  return std::string(as_bytes(hmac_sha256_bytes(key, parts, backend)));
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  // volatile keeps the compiler from turning the loop into an early-exit compare.
  volatile unsigned char result = diff;
  return result == 0;
}

}  // namespace hookwork
