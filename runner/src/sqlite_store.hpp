#pragma once
// The SQLite backend: WAL journal, synchronous=FULL (a commit is on disk),
// writes through the group committer, reads from a small pool of read-only
// connections (WAL readers never block the writer). WAL checkpoints run on a
// thread and connection of their own (wal_checkpointer.hpp), not in commits.
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "clock.hpp"
#include "group_commit.hpp"
#include "metrics.hpp"
#include "sqlite_db.hpp"
#include "store.hpp"
#include "wal_checkpointer.hpp"

namespace hookwork::runner {

class SqliteStore final : public Store {
 public:
  struct Options {
    std::string path;
    std::size_t max_batch = 512;   // jobs per group commit
    std::size_t read_connections = 4;
    WalCheckpointer::Limits wal_checkpoints;  // the runner's are the defaults; tests pass small ones
  };
  SqliteStore(Options options, const Clock& clock, Metrics* metrics);
  ~SqliteStore() override;

  bool create_account(const Account& account, const ApiKeyRecord& key) override;
  std::vector<Account> list_accounts() override;
  std::optional<Account> get_account(const std::string& account_id) override;
  std::optional<ApiKeyRecord> find_api_key(const std::string& key_id) override;
  AccountSettings get_settings(const std::string& account_id) override;
  void put_settings(const std::string& account_id, const AccountSettings& s, std::int64_t now_ms) override;

  void create_hook(const StoredHook& hook) override;
  std::vector<StoredHook> list_hooks(const std::string& account_id, const HookFilter& f) override;
  std::optional<StoredHook> get_hook(const std::string& account_id, const std::string& hook_id) override;
  bool update_hook(const StoredHook& hook) override;
  bool delete_hook(const std::string& account_id, const std::string& hook_id) override;
  bool set_hook_active(const std::string& account_id, const std::string& hook_id, bool active,
                       const std::string& reason, bool replay, std::int64_t replay_since_ms,
                       std::int64_t now_ms) override;

  PublishResult publish(const PublishRequest& req) override;
  void publish_async(PublishRequest req, PublishDone done) override;
  std::vector<DeliveryRecord> list_deliveries(const std::string& account_id, const DeliveryQuery& q,
                                              std::size_t limit) override;
  RetryOutcome retry_delivery(const std::string& account_id, const std::string& delivery_id,
                              std::int64_t now_ms) override;
  std::vector<NotificationRecord> list_notifications(const std::string& account_id, std::size_t limit) override;
  std::optional<std::string> get_event_canonical(const std::string& account_id,
                                                 const std::string& event_id) override;
  std::optional<DeliveryRecord> get_delivery(const std::string& account_id, const std::string& delivery_id) override;
  std::vector<AttemptRecord> list_attempts(const std::string& account_id, const std::string& delivery_id) override;
  std::int64_t count_hook_deliveries(const std::string& account_id, const std::string& hook_id,
                                     DeliveryState state) override;
  std::int64_t count_deliveries(DeliveryState state) override;
  std::int64_t count_events() override;
  void ping() override;
  std::int64_t purge_expired_idempotency_keys(std::int64_t now_ms) override;
  std::string runner_secret(const std::string& name, const std::string& candidate, std::int64_t now_ms) override;
  bool consume_token(const std::string& token_id, std::int64_t now_ms) override;

  // For part 2 and tests: run a write job in the next group commit / a read on a pooled connection.
  void write(const std::function<void(Db&)>& job) { writer_->submit(job); }
  void read(const std::function<void(Db&)>& job);
  WalCheckpointer::Stats wal_checkpoint_stats() const { return checkpointer_->stats(); }

 private:
  std::unique_ptr<Db> open_connection(bool read_only) const;

  Options options_;
  const Clock& clock_;
  // Declared before the writer, so destroyed after it: the writer's WAL hook points at it.
  std::unique_ptr<WalCheckpointer> checkpointer_;
  std::unique_ptr<GroupCommitter> writer_;
  std::mutex pool_mu_;
  std::vector<std::unique_ptr<Db>> pool_;
};

// Hook rows, shared with the delivery queue (sqlite_delivery_queue.cpp): SELECT kHookColumns, then read_hook.
extern const char* const kHookColumns;
StoredHook read_hook(const Stmt& st);

// "sqlite:./hookwork.db", "sqlite:/abs/file.db", "sqlite:///abs/file.db" -> file path; "" if not SQLite.
std::string sqlite_path_from_url(const std::string& url);

}  // namespace hookwork::runner
