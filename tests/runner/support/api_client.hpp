#pragma once
// A small HTTP client for the end-to-end tests (cpp-httplib's client), which
// also checks every JSON answer with the independent parser.
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

namespace httplib {
class Client;
}

namespace hookwork::test {

struct Reply {
  int status = 0;  // 0 = transport failure
  std::string body;
  std::string content_type;
  std::string header(const std::string& name) const;
  nlohmann::json json() const;  // parsed (and cross-checked with Boost.JSON)
  std::multimap<std::string, std::string> headers;
};

class ApiClient {
 public:
  ApiClient(int port, std::string api_key = "");
  ~ApiClient();

  Reply get(const std::string& path);
  Reply del(const std::string& path);
  Reply post_json(const std::string& path, const nlohmann::json& body, const std::string& idempotency_key = "");
  Reply put_json(const std::string& path, const nlohmann::json& body);
  // Raw request: any method, body and content type, optional extra header.
  Reply send(const std::string& method, const std::string& path, const std::string& body,
             const std::string& content_type, const std::string& extra_header_name = "",
             const std::string& extra_header_value = "");
  void set_key(std::string key) { key_ = std::move(key); }

 private:
  std::unique_ptr<httplib::Client> client_;
  std::string key_;
};

// "a=1&b=x%20y" from pairs.
std::string form_encode(const std::vector<std::pair<std::string, std::string>>& fields);

}  // namespace hookwork::test
