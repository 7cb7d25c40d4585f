// WAL checkpoints off the commit path: the store's writer never checkpoints at SQLite's default
// limit, its checkpointer thread does, the writer bounds the WAL past the larger limit, and a
// store closed while a checkpoint runs opens again with every row.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "clock.hpp"
#include "sqlite_store.hpp"
#include "support/server_process.hpp"

using namespace hookwork::runner;

namespace {
constexpr int kRowsPerCommit = 20;  // of ~3 KB each: about one WAL frame per row

SqliteStore::Options options(const std::string& path, int background_frames, int writer_frames) {
  SqliteStore::Options o;
  o.path = path;
  o.wal_checkpoints.background_frames = background_frames;
  o.wal_checkpoints.writer_frames = writer_frames;
  return o;
}

void commit_rows(SqliteStore& store, int commits) {
  store.write([](Db& db) { db.exec("CREATE TABLE IF NOT EXISTS blobs (id INTEGER PRIMARY KEY, b BLOB NOT NULL)"); });
  for (int i = 0; i < commits; ++i)
    store.write([](Db& db) {
      auto st = db.prepare("INSERT INTO blobs (b) VALUES (randomblob(3000))");
      for (int r = 0; r < kRowsPerCommit; ++r) {
        st.run();
        st.reset();
      }
    });
}

// Frames the -wal file has room for: SQLite reuses the file from its start after a restart and
// never shrinks it here, so this is the largest the WAL has been.
std::int64_t wal_file_frames(const std::string& path) {
  std::error_code ec;
  auto bytes = static_cast<std::int64_t>(std::filesystem::file_size(path + "-wal", ec));
  if (ec || bytes < 32) return 0;
  return (bytes - 32) / (4096 + 24);  // WAL header, then frames of a 24-byte header and a page
}

std::int64_t count_rows(SqliteStore& store) {
  std::int64_t n = -1;
  store.read([&](Db& db) {
    auto st = db.prepare("SELECT COUNT(*) FROM blobs");
    if (st.step()) n = st.int64(0);
  });
  return n;
}

template <typename Pred>
bool eventually(Pred pred) {
  for (int i = 0; i < 500; ++i) {
    if (pred()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return pred();
}
}  // namespace

TEST_CASE("wal checkpointer: the writer's commits never checkpoint, however long the WAL grows",
          "[wal-checkpointer]") {
  hookwork::test::TempDir dir;
  SystemClock clock;
  // Neither limit is reached: any checkpoint would come from the commits themselves.
  SqliteStore store(options(dir.file("w.db"), 1'000'000, 1'000'000), clock, nullptr);
  std::int64_t autocheckpoint = -1;
  store.write([&](Db& db) {
    auto st = db.prepare("PRAGMA wal_autocheckpoint");
    if (st.step()) autocheckpoint = st.int64(0);
  });
  REQUIRE(autocheckpoint == 0);

  commit_rows(store, 80);  // ~1 600 frames, past SQLite's default auto-checkpoint at 1 000
  REQUIRE(wal_file_frames(dir.file("w.db")) > 1500);
  auto stats = store.wal_checkpoint_stats();
  REQUIRE(stats.background_checkpoints == 0);
  REQUIRE(stats.writer_checkpoints == 0);
  REQUIRE(stats.frames_checkpointed == 0);
}

TEST_CASE("wal checkpointer: its own thread checkpoints once the WAL is past its limit", "[wal-checkpointer]") {
  hookwork::test::TempDir dir;
  SystemClock clock;
  SqliteStore store(options(dir.file("w.db"), 100, 1'000'000), clock, nullptr);
  commit_rows(store, 30);  // ~600 frames
  REQUIRE(eventually([&] { return store.wal_checkpoint_stats().frames_checkpointed >= 100; }));
  auto stats = store.wal_checkpoint_stats();
  REQUIRE(stats.background_checkpoints > 0);
  REQUIRE(stats.writer_checkpoints == 0);
  REQUIRE(count_rows(store) == 30 * kRowsPerCommit);
}

TEST_CASE("wal checkpointer: past the larger limit the writer checkpoints and the WAL stays bounded",
          "[wal-checkpointer]") {
  hookwork::test::TempDir dir;
  SystemClock clock;
  // The background pass never runs, as if it were starved: only the writer's bound holds the WAL.
  SqliteStore store(options(dir.file("w.db"), 1'000'000, 200), clock, nullptr);
  commit_rows(store, 100);  // ~2 000 frames
  auto stats = store.wal_checkpoint_stats();
  REQUIRE(stats.writer_checkpoints >= 5);
  REQUIRE(stats.background_checkpoints == 0);
  // The limit, the commit that crossed it, a little slack for interior pages.
  REQUIRE(wal_file_frames(dir.file("w.db")) <= 200 + 2 * kRowsPerCommit);
  REQUIRE(count_rows(store) == 100 * kRowsPerCommit);
}

TEST_CASE("wal checkpointer: with background passes running, the writer's bound is twice its limit",
          "[wal-checkpointer]") {
  hookwork::test::TempDir dir;
  SystemClock clock;
  // A background pass after nearly every commit: the writer often finds one running and goes on
  // without waiting, until the WAL is past twice its limit.
  SqliteStore store(options(dir.file("w.db"), 1, 200), clock, nullptr);
  std::vector<std::thread> writers;
  std::atomic<int> most{0};
  for (int t = 0; t < 4; ++t)
    writers.emplace_back([&] {
      for (int i = 0; i < 25; ++i) {
        commit_rows(store, 1);
        int now = static_cast<int>(wal_file_frames(dir.file("w.db")));
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
      }
    });
  for (auto& w : writers) w.join();
  REQUIRE(store.wal_checkpoint_stats().background_checkpoints > 0);
  // Twice the limit, the commits that crossed it (up to four at once), slack for interior pages.
  REQUIRE(most.load() <= 2 * 200 + 4 * 2 * kRowsPerCommit);
  REQUIRE(count_rows(store) == 100 * kRowsPerCommit);
}

TEST_CASE("wal checkpointer: a store closed while checkpoints run opens again with every row",
          "[wal-checkpointer]") {
  hookwork::test::TempDir dir;
  SystemClock clock;
  const std::string path = dir.file("w.db");
  std::int64_t committed = 0;
  for (int round = 0; round < 3; ++round) {
    {
      // A background pass after nearly every commit, from four writers: closing catches one mid-way.
      SqliteStore store(options(path, 1, 1'000'000), clock, nullptr);
      std::vector<std::thread> writers;
      for (int t = 0; t < 4; ++t) writers.emplace_back([&] { commit_rows(store, 10); });
      for (auto& w : writers) w.join();
      committed += 4 * 10 * kRowsPerCommit;
    }
    // The last connection to close checkpointed everything and removed the WAL: a clean close.
    REQUIRE_FALSE(std::filesystem::exists(path + "-wal"));
  }
  SqliteStore again(options(path, 1'000'000, 1'000'000), clock, nullptr);
  REQUIRE(count_rows(again) == committed);
  std::string integrity;
  again.read([&](Db& db) {
    auto st = db.prepare("PRAGMA integrity_check");
    if (st.step()) integrity = st.text(0);
  });
  REQUIRE(integrity == "ok");
}
