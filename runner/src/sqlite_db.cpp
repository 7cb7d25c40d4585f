#include "sqlite_db.hpp"

#include <mutex>

namespace hookwork::runner {

namespace {
// Process-wide settings: SQLite accepts them only before its first connection opens.
void configure_sqlite() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, kSavepointJournalMemoryBytes) != SQLITE_OK)
      throw std::logic_error("SQLite was initialized before hookwork's Db configured it");
  });
}
}  // namespace

Db::Db(const std::string& path) {
  configure_sqlite();
  int rc = sqlite3_open_v2(path.c_str(), &db_,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw StoreError("cannot open " + path + ": " + msg);
  }
  sqlite3_busy_timeout(db_, 5000);
}

Db::~Db() {
  for (auto& [sql, list] : idle_)
    for (sqlite3_stmt* st : list) sqlite3_finalize(st);
  sqlite3_close_v2(db_);
}

void Db::exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    throw StoreError(msg + " in: " + sql.substr(0, 80));
  }
}

namespace {
sqlite3_stmt* compile(sqlite3* db, const std::string& sql, unsigned flags) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v3(db, sql.c_str(), static_cast<int>(sql.size()), flags, &st, nullptr) != SQLITE_OK) {
    sqlite3_finalize(st);
    throw StoreError(std::string(sqlite3_errmsg(db)) + " in: " + sql.substr(0, 80));
  }
  return st;
}
}  // namespace

Stmt Db::prepare(const std::string& sql) {
  auto it = idle_.find(sql);
  if (it == idle_.end() && idle_.size() >= kMaxCachedTexts) {
    // The cache is full (SQL built from values would fill it): this text is compiled and finalized every time.
    ++compiled_;
    return Stmt(db_, compile(db_, sql, 0), nullptr);
  }
  if (it != idle_.end() && !it->second.empty()) {
    sqlite3_stmt* st = it->second.back();
    it->second.pop_back();
    return Stmt(db_, st, &it->second);
  }
  // Compiled before the text takes a slot: SQL that does not compile is not cached.
  sqlite3_stmt* st = compile(db_, sql, SQLITE_PREPARE_PERSISTENT);
  ++compiled_;
  if (it == idle_.end()) it = idle_.emplace(sql, std::vector<sqlite3_stmt*>{}).first;
  return Stmt(db_, st, &it->second);
}

std::size_t Db::statements_cached() const {
  std::size_t n = 0;
  for (const auto& [sql, list] : idle_) n += list.size();
  return n;
}

Stmt::Stmt(sqlite3* db, const std::string& sql) : db_(db), st_(compile(db, sql, 0)) {}

Stmt::~Stmt() {
  if (!st_) return;
  if (home_) {
    // Back to the cache, ready for the next prepare of the same text: no open cursor, no old bindings.
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
    try {
      home_->push_back(st_);
      return;
    } catch (...) {
      // out of memory: finalize instead
    }
  }
  sqlite3_finalize(st_);
}

Stmt& Stmt::bind(int i, const std::string& v) {
  sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::bind(int i, std::int64_t v) {
  sqlite3_bind_int64(st_, i, v);
  return *this;
}
Stmt& Stmt::bind(int i, const std::optional<std::string>& v) { return v ? bind(i, *v) : bind_null(i); }
Stmt& Stmt::bind(int i, const std::optional<std::int64_t>& v) { return v ? bind(i, *v) : bind_null(i); }
Stmt& Stmt::bind_null(int i) {
  sqlite3_bind_null(st_, i);
  return *this;
}

bool Stmt::step() {
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw StoreError(sqlite3_errmsg(db_));
}

std::string Stmt::text(int col) const {
  auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st_, col));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(st_, col))) : std::string();
}
std::optional<std::string> Stmt::opt_text(int col) const {
  if (is_null(col)) return std::nullopt;
  return text(col);
}
std::optional<std::int64_t> Stmt::opt_int64(int col) const {
  if (is_null(col)) return std::nullopt;
  return int64(col);
}

}  // namespace hookwork::runner
