#include "receiver_client.hpp"

#include <httplib.h>

#include <stdexcept>

namespace hookwork::testing {
namespace {

nlohmann::json checked(const httplib::Result& res, const std::string& what) {
  if (!res || res->status != 200) throw std::runtime_error("receiver control call failed: " + what);
  return nlohmann::json::parse(res->body);
}

}  // namespace

Receiver::Receiver() : process_(HOOKWORK_RECEIVER_PATH, {"--port", "0"}), port_(process_.wait_for_port()) {}

void Receiver::rule(const nlohmann::json& rule) {
  httplib::Client client("127.0.0.1", port_);
  checked(client.Post("/_control/rules", rule.dump(), "application/json"), "rules");
}

nlohmann::json Receiver::requests(const std::string& path) {
  httplib::Client client("127.0.0.1", port_);
  std::string target = "/_control/requests";
  if (!path.empty()) target += "?path=" + httplib::detail::encode_query_param(path);
  return checked(client.Get(target.c_str()), "requests")["requests"];
}

nlohmann::json Receiver::stats() {
  httplib::Client client("127.0.0.1", port_);
  return checked(client.Get("/_control/stats"), "stats");
}

void Receiver::reset() {
  httplib::Client client("127.0.0.1", port_);
  checked(client.Post("/_control/reset", "", "application/json"), "reset");
}

}  // namespace hookwork::testing
