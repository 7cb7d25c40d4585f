// End to end: publishing events, idempotency, the deliveries queued for part 2,
// buffering for deactivated hooks and replay on activation.
#include <catch2/catch.hpp>

#include "support/fixture.hpp"

using hookwork::test::hook_body;
using hookwork::test::RunningServer;

namespace {
nlohmann::json event(const std::string& type = "optin_finalized") {
  return {{"type", type}, {"occurred_at", "2026-01-31T12:00:00Z"}, {"data", {{"email", "ann@example.com"}}}};
}
}  // namespace

TEST_CASE("publish: 202 with an event id and one pending delivery per matching hook", "[e2e][publish]") {
  RunningServer s;
  auto c = s.client();
  std::string a = c.post_json("/v1/acme/webhooks", hook_body("optin_finalized", "crm")).json()["id"];
  std::string b = c.post_json("/v1/acme/webhooks", hook_body("optin_finalized", "shop")).json()["id"];
  c.post_json("/v1/acme/webhooks", hook_body("optout_finalized", "crm"));  // other type: no delivery

  auto r = c.post_json("/v1/acme/events", event());
  REQUIRE(r.status == 202);
  auto body = r.json();
  std::string event_id = body["event_id"];
  REQUIRE(event_id.rfind("evt_", 0) == 0);
  REQUIRE(body["deliveries"] == 2);

  auto deliveries = c.get("/v1/acme/deliveries?event_id=" + event_id).json();
  REQUIRE(deliveries.size() == 2);
  std::set<std::string> hooks, messages;
  for (const auto& d : deliveries) {
    REQUIRE(d["state"] == "pending");
    REQUIRE(d["attempt_count"] == 0);
    hooks.insert(d["hook_id"].get<std::string>());
    messages.insert(d["message_id"].get<std::string>());
  }
  REQUIRE(hooks == std::set<std::string>{a, b});
  REQUIRE(messages.size() == 2);  // one webhook-id per message

  // An event scoped to one app reaches only that app's hooks.
  auto scoped = event();
  scoped["app"] = "shop";
  REQUIRE(c.post_json("/v1/acme/events", scoped).json()["deliveries"] == 1);
  // A type with no hook is still accepted (kept, nothing queued).
  REQUIRE(c.post_json("/v1/acme/events", event("mailing_finish")).json()["deliveries"] == 0);
}

TEST_CASE("publish: hooks with a source or list only get matching events (seed 004)", "[e2e][publish]") {
  RunningServer s;
  auto c = s.client();
  auto h = hook_body("subscribe");
  h["source"] = "console";
  h["list_id"] = 7;
  REQUIRE(c.post_json("/v1/acme/webhooks", h).status == 201);
  auto e = event("subscribe");
  REQUIRE(c.post_json("/v1/acme/events", e).json()["deliveries"] == 0);
  e["source"] = "console";
  e["list_id"] = "7";
  REQUIRE(c.post_json("/v1/acme/events", e).json()["deliveries"] == 1);
  e["source"] = "api";
  REQUIRE(c.post_json("/v1/acme/events", e).json()["deliveries"] == 0);
}

TEST_CASE("publish: an Idempotency-Key answers the same response and stores no second event", "[e2e][publish]") {
  RunningServer s;
  auto c = s.client();
  c.post_json("/v1/acme/webhooks", hook_body());
  auto first = c.post_json("/v1/acme/events", event(), "order-42");
  auto again = c.post_json("/v1/acme/events", event(), "order-42");
  REQUIRE(first.status == 202);
  REQUIRE(again.status == 202);
  REQUIRE(again.body == first.body);  // byte for byte
  REQUIRE(again.header("Idempotent-Replayed") == "true");
  REQUIRE(c.get("/v1/acme/deliveries").json().size() == 1);

  auto other_body = c.post_json("/v1/acme/events", event("optout_finalized"), "order-42");
  REQUIRE(other_body.status == 422);
  REQUIRE(other_body.json()["error"]["code"] == "idempotency_key_reused");

  // Without a key, the same body is a new event each time.
  auto x = c.post_json("/v1/acme/events", event());
  auto y = c.post_json("/v1/acme/events", event());
  REQUIRE(x.json()["event_id"] != y.json()["event_id"]);
  REQUIRE(c.get("/v1/acme/deliveries").json().size() == 3);

  // Keys are per account: another account's same key is its own event.
  auto created = hookwork::test::run_hookwork({"accounts", "create", "globex", "--store", "sqlite:" + s.db});
  hookwork::test::ApiClient globex(s.port(), created.out.substr(0, created.out.find('\n')));
  auto theirs = globex.post_json("/v1/globex/events", event(), "order-42");
  REQUIRE(theirs.status == 202);
  REQUIRE(theirs.json()["event_id"] != first.json()["event_id"]);
}

TEST_CASE("publish: the Idempotency-Key expires after its TTL", "[e2e][publish]") {
  RunningServer s({"--idempotency-ttl-s", "1"});
  auto c = s.client();
  auto first = c.post_json("/v1/acme/events", event(), "k");
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  auto later = c.post_json("/v1/acme/events", event(), "k");
  REQUIRE(later.status == 202);
  REQUIRE(later.json()["event_id"] != first.json()["event_id"]);
}

TEST_CASE("events for a deactivated hook are buffered, replayed on activation with replayEvents=1 (seed 000)",
          "[e2e][publish][buffer]") {
  RunningServer s;
  auto c = s.client();
  std::string id = c.post_json("/v1/acme/webhooks", hook_body()).json()["id"];
  REQUIRE(c.post_json("/v1/acme/webhooks/" + id + "/deactivate", nlohmann::json::object()).status == 200);
  std::string e1 = c.post_json("/v1/acme/events", event()).json()["event_id"];
  std::string e2 = c.post_json("/v1/acme/events", event()).json()["event_id"];
  auto buffered = c.get("/v1/acme/deliveries").json();
  REQUIRE(buffered.size() == 2);
  for (const auto& d : buffered) REQUIRE(d["state"] == "buffered");

  REQUIRE(c.post_json("/v1/acme/webhooks/" + id + "/activate", {{"replayEvents", 1}}).status == 200);
  for (const auto& d : c.get("/v1/acme/deliveries").json()) REQUIRE(d["state"] == "pending");

  // Without replay, what was buffered is dropped (kept in the log, never sent).
  REQUIRE(c.post_json("/v1/acme/webhooks/" + id + "/deactivate", nlohmann::json::object()).status == 200);
  std::string e3 = c.post_json("/v1/acme/events", event()).json()["event_id"];
  REQUIRE(c.post_json("/v1/acme/webhooks/" + id + "/activate", nlohmann::json::object()).status == 200);
  auto d3 = c.get("/v1/acme/deliveries?event_id=" + e3).json();
  REQUIRE(d3.size() == 1);
  REQUIRE(d3[0]["state"] == "dropped");
}

TEST_CASE("hook changes reach publish at once (the per-account hook cache is invalidated)", "[e2e][publish]") {
  RunningServer s;
  auto c = s.client();
  REQUIRE(c.post_json("/v1/acme/events", event()).json()["deliveries"] == 0);  // caches "no hooks"
  std::string id = c.post_json("/v1/acme/webhooks", hook_body()).json()["id"];
  REQUIRE(c.post_json("/v1/acme/events", event()).json()["deliveries"] == 1);
  REQUIRE(c.put_json("/v1/acme/webhooks/" + id, {{"event", "optout_finalized"}}).status == 200);
  REQUIRE(c.post_json("/v1/acme/events", event()).json()["deliveries"] == 0);
  REQUIRE(c.post_json("/v1/acme/events", event("optout_finalized")).json()["deliveries"] == 1);
  REQUIRE(c.del("/v1/acme/webhooks/" + id).status == 200);
  REQUIRE(c.post_json("/v1/acme/events", event("optout_finalized")).json()["deliveries"] == 0);
}
