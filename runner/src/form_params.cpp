#include "form_params.hpp"

#include "hookwork/url_encoding.hpp"

namespace hookwork::runner {

std::string form_decode(std::string_view text) {
  std::string spaced(text);
  for (char& c : spaced)
    if (c == '+') c = ' ';
  auto decoded = hookwork::percent_decode(spaced);
  return decoded ? std::move(*decoded) : spaced;
}

std::multimap<std::string, std::string> parse_form(std::string_view text) {
  std::multimap<std::string, std::string> out;
  while (!text.empty()) {
    const auto amp = text.find('&');
    const std::string_view pair = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
    if (pair.empty()) continue;
    const auto eq = pair.find('=');
    if (eq == std::string_view::npos) {
      out.emplace(form_decode(pair), "");
    } else {
      out.emplace(form_decode(pair.substr(0, eq)), form_decode(pair.substr(eq + 1)));
    }
  }
  return out;
}

}  // namespace hookwork::runner
