// Node.js 18+ built-in fetch, as an ES module (top-level await).
#include "js_common.hpp"
#include "renderers.hpp"
#include "string_literal.hpp"

namespace hookwork::samples {

Result<std::string> render_node_fetch(const SampleRequest& r) {
  std::string code = "// Save as sample.mjs and run: node sample.mjs\n";
  if (r.has_body) code += "const body = " + quoted_literal(r.body, javascript_style()) + ";\n\n";
  code += "const response = await " + fetch_call(r) +
          ";\n"
          "console.log(response.status);\n"
          "console.log(await response.text());\n"
          "if (!response.ok) process.exitCode = 1;\n";
  return code;
}

}  // namespace hookwork::samples
