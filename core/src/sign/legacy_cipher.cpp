#include "hookwork/legacy_cipher.hpp"

#include <array>
#include <cstdint>
#include <utility>

#include "hookwork/encoding.hpp"
#include "hookwork/limits.hpp"

namespace hookwork {
namespace {

// RC4 (ARC4) as published: key scheduling, then the keystream XORed over the data.
std::string rc4(std::string_view key, std::string_view data) {
  std::array<std::uint8_t, 256> s{};
  for (int i = 0; i < 256; ++i) s[i] = static_cast<std::uint8_t>(i);
  std::uint8_t j = 0;
  for (int i = 0; i < 256; ++i) {
    j = static_cast<std::uint8_t>(j + s[i] + static_cast<std::uint8_t>(key[i % key.size()]));
    std::swap(s[i], s[j]);
  }
  std::string out(data);
  std::uint8_t i = 0;
  j = 0;
  for (char& c : out) {
    i = static_cast<std::uint8_t>(i + 1);
    j = static_cast<std::uint8_t>(j + s[i]);
    std::swap(s[i], s[j]);
    c = static_cast<char>(static_cast<std::uint8_t>(c) ^ s[static_cast<std::uint8_t>(s[i] + s[j])]);
  }
  return out;
}

std::optional<FieldError> check_key(std::string_view key) {
  if (key.empty() || key.size() > limits::kLegacyKeyMaxBytes) {
    return FieldError{"key", "bad_key",
                      "the legacy cipher key must be 1.." + std::to_string(limits::kLegacyKeyMaxBytes) + " bytes"};
  }
  return std::nullopt;
}

}  // namespace

Result<std::string> encrypt_legacy(std::string_view key, std::string_view body) {
  if (auto e = check_key(key)) return FieldErrors{*e};
  return base64_encode(rc4(key, body));
}

Result<std::string> decrypt_legacy(std::string_view key, std::string_view data) {
  FieldErrors errors;
  if (auto e = check_key(key)) errors.push_back(*e);
  auto bytes = base64_decode(data);
  if (!bytes) errors.push_back({"data", "bad_base64", "data is not canonical standard Base64 (with padding)"});
  if (!errors.empty()) return errors;
  return rc4(key, *bytes);
}

}  // namespace hookwork
