// The host SHA-256 seam (set_host_sha256): what the Node package plugs node:crypto into.
// The stand-in host here is OpenSSL called directly, counting its calls and their sizes.
#include <catch2/catch.hpp>

#include <random>
#include <vector>

#include "hash_test_support.hpp"
#include "hookwork/hmac.hpp"
#include "hookwork/sha256.hpp"
#include "hookwork/sign.hpp"
#include "hookwork/verify.hpp"

using namespace hookwork;

namespace {

std::vector<std::size_t> g_host_calls;  // input length of every host call

void counting_host(const std::string_view* parts, std::size_t count, std::uint8_t* out) {
  std::string joined;
  for (std::size_t i = 0; i < count; ++i) joined.append(parts[i]);
  g_host_calls.push_back(joined.size());
  std::string d = test::openssl_sha256_direct(joined);
  std::copy(d.begin(), d.end(), out);
}

// Registers the counting host for one test and always removes it again.
struct HostGuard {
  HostGuard() {
    g_host_calls.clear();
    set_host_sha256(counting_host);
  }
  ~HostGuard() { set_host_sha256(nullptr); }
  HostGuard(const HostGuard&) = delete;
  HostGuard& operator=(const HostGuard&) = delete;
};

}  // namespace

TEST_CASE("no host hash is registered by default, and registering one can be undone", "[sha256][host]") {
  CHECK_FALSE(hash_backend_available(HashBackend::Host));
  {
    HostGuard host;
    CHECK(hash_backend_available(HashBackend::Host));
  }
  CHECK_FALSE(hash_backend_available(HashBackend::Host));
  CHECK(std::string(to_string(HashBackend::Host)) == "host");
  // Host without a registration is the portable code.
  CHECK(hex_encode(sha256("abc", HashBackend::Host)) ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("sha256: Auto and Host ask a registered host, ahead of OpenSSL; Portable and OpenSsl never do", "[sha256][host]") {
  HostGuard host;
  const std::string input(100, 'a');
  CHECK(sha256(input, HashBackend::Host) == test::openssl_sha256_direct(input));
  CHECK(sha256("", HashBackend::Auto) == test::openssl_sha256_direct(""));
  CHECK(g_host_calls == std::vector<std::size_t>{100, 0});
  g_host_calls.clear();
  CHECK(sha256(input, HashBackend::Portable) == test::openssl_sha256_direct(input));
  CHECK(sha256(input, HashBackend::OpenSsl) == test::openssl_sha256_direct(input));
  CHECK(g_host_calls.empty());
}

TEST_CASE("HMAC with a host hash: RFC 4231 results, every hash of the construction by the host", "[hmac][host]") {
  HostGuard host;
  // RFC 4231 case 2 and the larger-than-block key of case 7 (its key is hashed first).
  CHECK(hex_encode(hmac_sha256("Jefe", "what do ya want for nothing?", HashBackend::Host)) ==
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  CHECK(g_host_calls == std::vector<std::size_t>{64 + 28, 64 + 32});
  g_host_calls.clear();
  const std::string long_key(131, '\xaa');
  CHECK(hex_encode(hmac_sha256(long_key,
                               "This is a test using a larger than block-size key and a larger than block-size data. The "
                               "key needs to be hashed before being used by the HMAC algorithm.",
                               HashBackend::Auto)) ==
        "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
  // The 131-byte key is hashed first, then the inner (pad + message) and the outer (pad + inner digest) hash.
  CHECK(g_host_calls == std::vector<std::size_t>{131, 64 + 152, 64 + 32});
  g_host_calls.clear();
  CHECK(hmac_sha256(long_key, "x", HashBackend::Portable) == test::openssl_hmac_direct(long_key, "x"));
  CHECK(hmac_sha256(long_key, "x", HashBackend::OpenSsl) == test::openssl_hmac_direct(long_key, "x"));
  CHECK(g_host_calls.empty());
}

TEST_CASE("HMAC with a host hash equals OpenSSL on random keys, messages and part splits", "[hmac][host]") {
  HostGuard host;
  std::mt19937_64 rng(11);
  const std::string data = test::random_bytes(rng, 3000);
  for (std::size_t n = 0; n <= data.size(); n += 1 + n / 4) {
    const std::string key = test::random_bytes(rng, rng() % 150);
    const std::string_view msg(data.data(), n);
    const std::string expected = test::openssl_hmac_direct(key, msg);
    const std::size_t cut = n / 3;
    if (hmac_sha256(key, msg, HashBackend::Auto) != expected ||
        hmac_sha256(key, {msg.substr(0, cut), msg.substr(cut)}, HashBackend::Host) != expected) {
      FAIL("HMAC with the host hash differs from OpenSSL at message length " << n << ", key length " << key.size());
    }
  }
  CHECK_FALSE(g_host_calls.empty());
}

TEST_CASE("sign and verify give the same answers with a host hash registered", "[sign][verify][host]") {
  SignRequest r;
  r.scheme = SignatureScheme::StandardV1;
  r.secrets = {"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"};
  r.id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  r.timestamp = 1614265330;
  r.body = R"({"test": 2432232314})";
  HostGuard host;
  auto headers = sign(r);
  REQUIRE(headers.ok());
  CHECK(headers.value()[2].value == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  CHECK(g_host_calls.size() == 2);  // inner and outer hash of the one signature

  VerifyRequest v;
  v.scheme = r.scheme;
  v.secrets = r.secrets;
  v.headers = headers.value();
  v.body = r.body;
  v.now = 1614265330;
  CHECK(verify(v).valid);
  v.body = R"({"test": 2432232315})";
  CHECK(verify(v).reason == "no_match");
}
