#pragma once
// Sample calls: for one operation of the API table and parameter values, a
// complete program or command in one of many languages that sends exactly the
// request the operation defines (method, path, query, headers, body bytes).
// Values travel through every target's quoting rules byte-exact; a value a
// target cannot carry is refused as a field error, never silently altered.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"
#include "hookwork/model.hpp"
#include "hookwork/operations.hpp"

namespace hookwork::samples {

struct Options {
  std::string base_url = "http://localhost:8080";  // scheme://host[:port][/prefix], no trailing slash needed
  std::string api_key = "YOUR_API_KEY";            // sent as Authorization: Bearer <api_key>
  std::string content_type;                        // one of the operation's types; "" = its preferred one
};

// The exact request every target's sample sends.
struct SampleRequest {
  std::string method;        // "GET" | "POST" | "PUT" | "DELETE"
  std::string url;           // base_url + encoded path + ("?" + encoded query when any)
  std::string scheme;        // "http" | "https"
  std::string authority;     // host[:port]
  std::string target;        // base prefix + encoded path + query: what goes on the request line
  Headers headers;           // Authorization, Content-Type (when a body), header parameters
  bool has_body = false;
  std::string body;          // JSON text (nlohmann dump, UTF-8) or form-urlencoded text
};

// Validates parameter values against the operation and builds the request.
// Errors name "params.<name>", "options.<name>".
Result<SampleRequest> build_request(const ops::Operation& op, const nlohmann::json& params, const Options& options);

struct Target {
  std::string id;        // "curl", "python_requests", ...
  std::string label;     // "Shell (curl)"
  std::string language;  // syntax-highlighting name: "bash", "python", ...
  std::string filename;  // suggested file name: "sample.sh", "Main.java"
  bool executable_in_tests = true;  // false: toolchain not in Debian, checked by golden files
};

const std::vector<Target>& targets();
const Target* find_target(std::string_view id);

struct Sample {
  std::string code;
  std::string filename;
  std::string language;
};

// Errors: "operation" unknown_operation, "target" unknown_target / unrepresentable,
// "params.<name>" required / unknown_parameter / invalid_type / invalid_value, "options.<name>" invalid_value.
Result<Sample> sample(std::string_view operation, const nlohmann::json& params, std::string_view target,
                      const Options& options = {});

nlohmann::json targets_json();

}  // namespace hookwork::samples
