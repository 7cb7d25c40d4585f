// The SQLite connection wrapper: its statement cache (prepare once per connection and SQL text).
#include <string>

#include <catch2/catch.hpp>

#include "sqlite_db.hpp"
#include "support/server_process.hpp"

using namespace hookwork::runner;

namespace {
std::int64_t count(Db& db, const std::string& sql) {
  auto st = db.prepare(sql);
  REQUIRE(st.step());
  return st.int64(0);
}
}  // namespace

TEST_CASE("sqlite db: prepare hands out the statement it compiled before for the same text", "[sqlite-db]") {
  hookwork::test::TempDir dir;
  Db db(dir.file("c.db"));
  db.exec("CREATE TABLE t (x INTEGER)");
  const std::string insert = "INSERT INTO t (x) VALUES (?)";
  sqlite3_stmt* first = nullptr;
  {
    auto st = db.prepare(insert);
    first = st.raw();
    st.bind(1, 1).run();
  }
  REQUIRE(db.statements_compiled() == 1);
  REQUIRE(db.statements_cached() == 1);
  for (int i = 2; i <= 5; ++i) {
    auto st = db.prepare(insert);
    REQUIRE(st.raw() == first);
    REQUIRE(db.statements_cached() == 0);  // out while in use
    st.bind(1, i).run();
  }
  REQUIRE(db.statements_compiled() == 1);
  REQUIRE(count(db, "SELECT COUNT(*) FROM t") == 5);
  REQUIRE(db.statements_compiled() == 2);
}

TEST_CASE("sqlite db: a reused statement starts without the last user's bindings", "[sqlite-db]") {
  hookwork::test::TempDir dir;
  Db db(dir.file("c.db"));
  db.exec("CREATE TABLE t (x INTEGER)");
  const std::string insert = "INSERT INTO t (x) VALUES (?)";
  db.prepare(insert).bind(1, 42).run();
  db.prepare(insert).run();  // nothing bound: NULL, not the 42 of the previous use
  REQUIRE(db.statements_compiled() == 1);
  REQUIRE(count(db, "SELECT COUNT(*) FROM t WHERE x = 42") == 1);
  REQUIRE(count(db, "SELECT COUNT(*) FROM t WHERE x IS NULL") == 1);
}

TEST_CASE("sqlite db: a statement back in the cache holds no snapshot and starts from its first row",
          "[sqlite-db]") {
  hookwork::test::TempDir dir;
  const auto path = dir.file("c.db");
  Db writer(path);
  writer.exec("PRAGMA journal_mode = WAL");
  writer.exec("CREATE TABLE t (x INTEGER)");
  writer.exec("INSERT INTO t (x) VALUES (1), (2), (3)");
  Db reader(path);
  const std::string select = "SELECT x FROM t ORDER BY x";
  {
    auto st = reader.prepare(select);
    REQUIRE(st.step());  // one row of three read, the cursor left open
    REQUIRE(st.int64(0) == 1);
  }
  writer.exec("INSERT INTO t (x) VALUES (4)");
  // Another statement on the reader sees the new row: the one in the cache ended its read transaction.
  REQUIRE(count(reader, "SELECT COUNT(*) FROM t") == 4);
  // The cached statement runs from its first row again.
  auto st = reader.prepare(select);
  REQUIRE(reader.statements_compiled() == 2);
  std::int64_t expected = 1;
  while (st.step()) REQUIRE(st.int64(0) == expected++);
  REQUIRE(expected == 5);
}

TEST_CASE("sqlite db: two live statements of one text are two statements, both cached after", "[sqlite-db]") {
  hookwork::test::TempDir dir;
  Db db(dir.file("c.db"));
  const std::string sql = "SELECT ?";
  {
    auto outer = db.prepare(sql);
    outer.bind(1, 1);
    REQUIRE(outer.step());
    {
      auto inner = db.prepare(sql);  // the same text while the first is still stepping
      REQUIRE(inner.raw() != outer.raw());
      inner.bind(1, 2);
      REQUIRE(inner.step());
      REQUIRE(inner.int64(0) == 2);
    }
    REQUIRE(outer.int64(0) == 1);
  }
  REQUIRE(db.statements_compiled() == 2);
  REQUIRE(db.statements_cached() == 2);
  { auto again = db.prepare(sql); }
  REQUIRE(db.statements_compiled() == 2);
}

TEST_CASE("sqlite db: a moved statement returns to the cache once", "[sqlite-db]") {
  hookwork::test::TempDir dir;
  Db db(dir.file("c.db"));
  {
    auto a = db.prepare("SELECT 1");
    Stmt b(std::move(a));
    REQUIRE(b.step());
  }
  REQUIRE(db.statements_cached() == 1);
  auto x = db.prepare("SELECT 1");
  auto y = db.prepare("SELECT 1");
  REQUIRE(x.raw() != y.raw());
  REQUIRE(db.statements_compiled() == 2);
}

TEST_CASE("sqlite db: past the cache's size a text is compiled on every prepare", "[sqlite-db]") {
  hookwork::test::TempDir dir;
  Db db(dir.file("c.db"));
  for (std::size_t i = 0; i < Db::kMaxCachedTexts; ++i) db.prepare("SELECT " + std::to_string(i)).run();
  REQUIRE(db.statements_cached() == Db::kMaxCachedTexts);
  const std::string extra = "SELECT 'one more'";
  for (int i = 0; i < 3; ++i) {
    auto st = db.prepare(extra);
    REQUIRE(st.step());
    REQUIRE(st.text(0) == "one more");
  }
  REQUIRE(db.statements_compiled() == Db::kMaxCachedTexts + 3);
  REQUIRE(db.statements_cached() == Db::kMaxCachedTexts);
  db.prepare("SELECT 0").run();  // a cached text is still served from the cache
  REQUIRE(db.statements_compiled() == Db::kMaxCachedTexts + 3);
}

TEST_CASE("sqlite db: SQL that does not compile throws and takes no cache slot", "[sqlite-db]") {
  hookwork::test::TempDir dir;
  Db db(dir.file("c.db"));
  REQUIRE_THROWS_AS(db.prepare("SELECT FROM nowhere"), StoreError);
  REQUIRE_THROWS_AS(db.prepare("SELECT * FROM missing_table"), StoreError);
  REQUIRE(db.statements_cached() == 0);
  db.exec("CREATE TABLE missing_table (x INTEGER)");
  REQUIRE(count(db, "SELECT COUNT(*) FROM missing_table") == 0);
}

TEST_CASE("sqlite db: a cached statement follows a schema change", "[sqlite-db]") {
  hookwork::test::TempDir dir;
  Db db(dir.file("c.db"));
  db.exec("CREATE TABLE t (x INTEGER)");
  db.exec("INSERT INTO t VALUES (1)");
  const std::string select = "SELECT * FROM t";
  {
    auto st = db.prepare(select);
    REQUIRE(st.step());
    REQUIRE(sqlite3_column_count(st.raw()) == 1);
  }
  db.exec("ALTER TABLE t ADD COLUMN y TEXT DEFAULT 'b'");
  auto st = db.prepare(select);
  REQUIRE(st.step());
  REQUIRE(st.text(1) == "b");
}
