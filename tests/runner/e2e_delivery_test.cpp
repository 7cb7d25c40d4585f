// End to end: the real binary delivers to a real receiver process on 127.0.0.1
// (tests/delivery/receiver) that checks signatures independently of core and
// answers as told. The runner's clock is moved by the test, never slept through.
#include <catch2/catch.hpp>

#include "hookwork/encoding.hpp"
#include "support/delivering_server.hpp"
#include "support/delivery_api.hpp"
#include "support/receiver_client.hpp"

using namespace hookwork::test;
using hookwork::testing::Receiver;
using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::seconds;

namespace {

nlohmann::json hook_to(const Receiver& rx, const std::string& path = "/hook") {
  return {{"app", "crm"}, {"event", "optin_finalized"}, {"url", rx.url(path)}};
}

std::string percent_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i] == '+' ? ' ' : s[i];
    }
  }
  return out;
}

}  // namespace

TEST_CASE("delivery: first try succeeds, signed, with the attempt logged", "[e2e][delivery]") {
  Receiver rx;
  DeliveringServer s;
  auto c = s.client();
  auto hook = create_hook(c, hook_to(rx));
  rx.rule({{"path", "/hook"}, {"status", 200}, {"body", "thanks"}, {"secret", hook["secret"]}});
  std::string event_id = publish(c);

  REQUIRE(eventually([&] { return rx.requests("/hook").size() == 1; }));
  auto got = rx.requests("/hook")[0];
  REQUIRE(got["method"] == "POST");
  REQUIRE(got["signature"]["valid"] == true);
  REQUIRE(header_of(got, "Content-Type") == "application/json");
  REQUIRE(header_of(got, "User-Agent").rfind("Hookwork/", 0) == 0);
  auto body = nlohmann::json::parse(got["body"].get<std::string>());
  REQUIRE(body["id"] == event_id);
  REQUIRE(body["data"]["email"] == "ann@example.com");

  REQUIRE(eventually([&] { return delivery_of_event(c, event_id)["state"] == "succeeded"; }));
  auto d = delivery_of_event(c, event_id);
  REQUIRE(header_of(got, "webhook-id") == d["message_id"]);
  REQUIRE(d["attempt_count"] == 1);
  REQUIRE(d["attempts"].size() == 1);
  REQUIRE(d["attempts"][0]["status"] == 200);
  REQUIRE(d["attempts"][0]["response_excerpt"] == "thanks");
  REQUIRE(d["attempts"][0]["transport_error"] == "");
}

TEST_CASE("delivery: 500 then success, the same webhook-id on the retry", "[e2e][delivery][retry]") {
  Receiver rx;
  DeliveringServer s;
  auto c = s.client();
  auto hook = create_hook(c, hook_to(rx));  // account default policy: "standard" (5 s, 5 min, ...)
  rx.rule({{"path", "/hook"}, {"status", 500}, {"times", 1}, {"then", {{"status", 200}}}, {"secret", hook["secret"]}});
  std::string event_id = publish(c);

  REQUIRE(eventually([&] { return delivery_of_event(c, event_id)["attempt_count"] == 1; }));
  auto after_first = delivery_of_event(c, event_id);
  REQUIRE(after_first["state"] == "pending");
  REQUIRE(after_first["attempts"][0]["status"] == 500);
  REQUIRE(rx.requests("/hook").size() == 1);  // the 5 s delay holds on the runner's clock

  s.advance(seconds(6));
  REQUIRE(eventually([&] { return delivery_of_event(c, event_id)["state"] == "succeeded"; }));
  auto got = rx.requests("/hook");
  REQUIRE(got.size() == 2);
  REQUIRE(header_of(got[0], "webhook-id") == header_of(got[1], "webhook-id"));
  REQUIRE(got[1]["signature"]["valid"] == true);
  REQUIRE(got[0]["body"] == got[1]["body"]);
}

TEST_CASE("delivery: a receiver slower than the total timeout is a timeout, then retried", "[e2e][delivery][retry]") {
  Receiver rx;
  DeliveringServer s({"--total-timeout-ms", "300"});
  auto c = s.client();
  create_hook(c, hook_to(rx));
  rx.rule({{"path", "/hook"}, {"hang_ms", 1500}, {"times", 1}, {"then", {{"status", 204}}}});
  std::string event_id = publish(c);

  REQUIRE(eventually([&] { return delivery_of_event(c, event_id)["attempt_count"] == 1; }));
  auto first = delivery_of_event(c, event_id)["attempts"][0];
  REQUIRE(first["status"].is_null());
  REQUIRE(first["transport_error"] == "timeout");
  REQUIRE(first["duration_ms"].get<int>() < 1500);
  s.advance(seconds(6));
  REQUIRE(eventually([&] { return delivery_of_event(c, event_id)["state"] == "succeeded"; }));
}

TEST_CASE("delivery: a hook's own timeout_ms overrides the runner's default", "[e2e][delivery][retry]") {
  Receiver rx;
  DeliveringServer s;  // default total timeout: 15 s
  auto c = s.client();
  auto body = hook_to(rx);
  body["timeout_ms"] = 300;
  auto hook = create_hook(c, body);
  REQUIRE(hook["timeout_ms"] == 300);
  rx.rule({{"path", "/hook"}, {"hang_ms", 2000}, {"times", 1}, {"then", {{"status", 200}}}});
  std::string event_id = publish(c);
  REQUIRE(eventually([&] { return delivery_of_event(c, event_id)["attempt_count"] == 1; }));
  auto first = delivery_of_event(c, event_id)["attempts"][0];
  REQUIRE(first["transport_error"] == "timeout");
  REQUIRE(first["duration_ms"].get<int>() < 2000);
  // Cleared, the runner's default applies again.
  REQUIRE(c.put_json("/v1/acme/webhooks/" + hook["id"].get<std::string>(), {{"timeout_ms", nullptr}})
              .json()
              .contains("timeout_ms") == false);
}

TEST_CASE("delivery: 429 with Retry-After waits that long on the runner's clock", "[e2e][delivery][retry]") {
  Receiver rx;
  DeliveringServer s;
  auto c = s.client();
  create_hook(c, hook_to(rx));
  rx.rule({{"path", "/hook"}, {"status", 429}, {"headers", {{"Retry-After", "30"}}}, {"times", 1},
           {"then", {{"status", 200}}}});
  std::string event_id = publish(c);

  REQUIRE(eventually([&] { return delivery_of_event(c, event_id)["attempt_count"] == 1; }));
  s.advance(seconds(10));  // past the scheduled 5 s, short of the 30 s asked for
  std::this_thread::sleep_for(milliseconds(300));
  REQUIRE(rx.requests("/hook").size() == 1);
  s.advance(seconds(21));
  REQUIRE(eventually([&] { return delivery_of_event(c, event_id)["state"] == "succeeded"; }));
  REQUIRE(rx.requests("/hook").size() == 2);
}

TEST_CASE("delivery: 410 Gone deactivates the hook at once and tells the account", "[e2e][delivery][deactivation]") {
  Receiver rx;
  DeliveringServer s;
  auto c = s.client();
  REQUIRE(c.put_json("/v1/acme/settings", {{"notification_url", rx.url("/notify")}}).status == 200);
  auto hook = create_hook(c, hook_to(rx));
  std::string hook_id = hook["id"];
  rx.rule({{"path", "/hook"}, {"status", 410}});
  std::string event_id = publish(c);

  REQUIRE(eventually([&] { return c.get("/v1/acme/webhooks/" + hook_id).json()["active"] == false; }));
  auto h = c.get("/v1/acme/webhooks/" + hook_id).json();
  REQUIRE(h["deactivation_reason"] == "gone");
  REQUIRE(delivery_of_event(c, event_id)["state"] == "buffered");  // kept for a replay
  auto notes = c.get("/v1/acme/notifications").json();
  REQUIRE(notes.size() == 1);
  REQUIRE(notes[0]["kind"] == "webhook.deactivated");
  REQUIRE(notes[0]["body"]["data"]["hook_id"] == hook_id);
  REQUIRE(notes[0]["body"]["data"]["reason"] == "gone");
  REQUIRE(eventually([&] { return rx.requests("/notify").size() == 1; }));
  REQUIRE(rx.requests("/hook").size() == 1);  // nothing more is sent to a gone receiver
}

TEST_CASE("delivery: GET hooks receive the url-encoded JSON in the payload query key (seed 002)",
          "[e2e][delivery][payload]") {
  Receiver rx;
  DeliveringServer s;
  auto c = s.client();
  auto body = hook_to(rx, "/get-hook");
  body["method"] = "GET";
  body["url"] = rx.url("/get-hook?source=hookwork");
  create_hook(c, body);
  auto e = sample_event();
  e["data"]["note"] = "a&b=c d%e ü";
  std::string event_id = publish(c, e);

  REQUIRE(eventually([&] { return rx.requests("/get-hook").size() == 1; }));
  auto got = rx.requests("/get-hook")[0];
  REQUIRE(got["method"] == "GET");
  REQUIRE(got["body"] == "");
  std::string query = got["query"];
  REQUIRE(query.rfind("source=hookwork&payload=", 0) == 0);
  auto payload = nlohmann::json::parse(percent_decode(query.substr(std::string("source=hookwork&payload=").size())));
  REQUIRE(payload["id"] == event_id);
  REQUIRE(payload["data"]["note"] == "a&b=c d%e ü");
}

TEST_CASE("delivery: a batching hook gets up to 100 events in one JSON array (seed 003)", "[e2e][delivery][batch]") {
  Receiver rx;
  DeliveringServer s;
  auto c = s.client();
  auto body = hook_to(rx);
  body["batch_max"] = 100;
  auto hook = create_hook(c, body);
  std::string hook_id = hook["id"];
  rx.rule({{"path", "/hook"}, {"status", 200}, {"secret", hook["secret"]}});
  // Collected while the hook is off, then released at once: one claim sees all of them.
  REQUIRE(c.post_json("/v1/acme/webhooks/" + hook_id + "/deactivate", nlohmann::json::object()).status == 200);
  std::vector<std::string> ids;
  for (int i = 0; i < 101; ++i) ids.push_back(publish(c));
  REQUIRE(c.post_json("/v1/acme/webhooks/" + hook_id + "/activate", {{"replay_events", true}}).status == 200);

  REQUIRE(eventually([&] { return rx.requests("/hook").size() == 2; }));
  auto got = rx.requests("/hook");
  auto first = nlohmann::json::parse(got[0]["body"].get<std::string>());
  auto second = nlohmann::json::parse(got[1]["body"].get<std::string>());
  REQUIRE(first.is_array());
  REQUIRE(first.size() == 100);
  REQUIRE(second.is_array());  // a batching hook always gets a list
  REQUIRE(second.size() == 1);
  for (std::size_t i = 0; i < 100; ++i) REQUIRE(first[i]["id"] == ids[i]);  // publish order
  REQUIRE(second[0]["id"] == ids[100]);
  REQUIRE(got[0]["signature"]["valid"] == true);
  REQUIRE(eventually([&] {
    for (const auto& d : hook_deliveries(c, hook_id))
      if (d["state"] != "succeeded") return false;
    return true;
  }));
}

TEST_CASE("delivery: Basic auth credentials are sent and redacted in the attempt log (seed 003)",
          "[e2e][delivery][auth]") {
  Receiver rx;
  DeliveringServer s;
  auto c = s.client();
  auto body = hook_to(rx);
  body["basic_auth"] = {{"username", "ann"}, {"password", "p:ss w'rd"}};
  body["headers"] = {{"X-Tenant", "acme"}};
  create_hook(c, body);
  std::string event_id = publish(c);

  REQUIRE(eventually([&] { return delivery_of_event(c, event_id)["state"] == "succeeded"; }));
  auto got = rx.requests("/hook")[0];
  REQUIRE(header_of(got, "Authorization") == "Basic " + hookwork::base64_encode("ann:p:ss w'rd"));
  REQUIRE(header_of(got, "X-Tenant") == "acme");
  auto logged = delivery_of_event(c, event_id)["attempts"][0]["request_headers"];
  bool redacted = false;
  for (const auto& h : logged)
    if (h["name"] == "Authorization") redacted = h["value"] == "[redacted]";
  REQUIRE(redacted);
  REQUIRE(logged.dump().find("p:ss") == std::string::npos);
}

TEST_CASE("delivery: legacy RC4+Base64 bodies decrypt at the receiver with the hook's key (seed 004)",
          "[e2e][delivery][legacy]") {
  Receiver rx;
  DeliveringServer s;
  auto c = s.client();
  auto body = hook_to(rx);
  body["encryption_key"] = "s3cr3t-k3y";
  create_hook(c, body);
  rx.rule({{"path", "/hook"}, {"status", 200}, {"legacy_key", "s3cr3t-k3y"}});
  std::string event_id = publish(c);

  REQUIRE(eventually([&] { return rx.requests("/hook").size() == 1; }));
  auto got = rx.requests("/hook")[0];
  REQUIRE(got["decrypted"].is_string());
  auto plain = nlohmann::json::parse(got["decrypted"].get<std::string>());
  REQUIRE(plain["id"] == event_id);
  REQUIRE(got["body"].get<std::string>().find("ann@example.com") == std::string::npos);
}

TEST_CASE("delivery: the SSRF guard refuses loopback after DNS unless allowed", "[e2e][delivery][ssrf]") {
  Receiver rx;
  std::string hook_id, event_id;
  DeliveringServer s;  // the fixture allows private URLs: the hook can be saved
  {
    auto c = s.client();
    hook_id = create_hook(c, hook_to(rx))["id"];
  }
  s.server->stop();
  // The same store, now with the default policy: the saved URL points at loopback.
  ServerProcess strict({"--store", "sqlite:" + s.db, "--deliver=true", "--clock-control"});
  {
    ApiClient c(strict.port(), s.key);  // closed before the stop: an idle keep-alive connection delays it
    event_id = publish(c);
    REQUIRE(eventually([&] { return delivery_of_event(c, event_id)["attempt_count"] == 1; }));
    auto attempt = delivery_of_event(c, event_id)["attempts"][0];
    REQUIRE(attempt["status"].is_null());
    REQUIRE(attempt["transport_error"] == "forbidden_address");
  }
  REQUIRE(rx.requests("/hook").empty());
  strict.stop();

  // With an allowlist entry for the receiver's address it goes through.
  ServerProcess allowed({"--store", "sqlite:" + s.db, "--deliver=true", "--clock-control", "--allow-cidrs",
                         "127.0.0.1/32"});
  ApiClient c2(allowed.port(), s.key);
  REQUIRE(c2.post_json("/_clock", {{"advance_ms", 6 * 60 * 1000}}).status == 200);  // past the next retry
  bool delivered = eventually([&] { return delivery_of_event(c2, event_id)["state"] == "succeeded"; });
  INFO("delivery: " << delivery_of_event(c2, event_id).dump());
  REQUIRE(delivered);
  REQUIRE(rx.requests("/hook").size() == 1);
}
