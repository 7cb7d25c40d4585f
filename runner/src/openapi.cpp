#include "openapi.hpp"

#include <cctype>

#include "operations.hpp"

namespace hookwork::runner {
namespace {

nlohmann::json schema_of(const std::string& type) {
  if (type == "object") return nlohmann::json::object();  // any JSON value the operation accepts
  return {{"type", type}};
}

nlohmann::json operation_object(const Operation& op, bool function_surface) {
  nlohmann::json o;
  o["operationId"] = function_surface ? op.name : op.handler;
  o["summary"] = op.summary;
  o["security"] = nlohmann::json::array({{{"bearer", nlohmann::json::array()}}});
  nlohmann::json params = nlohmann::json::array();
  nlohmann::json body_props = nlohmann::json::object();
  nlohmann::json required = nlohmann::json::array();
  for (const auto& p : op.params) {
    bool in_path = p.in == "path" && (!function_surface || p.name == "account");
    if (in_path || p.in == "query") {
      params.push_back({{"name", p.name}, {"in", in_path ? "path" : "query"}, {"required", in_path || p.required},
                        {"description", p.description}, {"schema", schema_of(p.type)}});
    } else {
      body_props[p.name] = schema_of(p.type);
      body_props[p.name]["description"] = p.description;
      if (p.required) required.push_back(p.name);
    }
  }
  o["parameters"] = params;
  if (!body_props.empty()) {
    nlohmann::json schema = {{"type", "object"}, {"properties", body_props}};
    if (!required.empty()) schema["required"] = required;
    nlohmann::json content = {{"application/json", {{"schema", schema}}}};
    if (function_surface) content["application/x-www-form-urlencoded"] = {{"schema", schema}};
    o["requestBody"] = {{"required", !required.empty()}, {"content", content}};
  }
  nlohmann::json error_ref = {{"$ref", "#/components/responses/Error"}};
  o["responses"] = {{std::to_string(op.success_status), {{"description", "success"}}},
                    {"400", error_ref}, {"401", error_ref}, {"404", error_ref}};
  return o;
}

}  // namespace

nlohmann::json openapi_document() {
  nlohmann::json doc;
  doc["openapi"] = "3.0.3";
  doc["info"] = {{"title", "Hookwork API"}, {"version", HOOKWORK_VERSION}};
  nlohmann::json paths = nlohmann::json::object();
  for (const auto& op : operations()) {
    std::string method;
    for (char c : op.method) method.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    paths[op.path][method] = operation_object(op, false);
    paths["/webservice/{account}/" + op.name]["post"] = operation_object(op, true);
  }
  doc["paths"] = paths;
  doc["components"] = {
      {"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}},
      {"schemas",
       {{"Error",
         {{"type", "object"},
          {"properties",
           {{"error",
             {{"type", "object"},
              {"properties",
               {{"code", {{"type", "string"}}},
                {"message", {{"type", "string"}}},
                {"fields",
                 {{"type", "array"},
                  {"items",
                   {{"type", "object"},
                    {"properties",
                     {{"field", {{"type", "string"}}},
                      {"code", {{"type", "string"}}},
                      {"message", {{"type", "string"}}}}}}}}}}}}}}}}}}},
      {"responses",
       {{"Error",
         {{"description", "error"},
          {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}}}}}};
  return doc;
}

}  // namespace hookwork::runner
