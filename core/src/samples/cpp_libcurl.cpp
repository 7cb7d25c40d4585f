// C++ with libcurl (g++ main.cpp -lcurl). "Expect:" turns off the
// 100-continue round trip libcurl adds to bodies over 1 KiB.
#include "renderers.hpp"
#include "string_literal.hpp"

namespace hookwork::samples {

Result<std::string> render_cpp_libcurl(const SampleRequest& r) {
  const auto& style = cpp_style();
  std::string code =
      "// Build: g++ -std=c++17 main.cpp -lcurl\n"
      "#include <curl/curl.h>\n\n"
      "#include <iostream>\n"
      "#include <string>\n\n"
      "static size_t collect(char* data, size_t size, size_t count, void* out) {\n"
      "  static_cast<std::string*>(out)->append(data, size * count);\n"
      "  return size * count;\n"
      "}\n\n"
      "int main() {\n"
      "  curl_global_init(CURL_GLOBAL_DEFAULT);\n"
      "  CURL* curl = curl_easy_init();\n"
      "  if (!curl) return 1;\n";
  if (r.has_body) code += "  const std::string body = " + quoted_literal(r.body, style) + ";\n";
  code += "  curl_slist* headers = nullptr;\n";
  for (const auto& h : r.headers)
    code += "  headers = curl_slist_append(headers, " + quoted_literal(h.name + ": " + h.value, style) + ");\n";
  code += "  headers = curl_slist_append(headers, \"Expect:\");\n"
          "  std::string response;\n"
          "  curl_easy_setopt(curl, CURLOPT_URL, " + quoted_literal(r.url, style) + ");\n" +
          "  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, " + quoted_literal(r.method, style) + ");\n" +
          "  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);\n";
  if (r.has_body)
    code +=
        "  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());\n"
        "  curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));\n";
  code +=
      "  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);\n"
      "  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response);\n"
      "  const CURLcode rc = curl_easy_perform(curl);\n"
      "  long status = 0;\n"
      "  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);\n"
      "  curl_slist_free_all(headers);\n"
      "  curl_easy_cleanup(curl);\n"
      "  curl_global_cleanup();\n"
      "  if (rc != CURLE_OK) {\n"
      "    std::cerr << curl_easy_strerror(rc) << '\\n';\n"
      "    return 1;\n"
      "  }\n"
      "  std::cout << status << '\\n' << response << '\\n';\n"
      "  return 0;\n"
      "}\n";
  return code;
}

}  // namespace hookwork::samples
