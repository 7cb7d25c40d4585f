// The OpenAPI 3.1 document, derived from the operation table so the runner's
// routes, the document and the samples can never disagree.
#include <map>
#include <string>

#include "hookwork/operations.hpp"

namespace hookwork::ops {
namespace {

using nlohmann::json;

json schema_of(const Parameter& p) {
  json s{{"type", p.type}};
  if (!p.format.empty()) s["format"] = p.format;
  if (!p.enum_values.empty()) {
    json values = json::array();
    for (const auto& v : p.enum_values) {
      if (p.type == "integer") values.push_back(std::stoll(v));
      else values.push_back(v);
    }
    s["enum"] = std::move(values);
  }
  s["description"] = p.description;
  return s;
}

json parameter_object(const Parameter& p) {
  return {{"name", p.name},
          {"in", to_string(p.in)},
          {"required", p.required},
          {"description", p.description},
          {"schema", schema_of(p)},
          {"example", p.example}};
}

json request_body(const Operation& op) {
  json properties = json::object();
  json required = json::array();
  json example = json::object();
  for (const Parameter* p : parameters_in(op, ParamIn::Body)) {
    properties[p->name] = schema_of(*p);
    if (p->required) required.push_back(p->name);
    example[p->name] = p->example;
  }
  json schema{{"type", "object"}, {"properties", properties}, {"additionalProperties", false}};
  if (!required.empty()) schema["required"] = required;
  json content = json::object();
  for (const auto& type : op.content_types) content[type] = {{"schema", schema}, {"example", example}};
  return {{"required", !required.empty()}, {"content", content}};
}

const char* status_text(int status) {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 400: return "Invalid input: every problem listed in error.fields";
    case 401: return "Missing or wrong API key";
    case 404: return "No such resource in this account";
    case 409: return "Conflicts with the resource's state";
    case 413: return "Body too large";
  }
  return "Response";
}

json operation_object(const Operation& op) {
  json o{{"operationId", op.name}, {"summary", op.summary}, {"tags", json::array({to_string(op.surface)})}};
  if (op.surface == Surface::Function) o["description"] = "Seed function surface; same handler as " + op.handler + ".";
  json params = json::array();
  for (const auto& p : op.parameters)
    if (p.in != ParamIn::Body) params.push_back(parameter_object(p));
  o["parameters"] = std::move(params);
  if (!op.content_types.empty()) o["requestBody"] = request_body(op);
  json responses = json::object();
  responses[std::to_string(op.success_status)] = {
      {"description", status_text(op.success_status)},
      {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}};
  for (int status : op.error_statuses)
    responses[std::to_string(status)] = {
        {"description", status_text(status)},
        {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}};
  o["responses"] = std::move(responses);
  if (op.requires_auth) o["security"] = json::array({json{{"bearer", json::array()}}});
  return o;
}

json components() {
  json field_error{{"type", "object"},
                   {"required", {"field", "code", "message"}},
                   {"properties",
                    {{"field", {{"type", "string"}, {"description", "JSON path of the offending input"}}},
                     {"code", {{"type", "string"}, {"description", "Stable machine code"}}},
                     {"message", {{"type", "string"}}}}}};
  json error{{"type", "object"},
             {"required", {"error"}},
             {"properties",
              {{"error",
                {{"type", "object"},
                 {"required", {"code", "message"}},
                 {"properties",
                  {{"code", {{"type", "string"}}},
                   {"message", {{"type", "string"}}},
                   {"fields", {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/FieldError"}}}}}}}}}}}};
  return {{"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}},
          {"schemas", {{"Error", error}, {"FieldError", field_error}}}};
}

}  // namespace

json openapi() {
  json paths = json::object();
  for (const auto& op : operations()) {
    std::string method = op.method;
    for (auto& c : method) c = static_cast<char>(c - 'A' + 'a');
    paths[op.path][method] = operation_object(op);
  }
  return {{"openapi", "3.1.0"},
          {"info",
           {{"title", "Hookwork API"},
            {"version", HOOKWORK_VERSION},
            {"description", "Webhooks: REST under /v1/{account} and the seed's function surface under /webservice."}}},
          {"servers", json::array({json{{"url", "http://localhost:8080"}}})},
          {"security", json::array({json{{"bearer", json::array()}}})},
          {"components", components()},
          {"paths", std::move(paths)}};
}

}  // namespace hookwork::ops
