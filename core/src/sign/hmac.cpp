#include "hookwork/hmac.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "hash_dispatch.hpp"
#include "openssl_hash.hpp"

namespace hookwork {
namespace {

// RFC 2104 with SHA-256; each hash is the host's or the portable one (sha256_parts),
// so a host backend gets the long inner hash and never decides what is hashed.
std::string hmac_construction(std::string_view key, std::initializer_list<std::string_view> parts, HashBackend backend) {
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
  std::vector<std::string_view> inner_parts;
  inner_parts.reserve(parts.size() + 1);
  inner_parts.push_back(as_view(pad));
  inner_parts.insert(inner_parts.end(), parts.begin(), parts.end());
  auto inner = detail::sha256_parts(inner_parts.data(), inner_parts.size(), backend);
  for (std::size_t i = 0; i < pad.size(); ++i) pad[i] = block[i] ^ 0x5c;
  const std::string_view outer_parts[] = {as_view(pad), as_view(inner)};
  auto d = detail::sha256_parts(outer_parts, 2, backend);
  return std::string(as_view(d));
}

}  // namespace

std::string hmac_sha256(std::string_view key, std::initializer_list<std::string_view> parts, HashBackend backend) {
  // A registered host hash outranks OpenSSL under Auto, as in sha256().
  const bool openssl = backend == HashBackend::OpenSsl ||
                       (backend == HashBackend::Auto && !hash_backend_available(HashBackend::Host));
  if (openssl && detail::openssl_available()) return detail::openssl_hmac_sha256(key, parts);
  return hmac_construction(key, parts, backend);
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
