#include <catch2/catch.hpp>

#include "hookwork/url_encoding.hpp"

using hookwork::append_query_params;
using hookwork::percent_decode;
using hookwork::percent_encode;

TEST_CASE("percent_encode keeps exactly the RFC 3986 unreserved characters", "[url_encoding]") {
  const std::string unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
  for (int b = 0; b < 256; ++b) {
    std::string one(1, static_cast<char>(b));
    std::string encoded = percent_encode(one);
    if (unreserved.find(static_cast<char>(b)) != std::string::npos) {
      CHECK(encoded == one);
    } else {
      char expected[4];
      std::snprintf(expected, sizeof expected, "%%%02X", b);
      INFO("byte " << b);
      CHECK(encoded == expected);
    }
  }
}

TEST_CASE("percent_encode encodes reserved, space, plus and UTF-8 bytes", "[url_encoding]") {
  CHECK(percent_encode("a b+c&d=e?f#g%h/i") == "a%20b%2Bc%26d%3De%3Ff%23g%25h%2Fi");
  CHECK(percent_encode("\xC3\xA9\xF0\x9F\x98\x80") == "%C3%A9%F0%9F%98%80");  // é 😀
  CHECK(percent_encode(std::string("a\0b", 3)) == "a%00b");
  CHECK(percent_encode("{\"a\":1}") == "%7B%22a%22%3A1%7D");
}

TEST_CASE("percent_decode inverts percent_encode for every byte", "[url_encoding]") {
  std::string all;
  for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
  auto decoded = percent_decode(percent_encode(all));
  REQUIRE(decoded);
  CHECK(*decoded == all);
  CHECK(percent_decode("%7b%7D") == std::optional<std::string>("{}"));
  CHECK(percent_decode("a+b") == std::optional<std::string>("a+b"));
}

TEST_CASE("percent_decode refuses a truncated or non-hex escape", "[url_encoding]") {
  for (const char* bad : {"%", "%4", "a%", "%G0", "%0g", "%%"}) {
    INFO(bad);
    CHECK_FALSE(percent_decode(bad));
  }
}

TEST_CASE("append_query_params picks the separator from the existing query", "[url_encoding]") {
  CHECK(append_query_params("http://h/p", {{"payload", "{}"}}) == "http://h/p?payload=%7B%7D");
  CHECK(append_query_params("http://h/p?a=1", {{"payload", "x"}}) == "http://h/p?a=1&payload=x");
  CHECK(append_query_params("http://h/p?", {{"payload", "x"}}) == "http://h/p?payload=x");
  CHECK(append_query_params("http://h/p?a=1&", {{"payload", "x"}}) == "http://h/p?a=1&payload=x");
  CHECK(append_query_params("http://h/p#frag", {{"k", "v"}}) == "http://h/p?k=v#frag");
  CHECK(append_query_params("http://h/p?a=1#f?g", {{"k", "v"}}) == "http://h/p?a=1&k=v#f?g");
  CHECK(append_query_params("http://h/p", {{"a b", "1"}, {"c", ""}, {"d", "&="}}) == "http://h/p?a%20b=1&c=&d=%26%3D");
}
