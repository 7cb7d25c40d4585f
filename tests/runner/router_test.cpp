#include <catch2/catch.hpp>

#include "router.hpp"

using namespace hookwork::runner;

TEST_CASE("router: literal segments beat placeholders; methods are checked", "[router]") {
  RouteMiss miss;
  auto events = match_route("GET", "/v1/acme/webhooks/events", miss);
  REQUIRE(events);
  REQUIRE(events->op->handler == "catalog.list");
  auto one = match_route("GET", "/v1/acme/webhooks/hook_1", miss);
  REQUIRE(one->op->handler == "hooks.get");
  REQUIRE(one->params.at("id") == "hook_1");
  REQUIRE(one->params.at("account") == "acme");
  REQUIRE_FALSE(match_route("DELETE", "/v1/acme/webhooks/events", miss));
  REQUIRE(miss == RouteMiss::MethodNotAllowed);
  REQUIRE_FALSE(match_route("GET", "/v1/acme/nothing", miss));
  REQUIRE(miss == RouteMiss::NotFound);
  auto fn = match_route("POST", "/webservice/acme/CreateWebHook", miss);
  REQUIRE(fn->function_surface);
  REQUIRE(fn->op->handler == "hooks.create");
}

TEST_CASE("router: form strings become the declared types", "[router]") {
  const Operation* op = find_operation_by_name("CreateWebHook");
  auto in = coerce_string_params(*op, {{"batch_max", "10"}, {"active", "false"}, {"headers", R"({"A":"b"})"},
                                       {"url", "http://x/"}, {"batch", "12"}});
  REQUIRE(in["batch_max"] == 10);
  REQUIRE(in["active"] == false);
  REQUIRE(in["headers"]["A"] == "b");
  REQUIRE(in["batch"] == "12");  // undeclared: stays a string (and is refused by validation)
  auto bad = coerce_string_params(*op, {{"batch_max", "ten"}});
  REQUIRE(bad["batch_max"] == "ten");
}

TEST_CASE("router: JSON bodies must be objects, not too deep", "[router]") {
  REQUIRE(parse_json_object_body("").ok());
  REQUIRE(parse_json_object_body(R"({"a":[1,{"b":2}]})").ok());
  REQUIRE(parse_json_object_body("[1]").errors()[0].code == "type");
  REQUIRE(parse_json_object_body("{").errors()[0].code == "invalid_json");
  REQUIRE(parse_json_object_body("{\"a\":" + std::string(100000, '[')).errors()[0].code == "too_deep");
}
