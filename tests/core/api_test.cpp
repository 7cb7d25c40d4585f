#include <catch2/catch.hpp>

#include "hookwork/api.hpp"
#include "support/json_crosscheck.hpp"

TEST_CASE("the facade reports an unknown function as a field error", "[api]") {
  auto out = hookwork::api::call("nope.nothing", nlohmann::json::object());
  REQUIRE(out["ok"] == false);
  REQUIRE(out["errors"][0]["field"] == "fn");
  REQUIRE(out["errors"][0]["code"] == "unknown_function");
}

TEST_CASE("the facade refuses malformed JSON text without throwing", "[api]") {
  for (const char* text : {"", "{", "[1,", "{\"a\":}", "\x01", "nul", "{\"a\":1}}"}) {
    std::string out = hookwork::api::call_text("catalog.list", text);
    hookwork::test::require_json_text_equals(
        out, {{"ok", false}, {"errors", {{{"field", ""}, {"code", "invalid_json"}, {"message", "input is not valid JSON"}}}}});
  }
}
