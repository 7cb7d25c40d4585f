#pragma once
// Every JSON text the core writes is read back by an independent parser
// (Boost.JSON) and compared field by field with what the test expects, so a
// serializer bug cannot hide behind the same library parsing its own output.
#include <string>

#include <boost/json.hpp>
#include <nlohmann/json.hpp>

namespace hookwork::test {

// Parses `text` with Boost.JSON; fails the current test if it is not valid JSON.
boost::json::value parse_independently(const std::string& text);

// Structural equality between a Boost.JSON value and a nlohmann value: same
// kinds, same object keys, same array lengths, same strings, numerically equal numbers.
// On mismatch `where` receives the JSON path of the first difference.
bool same_json(const boost::json::value& a, const nlohmann::json& b, std::string* where = nullptr);

// Parses `text` with Boost.JSON and requires it to equal `expected` field by field.
void require_json_text_equals(const std::string& text, const nlohmann::json& expected);

// Parses `text` with both parsers and requires they agree (the text is valid JSON and unambiguous).
void require_parsers_agree(const std::string& text);

}  // namespace hookwork::test
