#pragma once
// A thin RAII layer over the SQLite C API: one connection, prepared statements
// with positional binds. Errors throw StoreError (a store failure is not a
// client error; the HTTP layer answers 503).
//
// Statement cache: Db::prepare keeps each statement it prepared, keyed by its
// SQL text, and hands it out again the next time the same text is prepared.
// When a Stmt goes out of scope its statement is reset (so a SELECT never keeps
// a snapshot open past its scope) and its bindings are cleared, then it waits in
// the cache. Two live Stmts of the same text get two statements. A Db, its cache
// included, is used by one thread at a time (the group committer's writer
// thread, or a pooled reader checked out by one caller); every Stmt must be gone
// before its Db is.
#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace hookwork::runner {

struct StoreError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Stmt;

// How large a savepoint's journal may grow in memory before SQLite moves it to a temporary
// file (SQLite's default: 64 KiB; it is also the size of the journal's memory chunks).
// Every group-commit job runs in a SAVEPOINT whose journal holds a copy of each page the job
// changes that existed before it (a publish: about ten, the last leaf of each B-tree it
// appends to, more when a leaf splits). Once on disk the journal stays there, growing, for
// the rest of the transaction: a write per page for every job left in the group, the
// writer's largest cost at 64 KiB. In memory it is emptied after each job. A job that
// changes more (a replay of a large buffer) still spills, so memory stays bounded. (SQLite
// 3.40 also uses this as its chunk size, and fails to spill with SQLITE_FULL when it is
// above 128 KiB: tests/runner/store_test.cpp makes a job spill.)
inline constexpr int kSavepointJournalMemoryBytes = 128 * 1024;

class Db {
 public:
  // SQL texts the cache keeps statements for; a statement of another text is finalized after use.
  static constexpr std::size_t kMaxCachedTexts = 128;

  explicit Db(const std::string& path);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  void exec(const std::string& sql);  // any number of statements, parsed every time
  Stmt prepare(const std::string& sql);  // one statement, from the cache when it was prepared before
  int changes() const { return sqlite3_changes(db_); }
  sqlite3* raw() { return db_; }

  // For tests and benchmarks: how many statements this connection has compiled, how many wait in the cache.
  std::size_t statements_compiled() const { return compiled_; }
  std::size_t statements_cached() const;

 private:
  sqlite3* db_ = nullptr;
  // Idle statements by SQL text. Node-based: a Stmt keeps a pointer to its text's list.
  std::unordered_map<std::string, std::vector<sqlite3_stmt*>> idle_;
  std::size_t compiled_ = 0;
};

class Stmt {
 public:
  Stmt(sqlite3* db, const std::string& sql);  // a statement of its own, finalized with the Stmt
  ~Stmt();
  Stmt(Stmt&& o) noexcept : db_(o.db_), st_(o.st_), home_(o.home_) {
    o.st_ = nullptr;
    o.home_ = nullptr;
  }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt& operator=(Stmt&&) = delete;

  Stmt& bind(int i, const std::string& v);
  Stmt& bind(int i, std::int64_t v);
  Stmt& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
  Stmt& bind(int i, bool v) { return bind(i, static_cast<std::int64_t>(v ? 1 : 0)); }
  Stmt& bind(int i, const std::optional<std::string>& v);
  Stmt& bind(int i, const std::optional<std::int64_t>& v);
  Stmt& bind_null(int i);

  bool step();  // true while a row is available
  void reset() {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
  }
  void run() { while (step()) {} }

  std::string text(int col) const;
  std::optional<std::string> opt_text(int col) const;
  std::int64_t int64(int col) const { return sqlite3_column_int64(st_, col); }
  std::optional<std::int64_t> opt_int64(int col) const;
  bool is_null(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }
  sqlite3_stmt* raw() const { return st_; }

 private:
  friend class Db;
  Stmt(sqlite3* db, sqlite3_stmt* st, std::vector<sqlite3_stmt*>* home) : db_(db), st_(st), home_(home) {}

  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
  std::vector<sqlite3_stmt*>* home_ = nullptr;  // the cache list it returns to; null: finalized
};

}  // namespace hookwork::runner
