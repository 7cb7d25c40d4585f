// The SQLite store directly: migrations, group commit, tenancy, idempotency.
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

#include <catch2/catch.hpp>

#include "clock.hpp"
#include "metrics.hpp"
#include "migrations.hpp"
#include "sqlite_store.hpp"
#include "support/server_process.hpp"

using namespace hookwork::runner;

namespace {
struct FixedClock : Clock {
  std::atomic<std::int64_t> now{1'700'000'000'000};
  std::int64_t now_ms() const override { return now; }
  std::int64_t monotonic_ns() const override { return SystemClock().monotonic_ns(); }
};

StoredHook hook(const std::string& id, const std::string& account, bool active = true) {
  StoredHook h;
  h.id = id;
  h.account_id = account;
  h.spec.event = "optin_finalized";
  h.spec.url = "http://127.0.0.1:9/";
  h.spec.headers = {{"X-A", "1"}};
  h.spec.basic_auth = hookwork::BasicAuth{"u", "p"};
  h.spec.filter = {{"data.plan", {{"$eq", "pro"}}}};
  h.spec.list_id = "7";
  h.secret = "whsec_x";
  h.active = active;
  return h;
}

void add_accounts(Store& store) {
  store.create_account({"acme", "acme", 1}, {"k_acme", "acme", "h"});
  store.create_account({"globex", "globex", 1}, {"k_globex", "globex", "h"});
}

PublishRequest publish_req(const std::string& account, const std::string& event_id,
                           std::vector<NewDelivery> deliveries = {}) {
  PublishRequest r;
  r.account_id = account;
  r.event.id = event_id;
  r.event.type = "optin_finalized";
  r.event.canonical = "{\"id\":\"" + event_id + "\"}";
  r.deliveries = std::move(deliveries);
  r.response = {202, "{\"event_id\":\"" + event_id + "\"}"};
  r.now_ms = 1'700'000'000'000;
  r.idempotency_ttl_ms = 1000;
  return r;
}
}  // namespace

TEST_CASE("store: migrations apply once and reopening keeps the data", "[store]") {
  hookwork::test::TempDir dir;
  FixedClock clock;
  {
    SqliteStore store({dir.file("s.db")}, clock, nullptr);
    REQUIRE(store.create_account({"acme", "acme", 1}, {"k1", "acme", "hash"}));
    REQUIRE_FALSE(store.create_account({"acme", "acme", 1}, {"k2", "acme", "hash"}));
    store.create_hook(hook("h1", "acme"));
  }
  SqliteStore again({dir.file("s.db")}, clock, nullptr);
  REQUIRE(again.list_accounts().size() == 1);
  auto h = again.get_hook("acme", "h1");
  REQUIRE(h);
  REQUIRE(h->spec.headers == hookwork::Headers{{"X-A", "1"}});
  REQUIRE(h->spec.basic_auth->password == "p");
  REQUIRE(h->spec.filter == nlohmann::json{{"data.plan", {{"$eq", "pro"}}}});
  REQUIRE(h->spec.list_id == std::optional<std::string>("7"));
  REQUIRE(again.find_api_key("k1")->account_id == "acme");
  int versions = 0;
  again.read([&](Db& db) {
    auto st = db.prepare("SELECT COUNT(*) FROM schema_migrations");
    st.step();
    versions = static_cast<int>(st.int64(0));
  });
  REQUIRE(versions == static_cast<int>(migrations().size()));  // each applied once, none twice
}

TEST_CASE("store: each delivery state that is looked up has its own partial index", "[store][migrations]") {
  hookwork::test::TempDir dir;
  FixedClock clock;
  SqliteStore store({dir.file("s.db")}, clock, nullptr);
  auto plan = [&](const std::string& sql) {
    std::string out;
    store.read([&](Db& db) {
      auto st = db.prepare("EXPLAIN QUERY PLAN " + sql);
      while (st.step()) out += st.text(3) + "\n";
    });
    return out;
  };
  // The claim's arms, the queue depth and the buffer expiry: a search of their state's index, no scan.
  CHECK(plan("SELECT id FROM deliveries WHERE state = 'pending' AND next_attempt_at <= 5 ORDER BY next_attempt_at")
            .find("USING INDEX deliveries_claim (next_attempt_at<?)") != std::string::npos);
  CHECK(plan("SELECT id FROM deliveries WHERE state = 'in_flight' AND lease_until <= 5")
            .find("USING INDEX deliveries_lease (lease_until<?)") != std::string::npos);
  CHECK(plan("SELECT id FROM deliveries WHERE state = 'buffered' AND created_at < 5")
            .find("USING INDEX deliveries_buffered (created_at<?)") != std::string::npos);
  CHECK(plan("SELECT COUNT(*) FROM deliveries WHERE state = 'pending'").find("deliveries_claim") != std::string::npos);
  // Partial: a pending row is in the claim index only (the lease and buffer indexes skip it).
  store.read([&](Db& db) {
    auto st = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'deliveries_lease'");
    REQUIRE(st.step());
    CHECK(st.text(0).find("WHERE state = 'in_flight'") != std::string::npos);
  });
}

TEST_CASE("store: another account's hook is not found, read or changed", "[store][tenancy]") {
  hookwork::test::TempDir dir;
  FixedClock clock;
  SqliteStore store({dir.file("s.db")}, clock, nullptr);
  add_accounts(store);
  store.create_hook(hook("h1", "acme"));
  REQUIRE_FALSE(store.get_hook("globex", "h1"));
  REQUIRE(store.list_hooks("globex", {}).empty());
  REQUIRE_FALSE(store.delete_hook("globex", "h1"));
  REQUIRE_FALSE(store.set_hook_active("globex", "h1", false, "manual", false, 0, 1));
  auto other = hook("h1", "globex");
  REQUIRE_FALSE(store.update_hook(other));
  REQUIRE(store.get_hook("acme", "h1")->active);
}

TEST_CASE("store: concurrent publishes share group commits and all are durable", "[store][group-commit]") {
  hookwork::test::TempDir dir;
  FixedClock clock;
  Metrics metrics;
  SqliteStore store({dir.file("s.db")}, clock, &metrics);
  constexpr int kThreads = 16, kPerThread = 50;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        auto id = "evt_" + std::to_string(t) + "_" + std::to_string(i);
        store.publish(publish_req("acme", id, {{"dlv_" + id, "h1", "msg_" + id, DeliveryState::Pending}}));
      }
    });
  }
  for (auto& t : threads) t.join();
  REQUIRE(store.count_events() == kThreads * kPerThread);
  REQUIRE(store.count_deliveries(DeliveryState::Pending) == kThreads * kPerThread);
  auto text = metrics.render();
  auto commits_at = text.find("\nhookwork_store_commits_total ");
  long commits = std::stol(text.substr(commits_at + std::string("\nhookwork_store_commits_total ").size()));
  INFO("commits: " << commits);
  REQUIRE(commits < kThreads * kPerThread);  // several publishes per fsync
  // The store registers its own checkpoint counters with the metrics it was given.
  CHECK(text.find("\nhookwork_store_wal_checkpoints ") != std::string::npos);
  CHECK(text.find("\nhookwork_store_writer_checkpoints ") != std::string::npos);
}

TEST_CASE("store: one failing job in a batch does not undo the others", "[store][group-commit]") {
  hookwork::test::TempDir dir;
  FixedClock clock;
  SqliteStore store({dir.file("s.db")}, clock, nullptr);
  store.publish(publish_req("acme", "evt_1"));
  REQUIRE_THROWS_AS(store.publish(publish_req("acme", "evt_1")), StoreError);  // duplicate primary key
  store.publish(publish_req("acme", "evt_2"));
  REQUIRE(store.count_events() == 2);
}

TEST_CASE("store: publish_async answers once committed, with the result or the store's error", "[store][group-commit]") {
  hookwork::test::TempDir dir;
  FixedClock clock;
  SqliteStore store({dir.file("s.db")}, clock, nullptr);
  std::mutex mu;
  std::condition_variable cv;
  std::vector<std::pair<std::string, std::string>> answers;  // event id -> "accepted" / "stored" / error kind
  auto publish = [&](const std::string& id) {
    store.publish_async(publish_req("acme", id), [&, id](std::optional<PublishResult> result, std::exception_ptr error) {
      std::string outcome;
      if (result) {
        // Answered after the commit: the row is already visible to another connection.
        outcome = result->kind == PublishResult::Kind::Accepted && store.count_events() > 0 ? "accepted" : "wrong";
      } else {
        try {
          std::rethrow_exception(error);
        } catch (const StoreError&) {
          outcome = "store_error";
        } catch (...) {
          outcome = "other";
        }
      }
      std::lock_guard<std::mutex> lock(mu);
      answers.emplace_back(id, outcome);
      cv.notify_all();
    });
  };
  publish("evt_1");
  publish("evt_1");  // duplicate primary key: its own error, the others unaffected
  publish("evt_2");
  std::unique_lock<std::mutex> lock(mu);
  REQUIRE(cv.wait_for(lock, std::chrono::seconds(10), [&] { return answers.size() == 3; }));
  std::multiset<std::string> outcomes;
  for (const auto& a : answers) outcomes.insert(a.first + " " + a.second);
  REQUIRE(outcomes == std::multiset<std::string>{"evt_1 accepted", "evt_1 store_error", "evt_2 accepted"});
  REQUIRE(store.count_events() == 2);
}

namespace {
// SQLite's temporary files (a spilled savepoint journal among them) are unlinked once open,
// under names that start with "etilqs_": only an open descriptor still shows one.
int open_sqlite_temp_files() {
  int found = 0;
  std::error_code ec;
  for (const auto& fd : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
    auto target = std::filesystem::read_symlink(fd.path(), ec);
    if (!ec && target.string().find("etilqs_") != std::string::npos) ++found;
  }
  return found;
}
}  // namespace

TEST_CASE("store: a job's savepoint journal stays in memory, whatever the job changes", "[store][group-commit]") {
  // Every job of a group commit runs in a SAVEPOINT, and SQLite copies each page a job changes
  // into the savepoint's journal. Past SQLite's default of 64 KiB that journal moves to a file,
  // and then grows for the rest of the transaction: a system call per page for every following
  // job (the writer's largest cost before kSavepointJournalMemoryBytes).
  hookwork::test::TempDir dir;
  FixedClock clock;
  SqliteStore store({dir.file("s.db")}, clock, nullptr);
  store.write([](Db& db) { db.exec("CREATE TABLE scratch (id INTEGER PRIMARY KEY, pad BLOB NOT NULL)"); });
  int rows = 0;
  auto grow_to = [&](int n) {  // rows of about a page each
    store.write([&](Db& db) {
      for (; rows < n; ++rows)
        db.prepare("INSERT INTO scratch (id, pad) VALUES (?, zeroblob(3000))").bind(1, rows).run();
    });
  };
  // One job rewrites every row, so its journal holds every page; how many temp files are open then.
  // (The job runs on the writer thread: the assertions stay on this one.)
  auto temp_files_while_rewriting = [&] {
    int open = -1, changed = -1;
    store.write([&](Db& db) {
      db.exec("UPDATE scratch SET pad = zeroblob(3001 + abs(random() % 100))");
      changed = db.changes();
      open = open_sqlite_temp_files();
    });
    REQUIRE(changed == rows);
    return open;
  };
  grow_to(24);  // ~96 KiB of journal
  CHECK(temp_files_while_rewriting() == 0);
  grow_to(kSavepointJournalMemoryBytes / 4096 + 24);  // more than it keeps in memory: bounded, so it spills
  CHECK(temp_files_while_rewriting() == 1);
}

TEST_CASE("store: idempotency keys replay, refuse another body, expire", "[store][idempotency]") {
  hookwork::test::TempDir dir;
  FixedClock clock;
  SqliteStore store({dir.file("s.db")}, clock, nullptr);
  auto a = publish_req("acme", "evt_a");
  a.idempotency_key = "k";
  a.request_hash = "h1";
  REQUIRE(store.publish(a).kind == PublishResult::Kind::Accepted);
  auto b = publish_req("acme", "evt_b");
  b.idempotency_key = "k";
  b.request_hash = "h1";
  auto replay = store.publish(b);
  REQUIRE(replay.kind == PublishResult::Kind::Replayed);
  REQUIRE(replay.response.body == a.response.body);
  b.request_hash = "h2";
  REQUIRE(store.publish(b).kind == PublishResult::Kind::KeyReusedWithOtherBody);
  REQUIRE(store.count_events() == 1);
  b.request_hash = "h1";
  b.now_ms = a.now_ms + 1000;  // ttl passed
  REQUIRE(store.publish(b).kind == PublishResult::Kind::Accepted);
  REQUIRE(store.purge_expired_idempotency_keys(b.now_ms + 5000) == 1);
}

TEST_CASE("store: activation replays buffered deliveries inside the window only", "[store][buffer]") {
  hookwork::test::TempDir dir;
  FixedClock clock;
  SqliteStore store({dir.file("s.db")}, clock, nullptr);
  add_accounts(store);
  store.create_hook(hook("h1", "acme", false));
  auto old_req = publish_req("acme", "evt_old", {{"d_old", "h1", "m_old", DeliveryState::Buffered}});
  old_req.now_ms = 1000;
  store.publish(old_req);
  store.publish(publish_req("acme", "evt_new", {{"d_new", "h1", "m_new", DeliveryState::Buffered}}));
  REQUIRE(store.set_hook_active("acme", "h1", true, "", true, 5000, 1'700'000'000'001));
  auto ds = store.list_deliveries("acme", hookwork::runner::DeliveryQuery{}, 10);
  std::map<std::string, DeliveryState> by_id;
  for (const auto& d : ds) by_id[d.id] = d.state;
  REQUIRE(by_id["d_new"] == DeliveryState::Pending);
  REQUIRE(by_id["d_old"] == DeliveryState::Dropped);
}

TEST_CASE("store: ping answers on a new store and after writes, and fails once the schema is gone", "[store]") {
  hookwork::test::TempDir dir;
  FixedClock clock;
  SqliteStore store({dir.file("s.db")}, clock, nullptr);
  REQUIRE_NOTHROW(store.ping());
  store.publish(publish_req("acme", "evt_1"));
  REQUIRE_NOTHROW(store.ping());
  store.write([](Db& db) { db.exec("DELETE FROM schema_migrations"); });
  REQUIRE_THROWS_AS(store.ping(), StoreError);
}

TEST_CASE("store: sqlite URLs", "[store]") {
  REQUIRE(sqlite_path_from_url("sqlite:./hookwork.db") == "./hookwork.db");
  REQUIRE(sqlite_path_from_url("sqlite:///var/lib/h.db") == "/var/lib/h.db");
  REQUIRE(sqlite_path_from_url("postgres://x") == "");
}
