#include "sqlite_store.hpp"

#include "migrations.hpp"
#include "store_codec.hpp"

namespace hookwork::runner {

std::string sqlite_path_from_url(const std::string& url) {
  static const std::string kScheme = "sqlite:";
  if (url.compare(0, kScheme.size(), kScheme) != 0) return "";
  std::string rest = url.substr(kScheme.size());
  if (rest.compare(0, 2, "//") == 0) rest = rest.substr(2);  // sqlite:///abs -> /abs
  return rest;
}

namespace {
void apply_migrations(Db& db, std::int64_t now_ms) {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
          " applied_at BIGINT NOT NULL)");
  std::int64_t current = 0;
  {
    auto st = db.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    if (st.step()) current = st.int64(0);
  }
  for (const auto& m : migrations()) {
    if (m.version <= current) continue;
    db.exec("BEGIN IMMEDIATE");
    try {
      for (const auto& sql : m.statements) db.exec(sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")
          .bind(1, m.version).bind(2, m.name).bind(3, now_ms).run();
      db.exec("COMMIT");
    } catch (...) {
      db.exec("ROLLBACK");
      throw;
    }
  }
}

// Binds every hook column in kHookColumns order starting at index 1.
void bind_hook(Stmt& st, const StoredHook& hook) {
  HookRow r = hook_to_row(hook);
  st.bind(1, r.id).bind(2, r.account_id).bind(3, r.app).bind(4, r.event).bind(5, r.url).bind(6, r.method)
      .bind(7, r.user_id).bind(8, r.source).bind(9, r.list_id).bind(10, r.batch_max)
      .bind(11, r.basic_auth_username).bind(12, r.basic_auth_password).bind(13, r.headers_json)
      .bind(14, r.encryption_key).bind(15, r.parameters_json).bind(16, r.retry_policy_json)
      .bind(17, r.filter_json).bind(18, r.ordering).bind(19, r.secret).bind(20, r.previous_secrets_json)
      .bind(21, r.active).bind(22, r.deactivated_at).bind(23, r.deactivation_reason).bind(24, r.health)
      .bind(25, r.created_at).bind(26, r.updated_at).bind(27, r.connect_timeout_ms).bind(28, r.timeout_ms);
}

// The columns read_delivery expects, in its order.
const char* const kDeliveryColumns =
    "id, account_id, hook_id, event_id, message_id, state, attempt_count, next_attempt_at, created_at,"
    " updated_at, last_error";

DeliveryRecord read_delivery(const Stmt& st) {
  DeliveryRecord d;
  d.id = st.text(0);
  d.account_id = st.text(1);
  d.hook_id = st.text(2);
  d.event_id = st.text(3);
  d.message_id = st.text(4);
  d.state = parse_delivery_state(st.text(5)).value_or(DeliveryState::Pending);
  d.attempt_count = static_cast<int>(st.int64(6));
  d.next_attempt_at = st.int64(7);
  d.created_at = st.int64(8);
  d.updated_at = st.int64(9);
  d.last_error = st.opt_text(10).value_or("");
  return d;
}
}  // namespace

const char* const kHookColumns =
    "id, account_id, app, event, url, method, user_id, source, list_id, batch_max, basic_auth_username,"
    " basic_auth_password, headers_json, encryption_key, parameters_json, retry_policy_json, filter_json,"
    " ordering, secret, previous_secrets_json, active, deactivated_at, deactivation_reason, health,"
    " created_at, updated_at, connect_timeout_ms, timeout_ms";

StoredHook read_hook(const Stmt& st) {
  HookRow row;
  row.id = st.text(0);
  row.account_id = st.text(1);
  row.app = st.text(2);
  row.event = st.text(3);
  row.url = st.text(4);
  row.method = st.text(5);
  row.user_id = st.text(6);
  row.source = st.opt_text(7);
  row.list_id = st.opt_text(8);
  row.batch_max = st.int64(9);
  row.basic_auth_username = st.opt_text(10);
  row.basic_auth_password = st.opt_text(11);
  row.headers_json = st.text(12);
  row.encryption_key = st.opt_text(13);
  row.parameters_json = st.text(14);
  row.retry_policy_json = st.text(15);
  row.filter_json = st.text(16);
  row.ordering = st.text(17);
  row.secret = st.text(18);
  row.previous_secrets_json = st.text(19);
  row.active = st.int64(20) != 0;
  row.deactivated_at = st.opt_int64(21);
  row.deactivation_reason = st.text(22);
  row.health = st.text(23);
  row.created_at = st.int64(24);
  row.updated_at = st.int64(25);
  row.connect_timeout_ms = st.opt_int64(26);
  row.timeout_ms = st.opt_int64(27);
  return hook_from_row(row);
}


std::unique_ptr<Db> SqliteStore::open_connection(bool read_only) const {
  auto db = std::make_unique<Db>(options_.path);
  db->exec("PRAGMA foreign_keys = ON");
  if (read_only) db->exec("PRAGMA query_only = ON");
  return db;
}

SqliteStore::SqliteStore(Options options, const Clock& clock, Metrics* metrics)
    : options_(std::move(options)), clock_(clock) {
  auto db = open_connection(false);
  db->exec("PRAGMA journal_mode = WAL");
  // FULL: every commit is fsynced, so "committed" means "survives power loss".
  db->exec("PRAGMA synchronous = FULL");
  apply_migrations(*db, clock_.now_ms());
  for (std::size_t i = 0; i < options_.read_connections; ++i) pool_.push_back(open_connection(true));
  auto checkpoints = std::make_unique<Db>(options_.path);
  // The checkpoint fsyncs the database file before the WAL may be reused: that ordering needs FULL too.
  checkpoints->exec("PRAGMA synchronous = FULL");
  checkpointer_ = std::make_unique<WalCheckpointer>(std::move(checkpoints), options_.wal_checkpoints);
  checkpointer_->attach(*db);
  writer_ = std::make_unique<GroupCommitter>(
      std::move(db), options_.max_batch, clock_,
      [metrics](double seconds, std::size_t jobs) {
        if (metrics) metrics->observe_store_commit(seconds, jobs);
      },
      [checkpointer = checkpointer_.get()](Db& writer) { checkpointer->between_transactions(writer); });
  if (metrics) {
    WalCheckpointer* c = checkpointer_.get();
    metrics->add_gauge("hookwork_store_wal_checkpoints", "WAL checkpoints run by the store's checkpointer thread (counter).",
                       [c] { return static_cast<double>(c->stats().background_checkpoints); });
    metrics->add_gauge("hookwork_store_writer_checkpoints",
                       "WAL checkpoints the writer ran itself, between transactions, past the WAL's bound (counter).",
                       [c] { return static_cast<double>(c->stats().writer_checkpoints); });
  }
}

SqliteStore::~SqliteStore() = default;

void SqliteStore::read(const std::function<void(Db&)>& job) {
  std::unique_ptr<Db> db;
  {
    std::lock_guard<std::mutex> lock(pool_mu_);
    if (!pool_.empty()) {
      db = std::move(pool_.back());
      pool_.pop_back();
    }
  }
  if (!db) db = open_connection(true);  // pool exhausted: a short-lived extra reader
  struct Return {
    SqliteStore* self;
    std::unique_ptr<Db>& db;
    ~Return() {
      std::lock_guard<std::mutex> lock(self->pool_mu_);
      if (self->pool_.size() < self->options_.read_connections) self->pool_.push_back(std::move(db));
    }
  } give_back{this, db};
  job(*db);
}

bool SqliteStore::create_account(const Account& account, const ApiKeyRecord& key) {
  bool created = false;
  write([&](Db& db) {
    auto exists = db.prepare("SELECT 1 FROM accounts WHERE id = ?");
    exists.bind(1, account.id);
    if (exists.step()) return;
    db.prepare("INSERT INTO accounts (id, name, created_at) VALUES (?, ?, ?)")
        .bind(1, account.id).bind(2, account.name).bind(3, account.created_at).run();
    db.prepare("INSERT INTO api_keys (key_id, account_id, hash_hex, created_at) VALUES (?, ?, ?, ?)")
        .bind(1, key.key_id).bind(2, key.account_id).bind(3, key.hash_hex).bind(4, account.created_at).run();
    created = true;
  });
  return created;
}

std::vector<Account> SqliteStore::list_accounts() {
  std::vector<Account> out;
  read([&](Db& db) {
    auto st = db.prepare("SELECT id, name, created_at FROM accounts ORDER BY created_at, id");
    while (st.step()) out.push_back({st.text(0), st.text(1), st.int64(2)});
  });
  return out;
}

std::optional<Account> SqliteStore::get_account(const std::string& account_id) {
  std::optional<Account> out;
  read([&](Db& db) {
    auto st = db.prepare("SELECT id, name, created_at FROM accounts WHERE id = ?");
    st.bind(1, account_id);
    if (st.step()) out = Account{st.text(0), st.text(1), st.int64(2)};
  });
  return out;
}

std::optional<ApiKeyRecord> SqliteStore::find_api_key(const std::string& key_id) {
  std::optional<ApiKeyRecord> out;
  read([&](Db& db) {
    auto st = db.prepare("SELECT key_id, account_id, hash_hex FROM api_keys WHERE key_id = ?");
    st.bind(1, key_id);
    if (st.step()) out = ApiKeyRecord{st.text(0), st.text(1), st.text(2)};
  });
  return out;
}

AccountSettings SqliteStore::get_settings(const std::string& account_id) {
  AccountSettings s;
  read([&](Db& db) {
    auto st = db.prepare("SELECT notification_url, delete_requires_inactive, default_retry_policy"
                         " FROM account_settings WHERE account_id = ?");
    st.bind(1, account_id);
    if (st.step()) {
      s.notification_url = st.text(0);
      s.delete_requires_inactive = st.int64(1) != 0;
      s.default_retry_policy = nlohmann::json::parse(st.text(2), nullptr, false);
      if (s.default_retry_policy.is_discarded()) s.default_retry_policy = nullptr;
    }
  });
  return s;
}

void SqliteStore::put_settings(const std::string& account_id, const AccountSettings& s, std::int64_t now_ms) {
  write([&](Db& db) {
    db.prepare("DELETE FROM account_settings WHERE account_id = ?").bind(1, account_id).run();
    db.prepare("INSERT INTO account_settings (account_id, notification_url, delete_requires_inactive,"
               " default_retry_policy, updated_at) VALUES (?, ?, ?, ?, ?)")
        .bind(1, account_id).bind(2, s.notification_url).bind(3, s.delete_requires_inactive)
        .bind(4, s.default_retry_policy.dump()).bind(5, now_ms).run();
  });
}

void SqliteStore::create_hook(const StoredHook& hook) {
  write([&](Db& db) {
    auto st = db.prepare(std::string("INSERT INTO hooks (") + kHookColumns +
                         ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bind_hook(st, hook);
    st.run();
  });
}

std::vector<StoredHook> SqliteStore::list_hooks(const std::string& account_id, const HookFilter& f) {
  std::vector<StoredHook> out;
  read([&](Db& db) {
    auto st = db.prepare(std::string("SELECT ") + kHookColumns +
                         " FROM hooks WHERE account_id = ? AND (? IS NULL OR app = ?) AND (? IS NULL OR event = ?)"
                         " ORDER BY created_at, id");
    st.bind(1, account_id).bind(2, f.app).bind(3, f.app).bind(4, f.event).bind(5, f.event);
    while (st.step()) out.push_back(read_hook(st));
  });
  return out;
}

std::optional<StoredHook> SqliteStore::get_hook(const std::string& account_id, const std::string& hook_id) {
  std::optional<StoredHook> out;
  read([&](Db& db) {
    auto st = db.prepare(std::string("SELECT ") + kHookColumns + " FROM hooks WHERE account_id = ? AND id = ?");
    st.bind(1, account_id).bind(2, hook_id);
    if (st.step()) out = read_hook(st);
  });
  return out;
}

bool SqliteStore::update_hook(const StoredHook& hook) {
  bool found = false;
  write([&](Db& db) {
    db.prepare("DELETE FROM hooks WHERE account_id = ? AND id = ?").bind(1, hook.account_id).bind(2, hook.id).run();
    if (db.changes() == 0) return;
    auto st = db.prepare(std::string("INSERT INTO hooks (") + kHookColumns +
                         ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bind_hook(st, hook);
    st.run();
    found = true;
  });
  return found;
}

bool SqliteStore::delete_hook(const std::string& account_id, const std::string& hook_id) {
  bool found = false;
  write([&](Db& db) {
    db.prepare("DELETE FROM hooks WHERE account_id = ? AND id = ?").bind(1, account_id).bind(2, hook_id).run();
    found = db.changes() > 0;
    if (!found) return;
    // Undelivered work for a deleted hook can never be sent: mark it dropped, keep the log.
    db.prepare("UPDATE deliveries SET state = 'dropped', last_error = 'hook deleted' WHERE hook_id = ?"
               " AND state IN ('pending', 'buffered', 'in_flight')")
        .bind(1, hook_id).run();
  });
  return found;
}

bool SqliteStore::set_hook_active(const std::string& account_id, const std::string& hook_id, bool active,
                                  const std::string& reason, bool replay, std::int64_t replay_since_ms,
                                  std::int64_t now_ms) {
  bool found = false;
  write([&](Db& db) {
    if (active) {
      db.prepare("UPDATE hooks SET active = 1, deactivated_at = NULL, deactivation_reason = '', updated_at = ?"
                 " WHERE account_id = ? AND id = ?")
          .bind(1, now_ms).bind(2, account_id).bind(3, hook_id).run();
    } else {
      db.prepare("UPDATE hooks SET active = 0, deactivated_at = COALESCE(deactivated_at, ?),"
                 " deactivation_reason = ?, updated_at = ? WHERE account_id = ? AND id = ?")
          .bind(1, now_ms).bind(2, reason).bind(3, now_ms).bind(4, account_id).bind(5, hook_id).run();
    }
    found = db.changes() > 0;
    if (!found || !active) return;
    if (replay) {
      db.prepare("UPDATE deliveries SET state = 'pending', next_attempt_at = ?, updated_at = ?"
                 " WHERE hook_id = ? AND state = 'buffered' AND created_at >= ?")
          .bind(1, now_ms).bind(2, now_ms).bind(3, hook_id).bind(4, replay_since_ms).run();
    }
    db.prepare("UPDATE deliveries SET state = 'dropped', updated_at = ?, last_error = 'not replayed'"
               " WHERE hook_id = ? AND state = 'buffered'")
        .bind(1, now_ms).bind(2, hook_id).run();
  });
  return found;
}

namespace {

// One publish's rows, inside the writer's transaction.
PublishResult write_publish(Db& db, const PublishRequest& req) {
  PublishResult result;
  if (req.idempotency_key) {
    auto st = db.prepare("SELECT request_hash, status, body FROM idempotency_keys"
                         " WHERE account_id = ? AND idem_key = ? AND expires_at > ?");
    st.bind(1, req.account_id).bind(2, *req.idempotency_key).bind(3, req.now_ms);
    if (st.step()) {
      if (st.text(0) != req.request_hash) {
        result.kind = PublishResult::Kind::KeyReusedWithOtherBody;
        return result;
      }
      result.kind = PublishResult::Kind::Replayed;
      result.response = {static_cast<int>(st.int64(1)), st.text(2)};
      return result;
    }
    // An expired key may be reused.
    db.prepare("DELETE FROM idempotency_keys WHERE account_id = ? AND idem_key = ?")
        .bind(1, req.account_id).bind(2, *req.idempotency_key).run();
    db.prepare("INSERT INTO idempotency_keys (account_id, idem_key, request_hash, status, body, created_at,"
               " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, req.account_id).bind(2, *req.idempotency_key).bind(3, req.request_hash)
        .bind(4, req.response.status).bind(5, req.response.body).bind(6, req.now_ms)
        .bind(7, req.now_ms + req.idempotency_ttl_ms).run();
  }
  db.prepare("INSERT INTO events (id, account_id, type, canonical, occurred_at, created_at)"
             " VALUES (?, ?, ?, ?, ?, ?)")
      .bind(1, req.event.id).bind(2, req.account_id).bind(3, req.event.type).bind(4, req.event.canonical)
      .bind(5, req.event.occurred_at_ms).bind(6, req.now_ms).run();
  auto ins = db.prepare("INSERT INTO deliveries (id, account_id, hook_id, event_id, message_id, state,"
                        " attempt_count, next_attempt_at, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)");
  for (const auto& d : req.deliveries) {
    ins.reset();
    ins.bind(1, d.id).bind(2, req.account_id).bind(3, d.hook_id).bind(4, req.event.id).bind(5, d.message_id)
        .bind(6, std::string(to_string(d.state))).bind(7, req.now_ms).bind(8, req.now_ms).bind(9, req.now_ms)
        .run();
  }
  result.kind = PublishResult::Kind::Accepted;
  result.response = req.response;
  return result;
}

}  // namespace

PublishResult SqliteStore::publish(const PublishRequest& req) {
  PublishResult result;
  write([&](Db& db) { result = write_publish(db, req); });
  return result;
}

void SqliteStore::publish_async(PublishRequest req, PublishDone done) {
  // The request and its result live until the commit's completion, on the writer thread.
  struct Job {
    PublishRequest req;
    PublishResult result;
    PublishDone done;
  };
  auto job = std::make_shared<Job>(Job{std::move(req), {}, std::move(done)});
  try {
    writer_->submit_async([job](Db& db) { job->result = write_publish(db, job->req); },
                          [job](std::exception_ptr error) {
                            if (error) {
                              job->done(std::nullopt, error);
                            } else {
                              job->done(std::move(job->result), nullptr);
                            }
                          });
  } catch (...) {
    job->done(std::nullopt, std::current_exception());
  }
}

std::vector<DeliveryRecord> SqliteStore::list_deliveries(const std::string& account_id, const DeliveryQuery& q,
                                                         std::size_t limit) {
  std::vector<DeliveryRecord> out;
  read([&](Db& db) {
    auto st = db.prepare(std::string("SELECT ") + kDeliveryColumns + " FROM deliveries"
                         " WHERE account_id = ? AND (? IS NULL OR event_id = ?) AND (? IS NULL OR hook_id = ?)"
                         " ORDER BY created_at DESC, id LIMIT ?");
    st.bind(1, account_id).bind(2, q.event_id).bind(3, q.event_id).bind(4, q.hook_id).bind(5, q.hook_id)
        .bind(6, static_cast<std::int64_t>(limit));
    while (st.step()) out.push_back(read_delivery(st));
  });
  return out;
}

RetryOutcome SqliteStore::retry_delivery(const std::string& account_id, const std::string& delivery_id,
                                         std::int64_t now_ms) {
  RetryOutcome outcome = RetryOutcome::NotFound;
  write([&](Db& db) {
    auto st = db.prepare("SELECT state FROM deliveries WHERE account_id = ? AND id = ?");
    st.bind(1, account_id).bind(2, delivery_id);
    if (!st.step()) return;
    auto state = st.text(0);
    if (state != "failed" && state != "dropped") {
      outcome = RetryOutcome::NotRetryable;
      return;
    }
    db.prepare("UPDATE deliveries SET state = 'pending', next_attempt_at = ?, updated_at = ?, lease_owner = NULL,"
               " lease_until = NULL WHERE account_id = ? AND id = ?")
        .bind(1, now_ms).bind(2, now_ms).bind(3, account_id).bind(4, delivery_id).run();
    outcome = RetryOutcome::Queued;
  });
  return outcome;
}

std::vector<NotificationRecord> SqliteStore::list_notifications(const std::string& account_id, std::size_t limit) {
  std::vector<NotificationRecord> out;
  read([&](Db& db) {
    auto st = db.prepare("SELECT id, account_id, COALESCE(hook_id, ''), kind, state, body_json, created_at"
                         " FROM notifications WHERE account_id = ? ORDER BY created_at DESC, id LIMIT ?");
    st.bind(1, account_id).bind(2, static_cast<std::int64_t>(limit));
    while (st.step()) {
      NotificationRecord n{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), nullptr, st.int64(6)};
      n.body = nlohmann::json::parse(st.text(5), nullptr, false);
      if (n.body.is_discarded()) n.body = nullptr;
      out.push_back(std::move(n));
    }
  });
  return out;
}

std::optional<std::string> SqliteStore::get_event_canonical(const std::string& account_id,
                                                            const std::string& event_id) {
  std::optional<std::string> out;
  read([&](Db& db) {
    auto st = db.prepare("SELECT canonical FROM events WHERE account_id = ? AND id = ?");
    st.bind(1, account_id).bind(2, event_id);
    if (st.step()) out = st.text(0);
  });
  return out;
}

std::optional<DeliveryRecord> SqliteStore::get_delivery(const std::string& account_id,
                                                        const std::string& delivery_id) {
  std::optional<DeliveryRecord> out;
  read([&](Db& db) {
    auto st = db.prepare(std::string("SELECT ") + kDeliveryColumns + " FROM deliveries WHERE account_id = ? AND id = ?");
    st.bind(1, account_id).bind(2, delivery_id);
    if (st.step()) out = read_delivery(st);
  });
  return out;
}

std::vector<AttemptRecord> SqliteStore::list_attempts(const std::string& account_id, const std::string& delivery_id) {
  std::vector<AttemptRecord> out;
  read([&](Db& db) {
    // The join keeps tenancy: another account's delivery id yields nothing.
    auto st = db.prepare("SELECT a.id, a.attempted_at, a.request_headers_json, a.status, a.transport_error,"
                         " a.response_excerpt, a.duration_ms FROM attempts a JOIN deliveries d ON d.id = a.delivery_id"
                         " WHERE d.account_id = ? AND d.id = ? ORDER BY a.attempted_at, a.id");
    st.bind(1, account_id).bind(2, delivery_id);
    while (st.step()) {
      AttemptRecord a;
      a.id = st.text(0);
      a.attempted_at = st.int64(1);
      a.request_headers = nlohmann::json::parse(st.text(2), nullptr, false);
      if (a.request_headers.is_discarded()) a.request_headers = nlohmann::json::array();
      if (auto status = st.opt_int64(3)) a.status = static_cast<int>(*status);
      a.transport_error = st.opt_text(4).value_or("");
      a.response_excerpt = st.opt_text(5).value_or("");
      a.duration_ms = st.int64(6);
      out.push_back(std::move(a));
    }
  });
  return out;
}

std::int64_t SqliteStore::count_hook_deliveries(const std::string& account_id, const std::string& hook_id,
                                                DeliveryState state) {
  std::int64_t n = 0;
  read([&](Db& db) {
    auto st = db.prepare("SELECT COUNT(*) FROM deliveries WHERE account_id = ? AND hook_id = ? AND state = ?");
    st.bind(1, account_id).bind(2, hook_id).bind(3, std::string(to_string(state)));
    if (st.step()) n = st.int64(0);
  });
  return n;
}

std::string SqliteStore::runner_secret(const std::string& name, const std::string& candidate, std::int64_t now_ms) {
  std::string value;
  write([&](Db& db) {
    db.prepare("INSERT INTO runner_secrets (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING")
        .bind(1, name).bind(2, candidate).bind(3, now_ms).run();
    auto st = db.prepare("SELECT value FROM runner_secrets WHERE name = ?");
    st.bind(1, name);
    if (st.step()) value = st.text(0);
  });
  return value;
}

bool SqliteStore::consume_token(const std::string& token_id, std::int64_t now_ms) {
  bool first = false;
  write([&](Db& db) {
    db.prepare("INSERT INTO used_tokens (token_id, used_at) VALUES (?, ?) ON CONFLICT (token_id) DO NOTHING")
        .bind(1, token_id).bind(2, now_ms).run();
    first = db.changes() > 0;
  });
  return first;
}

std::int64_t SqliteStore::count_deliveries(DeliveryState state) {
  std::int64_t n = 0;
  read([&](Db& db) {
    // The state as a literal: a bound one could not use the state's partial index (migration 4).
    auto st = db.prepare("SELECT COUNT(*) FROM deliveries WHERE state = '" + std::string(to_string(state)) + "'");
    if (st.step()) n = st.int64(0);
  });
  return n;
}

std::int64_t SqliteStore::count_events() {
  std::int64_t n = 0;
  read([&](Db& db) {
    auto st = db.prepare("SELECT COUNT(*) FROM events");
    if (st.step()) n = st.int64(0);
  });
  return n;
}

void SqliteStore::ping() {
  // One row of a table every store has: reads the schema and a page, whatever the number of events.
  read([](Db& db) {
    if (!db.prepare("SELECT 1 FROM schema_migrations LIMIT 1").step()) throw StoreError("store has no schema");
  });
}

std::int64_t SqliteStore::purge_expired_idempotency_keys(std::int64_t now_ms) {
  std::int64_t n = 0;
  write([&](Db& db) {
    db.prepare("DELETE FROM idempotency_keys WHERE expires_at <= ?").bind(1, now_ms).run();
    n = db.changes();
  });
  return n;
}

}  // namespace hookwork::runner
