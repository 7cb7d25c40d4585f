#include "support/api_client.hpp"

#include <httplib.h>

#include <catch2/catch.hpp>

#include "support/json_crosscheck.hpp"

namespace hookwork::test {

std::string Reply::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? "" : it->second;
}

nlohmann::json Reply::json() const {
  require_parsers_agree(body);
  return nlohmann::json::parse(body);
}

ApiClient::ApiClient(int port, std::string api_key)
    : client_(std::make_unique<httplib::Client>("127.0.0.1", port)), key_(std::move(api_key)) {
  client_->set_read_timeout(30, 0);
  client_->set_keep_alive(true);
  // Header and body go out in two writes: without this, Nagle and delayed ACKs add 40 ms to each request.
  client_->set_tcp_nodelay(true);
}

ApiClient::~ApiClient() = default;

Reply ApiClient::send(const std::string& method, const std::string& path, const std::string& body,
                      const std::string& content_type, const std::string& extra_name, const std::string& extra_value) {
  httplib::Request req;
  req.method = method;
  req.path = path;
  if (!key_.empty()) req.set_header("Authorization", "Bearer " + key_);
  if (!extra_name.empty()) req.set_header(extra_name, extra_value);
  if (!content_type.empty()) req.set_header("Content-Type", content_type);
  req.body = body;
  auto res = client_->send(req);
  Reply r;
  if (!res) return r;
  r.status = res->status;
  r.body = res->body;
  r.content_type = res->get_header_value("Content-Type");
  for (const auto& [k, v] : res->headers) r.headers.emplace(k, v);
  return r;
}

Reply ApiClient::get(const std::string& path) { return send("GET", path, "", ""); }
Reply ApiClient::del(const std::string& path) { return send("DELETE", path, "", ""); }
Reply ApiClient::post_json(const std::string& path, const nlohmann::json& body, const std::string& key) {
  return key.empty() ? send("POST", path, body.dump(), "application/json")
                     : send("POST", path, body.dump(), "application/json", "Idempotency-Key", key);
}
Reply ApiClient::put_json(const std::string& path, const nlohmann::json& body) {
  return send("PUT", path, body.dump(), "application/json");
}

std::string form_encode(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out;
  for (const auto& [k, v] : fields) {
    if (!out.empty()) out += "&";
    out += httplib::detail::encode_query_param(k) + "=" + httplib::detail::encode_query_param(v);
  }
  return out;
}

}  // namespace hookwork::test
