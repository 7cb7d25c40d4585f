#pragma once
// Loader for tests/vectors/*.json, the conformance cases every host runs
// (native here, Node and Chromium against the WASM build). Format: tests/vectors/README.md.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace hookwork::test {

struct VectorCase {
  std::string file;     // "catalog.json"
  std::string name;     // case name, unique within its file
  std::string fn;       // facade function, e.g. "validate.hook"
  nlohmann::json input; // with generators ($repeat, $nest) already expanded
  nlohmann::json expect;
  bool subset = false;  // true when the case gave "expect_subset"
};

// Every case of every file in HOOKWORK_VECTORS_DIR, in file then case order.
std::vector<VectorCase> load_vectors();

// Expands the host-neutral generators: {"$repeat": s, "count": n} -> s repeated n times;
// {"$nest": n, "key": k, "leaf": v} -> {k:{k:...v}} nested n deep.
nlohmann::json expand_generators(const nlohmann::json& j);

// Exact equality, or (subset) every key of `expected` present and equal in `actual`,
// arrays of the same length compared element by element.
bool vector_matches(const nlohmann::json& expected, const nlohmann::json& actual, bool subset);

}  // namespace hookwork::test
