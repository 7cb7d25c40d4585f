// Runs every conformance vector through the JSON facade, exactly as the Node
// and browser hosts do, and reads each output back with Boost.JSON.
#include <catch2/catch.hpp>

#include <set>

#include "hookwork/api.hpp"
#include "support/json_crosscheck.hpp"
#include "support/vectors.hpp"

using hookwork::test::load_vectors;

TEST_CASE("every conformance vector gives its expected output", "[vectors]") {
  auto cases = load_vectors();
  REQUIRE_FALSE(cases.empty());
  std::set<std::string> seen;
  for (const auto& c : cases) {
    INFO(c.file << " / " << c.name << " (" << c.fn << ")");
    CHECK(seen.insert(c.file + "/" + c.name).second);  // names are unique within a file
    std::string text = hookwork::api::call_text(c.fn, c.input.dump());
    auto independent = hookwork::test::parse_independently(text);
    auto actual = nlohmann::json::parse(text);
    std::string where;
    CHECK(hookwork::test::same_json(independent, actual, &where));
    INFO("actual:   " << text.substr(0, 3000));
    INFO("expected: " << c.expect.dump().substr(0, 3000));
    CHECK(hookwork::test::vector_matches(c.expect, actual, c.subset));
  }
}

TEST_CASE("every facade function is exercised by at least one vector", "[vectors]") {
  std::set<std::string> used;
  for (const auto& c : load_vectors()) used.insert(c.fn);
  for (const auto& fn : hookwork::api::functions()) {
    INFO("function without a vector: " << fn);
    CHECK(used.count(fn) == 1);
  }
}
