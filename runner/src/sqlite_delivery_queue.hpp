#pragma once
// The delivery worker's queue (hookwork/delivery/delivery_queue.hpp) on the
// SQLite store: claims with leases, settlements, buffer expiry and
// notifications, each one transaction through the store's group committer.
// Portable SQL only; publish order is the insertion order (rowid here, a
// bigserial column in PostgreSQL).
#include "hookwork/delivery/delivery_queue.hpp"
#include "sqlite_store.hpp"

namespace hookwork::runner {

class SqliteDeliveryQueue final : public delivery::DeliveryQueue {
 public:
  explicit SqliteDeliveryQueue(SqliteStore& store) : store_(store) {}

  std::vector<delivery::ClaimedWork> claim(const std::string& owner, std::int64_t now_ms,
                                           std::int64_t lease_until_ms, std::size_t max_requests) override;
  std::vector<delivery::Deactivation> settle(const std::vector<delivery::Settlement>& settlements,
                                             std::int64_t now_ms, const DeactivationPolicy& policy) override;
  // Both steps in one group commit, each in its own savepoint.
  delivery::WorkerRound settle_and_claim(const std::vector<delivery::Settlement>& settlements, std::int64_t now_ms,
                                         const DeactivationPolicy& policy, const std::string& owner,
                                         std::int64_t lease_until_ms, std::size_t max_requests) override;
  std::int64_t drop_expired_buffered(std::int64_t older_than_ms, std::int64_t now_ms) override;
  void add_notification(const delivery::Notification& n) override;
  std::string notification_url(const std::string& account_id) override;
  void mark_notification(const std::string& id, const std::string& state, std::int64_t now_ms) override;

 private:
  SqliteStore& store_;
};

// The hook health the worker keeps in hooks.health (JSON), and back.
HookHealth parse_hook_health(const std::string& text, bool active);
std::string hook_health_to_text(const HookHealth& h);

}  // namespace hookwork::runner
