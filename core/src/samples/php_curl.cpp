// PHP + ext-curl. Single quotes unless the text holds control or invisible characters;
// then double quotes with '$' escaped (httpsnippet left it interpolating).
#include "renderers.hpp"
#include "string_literal.hpp"

namespace hookwork::samples {
namespace {

std::string php_literal(const std::string& text) {
  if (has_control_chars(text) || has_invisible_chars(text)) return quoted_literal(text, php_style());
  std::string out = "'";
  for (char c : text) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  return out + "'";
}

}  // namespace

Result<std::string> render_php_curl(const SampleRequest& r) {
  std::string code = "<?php\n\n$curl = curl_init();\ncurl_setopt_array($curl, [\n    CURLOPT_URL => " +
                     php_literal(r.url) + ",\n    CURLOPT_CUSTOMREQUEST => " + php_literal(r.method) +
                     ",\n    CURLOPT_HTTPHEADER => [\n";
  for (const auto& h : r.headers) code += "        " + php_literal(h.name + ": " + h.value) + ",\n";
  code += "        'Expect:',\n    ],\n";  // no 100-continue round trip for bodies over 1 KiB
  if (r.has_body) code += "    CURLOPT_POSTFIELDS => " + php_literal(r.body) + ",\n";
  code +=
      "    CURLOPT_RETURNTRANSFER => true,\n"
      "]);\n"
      "$response = curl_exec($curl);\n"
      "if ($response === false) {\n"
      "    fwrite(STDERR, curl_error($curl) . \"\\n\");\n"
      "    exit(1);\n"
      "}\n"
      "echo curl_getinfo($curl, CURLINFO_RESPONSE_CODE), \"\\n\", $response, \"\\n\";\n"
      "curl_close($curl);\n";
  return code;
}

}  // namespace hookwork::samples
