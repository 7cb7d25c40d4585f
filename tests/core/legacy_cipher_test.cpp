#include <catch2/catch.hpp>

#include <random>

#include "hash_test_support.hpp"
#include "hookwork/legacy_cipher.hpp"

using namespace hookwork;

TEST_CASE("RC4 gives the published test vectors (before Base64)", "[legacy_cipher]") {
  // The classic ARC4 examples: (key, plaintext) -> ciphertext hex.
  struct Case { std::string key, plain, cipher_hex; };
  const std::vector<Case> cases = {
      {"Key", "Plaintext", "bbf316e8d940af0ad3"},
      {"Wiki", "pedia", "1021bf0420"},
      {"Secret", "Attack at dawn", "45a01f645fc35b383552544b9bf5"},
  };
  for (const auto& c : cases) {
    auto enc = encrypt_legacy(c.key, c.plain);
    REQUIRE(enc.ok());
    CHECK(enc.value() == base64_encode(test::unhex(c.cipher_hex)));
    auto dec = decrypt_legacy(c.key, enc.value());
    REQUIRE(dec.ok());
    CHECK(dec.value() == c.plain);
  }
}

TEST_CASE("RC4 keystream matches RFC 6229 for a 40-bit key", "[legacy_cipher]") {
  // RFC 6229, key 0x0102030405: keystream bytes 0..15.
  auto enc = encrypt_legacy(test::unhex("0102030405"), std::string(16, '\0'));
  REQUIRE(enc.ok());
  CHECK(hex_encode(*base64_decode(enc.value())) == "b2396305f03dc027ccc3524a0a1118a8");
}

TEST_CASE("legacy encryption round-trips random bodies and keys", "[legacy_cipher]") {
  std::mt19937_64 rng(99);
  for (int i = 0; i < 200; ++i) {
    std::string key = test::random_bytes(rng, 1 + rng() % 256);
    std::string body = test::random_bytes(rng, rng() % 3000);
    auto enc = encrypt_legacy(key, body);
    REQUIRE(enc.ok());
    auto dec = decrypt_legacy(key, enc.value());
    REQUIRE(dec.ok());
    REQUIRE(dec.value() == body);
  }
}

TEST_CASE("legacy cipher refuses bad keys and bad Base64 with every error", "[legacy_cipher]") {
  auto empty_key = encrypt_legacy("", "body");
  REQUIRE_FALSE(empty_key.ok());
  CHECK(empty_key.errors()[0].field == "key");
  CHECK(empty_key.errors()[0].code == "bad_key");
  CHECK_FALSE(encrypt_legacy(std::string(257, 'k'), "body").ok());
  auto both = decrypt_legacy("", "not base64!");
  REQUIRE(both.errors().size() == 2);
  CHECK(both.errors()[0].code == "bad_key");
  CHECK(both.errors()[1].field == "data");
  CHECK(both.errors()[1].code == "bad_base64");
}
