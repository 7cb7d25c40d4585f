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

std::string random_id(RandomSource& rnd, const std::string& prefix) {
  static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
  auto raw = rnd.bytes(17);  // 136 bits; 26 chars use 130 of them
  std::string out = prefix + "_";
  unsigned buffer = 0;
  int bits = 0;
  std::size_t i = 0;
  while (out.size() < prefix.size() + 1 + 26) {
    if (bits < 5) {
      buffer = (buffer << 8) | raw[i++];
      bits += 8;
    }
    out.push_back(kAlphabet[(buffer >> (bits - 5)) & 31u]);
    bits -= 5;
  }
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
