#pragma once
// Drives the test receiver process through its control API (cpp-httplib, so
// the dispatcher under test never checks itself).
#include <string>

#include <nlohmann/json.hpp>

#include "process.hpp"

namespace hookwork::testing {

class Receiver {
 public:
  Receiver();
  int port() const { return port_; }
  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

  void rule(const nlohmann::json& rule);                  // POST /_control/rules
  nlohmann::json requests(const std::string& path = "");  // the "requests" array
  nlohmann::json stats();
  void reset();

 private:
  ChildProcess process_;
  int port_;
};

}  // namespace hookwork::testing
