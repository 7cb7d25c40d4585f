#pragma once
// Randomness from the operating system (getrandom): ids, API keys, hook secrets.
// Injectable so tests can make ids predictable when they need to.
#include <cstddef>
#include <cstdint>
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
// Same shape and characters, for the rows written at the publish rate (events, deliveries,
// messages): 10 characters of `now_ms` then 16 random ones (80 bits, still unguessable), so ids
// made later sort later as text (to the millisecond). Their primary-key and other id index
// entries then land at the end of the B-tree, not on a random page each: a group commit writes
// (and fsyncs) a few pages instead of about three per event. The id tells when it was made.
std::string time_ordered_id(RandomSource& rnd, const std::string& prefix, std::int64_t now_ms);
std::string to_hex(const unsigned char* data, std::size_t n);

}  // namespace hookwork::runner
