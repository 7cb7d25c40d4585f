#pragma once
// Hostile parameter values for the sample round trips, and the parameter sets
// built from them: every quoting, escaping and encoding trap the brief lists.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/operations.hpp"

namespace hookwork::test {

struct HostileSet {
  std::string name;  // used in file names: [a-z_]
  std::string text;  // UTF-8, no NUL
};

const std::vector<HostileSet>& hostile_sets();

// Values for every parameter of `op` derived from `text`: strings carry the text
// (plus the parameter name, so a swapped value is caught), objects and arrays
// nest it, integers and booleans use the table's examples. Header values keep
// only the characters a header can carry.
nlohmann::json hostile_params(const ops::Operation& op, const std::string& text);

// The printable-ASCII part of `text` with surrounding spaces trimmed ("k" when nothing is left).
std::string header_safe(const std::string& text);

}  // namespace hookwork::test
