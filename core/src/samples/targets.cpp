// The target list and the entry point tying operation, request and renderer together.
#include <algorithm>

#include "hookwork/samples.hpp"
#include "renderers.hpp"

namespace hookwork::samples {
namespace {

struct TargetEntry {
  Target target;
  Renderer render;
};

const std::vector<TargetEntry>& entries() {
  static const std::vector<TargetEntry> list = {
      {{"curl", "Shell (curl)", "bash", "sample.sh", true}, render_curl},
      {{"powershell_curl", "Windows PowerShell (curl.exe)", "powershell", "sample.ps1", false}, render_powershell_curl},
      {{"httpie", "Shell (HTTPie)", "bash", "sample.sh", true}, render_httpie},
      {{"wget", "Shell (wget)", "bash", "sample.sh", true}, render_wget},
      {{"js_fetch", "JavaScript (browser fetch)", "javascript", "sample.js", true}, render_js_fetch},
      {{"node_fetch", "Node.js (built-in fetch)", "javascript", "sample.mjs", true}, render_node_fetch},
      {{"python_requests", "Python (requests)", "python", "sample.py", true}, render_python_requests},
      {{"python_http_client", "Python (http.client)", "python", "sample.py", true}, render_python_http_client},
      {{"php_curl", "PHP (curl)", "php", "sample.php", true}, render_php_curl},
      {{"go", "Go (net/http)", "go", "main.go", true}, render_go},
      {{"ruby", "Ruby (net/http)", "ruby", "sample.rb", true}, render_ruby},
      {{"java", "Java (java.net.http.HttpClient)", "java", "Main.java", true}, render_java},
      {{"csharp", "C# (HttpClient)", "csharp", "Program.cs", true}, render_csharp},
      {{"cpp_libcurl", "C++ (libcurl)", "cpp", "main.cpp", true}, render_cpp_libcurl},
  };
  return list;
}

const TargetEntry* find_entry(std::string_view id) {
  const auto& list = entries();
  auto it = std::find_if(list.begin(), list.end(), [&](const TargetEntry& e) { return e.target.id == id; });
  return it == list.end() ? nullptr : &*it;
}

}  // namespace

const std::vector<Target>& targets() {
  static const std::vector<Target> list = [] {
    std::vector<Target> out;
    for (const auto& e : entries()) out.push_back(e.target);
    return out;
  }();
  return list;
}

const Target* find_target(std::string_view id) {
  const TargetEntry* e = find_entry(id);
  return e ? &e->target : nullptr;
}

nlohmann::json targets_json() {
  nlohmann::json all = nlohmann::json::array();
  for (const auto& t : targets())
    all.push_back({{"id", t.id}, {"label", t.label}, {"language", t.language}, {"filename", t.filename},
                   {"executable_in_tests", t.executable_in_tests}});
  return all;
}

Result<Sample> sample(std::string_view operation, const nlohmann::json& params, std::string_view target,
                      const Options& options) {
  FieldErrors errors;
  const ops::Operation* op = ops::find_operation(operation);
  if (!op) errors.push_back({"operation", "unknown_operation", "no operation named '" + std::string(operation) + "'"});
  const TargetEntry* entry = find_entry(target);
  if (!entry) errors.push_back({"target", "unknown_target", "no sample target named '" + std::string(target) + "'"});
  if (!op) return errors;
  auto request = build_request(*op, params, options);
  if (!request.ok()) errors.insert(errors.end(), request.errors().begin(), request.errors().end());
  if (!errors.empty()) return errors;
  auto code = entry->render(request.value());
  if (!code.ok()) return code.errors();
  return Sample{std::move(code).value(), entry->target.filename, entry->target.language};
}

}  // namespace hookwork::samples
