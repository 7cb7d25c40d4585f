#include "hookwork/sha256.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <utility>

#include "hash_dispatch.hpp"
#include "openssl_hash.hpp"

namespace hookwork {
namespace {

constexpr std::array<std::uint32_t, 64> kRoundConstants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

inline std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

std::atomic<HostSha256> g_host_sha256{nullptr};

}  // namespace

void set_host_sha256(HostSha256 fn) { g_host_sha256.store(fn, std::memory_order_release); }

namespace detail {

HostSha256 host_sha256_for(HashBackend backend) {
  if (backend != HashBackend::Auto && backend != HashBackend::Host) return nullptr;
  return g_host_sha256.load(std::memory_order_acquire);
}

Sha256Digest sha256_parts(const std::string_view* parts, std::size_t count, HashBackend backend) {
  if (HostSha256 host = host_sha256_for(backend)) {
    Sha256Digest out{};
    host(parts, count, out.data());
    return out;
  }
  Sha256 h;
  for (std::size_t i = 0; i < count; ++i) h.update(parts[i]);
  return h.finish();
}

}  // namespace detail

bool hash_backend_available(HashBackend b) {
  if (b == HashBackend::OpenSsl) return detail::openssl_available();
  if (b == HashBackend::Host) return g_host_sha256.load(std::memory_order_acquire) != nullptr;
  return true;
}

const char* to_string(HashBackend b) {
  switch (b) {
    case HashBackend::Auto: return "auto";
    case HashBackend::Portable: return "portable";
    case HashBackend::OpenSsl: return "openssl";
    case HashBackend::Host: return "host";
  }
  return "auto";
}

Sha256::Sha256()
    : state_{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19} {}

namespace {

// Fully unrolled with every index a constant, so the working variables and the 16-word
// message window are scalars: in WebAssembly they become locals instead of loads and stores
// to the stack in linear memory (the rolled loop with w[64] was ~2x slower there).
template <std::size_t I>
inline void sha256_round(std::uint32_t (&v)[8], std::uint32_t (&w)[16]) {
  // Round I's a..h are v rotated by I: no moves between rounds.
  std::uint32_t& a = v[(8 - I % 8) % 8];
  std::uint32_t& b = v[(9 - I % 8) % 8];
  std::uint32_t& c = v[(10 - I % 8) % 8];
  std::uint32_t& d = v[(11 - I % 8) % 8];
  std::uint32_t& e = v[(12 - I % 8) % 8];
  std::uint32_t& f = v[(13 - I % 8) % 8];
  std::uint32_t& g = v[(14 - I % 8) % 8];
  std::uint32_t& h = v[(15 - I % 8) % 8];
  if constexpr (I >= 16) {
    const std::uint32_t w15 = w[(I - 15) % 16], w2 = w[(I - 2) % 16];
    const std::uint32_t s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3);
    const std::uint32_t s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10);
    w[I % 16] += s0 + w[(I - 7) % 16] + s1;
  }
  const std::uint32_t t1 =
      h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + (g ^ (e & (f ^ g))) + kRoundConstants[I] + w[I % 16];
  const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) | (c & (a | b)));
  d += t1;
  h = t1 + t2;
}

template <std::size_t... I>
inline void sha256_rounds(std::uint32_t (&v)[8], std::uint32_t (&w)[16], std::index_sequence<I...>) {
  (sha256_round<I>(v, w), ...);
}

}  // namespace

void Sha256::compress(const std::uint8_t* block) {
  std::uint32_t w[16];
  for (int i = 0; i < 16; ++i) {
    w[i] = std::uint32_t(block[4 * i]) << 24 | std::uint32_t(block[4 * i + 1]) << 16 |
           std::uint32_t(block[4 * i + 2]) << 8 | std::uint32_t(block[4 * i + 3]);
  }
  std::uint32_t v[8];
  for (int i = 0; i < 8; ++i) v[i] = state_[i];
  sha256_rounds(v, w, std::make_index_sequence<64>{});
  for (int i = 0; i < 8; ++i) state_[i] += v[i];
}

void Sha256::update(std::string_view bytes) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(bytes.data());
  std::size_t n = bytes.size();
  total_bytes_ += n;
  if (buffered_ > 0) {
    std::size_t take = std::min(n, kSha256BlockBytes - buffered_);
    std::memcpy(buffer_.data() + buffered_, p, take);
    buffered_ += take;
    p += take;
    n -= take;
    if (buffered_ < kSha256BlockBytes) return;
    compress(buffer_.data());
    buffered_ = 0;
  }
  for (; n >= kSha256BlockBytes; p += kSha256BlockBytes, n -= kSha256BlockBytes) compress(p);
  if (n > 0) {
    std::memcpy(buffer_.data(), p, n);
    buffered_ = n;
  }
}

std::array<std::uint8_t, kSha256DigestBytes> Sha256::finish() {
  const std::uint64_t bits = total_bytes_ * 8;
  buffer_[buffered_++] = 0x80;
  if (buffered_ > kSha256BlockBytes - 8) {
    std::memset(buffer_.data() + buffered_, 0, kSha256BlockBytes - buffered_);
    compress(buffer_.data());
    buffered_ = 0;
  }
  std::memset(buffer_.data() + buffered_, 0, kSha256BlockBytes - 8 - buffered_);
  for (int i = 0; i < 8; ++i) buffer_[kSha256BlockBytes - 1 - i] = static_cast<std::uint8_t>(bits >> (8 * i));
  compress(buffer_.data());
  std::array<std::uint8_t, kSha256DigestBytes> out{};
  for (int i = 0; i < 8; ++i) {
    out[4 * i] = static_cast<std::uint8_t>(state_[i] >> 24);
    out[4 * i + 1] = static_cast<std::uint8_t>(state_[i] >> 16);
    out[4 * i + 2] = static_cast<std::uint8_t>(state_[i] >> 8);
    out[4 * i + 3] = static_cast<std::uint8_t>(state_[i]);
  }
  return out;
}

std::string sha256(std::string_view bytes, HashBackend backend) {
  const bool openssl = backend == HashBackend::OpenSsl ||
                       (backend == HashBackend::Auto && detail::host_sha256_for(backend) == nullptr);
  if (openssl && detail::openssl_available()) return detail::openssl_sha256(bytes);
  auto d = detail::sha256_parts(&bytes, 1, backend);
  return std::string(reinterpret_cast<const char*>(d.data()), d.size());
}

}  // namespace hookwork
