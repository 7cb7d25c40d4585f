#pragma once
// What the delivery worker needs from the durable store, as plain values.
// The runner's store implements this interface (SQLite now, PostgreSQL
// later); the worker never sees SQL. Times are unix milliseconds from the
// runner's clock. Every method is one transaction.
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/hook_health.hpp"
#include "hookwork/model.hpp"
#include "hookwork/retry_plan.hpp"

namespace hookwork::delivery {

struct HookTarget {
  std::string id, account_id;
  HookSpec spec;
  std::vector<std::string> secrets;  // signing secrets, newest first (rotation signs with all)
  nlohmann::json retry_policy;       // the hook's, else the account's default, else null (= preset "standard")
};

struct QueuedMessage {
  std::string delivery_id, event_id;
  std::string message_id;            // webhook-id: the same on every attempt, across crashes and re-claims
  int attempts_made = 0;
  std::int64_t created_at_ms = 0;    // queued at publish: attempt 1's clock for max-age rules
  Event event;                       // canonical bytes always; parsed fields when the hook uses parameters
};

// One request's worth of work: a hook and 1..batch_max of its messages, in publish order.
struct ClaimedWork {
  HookTarget hook;
  std::vector<QueuedMessage> messages;
};

struct AttemptLog {
  std::int64_t attempted_at_ms = 0;
  Headers request_headers;           // credentials redacted
  std::optional<int> status;
  std::string transport_error;       // "" when a response arrived
  std::string outcome_code;          // core's classification: success, server_error, timeout, gone, ...
  std::string response_excerpt;      // first bytes of the body (capped by the dispatcher)
  std::int64_t duration_ms = 0;
};

// How one attempt ends for the messages it carried.
enum class Fate {
  Delivered,   // succeeded
  Retry,       // pending again at next_attempt_at (buffered instead if the hook is inactive by then)
  GaveUp,      // failed: retries exhausted
  Expired,     // dropped: older than the policy's max age
  Gone,        // receiver answered 410: buffered, and the hook deactivated
  Unbuildable, // failed: core refused to build the request (recorded, never retried)
};
const char* to_string(Fate f);

struct Settlement {
  std::string hook_id, account_id;
  std::vector<std::string> delivery_ids;
  AttemptLog attempt;
  Fate fate = Fate::GaveUp;
  std::int64_t next_attempt_at_ms = 0;  // Retry only
  std::string last_error;               // "" when delivered
  HealthEvent health_event = HealthEvent::Failure;
};

// A hook the settlement deactivated (core's deactivation policy or a 410).
struct Deactivation {
  std::string hook_id, account_id, reason;
  std::int64_t at_ms = 0;
};

struct Notification {
  std::string id, account_id, hook_id, kind;  // kind: "webhook.deactivated"
  nlohmann::json body;
  std::int64_t created_at_ms = 0;
};

// One round of the worker: what settling the finished attempts and claiming new work gave.
struct WorkerRound {
  std::vector<Deactivation> deactivated;  // as settle() returns
  std::vector<ClaimedWork> claimed;       // as claim() returns
  std::string settle_error, claim_error;  // "" = that step happened (a failed step changes nothing)
};

class DeliveryQueue {
 public:
  virtual ~DeliveryQueue() = default;

  // Leases up to `max_requests` units of due work to `owner` until `lease_until_ms`:
  // pending deliveries due by `now_ms`, and in-flight ones whose lease expired (a
  // crashed runner's). FIFO hooks get only their oldest undelivered message(s);
  // batching hooks up to batch_max messages per unit.
  virtual std::vector<ClaimedWork> claim(const std::string& owner, std::int64_t now_ms, std::int64_t lease_until_ms,
                                         std::size_t max_requests) = 0;

  // Records attempts and moves deliveries on, releasing their leases; applies each
  // settlement's health event with core's deactivation policy. Returns the hooks
  // deactivated by these settlements (their pending deliveries are now buffered).
  virtual std::vector<Deactivation> settle(const std::vector<Settlement>& settlements, std::int64_t now_ms,
                                           const DeactivationPolicy& policy) = 0;

  // Buffered deliveries queued before `older_than_ms` are dropped with a record; returns how many.
  // settle() then claim(), the claim seeing what the settlement did; a store may run both in one
  // transaction (one commit per worker round instead of two). Each step fails on its own.
  virtual WorkerRound settle_and_claim(const std::vector<Settlement>& settlements, std::int64_t now_ms,
                                       const DeactivationPolicy& policy, const std::string& owner,
                                       std::int64_t lease_until_ms, std::size_t max_requests) {
    WorkerRound round;
    if (!settlements.empty()) {
      try {
        round.deactivated = settle(settlements, now_ms, policy);
      } catch (const std::exception& e) {
        round.settle_error = e.what();
      }
    }
    if (max_requests > 0) {
      try {
        round.claimed = claim(owner, now_ms, lease_until_ms, max_requests);
      } catch (const std::exception& e) {
        round.claim_error = e.what();
      }
    }
    return round;
  }

  virtual std::int64_t drop_expired_buffered(std::int64_t older_than_ms, std::int64_t now_ms) = 0;

  virtual void add_notification(const Notification& n) = 0;
  virtual std::string notification_url(const std::string& account_id) = 0;  // "" = none configured
  virtual void mark_notification(const std::string& id, const std::string& state, std::int64_t now_ms) = 0;
};

}  // namespace hookwork::delivery
