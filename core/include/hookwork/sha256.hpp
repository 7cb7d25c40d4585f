#pragma once
// SHA-256 (FIPS 180-4). Implementations behind one call: OpenSSL's EVP on
// native builds (HOOKWORK_HAVE_OPENSSL, for speed), a portable one that is
// always compiled — the WebAssembly build has no OpenSSL — and is tested
// against FIPS 180-4 vectors and against OpenSSL on random inputs, and a
// SHA-256 the host program may register (set_host_sha256: the Node package
// passes node:crypto's into the WebAssembly build). Only the hash moves to the
// host: what is hashed, HMAC included, stays decided here.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace hookwork {

inline constexpr std::size_t kSha256DigestBytes = 32;
inline constexpr std::size_t kSha256BlockBytes = 64;

// Auto: the host's SHA-256 when one is registered, else OpenSSL when compiled in,
// else portable. OpenSsl on a build without it, and Host with none registered,
// fall back to portable (hash_backend_available tells which is real).
enum class HashBackend { Auto, Portable, OpenSsl, Host };
bool hash_backend_available(HashBackend b);
const char* to_string(HashBackend b);

// A host's SHA-256: writes the 32-byte digest of parts[0] + ... + parts[count - 1]
// to `out`. It may use the portable Sha256 below (for inputs too short to repay a
// call out, say) but must not call sha256() or hmac_sha256().
using HostSha256 = void (*)(const std::string_view* parts, std::size_t count, std::uint8_t* out);

// Registers the host's SHA-256 (nullptr removes it). Set it before hashing starts:
// changing it while other threads hash is not supported. No build of the core
// calls this itself.
void set_host_sha256(HostSha256 fn);

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
