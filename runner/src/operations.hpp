#pragma once
// The runner's operation table: every API operation once, with its REST route
// and its function-surface name (/webservice/{account}/<name>). The router, the
// route walk in the tests and GET /openapi.json are all built from it. Core's
// samples module owns the shared list (hookwork/operations.hpp); this table
// mirrors it until that lands, and carries the runner-only routes (settings,
// deliveries) the shared list does not have.
#include <string>
#include <vector>

namespace hookwork::runner {

struct OperationParam {
  std::string name;
  std::string in;  // "path" | "query" | "body"
  bool required = false;
  std::string type;  // "string" | "integer" | "boolean" | "object"
  std::string description;
};

struct Operation {
  std::string name;       // function-surface name, e.g. "CreateWebHook"
  std::string method;     // REST method
  std::string path;       // REST template, e.g. "/v1/{account}/webhooks/{id}"
  std::string handler;    // handler key
  std::string summary;
  int success_status = 200;
  std::vector<OperationParam> params;
};

const std::vector<Operation>& operations();
const Operation* find_operation_by_name(const std::string& name);

}  // namespace hookwork::runner
