// The group committer on its own: transaction statements compiled once, each caller answered for its own job.
#include <atomic>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "clock.hpp"
#include "group_commit.hpp"
#include "support/server_process.hpp"

using namespace hookwork::runner;

namespace {
// SQLite asks the authorizer while it compiles a statement (sqlite3_exec compiles every time it runs):
// counting BEGIN/COMMIT/ROLLBACK and SAVEPOINT/RELEASE compilations tells whether they are reused.
int count_transaction_compiles(void* counter, int action, const char*, const char*, const char*, const char*) {
  if (action == SQLITE_TRANSACTION || action == SQLITE_SAVEPOINT) ++*static_cast<int*>(counter);
  return SQLITE_OK;
}

std::unique_ptr<Db> open_table(const std::string& path) {
  auto db = std::make_unique<Db>(path);
  db->exec("PRAGMA journal_mode = WAL");
  db->exec("CREATE TABLE t (x INTEGER PRIMARY KEY)");
  return db;
}
}  // namespace

TEST_CASE("group commit: BEGIN, SAVEPOINT, RELEASE and COMMIT are compiled once, not per commit",
          "[group-commit]") {
  hookwork::test::TempDir dir;
  SystemClock clock;
  GroupCommitter committer(open_table(dir.file("g.db")), 64, clock, nullptr);
  int compiles = 0;
  committer.submit([&](Db& db) { sqlite3_set_authorizer(db.raw(), count_transaction_compiles, &compiles); });
  int after_warmup = -1;
  for (int i = 0; i < 40; ++i) {
    committer.submit([&, i](Db& db) {
      db.prepare("INSERT INTO t (x) VALUES (?)").bind(1, i).run();
      if (i == 4) after_warmup = compiles;
    });
  }
  // A failing job: ROLLBACK TO is compiled the first time, then reused like the others.
  for (int i = 0; i < 5; ++i)
    REQUIRE_THROWS_AS(committer.submit([](Db& db) { db.prepare("INSERT INTO t (x) VALUES (0)").run(); }), StoreError);
  int after_failures = -1;
  committer.submit([&](Db&) { after_failures = compiles; });
  committer.submit([&](Db& db) { sqlite3_set_authorizer(db.raw(), nullptr, nullptr); });
  INFO("transaction statements compiled: " << after_warmup << " after 5 commits, " << compiles << " after 47");
  REQUIRE(after_warmup >= 0);
  REQUIRE(compiles <= after_warmup + 1);   // ROLLBACK TO, once
  REQUIRE(after_failures == compiles);
}

TEST_CASE("group commit: concurrent callers each get their own job's outcome after its commit", "[group-commit]") {
  hookwork::test::TempDir dir;
  const auto path = dir.file("g.db");
  SystemClock clock;
  std::atomic<int> commits{0};
  std::atomic<std::size_t> largest{0};
  GroupCommitter committer(open_table(path), 512, clock, [&](double, std::size_t jobs) {
    commits += 1;
    if (jobs > largest) largest = jobs;
  });
  constexpr int kThreads = 16, kPerThread = 40;
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      Db reader(path);
      for (int i = 0; i < kPerThread; ++i) {
        const int x = t * kPerThread + i + 1;
        const bool fail = i % 5 == 4;  // every fifth job of each caller throws
        try {
          committer.submit([&](Db& db) {
            db.prepare("INSERT INTO t (x) VALUES (?)").bind(1, x).run();
            if (fail) throw std::runtime_error("job " + std::to_string(x));
          });
          if (fail) wrong += 1;
        } catch (const std::runtime_error& e) {
          if (!fail || e.what() != "job " + std::to_string(x)) wrong += 1;
        }
        // Answered only once committed: another connection sees the row, or not if the job failed.
        auto st = reader.prepare("SELECT COUNT(*) FROM t WHERE x = ?");
        st.bind(1, x);
        REQUIRE(st.step());
        if (st.int64(0) != (fail ? 0 : 1)) wrong += 1;
      }
    });
  }
  for (auto& th : threads) th.join();
  REQUIRE(wrong == 0);
  Db check(path);
  auto st = check.prepare("SELECT COUNT(*) FROM t");
  REQUIRE(st.step());
  REQUIRE(st.int64(0) == kThreads * kPerThread * 4 / 5);
  INFO("commits " << commits << ", largest batch " << largest);
  REQUIRE(commits < kThreads * kPerThread);
}

TEST_CASE("group commit: the between-transactions callback runs after each commit's callers, outside any transaction",
          "[group-commit]") {
  hookwork::test::TempDir dir;
  SystemClock clock;
  std::atomic<int> calls{0}, inside_transaction{0}, commits{0};
  {
    GroupCommitter committer(
        open_table(dir.file("g.db")), 64, clock, [&](double, std::size_t) { commits += 1; },
        [&](Db& db) {
          if (!sqlite3_get_autocommit(db.raw())) inside_transaction += 1;
          if (calls++ == 0) throw std::runtime_error("a failing callback must not stop the writer");
        });
    for (int i = 1; i <= 10; ++i) committer.submit([i](Db& db) { db.prepare("INSERT INTO t (x) VALUES (?)").bind(1, i).run(); });
  }
  REQUIRE(commits == 10);
  REQUIRE(calls == commits);
  REQUIRE(inside_transaction == 0);
}
