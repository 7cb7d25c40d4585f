#pragma once
// The API's operations, in one table: the single source for the runner's
// routes, the OpenAPI document, the sample calls and the playground.
// Plain data; the table itself lives in core/src/operations/table.cpp.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace hookwork::ops {

// Where a parameter travels in the HTTP request.
enum class ParamIn { Path, Query, Header, Body };
const char* to_string(ParamIn where);  // "path" | "query" | "header" | "body"

// REST routes under /v1/{account}/..., or the seed's function surface
// (/webservice/{account}/<Function>) mapped onto the same handlers.
enum class Surface { Rest, Function };
const char* to_string(Surface s);  // "rest" | "function"

struct Parameter {
  std::string name;                      // as sent: path/query/body key or header name
  std::string type;                      // "string" | "integer" | "boolean" | "object" | "array"
  bool required = false;
  ParamIn in = ParamIn::Body;
  std::string description;
  nlohmann::json example;                // a value a sample can use as is
  std::vector<std::string> enum_values;  // allowed values when the set is closed (as text)
  std::string format;                    // OpenAPI format hint: "uri", "date-time", ... ("" = none)
};

struct Operation {
  std::string name;     // stable id (OpenAPI operationId): "listWebhooks", "CreateWebHook"
  std::string summary;
  std::string method;   // "GET" | "POST" | "PUT" | "DELETE"
  std::string path;     // template: "/v1/{account}/webhooks/{id}"
  Surface surface = Surface::Rest;
  std::string handler;  // name of the REST operation whose handler serves this one
  std::vector<Parameter> parameters;
  std::vector<std::string> content_types;  // request body types, preferred first; empty = no body
  int success_status = 200;
  std::vector<int> error_statuses;
  bool requires_auth = true;  // Authorization: Bearer <api key>
};

// Every operation, REST first then the function surface. Order is stable:
// a router matching in this order sees "/webhooks/events" before "/webhooks/{id}".
const std::vector<Operation>& operations();

// nullptr when no operation has that name.
const Operation* find_operation(std::string_view name);

// Parameters of `op` travelling in `where`, in table order.
std::vector<const Parameter*> parameters_in(const Operation& op, ParamIn where);

// JSON forms (the facade's samples.operations answer is the array of these).
nlohmann::json to_json(const Parameter& p);
nlohmann::json to_json(const Operation& op);
nlohmann::json operations_json();

// The OpenAPI 3.1 document describing every operation.
nlohmann::json openapi();

}  // namespace hookwork::ops
