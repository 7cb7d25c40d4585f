#include <catch2/catch.hpp>

#include "hookwork/encoding.hpp"
#include "hookwork/sign.hpp"
#include "hookwork/verify.hpp"

using namespace hookwork;

namespace {
const std::string kSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const std::string kOther = "whsec_" + base64_encode(std::string(32, 'o'));
const std::string kBody = R"({"test": 2432232314})";
constexpr std::int64_t kTs = 1614265330;

Headers signed_headers(SignatureScheme scheme, std::vector<std::string> secrets, std::int64_t ts = kTs) {
  SignRequest r;
  r.scheme = scheme;
  r.secrets = std::move(secrets);
  r.id = "msg_1";
  r.timestamp = ts;
  r.body = kBody;
  return sign(r).value();
}

VerifyRequest request(SignatureScheme scheme, std::vector<std::string> secrets, Headers headers) {
  VerifyRequest v;
  v.scheme = scheme;
  v.secrets = std::move(secrets);
  v.headers = std::move(headers);
  v.body = kBody;
  v.now = kTs;
  return v;
}

Headers with(Headers h, const std::string& name, const std::string& value) {
  for (auto& x : h) {
    if (x.name == name) x.value = value;
  }
  return h;
}
}  // namespace

TEST_CASE("what sign produces verifies under every scheme", "[verify]") {
  for (auto scheme : {SignatureScheme::StandardV1, SignatureScheme::GitHub, SignatureScheme::Stripe}) {
    const std::string secret = scheme == SignatureScheme::StandardV1 ? kSecret : "raw secret";
    auto v = verify(request(scheme, {secret}, signed_headers(scheme, {secret})));
    INFO(to_string(scheme) << ": " << v.reason << " " << v.message);
    CHECK(v.valid);
    CHECK(v.matched_secret_index == 0u);
  }
}

TEST_CASE("header names are matched case-insensitively", "[verify]") {
  Headers h = signed_headers(SignatureScheme::StandardV1, {kSecret});
  for (auto& x : h) x.name = "WebHook-" + x.name.substr(8);
  CHECK(verify(request(SignatureScheme::StandardV1, {kSecret}, h)).valid);
}

TEST_CASE("rotation: any secret may match, and the index says which", "[verify]") {
  for (auto scheme : {SignatureScheme::StandardV1, SignatureScheme::Stripe, SignatureScheme::GitHub}) {
    // Signed with the old secret only; the receiver knows the new one first.
    auto v = verify(request(scheme, {kOther, kSecret}, signed_headers(scheme, {kSecret})));
    CHECK(v.valid);
    CHECK(v.matched_secret_index == 1u);
    // Signed with both; the receiver knows only the new one.
    v = verify(request(scheme, {kOther}, signed_headers(scheme, {kSecret, kOther})));
    CHECK(v.valid);
    CHECK(v.matched_secret_index == 0u);
  }
}

TEST_CASE("the timestamp must be within the tolerance on both sides", "[verify]") {
  for (auto scheme : {SignatureScheme::StandardV1, SignatureScheme::Stripe}) {
    auto h = signed_headers(scheme, {kSecret});
    auto r = request(scheme, {kSecret}, h);
    r.now = kTs + 300;
    CHECK(verify(r).valid);
    r.now = kTs + 301;
    CHECK(verify(r).reason == "too_old");
    r.now = kTs - 300;
    CHECK(verify(r).valid);
    r.now = kTs - 301;
    CHECK(verify(r).reason == "too_new");
    r.tolerance_s = 1000;
    CHECK(verify(r).valid);
  }
  // github carries no timestamp: the clock does not matter.
  auto r = request(SignatureScheme::GitHub, {kSecret}, signed_headers(SignatureScheme::GitHub, {kSecret}));
  r.now = 0;
  CHECK(verify(r).valid);
}

TEST_CASE("each failure has its own reason", "[verify]") {
  const auto v1 = SignatureScheme::StandardV1;
  auto h = signed_headers(v1, {kSecret});
  CHECK(verify(request(v1, {"whsec_!!"}, h)).reason == "bad_secret");
  CHECK(verify(request(v1, {}, h)).reason == "bad_secret");
  CHECK(verify(request(SignatureScheme::GitHub, {""}, h)).reason == "bad_secret");
  CHECK(verify(request(v1, {kSecret}, {h[0], h[2]})).reason == "missing_header");
  CHECK(verify(request(v1, {kSecret}, {h[0], h[1]})).reason == "missing_header");
  CHECK(verify(request(v1, {kSecret}, with(h, "webhook-timestamp", "16142653x0"))).reason == "bad_timestamp");
  CHECK(verify(request(v1, {kSecret}, with(h, "webhook-timestamp", "-1"))).reason == "bad_timestamp");
  CHECK(verify(request(v1, {kSecret}, with(h, "webhook-signature", "garbage"))).reason == "bad_signature_format");
  CHECK(verify(request(v1, {kSecret}, with(h, "webhook-signature", "v1,notbase64"))).reason == "bad_signature_format");
  CHECK(verify(request(v1, {kSecret}, with(h, "webhook-signature", "v1a,abcd"))).reason == "bad_signature_format");
  CHECK(verify(request(v1, {kOther}, h)).reason == "no_match");
  CHECK(verify(request(v1, {kSecret}, with(h, "webhook-id", "msg_2"))).reason == "no_match");
  auto tampered = request(v1, {kSecret}, h);
  std::string other_body = kBody + " ";
  tampered.body = other_body;
  CHECK(verify(tampered).reason == "no_match");
}

TEST_CASE("v1 ignores signatures of other versions next to a v1 one", "[verify]") {
  auto h = signed_headers(SignatureScheme::StandardV1, {kSecret});
  h[2].value = "v1a,c29tZXRoaW5n " + h[2].value + " v2,xyz";
  CHECK(verify(request(SignatureScheme::StandardV1, {kSecret}, h)).valid);
}

TEST_CASE("stripe header shape problems", "[verify]") {
  const auto s = SignatureScheme::Stripe;
  auto h = signed_headers(s, {kSecret});
  const std::string sig = h[0].value.substr(h[0].value.find("v1="));
  CHECK(verify(request(s, {kSecret}, with(h, "Stripe-Signature", sig))).reason == "bad_signature_format");
  CHECK(verify(request(s, {kSecret}, with(h, "Stripe-Signature", "t=1614265330"))).reason == "bad_signature_format");
  CHECK(verify(request(s, {kSecret}, with(h, "Stripe-Signature", "t=abc," + sig))).reason == "bad_timestamp");
  CHECK(verify(request(s, {kSecret}, with(h, "Stripe-Signature", "t=1614265330,v1=zz"))).reason == "bad_signature_format");
  // Unknown schemes (v0=) are skipped, as the stripe library does.
  CHECK(verify(request(s, {kSecret}, with(h, "Stripe-Signature", "t=1614265330,v0=abc," + sig))).valid);
}

TEST_CASE("github header shape problems", "[verify]") {
  const auto g = SignatureScheme::GitHub;
  auto h = signed_headers(g, {kSecret});
  CHECK(verify(request(g, {kSecret}, with(h, "X-Hub-Signature-256", "sha1=abc"))).reason == "bad_signature_format");
  CHECK(verify(request(g, {kSecret}, with(h, "X-Hub-Signature-256", h[0].value.substr(0, 70)))).reason ==
        "bad_signature_format");
  CHECK(verify(request(g, {kSecret}, {})).reason == "missing_header");
}
