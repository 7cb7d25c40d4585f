// JavaScript fetch, for the browser (also runs as a classic script in Node 18+).
// The body is the exact JSON text as a string literal: re-serializing an object
// literal with JSON.stringify could change number formatting.
#include "js_common.hpp"
#include "renderers.hpp"
#include "string_literal.hpp"

namespace hookwork::samples {

std::string fetch_call(const SampleRequest& r) {
  const auto& style = javascript_style();
  std::string code = "fetch(" + quoted_literal(r.url, style) + ", {\n  method: " + quoted_literal(r.method, style) +
                     ",\n  headers: {\n";
  for (const auto& h : r.headers)
    code += "    " + quoted_literal(h.name, style) + ": " + quoted_literal(h.value, style) + ",\n";
  code += "  },\n";
  if (r.has_body) code += "  body,\n";
  return code + "})";
}

Result<std::string> render_js_fetch(const SampleRequest& r) {
  std::string code;
  if (r.has_body) code += "const body = " + quoted_literal(r.body, javascript_style()) + ";\n\n";
  code += fetch_call(r) +
          "\n  .then(async (response) => {\n"
          "    console.log(response.status);\n"
          "    console.log(await response.text());\n"
          "  })\n"
          "  .catch((error) => console.error(error));\n";
  return code;
}

}  // namespace hookwork::samples
