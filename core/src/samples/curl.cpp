// Shell (bash) + curl. --globoff: '[]{}' in a URL are curl globs otherwise;
// --data-raw: --data-binary would read a file when the body starts with '@'.
#include "renderers.hpp"
#include "shell_quote.hpp"

namespace hookwork::samples {

Result<std::string> render_curl(const SampleRequest& r) {
  std::string code = "#!/usr/bin/env bash\ncurl --globoff --silent --show-error --request " + r.method + " " +
                     bash_quote(r.url);
  for (const auto& h : r.headers) code += " \\\n  --header " + bash_quote(h.name + ": " + h.value);
  if (r.has_body) code += " \\\n  --data-raw " + bash_quote(r.body);
  return code + "\n";
}

}  // namespace hookwork::samples
