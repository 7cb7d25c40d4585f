// C# System.Net.Http.HttpClient (.NET or Mono: mcs -r:System.Net.Http).
// ByteArrayContent, not StringContent, which would append "; charset=utf-8" to Content-Type.
#include "renderers.hpp"
#include "string_literal.hpp"

namespace hookwork::samples {

Result<std::string> render_csharp(const SampleRequest& r) {
  const auto& style = csharp_style();
  std::string code =
      "using System;\n"
      "using System.Net.Http;\n"
      "using System.Text;\n\n"
      "class Program\n"
      "{\n"
      "    static void Main()\n"
      "    {\n"
      "        using (var client = new HttpClient())\n"
      "        {\n"
      "            var request = new HttpRequestMessage(new HttpMethod(" +
      quoted_literal(r.method, style) + "), " + quoted_literal(r.url, style) + ");\n";
  for (const auto& h : r.headers) {
    if (h.name == "Content-Type") continue;  // a content header, set on the content below
    code += "            request.Headers.TryAddWithoutValidation(" + quoted_literal(h.name, style) + ", " +
            quoted_literal(h.value, style) + ");\n";
  }
  if (r.has_body) {
    code += "            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(" +
            quoted_literal(r.body, style) + "));\n";
    for (const auto& h : r.headers)
      if (h.name == "Content-Type")
        code += "            request.Content.Headers.TryAddWithoutValidation(\"Content-Type\", " +
                quoted_literal(h.value, style) + ");\n";
  }
  code +=
      "            var response = client.SendAsync(request).GetAwaiter().GetResult();\n"
      "            Console.WriteLine((int)response.StatusCode);\n"
      "            Console.WriteLine(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());\n"
      "        }\n"
      "    }\n"
      "}\n";
  return code;
}

}  // namespace hookwork::samples
