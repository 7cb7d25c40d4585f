// JSON form of the operation table (samples.operations, the playground's menu).
#include "hookwork/operations.hpp"

namespace hookwork::ops {

const char* to_string(ParamIn where) {
  switch (where) {
    case ParamIn::Path: return "path";
    case ParamIn::Query: return "query";
    case ParamIn::Header: return "header";
    case ParamIn::Body: return "body";
  }
  return "body";
}

const char* to_string(Surface s) { return s == Surface::Rest ? "rest" : "function"; }

nlohmann::json to_json(const Parameter& p) {
  nlohmann::json j{{"name", p.name},           {"type", p.type},       {"required", p.required},
                   {"in", to_string(p.in)},    {"description", p.description}, {"example", p.example}};
  if (!p.enum_values.empty()) j["enum"] = p.enum_values;
  if (!p.format.empty()) j["format"] = p.format;
  return j;
}

nlohmann::json to_json(const Operation& op) {
  nlohmann::json params = nlohmann::json::array();
  for (const auto& p : op.parameters) params.push_back(to_json(p));
  return {{"name", op.name},
          {"summary", op.summary},
          {"method", op.method},
          {"path", op.path},
          {"surface", to_string(op.surface)},
          {"handler", op.handler},
          {"parameters", std::move(params)},
          {"content_types", op.content_types},
          {"success_status", op.success_status},
          {"error_statuses", op.error_statuses},
          {"requires_auth", op.requires_auth}};
}

nlohmann::json operations_json() {
  nlohmann::json all = nlohmann::json::array();
  for (const auto& op : operations()) all.push_back(to_json(op));
  return all;
}

}  // namespace hookwork::ops
