// The SQLite delivery queue directly: which rows a claim takes and in what order
// (due pending rows and expired leases together, FIFO heads, batches in publish
// order), and settlements of one hook applied in order within one batch.
#include <catch2/catch.hpp>

#include "clock.hpp"
#include "sqlite_delivery_queue.hpp"
#include "sqlite_store.hpp"
#include "support/server_process.hpp"

using namespace hookwork::runner;
using hookwork::delivery::Fate;
using hookwork::delivery::Settlement;

namespace {

constexpr std::int64_t kNow = 1'700'000'000'000;

struct StoreAtNow : Clock {
  std::int64_t now_ms() const override { return kNow; }
  std::int64_t monotonic_ns() const override { return SystemClock().monotonic_ns(); }
};

struct Queue {
  hookwork::test::TempDir dir;
  StoreAtNow clock;
  SqliteStore store{{dir.file("q.db")}, clock, nullptr};
  SqliteDeliveryQueue queue{store};

  Queue() { store.create_account({"acme", "acme", 1}, {"k_acme", "acme", "h"}); }

  void add_hook(const std::string& id, int batch_max = 1, hookwork::Ordering ordering = hookwork::Ordering::None) {
    StoredHook h;
    h.id = id;
    h.account_id = "acme";
    h.spec.event = "optin_finalized";
    h.spec.url = "http://127.0.0.1:9/";
    h.spec.batch_max = batch_max;
    h.spec.ordering = ordering;
    h.secret = "whsec_x";
    store.create_hook(h);
  }
  // One event with one delivery "d<n>" to `hook`, then its queue columns set as given.
  void add(int n, const std::string& hook, const std::string& state, std::int64_t next_attempt_at,
           std::optional<std::int64_t> lease_until = std::nullopt) {
    const std::string id = "d" + std::to_string(n), event = "e" + std::to_string(n);
    PublishRequest r;
    r.account_id = "acme";
    r.event.id = event;
    r.event.type = "optin_finalized";
    r.event.canonical = "{\"id\":\"" + event + "\"}";
    r.deliveries = {{id, hook, "m" + std::to_string(n), DeliveryState::Pending}};
    r.response = {202, "{}"};
    r.now_ms = kNow;
    store.publish(r);
    store.write([&](Db& db) {
      db.prepare("UPDATE deliveries SET state = ?, next_attempt_at = ?, lease_until = ? WHERE id = ?")
          .bind(1, state).bind(2, next_attempt_at).bind(3, lease_until).bind(4, id).run();
    });
  }
  std::vector<std::vector<std::string>> claim(std::size_t max) {
    std::vector<std::vector<std::string>> units;
    for (const auto& w : queue.claim("me", kNow, kNow + 60000, max)) {
      units.emplace_back();
      for (const auto& m : w.messages) units.back().push_back(m.delivery_id);
    }
    return units;
  }
  // The first row of `sql` (one ? for `id`), its `columns` joined by spaces; "" when there is none.
  std::string row(const std::string& sql, const std::string& id, int columns = 1) {
    std::string s;
    store.read([&](Db& db) {
      auto st = db.prepare(sql);
      st.bind(1, id);
      if (!st.step()) return;
      for (int i = 0; i < columns; ++i) s += (i ? " " : "") + st.text(i);
    });
    return s;
  }
  std::string state_of(const std::string& id) { return row("SELECT state FROM deliveries WHERE id = ?", id); }
  std::string hook_row(const std::string& id) {
    return row("SELECT active, health, deactivation_reason FROM hooks WHERE id = ?", id, 3);
  }
};

using Units = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("delivery queue: a claim takes due rows and expired leases together, oldest due first",
          "[delivery][queue]") {
  Queue q;
  q.add_hook("h");
  q.add(1, "h", "pending", kNow - 100);
  q.add(2, "h", "in_flight", kNow - 500, kNow - 1);   // a crashed runner's lease, expired
  q.add(3, "h", "pending", kNow - 100);               // same due time as d1: publish order
  q.add(4, "h", "pending", kNow + 1);                 // not due
  q.add(5, "h", "in_flight", kNow - 900, kNow + 1);   // leased by a live runner
  q.add(6, "h", "succeeded", kNow - 1000);
  q.add(7, "h", "pending", kNow - 200);
  REQUIRE(q.claim(3) == Units{{"d2"}, {"d7"}, {"d1"}});
  REQUIRE(q.state_of("d1") == "in_flight");
  REQUIRE(q.claim(10) == Units{{"d3"}});  // the rest is leased, not due or done
  REQUIRE(q.claim(10).empty());
}

TEST_CASE("delivery queue: a batching hook gets its oldest claimable messages in publish order",
          "[delivery][queue]") {
  Queue q;
  q.add_hook("b", 3);
  q.add(1, "b", "pending", kNow - 10);
  q.add(2, "b", "pending", kNow + 1000);             // retrying later: skipped
  q.add(3, "b", "in_flight", kNow - 10, kNow + 1);   // leased: skipped
  q.add(4, "b", "in_flight", kNow - 10, kNow - 1);   // expired lease: taken again
  q.add(5, "b", "pending", kNow - 50);               // due first, published last of the three
  q.add(6, "b", "pending", kNow - 10);
  REQUIRE(q.claim(10) == Units{{"d1", "d4", "d5"}});  // one unit per batching hook per claim
  REQUIRE(q.claim(10) == Units{{"d6"}});
}

TEST_CASE("delivery queue: a FIFO hook's head goes first, then what follows while claimable",
          "[delivery][queue]") {
  Queue q;
  q.add_hook("f", 3, hookwork::Ordering::Fifo);
  q.add(1, "f", "in_flight", kNow - 10, kNow + 1);  // the head is on the wire
  q.add(2, "f", "pending", kNow - 10);
  REQUIRE(q.claim(10).empty());
  q.store.write([](Db& db) { db.exec("UPDATE deliveries SET state = 'succeeded' WHERE id = 'd1'"); });
  q.add(3, "f", "pending", kNow - 10);
  q.add(4, "f", "pending", kNow + 1000);  // a retry not due yet stops the line here
  q.add(5, "f", "pending", kNow - 10);
  REQUIRE(q.claim(10) == Units{{"d2", "d3"}});
  q.store.write([](Db& db) {
    db.exec("UPDATE deliveries SET state = 'in_flight', lease_until = 0 WHERE id = 'd4'");  // expired lease
    db.exec("UPDATE deliveries SET state = 'succeeded' WHERE id IN ('d2', 'd3')");
  });
  REQUIRE(q.claim(10) == Units{{"d4", "d5"}});
}

TEST_CASE("delivery queue: one batch of settlements for a hook applies them in order, as one at a time would",
          "[delivery][queue][deactivation]") {
  hookwork::DeactivationPolicy policy;
  policy.max_consecutive_exhausted = 2;
  auto settlement = [](int n, Fate fate, hookwork::HealthEvent event) {
    Settlement s;
    s.hook_id = "h";
    s.account_id = "acme";
    s.delivery_ids = {"d" + std::to_string(n)};
    s.attempt.attempted_at_ms = kNow;
    s.attempt.status = 500;
    s.fate = fate;
    s.next_attempt_at_ms = kNow + 5000;
    s.last_error = "HTTP 500";
    s.health_event = event;
    return s;
  };
  const std::vector<Settlement> sequence = {
      settlement(1, Fate::GaveUp, hookwork::HealthEvent::Exhausted),
      settlement(2, Fate::Retry, hookwork::HealthEvent::Failure),
      settlement(3, Fate::GaveUp, hookwork::HealthEvent::Exhausted),  // the second: deactivates
      settlement(4, Fate::Retry, hookwork::HealthEvent::Failure),     // after it: buffered
      settlement(5, Fate::GaveUp, hookwork::HealthEvent::Exhausted),  // no second deactivation
  };
  auto prepare = [](Queue& q) {
    q.add_hook("h");
    for (int n = 1; n <= 5; ++n) q.add(n, "h", "in_flight", kNow - 10, kNow + 60000);
    q.add(6, "h", "pending", kNow + 1000);  // waiting: buffered by the deactivation
  };
  Queue batch, single;
  prepare(batch);
  prepare(single);
  auto deactivated = batch.queue.settle(sequence, kNow, policy);
  std::size_t deactivated_single = 0;
  for (const auto& s : sequence) deactivated_single += single.queue.settle({s}, kNow, policy).size();

  REQUIRE(deactivated.size() == 1);
  REQUIRE(deactivated[0].reason == "consecutive_exhausted");
  REQUIRE(deactivated_single == 1);
  REQUIRE(batch.hook_row("h") == single.hook_row("h"));
  REQUIRE(batch.hook_row("h").rfind("0 ", 0) == 0);
  for (int n = 1; n <= 6; ++n) {
    const std::string id = "d" + std::to_string(n);
    INFO(id);
    REQUIRE(batch.state_of(id) == single.state_of(id));
  }
  REQUIRE(batch.state_of("d1") == "failed");
  REQUIRE(batch.state_of("d2") == "buffered");  // pending again after s2, then buffered by s3
  REQUIRE(batch.state_of("d4") == "buffered");
  REQUIRE(batch.state_of("d6") == "buffered");

  // A deleted hook keeps no record: every settlement starts from a healthy one, batched or not.
  auto ghost = [&](int n) {
    auto s = settlement(n, Fate::GaveUp, hookwork::HealthEvent::Exhausted);
    s.hook_id = "deleted";
    return s;
  };
  REQUIRE(batch.queue.settle({ghost(7), ghost(8), ghost(9)}, kNow, policy).empty());
}

TEST_CASE("delivery queue: settle_and_claim claims after the settlement, and each step fails alone",
          "[delivery][queue]") {
  Queue q;
  q.add_hook("f", 1, hookwork::Ordering::Fifo);
  q.add(1, "f", "in_flight", kNow - 10, kNow + 60000);
  q.add(2, "f", "pending", kNow - 10);
  Settlement delivered;
  delivered.hook_id = "f";
  delivered.account_id = "acme";
  delivered.delivery_ids = {"d1"};
  delivered.attempt.attempted_at_ms = kNow;
  delivered.attempt.status = 200;
  delivered.fate = Fate::Delivered;
  delivered.health_event = hookwork::HealthEvent::Success;

  // The FIFO successor is claimable once its head succeeded: in the same round.
  auto round = q.queue.settle_and_claim({delivered}, kNow, {}, "me", kNow + 60000, 10);
  REQUIRE(round.settle_error.empty());
  REQUIRE(round.claim_error.empty());
  REQUIRE(q.state_of("d1") == "succeeded");
  REQUIRE(round.claimed.size() == 1);
  REQUIRE(round.claimed[0].messages[0].delivery_id == "d2");

  // A settlement that cannot be recorded (its attempt id is taken) changes nothing; the claim still happens.
  q.add(3, "f", "pending", kNow - 10);
  q.store.write([](Db& db) {
    db.exec("INSERT INTO attempts (id, delivery_id, attempted_at, request_headers_json, duration_ms)"
            " VALUES ('d2.1', 'd2', 0, '[]', 0)");
    db.exec("UPDATE deliveries SET state = 'succeeded' WHERE id = 'd1'");
  });
  q.add_hook("other");
  q.add(4, "other", "pending", kNow - 10);
  auto failed = delivered;
  failed.delivery_ids = {"d2"};
  round = q.queue.settle_and_claim({failed}, kNow, {}, "me", kNow + 60000, 10);
  REQUIRE_FALSE(round.settle_error.empty());
  REQUIRE(round.claim_error.empty());
  REQUIRE(q.state_of("d2") == "in_flight");  // still leased: sent again when the lease expires
  REQUIRE(round.claimed.size() == 1);        // d3 waits behind its unsettled head
  REQUIRE(round.claimed[0].messages[0].delivery_id == "d4");
}
