#include <catch2/catch.hpp>

#include "hash_test_support.hpp"
#include "hookwork/sha256.hpp"

using hookwork::HashBackend;
using hookwork::hex_encode;
using hookwork::sha256;

TEST_CASE("portable SHA-256 gives the FIPS 180-4 example digests", "[sha256]") {
  struct Case { std::string input, digest; };
  const std::vector<Case> cases = {
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      {std::string(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
  };
  for (const auto& c : cases) {
    INFO("input length " << c.input.size());
    CHECK(hex_encode(sha256(c.input, HashBackend::Portable)) == c.digest);
    CHECK(hex_encode(sha256(c.input, HashBackend::Auto)) == c.digest);
  }
}

TEST_CASE("portable SHA-256 streams: any split of the input gives the same digest", "[sha256]") {
  std::mt19937_64 rng(42);
  std::string data = hookwork::test::random_bytes(rng, 1000);
  std::string whole = sha256(data, HashBackend::Portable);
  for (std::size_t step : {1u, 3u, 63u, 64u, 65u, 127u, 500u}) {
    hookwork::Sha256 h;
    for (std::size_t i = 0; i < data.size(); i += step) h.update(std::string_view(data).substr(i, step));
    auto d = h.finish();
    CHECK(std::string(reinterpret_cast<const char*>(d.data()), d.size()) == whole);
  }
}

TEST_CASE("portable SHA-256 equals OpenSSL on random inputs of every length 0..10000", "[sha256]") {
  REQUIRE(hookwork::hash_backend_available(HashBackend::OpenSsl));
  std::mt19937_64 rng(20261122);
  std::string data = hookwork::test::random_bytes(rng, 10000);
  for (std::size_t n = 0; n <= data.size(); ++n) {
    std::string_view input(data.data(), n);
    std::string expected = hookwork::test::openssl_sha256_direct(input);
    if (sha256(input, HashBackend::Portable) != expected || sha256(input, HashBackend::OpenSsl) != expected) {
      FAIL("SHA-256 differs from OpenSSL at length " << n);
    }
  }
  SUCCEED("10001 lengths agree");
}
