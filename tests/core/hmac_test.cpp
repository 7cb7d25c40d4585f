#include <catch2/catch.hpp>

#include "hash_test_support.hpp"
#include "hookwork/hmac.hpp"

using hookwork::HashBackend;
using hookwork::hex_encode;
using hookwork::hmac_sha256;
using hookwork::test::unhex;

TEST_CASE("HMAC-SHA256 gives the RFC 4231 test case results on both backends", "[hmac]") {
  struct Case { std::string key, data, mac; };
  const std::string long_key(131, '\xaa');
  const std::vector<Case> cases = {
      {std::string(20, '\x0b'), "Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},
      {"Jefe", "what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
      {std::string(20, '\xaa'), std::string(50, '\xdd'), "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"},
      {unhex("0102030405060708090a0b0c0d0e0f10111213141516171819"), std::string(50, '\xcd'),
       "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"},
      {long_key, "Test Using Larger Than Block-Size Key - Hash Key First",
       "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"},
      {long_key,
       "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be "
       "hashed before being used by the HMAC algorithm.",
       "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"},
  };
  for (const auto& c : cases) {
    INFO("key length " << c.key.size() << ", data " << c.data.substr(0, 20));
    CHECK(hex_encode(hmac_sha256(c.key, c.data, HashBackend::Portable)) == c.mac);
    CHECK(hex_encode(hmac_sha256(c.key, c.data, HashBackend::OpenSsl)) == c.mac);
  }
  // RFC 4231 case 5 publishes the first 128 bits only.
  CHECK(hex_encode(hmac_sha256(std::string(20, '\x0c'), "Test With Truncation", HashBackend::Portable)).substr(0, 32) ==
        "a3b6167473100ee06e0c796c2955552b");
}

TEST_CASE("HMAC over parts equals HMAC over their concatenation", "[hmac]") {
  for (auto backend : {HashBackend::Portable, HashBackend::OpenSsl}) {
    CHECK(hmac_sha256("k", {"msg_1", ".", "1614265330", ".", "{}"}, backend) ==
          hmac_sha256("k", "msg_1.1614265330.{}", backend));
    CHECK(hmac_sha256("k", {}, backend) == hmac_sha256("k", "", backend));
  }
}

TEST_CASE("portable HMAC-SHA256 equals OpenSSL on random keys and messages 0..10000 bytes", "[hmac]") {
  std::mt19937_64 rng(7);
  std::string data = hookwork::test::random_bytes(rng, 10000);
  for (std::size_t n = 0; n <= data.size(); n += (n < 300 ? 1 : 37)) {
    std::string key = hookwork::test::random_bytes(rng, rng() % 200);
    std::string_view msg(data.data(), n);
    std::string expected = hookwork::test::openssl_hmac_direct(key, msg);
    if (hmac_sha256(key, msg, HashBackend::Portable) != expected || hmac_sha256(key, msg, HashBackend::OpenSsl) != expected) {
      FAIL("HMAC differs from OpenSSL at message length " << n << ", key length " << key.size());
    }
  }
  std::string full = hookwork::test::openssl_hmac_direct("key", data);
  CHECK(hmac_sha256("key", data, HashBackend::Portable) == full);
}

TEST_CASE("constant_time_equal compares contents and lengths", "[hmac]") {
  CHECK(hookwork::constant_time_equal("", ""));
  CHECK(hookwork::constant_time_equal("abc", "abc"));
  CHECK_FALSE(hookwork::constant_time_equal("abc", "abd"));
  CHECK_FALSE(hookwork::constant_time_equal("abc", "ab"));
  CHECK_FALSE(hookwork::constant_time_equal(std::string("a\0b", 3), std::string("a\0c", 3)));
}
