#include "os_random.hpp"

#include <sys/random.h>

#include <cerrno>
#include <stdexcept>

namespace hookwork::runner {

std::vector<unsigned char> OsRandom::bytes(std::size_t n) {
  std::vector<unsigned char> out(n);
  std::size_t got = 0;
  while (got < n) {
    ssize_t r = getrandom(out.data() + got, n - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error("getrandom failed");  // no entropy source: nothing safe to do
    }
    got += static_cast<std::size_t>(r);
  }
  return out;
}

namespace {
// Appends `chars` characters of `alphabet` (32 of them), 5 bits of `raw` each, most significant first.
void append_base32(std::string& out, const std::vector<unsigned char>& raw, std::size_t chars, const char* alphabet) {
  unsigned buffer = 0;
  int bits = 0;
  std::size_t i = 0;
  for (std::size_t n = 0; n < chars; ++n) {
    if (bits < 5) {
      buffer = (buffer << 8) | raw[i++];
      bits += 8;
    }
    out.push_back(alphabet[(buffer >> (bits - 5)) & 31u]);
    bits -= 5;
  }
}
}  // namespace

std::string random_id(RandomSource& rnd, const std::string& prefix) {
  static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
  std::string out = prefix + "_";
  append_base32(out, rnd.bytes(17), 26, kAlphabet);  // 136 bits; 26 chars use 130 of them
  return out;
}

std::string time_ordered_id(RandomSource& rnd, const std::string& prefix, std::int64_t now_ms) {
  // The same 32 characters as random_id, in ASCII order, so that text order is numeric order.
  static const char kSorted[] = "234567abcdefghijklmnopqrstuvwxyz";
  constexpr int kTimeChars = 10;  // 50 bits of milliseconds: until the year 37000 or so
  auto t = static_cast<std::uint64_t>(now_ms < 0 ? 0 : now_ms) & ((std::uint64_t{1} << 50) - 1);
  std::string out;
  out.reserve(prefix.size() + 1 + 26);
  out += prefix;
  out += '_';
  for (int i = kTimeChars - 1; i >= 0; --i) out.push_back(kSorted[(t >> (5 * i)) & 31u]);
  append_base32(out, rnd.bytes(10), 16, kSorted);  // 80 bits: 16 characters
  return out;
}

std::string to_hex(const unsigned char* data, std::size_t n) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(n * 2);
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(kHex[data[i] >> 4]);
    out.push_back(kHex[data[i] & 15]);
  }
  return out;
}

}  // namespace hookwork::runner
