#pragma once
// Maps a request onto an operation: REST paths by template, the function
// surface (/webservice/{account}/<Name>) by name. Builds the handler input from
// the query string and a JSON or form-encoded body, coercing form strings to
// the parameter types the operation table declares.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"
#include "operations.hpp"

namespace hookwork::runner {

struct RouteMatch {
  const Operation* op = nullptr;
  std::map<std::string, std::string> params;  // path params, "account" included
  bool function_surface = false;
};

enum class RouteMiss { NotFound, MethodNotAllowed };

// REST or function surface; nullopt with `miss` set when nothing matches.
std::optional<RouteMatch> match_route(const std::string& method, const std::string& path, RouteMiss& miss);

// Form/query string values -> typed JSON per the operation's params.
nlohmann::json coerce_string_params(const Operation& op, const std::multimap<std::string, std::string>& params);

// Body text -> JSON object; errors name the problem ("invalid_json", "type").
Result<nlohmann::json> parse_json_object_body(const std::string& body);

}  // namespace hookwork::runner
