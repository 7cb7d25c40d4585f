// End to end, seed 000's failure handling: a receiver that stays unreachable is
// retried per its preset until the hook is deactivated; the account is told
// (stored notification, signed POST to its notification URL, one-click link);
// events meanwhile wait in the buffer for 5 days and are replayed, in order, on
// reactivation if asked. The runner's clock is moved by the test.
#include <catch2/catch.hpp>

#include "support/delivering_server.hpp"
#include "support/delivery_api.hpp"
#include "support/receiver_client.hpp"

using namespace hookwork::test;
using hookwork::testing::Receiver;
using std::chrono::hours;
using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::seconds;

namespace {

// The path and query of an absolute http URL.
std::string path_of(const std::string& url) {
  auto scheme_end = url.find("://");
  auto slash = url.find('/', scheme_end == std::string::npos ? 0 : scheme_end + 3);
  return slash == std::string::npos ? "/" : url.substr(slash);
}

std::vector<std::string> body_ids(const nlohmann::json& requests) {
  std::vector<std::string> ids;
  for (const auto& r : requests) ids.push_back(nlohmann::json::parse(r["body"].get<std::string>())["id"]);
  return ids;
}

}  // namespace

TEST_CASE("unreachable receiver: retries per preset, deactivation, notification, one-click replay in order",
          "[e2e][deactivation]") {
  Receiver rx;
  DeliveringServer s({"--deactivate-after-exhausted", "2"});
  auto c = s.client();
  REQUIRE(c.put_json("/v1/acme/settings", {{"notification_url", rx.url("/notify")}}).status == 200);
  auto hook = create_hook(c, {{"app", "crm"}, {"event", "optin_finalized"}, {"url", rx.url("/hook")},
                              {"retry_policy", "mailup"}, {"ordering", "fifo"}});
  std::string hook_id = hook["id"];
  rx.rule({{"path", "/hook"}, {"close", true}});  // the receiver vanishes: connections close unanswered
  std::string m1 = publish(c), m2 = publish(c);

  // mailup: the first try and 5 retries every 5 minutes, per message. FIFO sends m2 only after m1
  // gave up, and then at once: m1's sixth attempt and m2's first land in the same round.
  const std::vector<int> recorded_after_round = {1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12};
  for (std::size_t round = 0; round < recorded_after_round.size(); ++round) {
    const int expected = recorded_after_round[round];
    INFO("round " << round << ", attempts expected " << expected);
    REQUIRE(eventually([&] { return attempts_recorded(c, hook_id) == expected; }));
    if (round + 1 < recorded_after_round.size()) s.advance(minutes(5) + seconds(1));
  }
  auto got = rx.requests("/hook");
  REQUIRE(got.size() == 12);
  for (int i = 0; i < 12; ++i) REQUIRE(header_of(got[i], "webhook-id") == header_of(got[i < 6 ? 0 : 6], "webhook-id"));
  REQUIRE(header_of(got[0], "webhook-id") != header_of(got[6], "webhook-id"));
  REQUIRE(delivery_of_event(c, m1)["state"] == "failed");
  REQUIRE(delivery_of_event(c, m2)["state"] == "failed");

  // Two messages in a row exhausted their retries: deactivated, and the account is told.
  auto h = c.get("/v1/acme/webhooks/" + hook_id).json();
  REQUIRE(h["active"] == false);
  REQUIRE(h["deactivation_reason"] == "consecutive_exhausted");
  auto notes = c.get("/v1/acme/notifications").json();
  REQUIRE(notes.size() == 1);
  REQUIRE(notes[0]["kind"] == "webhook.deactivated");
  std::string link = notes[0]["body"]["data"]["activate_url"];
  REQUIRE(link.rfind("http://127.0.0.1:" + std::to_string(s.port()) + "/activate/", 0) == 0);
  REQUIRE(eventually([&] { return rx.requests("/notify").size() == 1; }));
  auto posted = rx.requests("/notify")[0];
  auto posted_body = nlohmann::json::parse(posted["body"].get<std::string>());
  REQUIRE(posted_body["type"] == "webhook.deactivated");
  REQUIRE(posted_body["data"]["activate_url"] == link);
  REQUIRE(!header_of(posted, "webhook-signature").empty());
  REQUIRE(eventually([&] { return c.get("/v1/acme/notifications").json()[0]["state"] == "sent"; }));

  // Events published while deactivated wait in the buffer; nothing is sent. The worker drops
  // publish's cached copy of the hook when it deactivates it, so each one is buffered at once.
  std::vector<std::string> buffered = {publish(c), publish(c), publish(c)};
  for (const auto& id : buffered) REQUIRE(delivery_of_event(c, id)["state"] == "buffered");
  REQUIRE(rx.requests("/hook").size() == 12);

  // The receiver is back. The link's page asks first; opening it changes nothing.
  rx.rule({{"path", "/hook"}, {"status", 200}, {"secret", hook["secret"]}});
  ApiClient browser(s.port());
  auto page = browser.get(path_of(link));
  REQUIRE(page.status == 200);
  REQUIRE(page.content_type.rfind("text/html", 0) == 0);
  REQUIRE(page.body.find("3 events") != std::string::npos);
  REQUIRE(page.body.find("name=\"replay\"") != std::string::npos);
  REQUIRE(c.get("/v1/acme/webhooks/" + hook_id).json()["active"] == false);

  // A forged link is refused; the real one reactivates with replay, once.
  std::string forged = path_of(link);
  forged.back() = forged.back() == '0' ? '1' : '0';
  REQUIRE(browser.send("POST", forged, "replay=1", "application/x-www-form-urlencoded").status == 400);
  auto confirmed = browser.send("POST", path_of(link), "replay=1", "application/x-www-form-urlencoded");
  REQUIRE(confirmed.status == 200);
  REQUIRE(confirmed.body.find("reactivated") != std::string::npos);
  REQUIRE(browser.send("POST", path_of(link), "replay=1", "application/x-www-form-urlencoded").status == 409);
  REQUIRE(c.get("/v1/acme/webhooks/" + hook_id).json()["active"] == true);

  REQUIRE(eventually([&] { return rx.requests("/hook").size() == 15; }));
  auto replayed = rx.requests("/hook");
  std::vector<nlohmann::json> last(replayed.begin() + 12, replayed.end());
  REQUIRE(body_ids(last) == buffered);  // in their original order
  for (const auto& r : last) REQUIRE(r["signature"]["valid"] == true);
  for (const auto& id : buffered)
    REQUIRE(eventually([&] { return delivery_of_event(c, id)["state"] == "succeeded"; }));
}

TEST_CASE("activation without replay drops the buffered events with a record, sending none",
          "[e2e][deactivation]") {
  Receiver rx;
  DeliveringServer s;
  auto c = s.client();
  std::string hook_id = create_hook(c, {{"app", "crm"}, {"event", "optin_finalized"}, {"url", rx.url("/hook")}})["id"];
  REQUIRE(c.post_json("/webservice/acme/DeactivateWebHook", {{"id", hook_id}}).status == 200);
  std::string e1 = publish(c), e2 = publish(c);
  REQUIRE(c.post_json("/webservice/acme/ActivateWebHook", {{"id", hook_id}, {"replayEvents", 0}}).status == 200);
  for (const auto& id : {e1, e2}) {
    auto d = delivery_of_event(c, id);
    REQUIRE(d["state"] == "dropped");
    REQUIRE(d["last_error"] == "not replayed");
  }
  // New events flow again; the dropped ones never arrive.
  std::string e3 = publish(c);
  REQUIRE(eventually([&] { return delivery_of_event(c, e3)["state"] == "succeeded"; }));
  auto got = rx.requests("/hook");
  REQUIRE(got.size() == 1);
  REQUIRE(nlohmann::json::parse(got[0]["body"].get<std::string>())["id"] == e3);
}

TEST_CASE("the buffer keeps a deactivated hook's events for 5 days, then drops them with a record",
          "[e2e][deactivation][buffer]") {
  Receiver rx;
  DeliveringServer s;
  auto c = s.client();
  std::string hook_id = create_hook(c, {{"app", "crm"}, {"event", "optin_finalized"}, {"url", rx.url("/hook")}})["id"];
  REQUIRE(c.post_json("/v1/acme/webhooks/" + hook_id + "/deactivate", nlohmann::json::object()).status == 200);
  std::string old_event = publish(c);
  s.advance(hours(4 * 24));
  std::string young_event = publish(c);
  s.advance(hours(24) + minutes(1));  // old_event is 5 days and a minute in the buffer, young_event 1 day

  REQUIRE(eventually([&] { return delivery_of_event(c, old_event)["state"] == "dropped"; }));
  REQUIRE(delivery_of_event(c, old_event)["last_error"].get<std::string>().rfind("buffer_expired", 0) == 0);
  REQUIRE(delivery_of_event(c, young_event)["state"] == "buffered");

  REQUIRE(c.post_json("/v1/acme/webhooks/" + hook_id + "/activate", {{"replay_events", true}}).status == 200);
  REQUIRE(eventually([&] { return delivery_of_event(c, young_event)["state"] == "succeeded"; }));
  auto got = rx.requests("/hook");
  REQUIRE(got.size() == 1);
  REQUIRE(nlohmann::json::parse(got[0]["body"].get<std::string>())["id"] == young_event);
}

TEST_CASE("FIFO ordering: the next message only after the previous one succeeded, under failures",
          "[e2e][delivery][fifo]") {
  Receiver rx;
  DeliveringServer s;
  auto c = s.client();
  std::string hook_id = create_hook(c, {{"app", "crm"}, {"event", "optin_finalized"}, {"url", rx.url("/hook")},
                                        {"ordering", "fifo"}})["id"];
  rx.rule({{"path", "/hook"}, {"status", 503}, {"times", 2}, {"then", {{"status", 200}}}});
  std::vector<std::string> events;
  for (int i = 0; i < 5; ++i) events.push_back(publish(c));

  REQUIRE(eventually([&] { return attempts_recorded(c, hook_id) == 1; }));
  s.advance(seconds(6));  // standard preset: second try after 5 s
  REQUIRE(eventually([&] { return attempts_recorded(c, hook_id) == 2; }));
  std::this_thread::sleep_for(milliseconds(200));
  REQUIRE(rx.requests("/hook").size() == 2);  // the others wait behind the head, not beside it
  s.advance(minutes(5) + seconds(1));  // third try after 5 min: succeeds, and the line moves
  REQUIRE(eventually([&] { return rx.requests("/hook").size() == 7; }));
  std::vector<std::string> expected = {events[0], events[0], events[0], events[1], events[2], events[3], events[4]};
  REQUIRE(body_ids(rx.requests("/hook")) == expected);
  for (const auto& id : events) REQUIRE(eventually([&] { return delivery_of_event(c, id)["state"] == "succeeded"; }));
}
