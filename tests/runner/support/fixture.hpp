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
    // Test receivers live on 127.0.0.1, which the default URL policy refuses.
    std::vector<std::string> args = {"--store", "sqlite:" + db, "--bootstrap-account", "acme", "--allow-private-urls"};
    // The API tests look at queued deliveries, which the worker would send away underneath them:
    // it runs only where a test asks for it (DeliveringServer).
    bool deliver_given = false;
    for (const auto& a : extra) deliver_given = deliver_given || a.rfind("--deliver", 0) == 0;
    if (!deliver_given) args.push_back("--deliver=false");
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
