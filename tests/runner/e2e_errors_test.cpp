// End to end: 401s, 404s and 400s with field errors for malformed requests.
#include <catch2/catch.hpp>

#include "support/fixture.hpp"

using hookwork::test::ApiClient;
using hookwork::test::hook_body;
using hookwork::test::RunningServer;

namespace {
void require_error_shape(const hookwork::test::Reply& r, const std::string& code) {
  INFO(r.status << " " << r.body);
  REQUIRE(r.content_type == "application/json");
  auto j = r.json();
  REQUIRE(j["error"]["code"] == code);
  REQUIRE(j["error"]["message"].is_string());
  REQUIRE(j["error"]["fields"].is_array());
}
}  // namespace

TEST_CASE("401 without a valid key, the same answer whether or not the account or key id exists", "[e2e][auth]") {
  RunningServer s;
  std::string valid = s.key;
  std::string unknown_id = "hwk_000000000000_" + std::string(48, 'a');
  std::string wrong_secret = valid.substr(0, 17) + std::string(48, 'b');
  std::vector<std::pair<std::string, std::string>> attempts = {
      {"", ""},                              // no header
      {"Authorization", "Basic Zm9vOmJhcg=="},  // another scheme
      {"Authorization", "Bearer "},
      {"Authorization", "Bearer not-a-key"},
      {"Authorization", "Bearer " + unknown_id},
      {"Authorization", "Bearer " + wrong_secret},
  };
  std::set<std::string> bodies;
  for (const auto& [name, value] : attempts) {
    ApiClient c(s.port());
    for (const std::string& path : {"/v1/acme/webhooks", "/v1/nobody/webhooks", "/webservice/acme/GetWebHooks"}) {
      auto r = c.send("GET", path, "", "", name, value);
      REQUIRE(r.status == 401);
      require_error_shape(r, "unauthorized");
      REQUIRE(r.header("WWW-Authenticate") == "Bearer");
      bodies.insert(r.body);
    }
  }
  REQUIRE(bodies.size() == 1);  // nothing distinguishes the cases
  ApiClient ok(s.port(), valid);
  REQUIRE(ok.get("/v1/acme/webhooks").status == 200);
}

TEST_CASE("404 for unknown ids and routes, 405 for a known route with another method", "[e2e][errors]") {
  RunningServer s;
  auto c = s.client();
  for (const std::string& path : {"/v1/acme/webhooks/hook_doesnotexist", "/v1/acme/nothing", "/v1/acme",
                                  "/v1/other/webhooks", "/nothing"}) {
    auto r = c.get(path);
    INFO(path);
    REQUIRE(r.status == 404);
    require_error_shape(r, "not_found");
  }
  REQUIRE(c.put_json("/v1/acme/webhooks/nope", {{"app", "x"}}).status == 404);
  REQUIRE(c.post_json("/v1/acme/webhooks/nope/activate", nlohmann::json::object()).status == 404);
  REQUIRE(c.del("/v1/acme/webhooks/nope").status == 404);
  auto r = c.send("PATCH", "/v1/acme/webhooks", "{}", "application/json");
  REQUIRE(r.status == 405);
  require_error_shape(r, "method_not_allowed");
  REQUIRE(c.del("/v1/acme/webhooks/events").status == 405);
}

namespace {
struct Malformed {
  std::string what;
  std::string method;
  std::string path;
  std::string body;
  std::string content_type = "application/json";
  std::string expect_field;  // the first error field expected ("" = the whole body)
  std::string expect_code;
};
}  // namespace

TEST_CASE("400 with field errors for malformed requests (bad JSON, wrong types, CRLF, bad URLs...)", "[e2e][errors]") {
  RunningServer s;
  auto c = s.client();
  std::string hook_id = c.post_json("/v1/acme/webhooks", hook_body()).json()["id"];
  const std::string hooks = "/v1/acme/webhooks", events = "/v1/acme/events";
  auto hook = [](nlohmann::json patch) {
    auto b = hook_body();
    for (auto& item : patch.items()) b[item.key()] = item.value();
    return b.dump();
  };
  std::vector<Malformed> cases = {
      {"truncated JSON", "POST", hooks, R"({"event":"optin_finalized")", "application/json", "", "invalid_json"},
      {"not JSON at all", "POST", hooks, "{event=1}", "application/json", "", "invalid_json"},
      {"trailing garbage", "POST", hooks, R"({"event":"x"}})", "application/json", "", "invalid_json"},
      {"array body", "POST", hooks, "[1,2]", "application/json", "", "invalid_type"},
      {"string body", "POST", events, R"("hello")", "application/json", "", "invalid_type"},
      {"too deep", "POST", events, std::string(200, '[') + std::string(200, ']'), "application/json", "", "too_deep"},
      {"missing event", "POST", hooks, R"({"url":"http://a.example/"})", "application/json", "event", "required"},
      {"missing url", "POST", hooks, R"({"event":"optin_finalized"})", "application/json", "url", "required"},
      {"unknown event type", "POST", hooks, hook({{"event", "no_such_event"}}), "application/json", "event", "unknown_event_type"},
      {"event as number", "POST", hooks, hook({{"event", 5}}), "application/json", "event", "invalid_type"},
      {"ftp url", "POST", hooks, hook({{"url", "ftp://a.example/"}}), "application/json", "url", "invalid_url"},
      {"relative url", "POST", hooks, hook({{"url", "/hook"}}), "application/json", "url", "invalid_url"},
      {"url with space", "POST", hooks, hook({{"url", "http://a.example/a b"}}), "application/json", "url", "invalid_url"},
      {"url with credentials", "POST", hooks, hook({{"url", "http://u:p@a.example/"}}), "application/json", "url", "invalid_url"},
      {"url with CRLF", "POST", hooks, hook({{"url", "http://a.example/\r\nX: y"}}), "application/json", "url", "invalid_url"},
      {"url bad port", "POST", hooks, hook({{"url", "http://a.example:99999/"}}), "application/json", "url", "invalid_url"},
      {"url too long", "POST", hooks, hook({{"url", "http://a.example/" + std::string(3000, 'a')}}), "application/json", "url", "too_long"},
      {"method PUT", "POST", hooks, hook({{"method", "PUT"}}), "application/json", "method", "invalid_value"},
      {"batch_max as string", "POST", hooks, hook({{"batch_max", "ten"}}), "application/json", "batch_max", "invalid_type"},
      {"batch_max 101", "POST", hooks, hook({{"batch_max", 101}}), "application/json", "batch_max", "out_of_range"},
      {"batch_max 0", "POST", hooks, hook({{"batch_max", 0}}), "application/json", "batch_max", "out_of_range"},
      {"header value CRLF", "POST", hooks, hook({{"headers", {{"X-A", "a\r\nInjected: 1"}}}}), "application/json", "headers.X-A", "invalid_header"},
      {"header name with space", "POST", hooks, hook({{"headers", {{"Bad Name", "v"}}}}), "application/json", "headers[\"Bad Name\"]", "invalid_header"},
      {"header value number", "POST", hooks, hook({{"headers", {{"X-A", 1}}}}), "application/json", "headers.X-A", "invalid_type"},
      {"headers as string", "POST", hooks, hook({{"headers", "X-A: 1"}}), "application/json", "headers", "invalid_type"},
      {"source unknown", "POST", hooks, hook({{"source", "email"}}), "application/json", "source", "invalid_value"},
      {"app too long", "POST", hooks, hook({{"app", std::string(101, 'a')}}), "application/json", "app", "too_long"},
      {"app with LF", "POST", hooks, hook({{"app", "a\nb"}}), "application/json", "app", "invalid_text"},
      {"basic auth user with colon", "POST", hooks, hook({{"basic_auth", {{"username", "a:b"}, {"password", "p"}}}}), "application/json", "basic_auth.username", "invalid_text"},
      {"password without user", "POST", hooks, hook({{"basicAuthPassword", "p"}}), "application/json", "basicAuthUsername", "required"},
      {"bad parameter", "POST", hooks, hook({{"parameters", {"Email"}}}), "application/json", "parameters[0]", "unknown_parameter"},
      {"filter not object", "POST", hooks, hook({{"filter", "x"}}), "application/json", "filter", "invalid_type"},
      {"unknown field", "POST", hooks, hook({{"colour", "red"}}), "application/json", "colour", "unknown_field"},
      {"active as string", "POST", hooks, hook({{"active", "yes"}}), "application/json", "active", "invalid_type"},
      {"update wrong type", "PUT", hooks + "/" + hook_id, R"({"url":7})", "application/json", "url", "invalid_type"},
      {"event without type", "POST", events, R"({"data":{}})", "application/json", "type", "required"},
      {"event unknown type", "POST", events, R"({"type":"nope"})", "application/json", "type", "unknown_event_type"},
      {"event data array", "POST", events, R"({"type":"optin_finalized","data":[1]})", "application/json", "data", "invalid_type"},
      {"event bad time", "POST", events, R"({"type":"optin_finalized","occurred_at":"yesterday"})", "application/json", "occurred_at", "invalid_timestamp"},
      {"event time without zone", "POST", events, R"({"type":"optin_finalized","occurred_at":"2026-01-01T10:00:00"})", "application/json", "occurred_at", "invalid_timestamp"},
      {"event source unknown", "POST", events, R"({"type":"optin_finalized","source":"fax"})", "application/json", "source", "invalid_value"},
      {"settings wrong type", "PUT", "/v1/acme/settings", R"({"delete_requires_inactive":"yes"})", "application/json", "delete_requires_inactive", "invalid_type"},
      {"settings bad url", "PUT", "/v1/acme/settings", R"({"notification_url":"mailto:x"})", "application/json", "notification_url", "invalid_url"},
      {"activate replay bad", "POST", hooks + "/" + hook_id + "/activate", R"({"replayEvents":"maybe"})", "application/json", "replayEvents", "invalid_type"},
      {"list filter wrong type", "POST", "/webservice/acme/GetWebHooks", R"({"app":5})", "application/json", "app", "invalid_type"},
      {"form with bad url", "POST", "/webservice/acme/CreateWebHook", "event=optin_finalized&url=javascript%3Aalert(1)", "application/x-www-form-urlencoded", "url", "invalid_url"},
      {"form with bad batch", "POST", "/webservice/acme/CreateWebHook", "event=optin_finalized&url=http%3A%2F%2Fa.example%2F&batch_max=lots", "application/x-www-form-urlencoded", "batch_max", "invalid_type"},
  };
  REQUIRE(cases.size() >= 30);
  for (const auto& m : cases) {
    auto r = c.send(m.method, m.path, m.body, m.content_type);
    INFO(m.what << " -> " << r.status << " " << r.body);
    REQUIRE(r.status == 400);
    require_error_shape(r, "validation_failed");
    auto fields = r.json()["error"]["fields"];
    REQUIRE(fields.size() >= 1);
    bool found = false;
    for (const auto& f : fields) found = found || (f["field"] == m.expect_field && f["code"] == m.expect_code);
    REQUIRE(found);
  }
  // Every problem is reported, not only the first.
  auto many = c.post_json(hooks, {{"event", 1}, {"url", "x"}, {"batch_max", -1}, {"method", "TRACE"}});
  REQUIRE(many.json()["error"]["fields"].size() == 4);
  // Nothing was created by any of them.
  REQUIRE(c.get(hooks).json().size() == 1);
}

TEST_CASE("413 with a JSON error for a body over the limit; the server keeps serving", "[e2e][errors]") {
  RunningServer s({"--max-body-bytes", "4096"});
  auto c = s.client();
  nlohmann::json big = {{"type", "optin_finalized"}, {"occurred_at", "2026-01-31T12:00:00Z"}, {"data", {{"blob", std::string(5000, 'x')}}}};
  auto r = c.post_json("/v1/acme/events", big);
  REQUIRE(r.status == 413);
  require_error_shape(r, "payload_too_large");
  auto huge = c.send("POST", "/v1/acme/events", std::string(2 * 1024 * 1024, 'x'), "application/json");
  REQUIRE(huge.status == 413);
  nlohmann::json small = {{"type", "optin_finalized"}, {"occurred_at", "2026-01-31T12:00:00Z"}, {"data", {{"blob", std::string(100, 'x')}}}};
  REQUIRE(s.client().post_json("/v1/acme/events", small).status == 202);
  // Form bodies have the same limit as JSON ones (no smaller cap of their own).
  auto form_ok = c.send("POST", "/webservice/acme/CreateWebHook", "app=" + std::string(3000, 'x'),
                        "application/x-www-form-urlencoded");
  REQUIRE(form_ok.status == 400);  // read in full: the missing url is a field error, not a size refusal
  auto form = c.send("POST", "/webservice/acme/CreateWebHook", "app=" + std::string(5000, 'x'),
                     "application/x-www-form-urlencoded");
  REQUIRE(form.status == 413);
  require_error_shape(form, "payload_too_large");
  REQUIRE(form.json()["error"]["message"] == "request body larger than 4096 bytes");
}

TEST_CASE("an invalid Idempotency-Key is a field error", "[e2e][errors]") {
  RunningServer s;
  auto r = s.client().post_json("/v1/acme/events", {{"type", "optin_finalized"}, {"occurred_at", "2026-01-31T12:00:00Z"}, {"data", nlohmann::json::object()}}, std::string(300, 'k'));
  REQUIRE(r.status == 400);
  REQUIRE(r.json()["error"]["fields"][0]["field"] == "Idempotency-Key");
}
