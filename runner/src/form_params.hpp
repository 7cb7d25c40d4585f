#pragma once
// Query strings and application/x-www-form-urlencoded bodies: "a=1&b=x+y" ->
// {a:"1", b:"x y"}. "+" is a space here (form encoding, as browsers and curl send
// it), unlike core's RFC 3986 percent_decode.
#include <map>
#include <string>
#include <string_view>

namespace hookwork::runner {

// A pair whose "%" is not followed by two hex digits is kept as sent.
std::multimap<std::string, std::string> parse_form(std::string_view text);

// "+" as space, then %XX; the text as sent when an escape is malformed.
std::string form_decode(std::string_view text);

}  // namespace hookwork::runner
