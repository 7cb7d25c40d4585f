// The operation table and the OpenAPI document derived from it.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "hookwork/api.hpp"
#include "hookwork/operations.hpp"
#include "support/json_crosscheck.hpp"

using hookwork::ops::operations;
using hookwork::ops::ParamIn;
using nlohmann::json;

namespace {

std::set<std::string> placeholders(const std::string& path) {
  std::set<std::string> out;
  static const std::regex slot("\\{([^}]+)\\}");
  for (std::sregex_iterator it(path.begin(), path.end(), slot), end; it != end; ++it) out.insert((*it)[1]);
  return out;
}

}  // namespace

TEST_CASE("operation table is consistent", "[samples][operations]") {
  std::set<std::string> names, routes;
  const std::set<std::string> types = {"string", "integer", "boolean", "object", "array"};
  for (const auto& op : operations()) {
    INFO(op.name);
    CHECK(names.insert(op.name).second);
    CHECK(routes.insert(op.method + " " + op.path).second);
    CHECK(std::set<std::string>{"GET", "POST", "PUT", "DELETE"}.count(op.method) == 1);
    CHECK(op.path.rfind("/", 0) == 0);
    // The handler named is a REST operation (the function surface shares them).
    const auto* handler = hookwork::ops::find_operation(op.handler);
    REQUIRE(handler != nullptr);
    CHECK(handler->surface == hookwork::ops::Surface::Rest);
    std::set<std::string> path_params, param_names;
    for (const auto& p : op.parameters) {
      INFO(p.name);
      CHECK(param_names.insert(p.name).second);
      CHECK(types.count(p.type) == 1);
      CHECK_FALSE(p.description.empty());
      CHECK_FALSE(p.example.is_null());
      if (p.in == ParamIn::Path) {
        CHECK(p.required);
        path_params.insert(p.name);
      }
      if (p.in == ParamIn::Body) CHECK_FALSE(op.content_types.empty());
    }
    CHECK(path_params == placeholders(op.path));
    CHECK(op.success_status >= 200);
    CHECK(op.success_status < 300);
    CHECK_FALSE(op.error_statuses.empty());
  }
  // The seed's function surface and the REST operations the brief names are all there.
  for (const char* name : {"listWebhooks", "getWebhook", "listEventTypes", "createWebhook", "updateWebhook",
                           "deleteWebhook", "activateWebhook", "deactivateWebhook", "listDeliveries", "retryDelivery",
                           "publishEvent", "listNotifications", "CreateWebHook", "GetWebHooks", "ActivateWebHook",
                           "DeleteWebHookById"}) {
    INFO(name);
    CHECK(hookwork::ops::find_operation(name) != nullptr);
  }
  CHECK(hookwork::ops::find_operation("nope") == nullptr);
  CHECK(hookwork::ops::find_operation("createWebhook")->success_status == 201);
  CHECK(hookwork::ops::find_operation("publishEvent")->success_status == 202);
}

TEST_CASE("a router matching in table order reaches every operation", "[samples][operations]") {
  // Each operation's own example path must be matched first by its own route.
  for (const auto& op : operations()) {
    std::string concrete = op.path;
    for (const auto& name : placeholders(op.path))
      concrete.replace(concrete.find("{" + name + "}"), name.size() + 2, "x1");
    for (const auto& candidate : operations()) {
      if (candidate.method != op.method) continue;
      const std::string pattern = std::regex_replace(candidate.path, std::regex("\\{[^}]+\\}"), "[^/]+");
      if (std::regex_match(concrete, std::regex(pattern))) {
        INFO(op.name << " is shadowed by " << candidate.name);
        CHECK(candidate.name == op.name);
        break;
      }
    }
  }
}

TEST_CASE("the OpenAPI document is structurally valid and lists every operation", "[samples][openapi]") {
  const json doc = hookwork::ops::openapi();
  // Read the written text back with the independent parser.
  hookwork::test::require_json_text_equals(doc.dump(), doc);
  CHECK(doc.at("openapi") == "3.1.0");
  CHECK(doc.at("info").at("title").is_string());
  CHECK(doc.at("info").at("version").is_string());
  REQUIRE(doc.at("servers").is_array());
  CHECK(doc.at("components").at("securitySchemes").at("bearer").at("scheme") == "bearer");
  const json& error = doc.at("components").at("schemas").at("Error");
  CHECK(error.at("properties").at("error").at("properties").contains("fields"));

  std::set<std::string> operation_ids;
  const std::set<std::string> methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};
  for (const auto& [path, item] : doc.at("paths").items()) {
    INFO(path);
    CHECK(path.rfind("/", 0) == 0);
    REQUIRE(item.is_object());
    for (const auto& [method, operation] : item.items()) {
      INFO(method);
      CHECK(methods.count(method) == 1);
      REQUIRE(operation.at("operationId").is_string());
      CHECK(operation_ids.insert(operation.at("operationId").get<std::string>()).second);
      CHECK(operation.at("responses").is_object());
      CHECK_FALSE(operation.at("responses").empty());
      for (const auto& [status, response] : operation.at("responses").items()) {
        CHECK(std::regex_match(status, std::regex("[1-5][0-9][0-9]")));
        CHECK(response.at("description").is_string());
      }
      std::set<std::string> declared_path_params, seen;
      for (const auto& p : operation.at("parameters")) {
        const std::string in = p.at("in");
        CHECK(std::set<std::string>{"path", "query", "header", "cookie"}.count(in) == 1);
        CHECK(seen.insert(in + ":" + p.at("name").get<std::string>()).second);
        CHECK(p.at("schema").at("type").is_string());
        if (in == "path") {
          CHECK(p.at("required") == true);
          declared_path_params.insert(p.at("name"));
        }
      }
      CHECK(declared_path_params == placeholders(path));
      if (operation.contains("requestBody")) {
        for (const auto& [type, media] : operation.at("requestBody").at("content").items()) {
          CHECK(media.at("schema").at("type") == "object");
          for (const auto& required : media.at("schema").value("required", json::array()))
            CHECK(media.at("schema").at("properties").contains(required.get<std::string>()));
        }
      }
      // $refs resolve inside the document.
      const std::string text = operation.dump();
      static const std::regex ref("\"\\$ref\":\"#/components/schemas/([A-Za-z]+)\"");
      for (std::sregex_iterator it(text.begin(), text.end(), ref), end; it != end; ++it)
        CHECK(doc.at("components").at("schemas").contains((*it)[1].str()));
    }
  }
  for (const auto& op : operations()) {
    INFO(op.name);
    CHECK(operation_ids.count(op.name) == 1);
  }
  CHECK(operation_ids.size() == operations().size());
}

TEST_CASE("samples.operations and samples.openapi answer through the facade", "[samples][operations]") {
  const json ops = hookwork::api::call("samples.operations", json::object());
  REQUIRE(ops.at("ok") == true);
  REQUIRE(ops.at("value").size() == operations().size());
  CHECK(ops.at("value").at(0).at("name") == operations().front().name);
  const std::string text = hookwork::api::call_text("samples.openapi", "{}");
  hookwork::test::require_parsers_agree(text);
  CHECK(json::parse(text).at("value") == hookwork::ops::openapi());
}
