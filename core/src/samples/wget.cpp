// Shell (bash) + GNU wget.
#include "renderers.hpp"
#include "shell_quote.hpp"

namespace hookwork::samples {

Result<std::string> render_wget(const SampleRequest& r) {
  std::string code = "#!/usr/bin/env bash\nwget --quiet --content-on-error --output-document=- --method=" + r.method;
  for (const auto& h : r.headers) code += " \\\n  " + bash_quote("--header=" + h.name + ": " + h.value);
  if (r.has_body) code += " \\\n  " + bash_quote("--body-data=" + r.body);
  code += " \\\n  " + bash_quote(r.url);
  return code + "\n";
}

}  // namespace hookwork::samples
