#pragma once
// What a sample must make the server receive, derived from the operation table
// and the parameter values by the test's own encoder (not the core's), and the
// comparison with what the echo server recorded.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "echo_server.hpp"
#include "hookwork/operations.hpp"

namespace hookwork::test {

struct ExpectedRequest {
  std::string method;
  std::string target;
  std::vector<std::pair<std::string, std::string>> headers;  // must be present with exactly these values
  bool has_body = false;
  std::string content_type;
  std::string body;
};

ExpectedRequest expected_request(const ops::Operation& op, const nlohmann::json& params, const std::string& api_key,
                                 const std::string& content_type);

// Every difference, for humans; empty when the server got exactly the request.
// Besides byte equality it decodes what arrived (path segments, query, form,
// JSON with Boost.JSON) and compares with the parameter values themselves.
std::vector<std::string> differences(const ExpectedRequest& want, const RecordedRequest& got,
                                     const ops::Operation& op, const nlohmann::json& params);

std::string percent_decode(const std::string& s);

}  // namespace hookwork::test
