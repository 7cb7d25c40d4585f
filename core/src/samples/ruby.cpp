// Ruby net/http, standard library only.
#include "renderers.hpp"
#include "string_literal.hpp"

namespace hookwork::samples {

Result<std::string> render_ruby(const SampleRequest& r) {
  const auto& style = ruby_style();
  std::string request_class = r.method.substr(0, 1);
  for (std::size_t i = 1; i < r.method.size(); ++i) request_class += static_cast<char>(r.method[i] - 'A' + 'a');
  std::string code = "require \"net/http\"\nrequire \"uri\"\n\nuri = URI(" + quoted_literal(r.url, style) +
                     ")\nrequest = Net::HTTP::" + request_class + ".new(uri)\n";
  for (const auto& h : r.headers)
    code += "request[" + quoted_literal(h.name, style) + "] = " + quoted_literal(h.value, style) + "\n";
  if (r.has_body) code += "request.body = " + quoted_literal(r.body, style) + "\n";
  code +=
      "\nresponse = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == \"https\") do |http|\n"
      "  http.request(request)\n"
      "end\n"
      "puts response.code\n"
      "puts response.body\n";
  return code;
}

}  // namespace hookwork::samples
