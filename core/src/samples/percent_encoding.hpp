#pragma once
// RFC 3986 percent-encoding for path segments, query and form values.
#include <string>
#include <string_view>

namespace hookwork::samples {

// Every byte except the unreserved set (A-Z a-z 0-9 - . _ ~) becomes %XX (upper-case hex).
// Encoding all reserved characters keeps the result stable under every client's
// "requote" step (Python requests, HTTPie, Go, curl), which never touch %XX or unreserved bytes.
std::string percent_encode(std::string_view bytes);

}  // namespace hookwork::samples
