// End to end over real HTTP: webhook CRUD, activation, event types, the
// function surface and a walk over every operation of the table.
#include <catch2/catch.hpp>

#include "operations.hpp"
#include "support/fixture.hpp"

using hookwork::test::ApiClient;
using hookwork::test::form_encode;
using hookwork::test::hook_body;
using hookwork::test::RunningServer;

TEST_CASE("webhooks: create, list, filter, get, update, deactivate, activate, delete", "[e2e][hooks]") {
  RunningServer s;
  auto c = s.client();

  auto created = c.post_json("/v1/acme/webhooks", hook_body("optin_finalized", "crm"));
  REQUIRE(created.status == 201);
  auto hook = created.json();
  std::string id = hook["id"];
  REQUIRE(id.rfind("hook_", 0) == 0);
  REQUIRE(hook["secret"].get<std::string>().rfind("whsec_", 0) == 0);
  REQUIRE(hook["method"] == "POST");  // seed 002 default
  REQUIRE(hook["active"] == true);
  REQUIRE(c.post_json("/v1/acme/webhooks", hook_body("optout_finalized", "shop")).status == 201);
  REQUIRE(c.post_json("/v1/acme/webhooks", hook_body("optin_finalized", "shop")).status == 201);

  auto all = c.get("/v1/acme/webhooks").json();
  REQUIRE(all.size() == 3);
  for (const auto& h : all) REQUIRE_FALSE(h.contains("secret"));  // shown once, at create
  REQUIRE(c.get("/v1/acme/webhooks?app=shop").json().size() == 2);
  REQUIRE(c.get("/v1/acme/webhooks?event=optin_finalized").json().size() == 2);
  REQUIRE(c.get("/v1/acme/webhooks?app=shop&event=optin_finalized").json().size() == 1);

  auto got = c.get("/v1/acme/webhooks/" + id);
  REQUIRE(got.status == 200);
  REQUIRE(got.json()["url"] == "http://127.0.0.1:9/hook");
  REQUIRE(got.json()["webhook_id"] == id);

  auto updated = c.put_json("/v1/acme/webhooks/" + id, {{"method", "GET"}, {"url", "https://example.org/x"}});
  REQUIRE(updated.status == 200);
  REQUIRE(updated.json()["method"] == "GET");
  REQUIRE(c.get("/v1/acme/webhooks/" + id).json()["url"] == "https://example.org/x");
  REQUIRE(c.get("/v1/acme/webhooks/" + id).json()["app"] == "crm");  // untouched fields kept

  auto off = c.post_json("/v1/acme/webhooks/" + id + "/deactivate", nlohmann::json::object());
  REQUIRE(off.status == 200);
  REQUIRE(off.json()["active"] == false);
  REQUIRE(off.json()["deactivated_at"].is_string());
  auto on = c.post_json("/v1/acme/webhooks/" + id + "/activate", {{"replayEvents", 1}});
  REQUIRE(on.status == 200);
  REQUIRE(on.json()["active"] == true);

  auto deleted = c.del("/v1/acme/webhooks/" + id);
  REQUIRE(deleted.status == 200);
  REQUIRE(c.get("/v1/acme/webhooks/" + id).status == 404);
  REQUIRE(c.del("/v1/acme/webhooks/" + id).status == 404);
  REQUIRE(c.get("/v1/acme/webhooks").json().size() == 2);
}

TEST_CASE("event types list every type the seeds name, with ids and descriptions", "[e2e][catalog]") {
  RunningServer s;
  auto types = s.client().get("/v1/acme/webhooks/events").json();
  std::set<std::string> names;
  for (const auto& t : types) {
    names.insert(t["event_name"].get<std::string>());
    REQUIRE(t["webhook_event_id"].is_number_integer());
    REQUIRE_FALSE(t["description"].get<std::string>().empty());
  }
  for (const char* seed : {"optin_finalized", "optout_finalized", "profilemanager_finalized",  // seed 000/001
                           "mailing_finish", "mailing_start", "member_signup", "message_open", "message_click",
                           "member_optout", "message_share", "message_share_click", "import_finish",
                           "member_update", "member_delete", "member_add_to_group", "member_remove_from_group",
                           "group_create", "group_delete", "group_update", "member_status_update",
                           "message_forward",                                          // seed 002 (18)
                           "subscribe", "unsubscribe", "changeprofile", "delete"})     // seed 004
    REQUIRE(names.count(seed) == 1);
  // Seed 002 keeps its published ids.
  REQUIRE(types[0]["event_name"] == "mailing_finish");
  REQUIRE(types[0]["webhook_event_id"] == 1);
}

TEST_CASE("the function surface takes form-encoded or JSON parameters (seed 000)", "[e2e][webservice]") {
  RunningServer s;
  auto c = s.client();
  auto created = c.send("POST", "/webservice/acme/CreateWebHook",
                        form_encode({{"app", "zap"}, {"event", "optin_finalized"}, {"url", "https://a.example/h"},
                                     {"batch_max", "10"}, {"headers", R"({"X-Team":"blue"})"}}),
                        "application/x-www-form-urlencoded");
  REQUIRE(created.status == 201);
  std::string id = created.json()["id"];
  REQUIRE(created.json()["batch_max"] == 10);
  REQUIRE(created.json()["headers"][0]["value"] == "blue");

  auto listed = c.send("POST", "/webservice/acme/GetWebHooks", form_encode({{"app", "zap"}}),
                       "application/x-www-form-urlencoded");
  REQUIRE(listed.status == 200);
  REQUIRE(listed.json().size() == 1);
  REQUIRE(listed.json()[0]["active"] == true);

  REQUIRE(c.post_json("/webservice/acme/DeactivateWebHook", {{"id", id}}).status == 200);
  auto activated = c.send("POST", "/webservice/acme/ActivateWebHook", form_encode({{"id", id}, {"replayEvents", "1"}}),
                          "application/x-www-form-urlencoded");
  REQUIRE(activated.status == 200);
  REQUIRE(activated.json()["active"] == true);

  auto missing_id = c.post_json("/webservice/acme/DeleteWebHookById", nlohmann::json::object());
  REQUIRE(missing_id.status == 400);
  REQUIRE(missing_id.json()["error"]["fields"][0]["field"] == "id");
  REQUIRE(c.post_json("/webservice/acme/DeleteWebHookById", {{"id", id}}).status == 200);
  REQUIRE(c.post_json("/webservice/acme/DeleteWebHookById", {{"id", id}}).status == 404);
  REQUIRE(c.post_json("/webservice/acme/NoSuchFunction", nlohmann::json::object()).status == 404);
}

namespace {
// Fills an operation's template and a valid body for it.
struct Call {
  std::string rest_path;
  nlohmann::json body;       // REST body or query fields
  nlohmann::json function;   // function-surface parameters
};

Call call_for(const hookwork::runner::Operation& op, const std::string& hook_id) {
  Call call;
  call.rest_path = op.path;
  auto fill = [&](const std::string& name, const std::string& value) {
    auto pos = call.rest_path.find("{" + name + "}");
    if (pos != std::string::npos) call.rest_path.replace(pos, name.size() + 2, value);
  };
  fill("account", "acme");
  fill("id", hook_id);
  call.body = nlohmann::json::object();
  if (op.handler == "hooks.create") call.body = hook_body("optout_finalized");
  if (op.handler == "hooks.update") call.body = {{"app", "renamed"}};
  if (op.handler == "events.publish") call.body = {{"type", "optin_finalized"}, {"data", {{"email", "a@b.c"}}}};
  if (op.handler == "settings.update") call.body = {{"notification_url", "https://ops.example/notify"}};
  call.function = call.body;
  if (op.path.find("{id}") != std::string::npos) call.function["id"] = hook_id;
  return call;
}
}  // namespace

TEST_CASE("every operation of the table answers on its REST route and on the function surface", "[e2e][routes]") {
  RunningServer s;
  auto c = s.client();
  for (const auto& op : hookwork::runner::operations()) {
    for (bool function_surface : {false, true}) {
      // A fresh hook per call: DELETE consumes it.
      std::string hook_id = c.post_json("/v1/acme/webhooks", hook_body()).json()["id"];
      Call call = call_for(op, hook_id);
      hookwork::test::Reply r;
      if (function_surface) {
        r = c.post_json("/webservice/acme/" + op.name, call.function);
      } else if (op.method == "GET" || op.method == "DELETE") {
        r = c.send(op.method, call.rest_path, "", "");
      } else {
        r = c.send(op.method, call.rest_path, call.body.dump(), "application/json");
      }
      INFO(op.name << (function_surface ? " (function surface)" : " (REST)") << " -> " << r.status << " " << r.body);
      REQUIRE(r.status == op.success_status);
      REQUIRE(r.content_type == "application/json");
      r.json();  // valid JSON, both parsers agree
    }
  }
}

TEST_CASE("GET /openapi.json describes both surfaces of every operation", "[e2e][openapi]") {
  RunningServer s;
  ApiClient anonymous(s.port());
  auto doc = anonymous.get("/openapi.json").json();
  REQUIRE(doc["openapi"] == "3.0.3");
  for (const auto& op : hookwork::runner::operations()) {
    std::string method;
    for (char ch : op.method) method.push_back(static_cast<char>(std::tolower(ch)));
    REQUIRE(doc["paths"][op.path].contains(method));
    REQUIRE(doc["paths"]["/webservice/{account}/" + op.name].contains("post"));
  }
}

TEST_CASE("tenancy: one account never sees or changes another's hooks", "[e2e][tenancy]") {
  RunningServer s;
  auto created = hookwork::test::run_hookwork({"accounts", "create", "globex", "--store", "sqlite:" + s.db});
  REQUIRE(created.exit_code == 0);
  std::string globex_key = created.out.substr(0, created.out.find('\n'));
  REQUIRE(globex_key.rfind("hwk_", 0) == 0);

  auto acme = s.client();
  ApiClient globex(s.port(), globex_key);
  std::string acme_hook = acme.post_json("/v1/acme/webhooks", hook_body()).json()["id"];
  std::string globex_hook = globex.post_json("/v1/globex/webhooks", hook_body()).json()["id"];

  REQUIRE(acme.get("/v1/acme/webhooks").json().size() == 1);
  REQUIRE(globex.get("/v1/globex/webhooks").json().size() == 1);
  // Another account's path or id: 404, never its data.
  for (const std::string& path : {std::string("/v1/globex/webhooks"), "/v1/globex/webhooks/" + globex_hook,
                                  std::string("/v1/globex/settings")}) {
    auto r = acme.get(path);
    REQUIRE(r.status == 404);
    REQUIRE(r.body.find(globex_hook) == std::string::npos);
  }
  REQUIRE(acme.get("/v1/acme/webhooks/" + globex_hook).status == 404);
  REQUIRE(acme.del("/v1/acme/webhooks/" + globex_hook).status == 404);
  REQUIRE(acme.put_json("/v1/acme/webhooks/" + globex_hook, {{"app", "x"}}).status == 404);
  REQUIRE(acme.post_json("/v1/acme/webhooks/" + globex_hook + "/deactivate", nlohmann::json::object()).status == 404);
  REQUIRE(acme.post_json("/webservice/acme/DeleteWebHookById", {{"id", globex_hook}}).status == 404);
  REQUIRE(globex.get("/v1/globex/webhooks/" + globex_hook).json()["active"] == true);  // untouched
  REQUIRE(globex.get("/v1/globex/webhooks/" + acme_hook).status == 404);

  auto listed = hookwork::test::run_hookwork({"accounts", "list", "--store", "sqlite:" + s.db});
  REQUIRE(listed.out.find("acme") != std::string::npos);
  REQUIRE(listed.out.find("globex") != std::string::npos);
  REQUIRE(listed.out.find("hwk_") == std::string::npos);  // keys are never listed
}

TEST_CASE("delete_requires_inactive: active hooks answer 409 until deactivated (seed 003)", "[e2e][settings]") {
  RunningServer s;
  auto c = s.client();
  auto settings = c.put_json("/v1/acme/settings", {{"delete_requires_inactive", true}});
  REQUIRE(settings.status == 200);
  REQUIRE(c.get("/v1/acme/settings").json()["delete_requires_inactive"] == true);
  std::string id = c.post_json("/v1/acme/webhooks", hook_body()).json()["id"];
  auto refused = c.del("/v1/acme/webhooks/" + id);
  REQUIRE(refused.status == 409);
  REQUIRE(refused.json()["error"]["code"] == "hook_active");
  REQUIRE(c.post_json("/v1/acme/webhooks/" + id + "/deactivate", nlohmann::json::object()).status == 200);
  REQUIRE(c.del("/v1/acme/webhooks/" + id).status == 200);
}
