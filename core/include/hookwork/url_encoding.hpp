#pragma once
// Percent-encoding per RFC 3986: the unreserved characters (ALPHA DIGIT - . _ ~)
// stay, every other byte becomes %XX with upper-case hex. Byte-exact and
// locale-free, so native, Node and browser hosts produce the same query strings.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hookwork {

std::string percent_encode(std::string_view bytes);

// Appends percent_encode(bytes) to `out` (no temporary: used on the GET hot path).
void append_percent_encoded(std::string& out, std::string_view bytes);

// Inverse of percent_encode. "+" is kept as "+" (RFC 3986, not form encoding).
// nullopt when a "%" is not followed by two hex digits.
std::optional<std::string> percent_decode(std::string_view text);

using QueryParams = std::vector<std::pair<std::string_view, std::string_view>>;

// Appends each "key=value" (both percent-encoded, in order) to the query of
// `url`, before any "#fragment": "?" when the URL has no query yet, "&"
// between pairs and after a non-empty query that does not already end in "&".
std::string append_query_params(std::string_view url, const QueryParams& params);

}  // namespace hookwork
