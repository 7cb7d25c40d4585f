#include "hookwork/hmac.hpp"

#include <array>

#include "openssl_hash.hpp"

namespace hookwork {
namespace {

std::string portable_hmac_sha256(std::string_view key, std::initializer_list<std::string_view> parts) {
  std::array<std::uint8_t, kSha256BlockBytes> block{};
  if (key.size() > kSha256BlockBytes) {
    Sha256 h;
    h.update(key);
    auto d = h.finish();
    std::copy(d.begin(), d.end(), block.begin());
  } else {
    std::copy(key.begin(), key.end(), block.begin());
  }
  std::array<std::uint8_t, kSha256BlockBytes> pad{};
  const auto as_view = [](const auto& bytes) {
    return std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  };
  for (std::size_t i = 0; i < pad.size(); ++i) pad[i] = block[i] ^ 0x36;
  Sha256 inner;
  inner.update(as_view(pad));
  for (auto part : parts) inner.update(part);
  auto inner_digest = inner.finish();
  for (std::size_t i = 0; i < pad.size(); ++i) pad[i] = block[i] ^ 0x5c;
  Sha256 outer;
  outer.update(as_view(pad));
  outer.update(as_view(inner_digest));
  auto d = outer.finish();
  return std::string(as_view(d));
}

}  // namespace

std::string hmac_sha256(std::string_view key, std::initializer_list<std::string_view> parts, HashBackend backend) {
  if (backend != HashBackend::Portable && detail::openssl_available()) return detail::openssl_hmac_sha256(key, parts);
  return portable_hmac_sha256(key, parts);
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
