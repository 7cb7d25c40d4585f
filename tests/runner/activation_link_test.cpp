// Reactivation links: signed, expiring, refusing every altered or malformed form.
#include <catch2/catch.hpp>

#include "activation_link.hpp"
#include "activation_page.hpp"

using namespace hookwork::runner;

TEST_CASE("activation tokens: valid until they expire, then expired", "[activation]") {
  ActivationToken t{"acme", "hook_abc", "00ff", 10'000};
  std::string token = make_activation_token("key", t);
  auto ok = check_activation_token("key", token, 9'999);
  REQUIRE(ok.check == TokenCheck::Valid);
  REQUIRE(ok.token.account_id == "acme");
  REQUIRE(ok.token.hook_id == "hook_abc");
  REQUIRE(ok.token.nonce == "00ff");
  REQUIRE(check_activation_token("key", token, 10'000).check == TokenCheck::Expired);
}

TEST_CASE("activation tokens: another key, an altered part or a bad shape is refused", "[activation]") {
  ActivationToken t{"acme", "hook_abc", "00ff", 10'000};
  std::string token = make_activation_token("key", t);
  REQUIRE(check_activation_token("other key", token, 0).check == TokenCheck::BadSignature);
  // Another hook, account or expiry under the same signature.
  for (const auto& altered : {make_activation_token("key", {"acme", "hook_abd", "00ff", 10'000}),
                              make_activation_token("key", {"acmf", "hook_abc", "00ff", 10'000}),
                              make_activation_token("key", {"acme", "hook_abc", "00ff", 99'999})}) {
    std::string forged = altered.substr(0, altered.rfind('.')) + token.substr(token.rfind('.'));
    REQUIRE(check_activation_token("key", forged, 0).check == TokenCheck::BadSignature);
  }
  for (const std::string& bad : std::vector<std::string>{"", ".", "a.b.c.d", "a.b.c.d.e.f", "acme.hook.notanumber.00ff.aa", "acme..1.00ff.aa",
                                "acme.hook.1.00ff.zz", std::string(600, 'a')})
    REQUIRE(check_activation_token("key", bad, 0).check != TokenCheck::Valid);
}

TEST_CASE("the activation page escapes what it shows", "[activation]") {
  REQUIRE(html_escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}
