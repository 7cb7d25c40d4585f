// Java 11+ java.net.http.HttpClient; runs as `java Main.java`.
#include "renderers.hpp"
#include "string_literal.hpp"

namespace hookwork::samples {

Result<std::string> render_java(const SampleRequest& r) {
  const auto& style = java_style();
  std::string code =
      "import java.net.URI;\n"
      "import java.net.http.HttpClient;\n"
      "import java.net.http.HttpRequest;\n"
      "import java.net.http.HttpResponse;\n\n"
      "public class Main {\n"
      "    public static void main(String[] args) throws Exception {\n"
      "        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();\n";
  if (r.has_body) code += "        String body = " + quoted_literal(r.body, style) + ";\n";
  code += "        HttpRequest request = HttpRequest.newBuilder(URI.create(" + quoted_literal(r.url, style) + "))\n";
  for (const auto& h : r.headers)
    code += "            .header(" + quoted_literal(h.name, style) + ", " + quoted_literal(h.value, style) + ")\n";
  code += "            .method(" + quoted_literal(r.method, style) + ", " +
          (r.has_body ? "HttpRequest.BodyPublishers.ofString(body)" : "HttpRequest.BodyPublishers.noBody()") +
          ")\n"
          "            .build();\n"
          "        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());\n"
          "        System.out.println(response.statusCode());\n"
          "        System.out.println(response.body());\n"
          "    }\n"
          "}\n";
  return code;
}

}  // namespace hookwork::samples
