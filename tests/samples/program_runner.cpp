#include "program_runner.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <vector>

namespace hookwork::test {
namespace {

namespace fs = std::filesystem;

struct Toolchain {
  std::vector<std::string> commands;  // must be on PATH
  std::string run;                    // shell command run in the case folder; {file} = the sample
};

const std::map<std::string, Toolchain>& toolchains() {
  static const std::map<std::string, Toolchain> t = {
      {"curl", {{"bash", "curl"}, "bash {file}"}},
      {"httpie", {{"bash", "http"}, "HTTPIE_CONFIG_DIR=\"$PWD/.httpie\" bash {file}"}},
      {"wget", {{"bash", "wget"}, "bash {file}"}},
      {"js_fetch", {{"node"}, "node {file}"}},
      {"node_fetch", {{"node"}, "node {file}"}},
      // /usr/bin/python3: a pyenv shim on PATH may lack requests.
      {"python_requests", {{"/usr/bin/python3"}, "/usr/bin/python3 {file}"}},
      {"python_http_client", {{"/usr/bin/python3"}, "/usr/bin/python3 {file}"}},
      {"php_curl", {{"php"}, "php {file}"}},
      {"go", {{"go"}, "go run {file}"}},
      {"ruby", {{"ruby"}, "ruby {file}"}},
      {"java", {{"java"}, "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto {file}"}},
      {"csharp", {{"mcs", "mono"}, "mcs -nologo -r:System.Net.Http -out:sample.exe {file} && mono sample.exe"}},
      {"cpp_libcurl", {{"g++"}, "g++ -std=c++17 -O0 -o sample {file} -lcurl && ./sample"}},
  };
  return t;
}

bool on_path(const std::string& command) {
  const std::string probe = "command -v '" + command + "' >/dev/null 2>&1";
  return std::system(probe.c_str()) == 0;
}

}  // namespace

std::string missing_toolchain(const std::string& target_id) {
  auto it = toolchains().find(target_id);
  if (it == toolchains().end()) return "no toolchain known for " + target_id;
  std::string missing;
  for (const auto& c : it->second.commands)
    if (!on_path(c)) missing += (missing.empty() ? "" : " ") + c;
  return missing;
}

ProgramRun run_program(const std::string& target_id, const std::string& code, const std::string& filename,
                       const std::string& dir) {
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir + "/" + filename, std::ios::binary) << code;
  std::string run = toolchains().at(target_id).run;
  run.replace(run.find("{file}"), 6, filename);
  const std::string work = fs::path(dir).parent_path().string();
  // Go: offline, caches under the build folder so later cases reuse compiled packages.
  const std::string command =
      "cd '" + dir + "' && env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u ALL_PROXY -u all_proxy " +
      "NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local " +
      "GOCACHE='" + work + "/.gocache' GOPATH='" + work + "/.gopath' HOME='" + dir + "' " +
      "timeout 120 bash -c '" + run + "' 2>&1";
  ProgramRun result;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) result.output.append(buf.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace hookwork::test
