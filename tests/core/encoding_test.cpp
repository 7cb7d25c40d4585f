#include <catch2/catch.hpp>

#include <random>

#include "hookwork/encoding.hpp"

using namespace hookwork;

TEST_CASE("Base64 encodes the RFC 4648 examples", "[encoding]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", ""}, {"f", "Zg=="}, {"fo", "Zm8="}, {"foo", "Zm9v"}, {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="}, {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, encoded] : cases) {
    CHECK(base64_encode(plain) == encoded);
    CHECK(base64_decode(encoded) == plain);
  }
  CHECK(base64_encode("\xfb\xff") == "+/8=");
}

TEST_CASE("Base64 decoding is strict", "[encoding]") {
  for (const char* bad : {"Zg", "Zg=", "Zm9v\n", " Zm9v", "Zm9v====", "Z===", "Zh==", "Zm9=", "Zm-v", "Zm_v", "Zg==Zg==", "=Zg="}) {
    INFO(bad);
    CHECK_FALSE(base64_decode(bad).has_value());
  }
}

TEST_CASE("Base64 and hex round-trip random bytes", "[encoding]") {
  std::mt19937_64 rng(1);
  for (std::size_t n = 0; n < 300; ++n) {
    std::string s(n, '\0');
    for (auto& c : s) c = static_cast<char>(rng());
    REQUIRE(base64_decode(base64_encode(s)) == s);
    REQUIRE(hex_decode(hex_encode(s)) == s);
  }
}

TEST_CASE("hex is lowercase out, either case in, strict", "[encoding]") {
  CHECK(hex_encode("\x01\xab\xff") == "01abff");
  CHECK(hex_decode("01ABff") == std::string("\x01\xab\xff"));
  CHECK_FALSE(hex_decode("0").has_value());
  CHECK_FALSE(hex_decode("0g").has_value());
  CHECK_FALSE(hex_decode(" 01").has_value());
}
