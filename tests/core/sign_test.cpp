#include <catch2/catch.hpp>

#include "hash_test_support.hpp"
#include "hookwork/hmac.hpp"
#include "hookwork/sign.hpp"

using namespace hookwork;

namespace {
const std::string kSpecSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const std::string kSpecId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const std::string kSpecBody = R"({"test": 2432232314})";

SignRequest v1_request(std::vector<std::string> secrets) {
  SignRequest r;
  r.scheme = SignatureScheme::StandardV1;
  r.secrets = std::move(secrets);
  r.id = kSpecId;
  r.timestamp = 1614265330;
  r.body = kSpecBody;
  return r;
}
}  // namespace

TEST_CASE("v1 reproduces the Standard Webhooks published case", "[sign]") {
  auto headers = sign(v1_request({kSpecSecret}));
  REQUIRE(headers.ok());
  CHECK(headers.value() == Headers{{"webhook-id", kSpecId},
                                   {"webhook-timestamp", "1614265330"},
                                   {"webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="}});
}

TEST_CASE("v1 signs with every active secret, space-separated, in the given order", "[sign]") {
  const std::string second = "whsec_" + base64_encode(std::string(32, '\x07'));
  auto headers = sign(v1_request({kSpecSecret, second}));
  REQUIRE(headers.ok());
  std::string expected_second =
      base64_encode(hmac_sha256(std::string(32, '\x07'), kSpecId + ".1614265330." + kSpecBody, HashBackend::Portable));
  CHECK(headers.value()[2].value == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= v1," + expected_second);
}

TEST_CASE("v1 accepts a secret without the whsec_ prefix, like the reference libraries", "[sign]") {
  auto headers = sign(v1_request({"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}));
  REQUIRE(headers.ok());
  CHECK(headers.value()[2].value == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
}

TEST_CASE("header_prefix renames the v1 headers (svix-id, ...)", "[sign]") {
  auto r = v1_request({kSpecSecret});
  r.header_prefix = "svix";
  auto headers = sign(r);
  REQUIRE(headers.ok());
  CHECK(headers.value()[0].name == "svix-id");
  CHECK(headers.value()[1].name == "svix-timestamp");
  CHECK(headers.value()[2].name == "svix-signature");
}

TEST_CASE("github signs the body with the raw secret (GitHub's documented example)", "[sign]") {
  SignRequest r;
  r.scheme = SignatureScheme::GitHub;
  r.secrets = {"It's a Secret to Everybody"};
  r.body = "Hello, World!";
  auto headers = sign(r);
  REQUIRE(headers.ok());
  CHECK(headers.value() ==
        Headers{{"X-Hub-Signature-256", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"}});
}

TEST_CASE("stripe signs ts.body with the whsec_ secret as raw bytes, one v1= per secret", "[sign]") {
  // Expected values computed with Node's crypto.createHmac('sha256', secret), as the stripe npm library does.
  SignRequest r;
  r.scheme = SignatureScheme::Stripe;
  r.secrets = {"whsec_test_secret", "whsec_old"};
  r.timestamp = 1614265330;
  r.body = kSpecBody;
  auto headers = sign(r);
  REQUIRE(headers.ok());
  CHECK(headers.value() ==
        Headers{{"Stripe-Signature",
                 "t=1614265330,v1=10c96c6fd3f320fcfc264cdc4f476c15060ede8e8a08404cea2ddf3b72544a9c,"
                 "v1=d15344eb32e0dd7727f976a4d6fce732f553bbb4a8371029f25f1857eef0f10e"}});
}

TEST_CASE("sign reports every problem with its field", "[sign]") {
  SignRequest r;
  r.scheme = SignatureScheme::StandardV1;
  r.secrets = {"whsec_short", kSpecSecret, "not base64!"};
  r.body = "{}";
  r.header_prefix = "has space";
  auto headers = sign(r);
  REQUIRE_FALSE(headers.ok());
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& e : headers.errors()) got.emplace_back(e.field, e.code);
  CHECK(got == std::vector<std::pair<std::string, std::string>>{{"secrets[0]", "bad_secret"},
                                                               {"secrets[2]", "bad_secret"},
                                                               {"id", "required"},
                                                               {"timestamp", "required"},
                                                               {"header_prefix", "invalid_prefix"}});
}

TEST_CASE("sign refuses no secrets and too many", "[sign]") {
  CHECK(sign(v1_request({})).errors().at(0).code == "bad_count");
  CHECK(sign(v1_request(std::vector<std::string>(11, kSpecSecret))).errors().at(0).code == "bad_count");
}

TEST_CASE("generate_secret wraps 24..64 random bytes as whsec_ Base64 that signs", "[sign]") {
  auto s = generate_secret(std::string(24, '\x01'));
  REQUIRE(s.ok());
  CHECK(s.value() == "whsec_" + base64_encode(std::string(24, '\x01')));
  CHECK(sign(v1_request({s.value()})).ok());
  CHECK(generate_secret(std::string(64, 'x')).ok());
  CHECK(generate_secret(std::string(23, 'x')).errors().at(0).code == "bad_length");
  CHECK(generate_secret(std::string(65, 'x')).errors().at(0).code == "bad_length");
}

TEST_CASE("sign_into reuses one Headers across schemes and secrets and answers like sign", "[sign]") {
  const std::string_view secrets[] = {kSpecSecret, "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"};
  Headers reused;
  for (int round = 0; round < 2; ++round) {
    for (SignatureScheme scheme : {SignatureScheme::StandardV1, SignatureScheme::Stripe, SignatureScheme::GitHub,
                                   SignatureScheme::StandardV1}) {
      for (std::size_t count : {std::size_t{2}, std::size_t{1}}) {
        for (std::string_view prefix : {std::string_view{}, std::string_view{"svix-longer-than-small-strings"}}) {
          SignView v;
          v.scheme = scheme;
          v.secrets = secrets;
          v.secret_count = count;
          v.id = kSpecId;
          v.timestamp = 1614265330 + round;
          v.body = kSpecBody;
          v.header_prefix = prefix;
          const auto expected = sign(v);
          REQUIRE(expected.ok());
          REQUIRE(sign_into(v, reused).empty());
          CHECK(reused == expected.value());
        }
      }
    }
  }
  // A refused request leaves the headers of the last good one.
  const Headers before = reused;
  SignView bad;
  bad.secrets = secrets;
  bad.secret_count = 1;
  bad.timestamp = 1614265330;  // no id
  const auto errors = sign_into(bad, reused);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].field == "id");
  CHECK(reused == before);
}
