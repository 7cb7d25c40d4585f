// Shell (bash) + HTTPie. Header items are "Name:value" where ':', ';', '@'
// and '=' are separators unless backslash-escaped; a backslash right before
// one of them cannot be written at all, so such a value is refused.
#include "renderers.hpp"
#include "shell_quote.hpp"

namespace hookwork::samples {
namespace {

bool is_item_separator(char c) { return c == ':' || c == ';' || c == '@' || c == '='; }

}  // namespace

Result<std::string> render_httpie(const SampleRequest& r) {
  std::string code = "#!/usr/bin/env bash\nhttp --ignore-stdin";
  // --raw=... keeps a body starting with '-' from being read as an option.
  if (r.has_body) code += " " + bash_quote("--raw=" + r.body);
  code += " " + r.method + " " + bash_quote(r.url);
  for (const auto& h : r.headers) {
    std::string item = h.name + ":";
    for (std::size_t i = 0; i < h.value.size(); ++i) {
      const char c = h.value[i];
      if (c == '\\' && i + 1 < h.value.size() && is_item_separator(h.value[i + 1]))
        return Result<std::string>::failure("target", "unrepresentable",
                                            "HTTPie cannot send a backslash followed by one of :;@= in header " + h.name);
      if (is_item_separator(c)) item += '\\';
      item += c;
    }
    code += " \\\n  " + bash_quote(item);
  }
  return code + "\n";
}

}  // namespace hookwork::samples
