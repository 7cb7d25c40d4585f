// Go net/http, standard library only (go run main.go).
#include "renderers.hpp"
#include "string_literal.hpp"

namespace hookwork::samples {

Result<std::string> render_go(const SampleRequest& r) {
  const auto& style = go_style();
  std::string code = "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"net/http\"\n\t\"os\"\n";
  if (r.has_body) code += "\t\"strings\"\n";
  code += ")\n\nfunc main() {\n";
  if (r.has_body) code += "\tbody := strings.NewReader(" + quoted_literal(r.body, style) + ")\n";
  code += "\trequest, err := http.NewRequest(" + quoted_literal(r.method, style) + ", " + quoted_literal(r.url, style) +
          (r.has_body ? ", body)\n" : ", nil)\n") +
          "\tif err != nil {\n\t\tfmt.Fprintln(os.Stderr, err)\n\t\tos.Exit(1)\n\t}\n";
  for (const auto& h : r.headers)
    code += "\trequest.Header.Set(" + quoted_literal(h.name, style) + ", " + quoted_literal(h.value, style) + ")\n";
  code +=
      "\tresponse, err := http.DefaultClient.Do(request)\n"
      "\tif err != nil {\n\t\tfmt.Fprintln(os.Stderr, err)\n\t\tos.Exit(1)\n\t}\n"
      "\tdefer response.Body.Close()\n"
      "\ttext, _ := io.ReadAll(response.Body)\n"
      "\tfmt.Println(response.StatusCode)\n"
      "\tfmt.Println(string(text))\n"
      "}\n";
  return code;
}

}  // namespace hookwork::samples
