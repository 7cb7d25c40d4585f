#pragma once
// Quoting one argument for bash (curl, HTTPie and wget samples).
#include <string>
#include <string_view>

namespace hookwork::samples {

// '...' (nothing is special inside but the quote) or, when the text holds
// control characters, $'...' with \n \r \t \xHH so the script stays readable.
std::string bash_quote(std::string_view text);

}  // namespace hookwork::samples
