// Python 3 + requests. data= takes bytes so requests adds no Content-Type of its own.
#include "python_common.hpp"
#include "renderers.hpp"
#include "string_literal.hpp"

namespace hookwork::samples {

Result<std::string> render_python_requests(const SampleRequest& r) {
  const auto& style = python_style();
  std::string code = "import requests\n\nurl = " + quoted_literal(r.url, style) + "\n" + python_headers(r);
  if (r.has_body) code += "body = " + quoted_literal(r.body, style) + "\n";
  code += "\nresponse = requests.request(" + quoted_literal(r.method, style) + ", url, headers=headers" +
          (r.has_body ? ", data=body.encode(\"utf-8\")" : "") +
          ")\n"
          "print(response.status_code)\n"
          "print(response.text)\n";
  return code;
}

}  // namespace hookwork::samples
