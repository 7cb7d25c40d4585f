// Python 3 standard library only (http.client).
#include "python_common.hpp"
#include "renderers.hpp"
#include "string_literal.hpp"

namespace hookwork::samples {

Result<std::string> render_python_http_client(const SampleRequest& r) {
  const auto& style = python_style();
  const std::string connection = r.scheme == "https" ? "HTTPSConnection" : "HTTPConnection";
  std::string code = "import http.client\n\n" + python_headers(r);
  if (r.has_body) code += "body = " + quoted_literal(r.body, style) + "\n";
  code += "\nconnection = http.client." + connection + "(" + quoted_literal(r.authority, style) + ")\n" +
          "connection.request(" + quoted_literal(r.method, style) + ", " + quoted_literal(r.target, style) +
          (r.has_body ? ", body=body.encode(\"utf-8\")" : "") +
          ", headers=headers)\n"
          "response = connection.getresponse()\n"
          "print(response.status)\n"
          "print(response.read().decode(\"utf-8\", \"replace\"))\n"
          "connection.close()\n";
  return code;
}

}  // namespace hookwork::samples
