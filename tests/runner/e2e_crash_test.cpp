// End to end: kill -9 of the runner in the middle of a load of 10 000 events.
// Every acknowledged event must reach the receiver at least once after the
// restart: committed before 202, claimed with leases that a new process takes
// over when they expire (the clock is moved past the lease, not slept through).
#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <set>

#include "support/delivering_server.hpp"
#include "support/delivery_api.hpp"
#include "sqlite_db.hpp"
#include "support/receiver_client.hpp"

using namespace hookwork::test;
using hookwork::testing::Receiver;

namespace {

constexpr int kEvents = 10000;
constexpr int kPublishers = 4;

// Publishes from several connections until `target` events are acknowledged or the server dies.
void publish_until(int port, const std::string& key, int target, std::set<std::string>& acknowledged,
                   std::mutex& mu) {
  std::atomic<bool> server_gone{false};
  std::vector<std::thread> threads;
  for (int t = 0; t < kPublishers; ++t) {
    threads.emplace_back([&] {
      ApiClient c(port, key);
      while (!server_gone) {
        {
          std::lock_guard<std::mutex> lock(mu);
          if (static_cast<int>(acknowledged.size()) >= target) return;
        }
        auto r = c.post_json("/v1/acme/events", sample_event());
        if (r.status == 0) {
          server_gone = true;
          return;
        }
        if (r.status == 202) {
          std::lock_guard<std::mutex> lock(mu);
          acknowledged.insert(r.json()["event_id"].get<std::string>());
        }
      }
    });
  }
  for (auto& t : threads) t.join();
}

// Deliveries in `state` in the store file, read directly (the runner is dead).
std::int64_t deliveries_in(const std::string& db_path, const std::string& state) {
  hookwork::runner::Db db(db_path);
  auto st = db.prepare("SELECT COUNT(*) FROM deliveries WHERE state = ?");
  st.bind(1, state);
  return st.step() ? st.int64(0) : 0;
}

std::set<std::string> received_ids(Receiver& rx) {
  std::set<std::string> ids;
  for (const auto& r : rx.requests("/hook")) {
    auto body = nlohmann::json::parse(r["body"].get<std::string>(), nullptr, false);
    if (body.is_object() && body.contains("id")) ids.insert(body["id"].get<std::string>());
  }
  return ids;
}

}  // namespace

TEST_CASE("kill -9 mid-load: after a restart every acknowledged event is delivered at least once",
          "[e2e][delivery][durability]") {
  Receiver rx;
  DeliveringServer s;
  {
    auto c = s.client();
    create_hook(c, {{"app", "crm"}, {"event", "optin_finalized"}, {"url", rx.url("/hook")}});
  }
  // Slow answers keep requests on the wire, so the crash leaves claimed, unsettled deliveries behind.
  rx.rule({{"path", "/hook"}, {"status", 200}, {"hang_ms", 200}});
  std::set<std::string> acknowledged;
  std::mutex mu;
  std::thread load([&] { publish_until(s.port(), s.key, kEvents, acknowledged, mu); });
  // Kill while deliveries are on the wire (and, usually, events are still being published).
  REQUIRE(eventually([&] { return rx.stats()["total"].get<int>() >= 500; }, std::chrono::seconds(60)));
  REQUIRE(s.server->stop(9) == 128 + 9);
  load.join();
  const auto leased = deliveries_in(s.db, "in_flight");
  INFO("acknowledged before the crash: " << acknowledged.size() << ", deliveries left leased: " << leased
                                         << ", pending: " << deliveries_in(s.db, "pending"));
  REQUIRE(leased > 0);  // claimed by the dead process: only its expired leases free them
  rx.rule({{"path", "/hook"}, {"status", 200}});

  s.restart();
  publish_until(s.port(), s.key, kEvents, acknowledged, mu);
  REQUIRE(acknowledged.size() >= static_cast<std::size_t>(kEvents));  // a few more: publishers overshoot
  s.advance(std::chrono::minutes(2));  // past the dead process's leases

  // Cheap count first; the full comparison once enough requests arrived.
  REQUIRE(eventually([&] { return rx.stats()["total"].get<int>() >= kEvents; }, std::chrono::seconds(120)));
  std::set<std::string> missing;
  bool all = eventually(
      [&] {
        auto got = received_ids(rx);
        missing.clear();
        for (const auto& id : acknowledged)
          if (!got.count(id)) missing.insert(id);
        if (!missing.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(500));
        return missing.empty();
      },
      std::chrono::seconds(60));
  INFO("missing after the restart: " << missing.size());
  REQUIRE(all);
}
