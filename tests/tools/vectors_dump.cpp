// Prints the native output text of every conformance vector, one JSON object per line:
//   {"file":"sign.json","name":"...","fn":"sign.sign","output":"<exact output text>"}
// The Node and Chromium tests run the same cases through the WASM build and compare
// their output TEXT with these, byte for byte. Input text is what vectors_test.cpp sends.
// `hookwork_vectors_dump functions` prints the facade's function names as a JSON array.
#include <iostream>
#include <string_view>

#include <nlohmann/json.hpp>

#include "hookwork/api.hpp"
#include "support/vectors.hpp"

int main(int argc, char** argv) {
  if (argc > 1 && std::string_view(argv[1]) == "functions") {
    std::cout << nlohmann::json(hookwork::api::functions()).dump() << '\n';
    return std::cout.good() ? 0 : 1;
  }
  for (const auto& c : hookwork::test::load_vectors()) {
    nlohmann::json line{{"file", c.file},
                        {"name", c.name},
                        {"fn", c.fn},
                        {"output", hookwork::api::call_text(c.fn, c.input.dump())}};
    std::cout << line.dump() << '\n';
  }
  return std::cout.good() ? 0 : 1;
}
