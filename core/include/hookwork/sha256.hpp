#pragma once
// SHA-256 (FIPS 180-4). Two implementations behind one call: OpenSSL's EVP
// on native builds (HOOKWORK_HAVE_OPENSSL, for speed) and a portable one that
// is always compiled — the WebAssembly build has no OpenSSL — and is tested
// against FIPS 180-4 vectors and against OpenSSL on random inputs.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace hookwork {

inline constexpr std::size_t kSha256DigestBytes = 32;
inline constexpr std::size_t kSha256BlockBytes = 64;

// Auto: OpenSSL when compiled in, else portable. OpenSsl on a build without
// it falls back to portable (hash_backend_available tells which is real).
enum class HashBackend { Auto, Portable, OpenSsl };
bool hash_backend_available(HashBackend b);
const char* to_string(HashBackend b);

// The portable implementation, streaming.
class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  std::array<std::uint8_t, kSha256DigestBytes> finish();  // the object is spent afterwards

 private:
  void compress(const std::uint8_t* block);
  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, kSha256BlockBytes> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

// The 32 raw digest bytes.
std::string sha256(std::string_view bytes, HashBackend backend = HashBackend::Auto);

}  // namespace hookwork
