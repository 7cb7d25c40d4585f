#include <set>

#include <catch2/catch.hpp>

#include "api_keys.hpp"
#include "os_random.hpp"

using namespace hookwork::runner;

TEST_CASE("api keys: well-formed, unique, hashed; ids parse back", "[auth]") {
  OsRandom rnd;
  auto a = generate_api_key(rnd);
  auto b = generate_api_key(rnd);
  REQUIRE(a.key != b.key);
  REQUIRE(api_key_id(a.key) == a.key_id);
  REQUIRE(a.hash_hex == sha256_hex(a.key));
  REQUIRE(a.hash_hex.size() == 64);
  REQUIRE_FALSE(api_key_id("hwk_short"));
  REQUIRE_FALSE(api_key_id(a.key + "0"));
  std::string upper = a.key;
  upper[5] = 'G';
  REQUIRE_FALSE(api_key_id(upper));
  // Known SHA-256 vector.
  REQUIRE(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("api keys: bearer parsing and constant-time comparison", "[auth]") {
  REQUIRE(bearer_token("Bearer abc") == std::optional<std::string>("abc"));
  REQUIRE(bearer_token("bearer abc") == std::optional<std::string>("abc"));
  REQUIRE_FALSE(bearer_token("Basic abc"));
  REQUIRE_FALSE(bearer_token("Bearer"));
  REQUIRE(digests_equal("abcd", "abcd"));
  REQUIRE_FALSE(digests_equal("abcd", "abce"));
  REQUIRE_FALSE(digests_equal("abc", "abcd"));
}

TEST_CASE("random ids: prefix and 26 base32 characters, never repeated", "[ids]") {
  OsRandom rnd;
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    auto id = random_id(rnd, "evt");
    REQUIRE(id.size() == 4 + 26);
    REQUIRE(id.find_first_not_of("abcdefghijklmnopqrstuvwxyz234567", 4) == std::string::npos);
    seen.insert(id);
  }
  REQUIRE(seen.size() == 1000);
}

TEST_CASE("time-ordered ids: random ids' shape, later ones sort later, 80 random bits", "[ids]") {
  OsRandom rnd;
  const std::int64_t t0 = 1'764'600'000'000;  // 2025-12-01
  std::set<std::string> seen;
  std::string previous;
  for (int i = 0; i < 1000; ++i) {
    auto id = time_ordered_id(rnd, "dlv", t0 + i);
    REQUIRE(id.size() == 4 + 26);
    REQUIRE(id.rfind("dlv_", 0) == 0);
    REQUIRE(id.find_first_not_of("abcdefghijklmnopqrstuvwxyz234567", 4) == std::string::npos);
    REQUIRE(previous < id);  // as text: the order the store's indexes keep
    previous = id;
    seen.insert(id);
  }
  REQUIRE(seen.size() == 1000);
  // The first 10 characters are the time: the same millisecond shares them, the rest differs.
  auto a = time_ordered_id(rnd, "evt", t0), b = time_ordered_id(rnd, "evt", t0);
  REQUIRE(a.substr(0, 14) == b.substr(0, 14));
  REQUIRE(a != b);
  // Order holds across a carry in every character of the time, and for far dates.
  for (std::int64_t t : {std::int64_t{31}, std::int64_t{1023}, std::int64_t{32767}, t0, std::int64_t{1} << 45}) {
    REQUIRE(time_ordered_id(rnd, "e", t) < time_ordered_id(rnd, "e", t + 1));
  }
  REQUIRE(time_ordered_id(rnd, "e", 0).substr(2, 10) == "2222222222");
  REQUIRE(time_ordered_id(rnd, "e", -5).substr(2, 10) == "2222222222");  // a clock before 1970: the epoch
}
