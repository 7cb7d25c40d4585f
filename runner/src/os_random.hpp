#pragma once
// Randomness from the operating system (getrandom): ids, API keys, hook secrets.
// Injectable so tests can make ids predictable when they need to.
#include <cstddef>
#include <string>
#include <vector>

namespace hookwork::runner {

class RandomSource {
 public:
  virtual ~RandomSource() = default;
  virtual std::vector<unsigned char> bytes(std::size_t n) = 0;
};

class OsRandom final : public RandomSource {
 public:
  std::vector<unsigned char> bytes(std::size_t n) override;
};

// "<prefix>_" + 26 lowercase base32 characters (130 bits): unguessable, URL-safe ids.
std::string random_id(RandomSource& rnd, const std::string& prefix);
std::string to_hex(const unsigned char* data, std::size_t n);

}  // namespace hookwork::runner
