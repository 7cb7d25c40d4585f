#include "sqlite_delivery_queue.hpp"

#include <map>
#include <set>

namespace hookwork::runner {
namespace {

using delivery::ClaimedWork;
using delivery::Fate;
using delivery::QueuedMessage;

// Claimable rows, oldest due first: pending and due, or in flight under an expired lease. Each arm
// walks one index in claim order (pending: deliveries_claim; expired leases: deliveries_lease, a
// handful of rows), so a claim reads O(limit) rows. One OR over both states would be a MULTI-INDEX
// OR plus a sort of every due row: O(backlog) per claim.
const char* const kClaimCandidates =
    "SELECT id, hook_id, due, seq FROM ("
    "SELECT id, hook_id, next_attempt_at AS due, rowid AS seq FROM deliveries"
    " WHERE state = 'pending' AND next_attempt_at <= ?1 ORDER BY next_attempt_at, rowid LIMIT ?2)"
    " UNION ALL SELECT id, hook_id, due, seq FROM ("
    "SELECT id, hook_id, next_attempt_at AS due, rowid AS seq FROM deliveries"
    " WHERE state = 'in_flight' AND lease_until <= ?1 ORDER BY next_attempt_at, rowid LIMIT ?2)"
    " ORDER BY 3, 4 LIMIT ?2";

// One hook's line, oldest first (publish order), read in order from deliveries_hook_queue
// (hook_id, state; the rowid is its last key). The unary plus keeps SQLite off the global claim and
// lease indexes, which would need a sort of every due row of every hook.
const char* const kFifoLine =  // ?1 hook, ?2 limit: the head of the line, claimable or not
    "SELECT id, state, next_attempt_at, lease_until, seq FROM ("
    "SELECT id, state, next_attempt_at, lease_until, rowid AS seq FROM deliveries"
    " WHERE hook_id = ?1 AND state = 'pending' ORDER BY rowid LIMIT ?2)"
    " UNION ALL SELECT id, state, next_attempt_at, lease_until, seq FROM ("
    "SELECT id, state, next_attempt_at, lease_until, rowid AS seq FROM deliveries"
    " WHERE hook_id = ?1 AND state = 'in_flight' ORDER BY rowid LIMIT ?2)"
    " ORDER BY 5 LIMIT ?2";
const char* const kBatchUnit =  // ?1 hook, ?2 limit, ?3 now: the oldest claimable rows
    "SELECT id, seq FROM ("
    "SELECT id, rowid AS seq FROM deliveries"
    " WHERE hook_id = ?1 AND state = 'pending' AND +next_attempt_at <= ?3 ORDER BY rowid LIMIT ?2)"
    " UNION ALL SELECT id, seq FROM ("
    "SELECT id, rowid AS seq FROM deliveries"
    " WHERE hook_id = ?1 AND state = 'in_flight' AND +lease_until <= ?3 ORDER BY rowid LIMIT ?2)"
    " ORDER BY 2 LIMIT ?2";

struct Candidate {
  std::string id, hook_id;
};

std::optional<std::string> json_string(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// Parameters need the event's fields; every other hook only splices canonical bytes.
void fill_event_fields(Event& e) {
  auto j = nlohmann::json::parse(e.canonical, nullptr, false);
  if (!j.is_object()) return;
  e.occurred_at = json_string(j, "occurred_at").value_or("");
  e.app = json_string(j, "app");
  if (auto s = json_string(j, "source")) e.source = parse_event_source(*s);
  e.list_id = json_string(j, "list_id");
  if (j.contains("data")) e.data = j["data"];
}

delivery::HookTarget target_of(const StoredHook& hook, const nlohmann::json& account_default) {
  delivery::HookTarget t;
  t.id = hook.id;
  t.account_id = hook.account_id;
  t.spec = hook.spec;
  t.secrets.push_back(hook.secret);
  for (const auto& s : hook.previous_secrets) t.secrets.push_back(s);
  t.retry_policy = hook.spec.retry_policy.is_null() ? account_default : hook.spec.retry_policy;
  return t;
}

nlohmann::json account_default_policy(Db& db, const std::string& account_id) {
  auto st = db.prepare("SELECT default_retry_policy FROM account_settings WHERE account_id = ?");
  st.bind(1, account_id);
  if (!st.step()) return nullptr;
  return nlohmann::json::parse(st.text(0), nullptr, false).is_discarded() ? nlohmann::json()
                                                                          : nlohmann::json::parse(st.text(0));
}

// The ids of one unit for a FIFO or batching hook, oldest first.
std::vector<std::string> unit_ids(Db& db, const StoredHook& hook, std::int64_t now_ms) {
  const auto limit = static_cast<std::int64_t>(std::max(1, hook.spec.batch_max));
  std::vector<std::string> ids;
  if (hook.spec.ordering == Ordering::Fifo) {
    // Only the head of the hook's line may go, and what follows it while claimable.
    auto st = db.prepare(kFifoLine);
    st.bind(1, hook.id).bind(2, limit);
    while (st.step()) {
      const bool pending = st.text(1) == "pending";
      const bool claimable = pending ? st.int64(2) <= now_ms : st.opt_int64(3).value_or(0) <= now_ms;
      if (!claimable) break;
      ids.push_back(st.text(0));
    }
    return ids;
  }
  auto st = db.prepare(kBatchUnit);
  st.bind(1, hook.id).bind(2, limit).bind(3, now_ms);
  while (st.step()) ids.push_back(st.text(0));
  return ids;
}

const char* const kLoadMessage =
    "SELECT d.id, d.event_id, d.message_id, d.attempt_count, d.created_at, e.type, e.canonical, e.occurred_at"
    " FROM deliveries d JOIN events e ON e.id = d.event_id WHERE d.id = ?";

// `st` is kLoadMessage, prepared once per claim (preparing costs more than the lookup).
QueuedMessage load_message(Stmt& st, const std::string& delivery_id) {
  st.reset();
  st.bind(1, delivery_id);
  QueuedMessage m;
  if (!st.step()) throw StoreError("delivery " + delivery_id + " has no event");
  m.delivery_id = st.text(0);
  m.event_id = st.text(1);
  m.message_id = st.text(2);
  m.attempts_made = static_cast<int>(st.int64(3));
  m.created_at_ms = st.int64(4);
  m.event.id = m.event_id;
  m.event.type = st.text(5);
  m.event.canonical = st.text(6);
  m.event.occurred_at_ms = st.int64(7);
  return m;
}

const char* state_for(Fate f, bool hook_active) {
  switch (f) {
    case Fate::Delivered: return "succeeded";
    case Fate::Retry: return hook_active ? "pending" : "buffered";
    case Fate::GaveUp: return "failed";
    case Fate::Expired: return "dropped";
    case Fate::Gone: return "buffered";
    case Fate::Unbuildable: return "failed";
  }
  return "failed";
}

nlohmann::json headers_json(const Headers& headers) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& h : headers) out.push_back({{"name", h.name}, {"value", h.value}});
  return out;
}

}  // namespace

HookHealth parse_hook_health(const std::string& text, bool active) {
  HookHealth h;
  h.active = active;
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return h;  // "healthy": the initial value
  h.consecutive_exhausted = j.value("consecutive_exhausted", 0);
  if (j.contains("failing_since_ms") && j["failing_since_ms"].is_number())
    h.failing_since_ms = j["failing_since_ms"].get<std::int64_t>();
  if (j.contains("deactivated_at_ms") && j["deactivated_at_ms"].is_number())
    h.deactivated_at_ms = j["deactivated_at_ms"].get<std::int64_t>();
  h.deactivation_reason = j.value("deactivation_reason", std::string());
  h.active = j.value("active", true);
  return h;
}

std::string hook_health_to_text(const HookHealth& h) {
  nlohmann::json j = {{"active", h.active}, {"consecutive_exhausted", h.consecutive_exhausted},
                      {"deactivation_reason", h.deactivation_reason}};
  j["failing_since_ms"] = h.failing_since_ms ? nlohmann::json(*h.failing_since_ms) : nlohmann::json();
  j["deactivated_at_ms"] = h.deactivated_at_ms ? nlohmann::json(*h.deactivated_at_ms) : nlohmann::json();
  return j.dump();
}

namespace {

// claim() and settle() as steps of a transaction, so settle_and_claim() can run both in one.
std::vector<ClaimedWork> claim_in(Db& db, const std::string& owner, std::int64_t now_ms, std::int64_t lease_until_ms,
                                  std::size_t max_requests) {
  std::vector<ClaimedWork> units;
  std::vector<Candidate> candidates;
  {
    auto st = db.prepare(kClaimCandidates);
    st.bind(1, now_ms).bind(2, static_cast<std::int64_t>(max_requests));
    while (st.step()) candidates.push_back({st.text(0), st.text(1)});
  }
  std::map<std::string, std::optional<StoredHook>> hooks;
  std::map<std::string, nlohmann::json> account_defaults;
  std::set<std::string> grouped_hooks, taken;
  auto lease = db.prepare("UPDATE deliveries SET state = 'in_flight', lease_owner = ?, lease_until = ?,"
                          " updated_at = ? WHERE id = ?");
  auto message = db.prepare(kLoadMessage);
  for (const auto& c : candidates) {
    if (units.size() >= max_requests) break;
    if (taken.count(c.id)) continue;
    auto found = hooks.find(c.hook_id);
    if (found == hooks.end()) {
      auto st = db.prepare(std::string("SELECT ") + kHookColumns + " FROM hooks WHERE id = ?");
      st.bind(1, c.hook_id);
      found = hooks.emplace(c.hook_id, st.step() ? std::optional<StoredHook>(read_hook(st)) : std::nullopt).first;
    }
    if (!found->second) {  // the hook was deleted: its deliveries have nowhere to go
      db.prepare("UPDATE deliveries SET state = 'dropped', last_error = 'hook deleted', updated_at = ?"
                 " WHERE id = ?").bind(1, now_ms).bind(2, c.id).run();
      continue;
    }
    const StoredHook& hook = *found->second;
    if (!hook.active) {  // deactivated after this was queued: hold it in the buffer
      db.prepare("UPDATE deliveries SET state = 'buffered', lease_owner = NULL, lease_until = NULL,"
                 " updated_at = ? WHERE id = ?").bind(1, now_ms).bind(2, c.id).run();
      continue;
    }
    std::vector<std::string> ids;
    if (hook.spec.ordering == Ordering::Fifo || hook.spec.batch_max > 1) {
      if (!grouped_hooks.insert(hook.id).second) continue;  // one unit per such hook per claim
      ids = unit_ids(db, hook, now_ms);
    } else {
      ids = {c.id};
    }
    if (ids.empty()) continue;
    if (!account_defaults.count(hook.account_id))
      account_defaults[hook.account_id] = account_default_policy(db, hook.account_id);
    ClaimedWork work;
    work.hook = target_of(hook, account_defaults[hook.account_id]);
    for (const auto& id : ids) {
      taken.insert(id);
      lease.bind(1, owner).bind(2, lease_until_ms).bind(3, now_ms).bind(4, id).run();
      lease.reset();
      work.messages.push_back(load_message(message, id));
      if (!hook.spec.parameters.empty()) fill_event_fields(work.messages.back().event);
    }
    units.push_back(std::move(work));
  }
  return units;
}

std::vector<delivery::Deactivation> settle_in(Db& db, const std::vector<delivery::Settlement>& settlements,
                                              std::int64_t now_ms, const DeactivationPolicy& policy) {
  std::vector<delivery::Deactivation> deactivated;
  auto attempt = db.prepare(
      "INSERT INTO attempts (id, delivery_id, attempted_at, request_headers_json, status, transport_error,"
      " response_excerpt, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  auto count = db.prepare("SELECT attempt_count FROM deliveries WHERE id = ?");
  auto move = db.prepare(
      "UPDATE deliveries SET state = ?, attempt_count = attempt_count + 1, next_attempt_at = ?,"
      " lease_owner = NULL, lease_until = NULL, updated_at = ?, last_error = ? WHERE id = ?");
  // Each hook's row is read once and its health written once per settlement batch; the
  // settlements are still applied one after the other, in order, to the record kept here.
  struct HookRecord {
    bool found = false, active = true;
    HookHealth health;
  };
  std::map<std::string, HookRecord> hooks;
  auto read_hook_record = db.prepare("SELECT active, health FROM hooks WHERE id = ?");
  for (const auto& s : settlements) {
    auto at = hooks.find(s.hook_id);
    if (at == hooks.end()) {
      HookRecord r;
      read_hook_record.reset();
      read_hook_record.bind(1, s.hook_id);
      if (read_hook_record.step()) {
        r.found = true;
        r.active = read_hook_record.int64(0) != 0;
        r.health = parse_hook_health(read_hook_record.text(1), r.active);
      }
      at = hooks.emplace(s.hook_id, std::move(r)).first;
    }
    HookRecord& hook = at->second;
    if (!hook.found) hook = HookRecord{};  // deleted: nothing is recorded for it, every time alike
    bool& active = hook.active;
    HookHealth& health = hook.health;
    // An operator reactivated the hook since the worker last saw it: start a clean record.
    if (active && !health.active) health = record_health_event(health, HealthEvent::Reactivated, now_ms, policy).health;
    auto update = record_health_event(health, s.health_event, now_ms, policy);
    const bool deactivate_now = active && update.deactivated_now;
    health = update.health;
    if (deactivate_now) {
      active = false;
      db.prepare("UPDATE hooks SET active = 0, deactivated_at = ?, deactivation_reason = ?, updated_at = ?"
                 " WHERE id = ?")
          .bind(1, now_ms).bind(2, update.health.deactivation_reason).bind(3, now_ms).bind(4, s.hook_id).run();
      db.prepare("UPDATE deliveries SET state = 'buffered', updated_at = ? WHERE hook_id = ? AND state = 'pending'")
          .bind(1, now_ms).bind(2, s.hook_id).run();
      deactivated.push_back({s.hook_id, s.account_id, update.health.deactivation_reason, now_ms});
    }
    const std::string headers = headers_json(s.attempt.request_headers).dump();
    for (const auto& id : s.delivery_ids) {
      count.bind(1, id);
      const std::int64_t n = count.step() ? count.int64(0) + 1 : 1;
      count.reset();
      attempt.bind(1, id + "." + std::to_string(n)).bind(2, id).bind(3, s.attempt.attempted_at_ms)
          .bind(4, headers);
      if (s.attempt.status) attempt.bind(5, static_cast<std::int64_t>(*s.attempt.status));
      else attempt.bind_null(5);
      if (s.attempt.transport_error.empty()) attempt.bind_null(6);
      else attempt.bind(6, s.attempt.transport_error);
      attempt.bind(7, s.attempt.response_excerpt).bind(8, s.attempt.duration_ms).run();
      attempt.reset();
      move.bind(1, std::string(state_for(s.fate, active))).bind(2, s.next_attempt_at_ms).bind(3, now_ms);
      if (s.last_error.empty()) move.bind_null(4);
      else move.bind(4, s.last_error);
      move.bind(5, id).run();
      move.reset();
    }
  }
  auto write_health = db.prepare("UPDATE hooks SET health = ? WHERE id = ?");
  for (const auto& [hook_id, hook] : hooks) {
    if (!hook.found) continue;
    write_health.bind(1, hook_health_to_text(hook.health)).bind(2, hook_id).run();
    write_health.reset();
  }
  return deactivated;
}

// Runs `step` inside its own savepoint: a failure undoes only that step and is returned as text.
template <typename Step>
std::string in_savepoint(Db& db, const char* name, Step step) {
  // Prepared statements (the connection caches them by text), not exec: parsed once per name.
  db.prepare(std::string("SAVEPOINT ") + name).run();
  try {
    step();
    db.prepare(std::string("RELEASE ") + name).run();
    return "";
  } catch (const std::exception& e) {
    db.prepare(std::string("ROLLBACK TO ") + name).run();
    db.prepare(std::string("RELEASE ") + name).run();
    return e.what();
  }
}

}  // namespace

std::vector<ClaimedWork> SqliteDeliveryQueue::claim(const std::string& owner, std::int64_t now_ms,
                                                    std::int64_t lease_until_ms, std::size_t max_requests) {
  std::vector<ClaimedWork> units;
  if (max_requests == 0) return units;
  store_.write([&](Db& db) { units = claim_in(db, owner, now_ms, lease_until_ms, max_requests); });
  return units;
}

std::vector<delivery::Deactivation> SqliteDeliveryQueue::settle(const std::vector<delivery::Settlement>& settlements,
                                                                std::int64_t now_ms,
                                                                const DeactivationPolicy& policy) {
  std::vector<delivery::Deactivation> deactivated;
  store_.write([&](Db& db) { deactivated = settle_in(db, settlements, now_ms, policy); });
  return deactivated;
}

delivery::WorkerRound SqliteDeliveryQueue::settle_and_claim(const std::vector<delivery::Settlement>& settlements,
                                                            std::int64_t now_ms, const DeactivationPolicy& policy,
                                                            const std::string& owner, std::int64_t lease_until_ms,
                                                            std::size_t max_requests) {
  delivery::WorkerRound round;
  try {
    store_.write([&](Db& db) {
      round = {};
      if (!settlements.empty())
        round.settle_error =
            in_savepoint(db, "settle", [&] { round.deactivated = settle_in(db, settlements, now_ms, policy); });
      if (max_requests > 0)
        round.claim_error = in_savepoint(
            db, "claim", [&] { round.claimed = claim_in(db, owner, now_ms, lease_until_ms, max_requests); });
    });
  } catch (const std::exception& e) {  // the commit failed: neither step happened
    round = {};
    round.settle_error = settlements.empty() ? "" : e.what();
    round.claim_error = max_requests > 0 ? e.what() : "";
  }
  return round;
}

std::int64_t SqliteDeliveryQueue::drop_expired_buffered(std::int64_t older_than_ms, std::int64_t now_ms) {
  std::int64_t dropped = 0;
  store_.write([&](Db& db) {
    db.prepare("UPDATE deliveries SET state = 'dropped', updated_at = ?,"
               " last_error = 'buffer_expired: held longer than the buffer window while the hook was inactive'"
               " WHERE state = 'buffered' AND created_at < ?")
        .bind(1, now_ms).bind(2, older_than_ms).run();
    dropped = db.changes();
  });
  return dropped;
}

void SqliteDeliveryQueue::add_notification(const delivery::Notification& n) {
  store_.write([&](Db& db) {
    db.prepare("INSERT INTO notifications (id, account_id, hook_id, kind, body_json, state, created_at)"
               " VALUES (?, ?, ?, ?, ?, 'pending', ?)")
        .bind(1, n.id).bind(2, n.account_id).bind(3, n.hook_id).bind(4, n.kind).bind(5, n.body.dump())
        .bind(6, n.created_at_ms).run();
  });
}

std::string SqliteDeliveryQueue::notification_url(const std::string& account_id) {
  return store_.get_settings(account_id).notification_url;
}

void SqliteDeliveryQueue::mark_notification(const std::string& id, const std::string& state, std::int64_t now_ms) {
  store_.write([&](Db& db) {
    db.prepare("UPDATE notifications SET state = ?, sent_at = ? WHERE id = ?")
        .bind(1, state).bind(2, now_ms).bind(3, id).run();
  });
}

}  // namespace hookwork::runner
