#pragma once
// One running server on a fresh SQLite file with account "acme" and its key.
#include <chrono>
#include <memory>
#include <set>
#include <thread>
#include <string>

#include "support/api_client.hpp"
#include "support/server_process.hpp"

namespace hookwork::test {

struct RunningServer {
  TempDir dir;
  std::string db = dir.file("hookwork.db");
  std::unique_ptr<ServerProcess> server;
  std::string key;

  explicit RunningServer(std::vector<std::string> extra = {}) { start(std::move(extra)); }
  void start(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"--store", "sqlite:" + db, "--bootstrap-account", "acme"};
    args.insert(args.end(), extra.begin(), extra.end());
    server = std::make_unique<ServerProcess>(args);
    auto printed = server->printed_api_key();
    if (!printed.empty()) key = printed;
  }
  int port() const { return server->port(); }
  ApiClient client() const { return ApiClient(port(), key); }
};

// A valid hook for `event` (default optin_finalized).
inline nlohmann::json hook_body(const std::string& event = "optin_finalized", const std::string& app = "crm") {
  return {{"app", app}, {"event", event}, {"url", "http://127.0.0.1:9/hook"}};
}

}  // namespace hookwork::test
