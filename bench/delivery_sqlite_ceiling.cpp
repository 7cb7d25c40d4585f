// SQLite's own ceiling for what one delivery commits: the writes of one successful first
// attempt, with the runner's schema (its migrations, applied by opening a SqliteStore), its
// pragmas (WAL, synchronous = FULL, see sqlite_store.cpp), one account and one hook made by the
// runner's own code, and DELIVERIES pending deliveries (an events row and a deliveries row each,
// the columns SqliteStore::publish writes, ids from time_ordered_id) inserted before timing.
//
// Timed, per delivery, the statements of sqlite_delivery_queue.cpp, prepared once:
//   claim:  the lease UPDATE (state 'in_flight', lease_owner, lease_until, updated_at);
//   settle: the move UPDATE (state 'succeeded', attempt_count + 1, next_attempt_at 0, lease cleared,
//           updated_at, last_error NULL) and the attempts INSERT ("<delivery id>.1", status 200,
//           the five headers the runner sends and records as request_headers JSON, an empty
//           response excerpt).
// Pipelined as the worker's settle_and_claim() does: each transaction settles the batch the one
// before it claimed and claims the next batch, so every row is written in two transactions
// (the first claim is untimed, the last claimed batch is never settled).
// Left out, as the runner's overhead rather than what a delivery must write: every read (the
// claim's candidate query, the hook and account-settings lookups, loading the event, the
// attempt-count SELECT), the SAVEPOINTs, the once-per-round hook health UPDATE, the group
// committer hand-off, and the WAL checkpointer thread (SQLite's default auto-checkpoint runs in
// the commits instead, as in publish_sqlite_ceiling). Request headers and ids are built outside
// the timed part. bench/delivery_bench.sh reports the drain as a fraction of the best batch.
// Usage: delivery_sqlite_ceiling DIR EVENT_JSON DELIVERIES SECONDS_PER_SIZE BATCH_SIZE...
// Each size runs on a fresh file until its deliveries or its seconds run out; prints one
// "CEILING batch=N deliveries=... deliveries_per_s=... cpu_us_per_delivery=... commit_p50_ms=...
// commit_p99_ms=..." line per size.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "accounts.hpp"
#include "config.hpp"
#include "delivery_service.hpp"
#include "publish/bench_event.hpp"
#include "publish/process_cpu.hpp"
#include "publish/timed_batches.hpp"
#include "rules.hpp"
#include "sqlite_store.hpp"

namespace {

using namespace hookwork::runner;
using Seconds = std::chrono::duration<double>;

struct Pending {
  std::string delivery_id, message_id;
};

using Measured = hookwork::bench::TimedBatches;

// The account and hook as `serve --bootstrap-account` and POST /v1/{account}/webhooks make them;
// returns the hook's id.
std::string create_account_and_hook(SqliteStore& store, const Clock& clock, RandomSource& random) {
  auto account = create_account(store, "acme", clock, random);
  if (!account) throw std::runtime_error("cannot create the account");
  hookwork::UrlPolicy policy;
  policy.allow_private = true;
  auto spec = rules::validate_hook({{"app", "crm"}, {"event", "optin_finalized"}, {"url", "http://127.0.0.1:8080/hook"}},
                                   policy);
  if (!spec.ok()) throw std::runtime_error("the bench hook does not validate");
  StoredHook hook;
  hook.id = random_id(random, "hook");
  hook.account_id = account->account_id;
  hook.spec = spec.value();
  hook.secret = rules::new_hook_secret(random.bytes(32));
  hook.created_at = hook.updated_at = clock.now_ms();
  store.create_hook(hook);
  return hook.id;
}

// `count` pending deliveries in one transaction, as if published at 10 000 events/s up to now:
// the runner's kind of ids, in its publish order (rowid order, the order its claim takes them in).
std::vector<Pending> seed(Db& db, const hookwork::Event& event, const std::string& account, const std::string& hook,
                          std::size_t count, std::int64_t now, RandomSource& random) {
  auto insert_event = db.prepare("INSERT INTO events (id, account_id, type, canonical, occurred_at, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?)");
  auto insert_delivery = db.prepare("INSERT INTO deliveries (id, account_id, hook_id, event_id, message_id, state,"
                                    " attempt_count, next_attempt_at, created_at, updated_at)"
                                    " VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)");
  std::vector<Pending> rows;
  rows.reserve(count);
  db.exec("BEGIN IMMEDIATE");
  for (std::size_t i = 0; i < count; ++i) {
    const std::int64_t at = now - static_cast<std::int64_t>((count - i) / 10);
    const std::string event_id = time_ordered_id(random, "evt", at);
    rows.push_back({time_ordered_id(random, "dlv", at), time_ordered_id(random, "msg", at)});
    insert_event.reset();
    insert_event.bind(1, event_id).bind(2, account).bind(3, event.type).bind(4, event.canonical)
        .bind(5, event.occurred_at_ms).bind(6, at).run();
    insert_delivery.reset();
    insert_delivery.bind(1, rows.back().delivery_id).bind(2, account).bind(3, hook).bind(4, event_id)
        .bind(5, rows.back().message_id).bind(6, at).bind(7, at).bind(8, at).run();
  }
  db.exec("COMMIT");
  return rows;
}

// What the runner records as request_headers for an attempt (attempt.cpp: the headers it sent, redacted).
std::string request_headers_json(const std::string& message_id, std::int64_t now_ms) {
  return nlohmann::json::array({{{"name", "Content-Type"}, {"value", "application/json"}},
                                {{"name", "User-Agent"}, {"value", std::string("Hookwork/") + HOOKWORK_VERSION}},
                                {{"name", "webhook-id"}, {"value", message_id}},
                                {{"name", "webhook-timestamp"}, {"value", std::to_string(now_ms / 1000)}},
                                {{"name", "webhook-signature"}, {"value", "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="}}})
      .dump();
}

Measured deliver_batches(const std::string& path, const hookwork::Event& event, std::size_t count, std::size_t batch,
                         double seconds) {
  hookwork::bench::remove_sqlite_files(path);
  SystemClock clock;
  OsRandom random;
  std::string account = "acme", hook;
  {
    SqliteStore store({path}, clock, nullptr);  // the runner's migrations; leaves the file in WAL mode
    hook = create_account_and_hook(store, clock, random);
  }
  Db db(path);
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("PRAGMA synchronous = FULL");
  const std::vector<Pending> rows = seed(db, event, account, hook, count, clock.now_ms(), random);
  db.exec("PRAGMA wal_checkpoint(TRUNCATE)");  // the drain starts from a checkpointed file too (a restart)

  auto lease = db.prepare("UPDATE deliveries SET state = 'in_flight', lease_owner = ?, lease_until = ?,"
                          " updated_at = ? WHERE id = ?");
  auto move = db.prepare("UPDATE deliveries SET state = ?, attempt_count = attempt_count + 1, next_attempt_at = ?,"
                         " lease_owner = NULL, lease_until = NULL, updated_at = ?, last_error = ? WHERE id = ?");
  auto attempt = db.prepare("INSERT INTO attempts (id, delivery_id, attempted_at, request_headers_json, status,"
                            " transport_error, response_excerpt, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  const std::string owner = "runner-" + std::to_string(::getpid()) + "-" + random_id(random, "w");
  const std::int64_t lease_ms = lease_ms_for(ServeConfig{});
  const std::string succeeded = "succeeded", no_excerpt;
  auto claim = [&](std::size_t from, std::int64_t now) {
    for (std::size_t i = from; i < from + batch; ++i) {
      lease.reset();
      lease.bind(1, owner).bind(2, now + lease_ms).bind(3, now).bind(4, rows[i].delivery_id).run();
    }
  };
  db.exec("BEGIN IMMEDIATE");
  claim(0, clock.now_ms());
  db.exec("COMMIT");

  std::vector<std::string> attempt_ids(batch), headers(batch);
  Measured m;
  // Every timed transaction settles `batch` and claims `batch`: stop while the next claim is still whole.
  for (std::size_t claimed = 0; claimed + 2 * batch <= rows.size() && m.seconds < seconds; claimed += batch) {
    const std::int64_t now = clock.now_ms();
    for (std::size_t i = 0; i < batch; ++i) {  // the worker's work, not SQLite's
      attempt_ids[i] = rows[claimed + i].delivery_id + ".1";
      headers[i] = request_headers_json(rows[claimed + i].message_id, now);
    }
    auto started = std::chrono::steady_clock::now();
    double cpu_started = hookwork::bench::process_cpu_seconds();
    db.exec("BEGIN IMMEDIATE");
    for (std::size_t i = 0; i < batch; ++i) {
      const std::string& id = rows[claimed + i].delivery_id;
      attempt.reset();
      attempt.bind(1, attempt_ids[i]).bind(2, id).bind(3, now - 1).bind(4, headers[i]).bind(5, 200).bind_null(6)
          .bind(7, no_excerpt).bind(8, 1).run();
      move.reset();
      move.bind(1, succeeded).bind(2, 0).bind(3, now).bind_null(4).bind(5, id).run();
    }
    claim(claimed + batch, now);
    db.exec("COMMIT");
    m.commit_seconds.push_back(Seconds(std::chrono::steady_clock::now() - started).count());
    m.seconds += m.commit_seconds.back();
    m.cpu_seconds += hookwork::bench::process_cpu_seconds() - cpu_started;
    m.rows += batch;
  }
  // Every timed write hit its row: as many deliveries succeeded, with one attempt each, as were counted.
  auto settled = db.prepare("SELECT (SELECT COUNT(*) FROM deliveries WHERE state = 'succeeded' AND attempt_count = 1),"
                            " (SELECT COUNT(*) FROM attempts WHERE status = 200)");
  if (!settled.step() || settled.int64(0) != static_cast<std::int64_t>(m.rows) ||
      settled.int64(1) != static_cast<std::int64_t>(m.rows))
    throw std::runtime_error("the settled rows do not match the deliveries counted");
  hookwork::bench::remove_sqlite_files(path);
  return m;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 6) {
    std::fprintf(stderr, "usage: %s DIR EVENT_JSON DELIVERIES SECONDS_PER_SIZE BATCH_SIZE...\n", argv[0]);
    return 2;
  }
  try {
    auto event = hookwork::bench::load_bench_event(argv[2]);
    std::size_t count = std::strtoul(argv[3], nullptr, 10);
    double seconds = std::atof(argv[4]);
    for (int i = 5; i < argc; ++i) {
      std::size_t batch = std::strtoul(argv[i], nullptr, 10);
      if (batch == 0 || count < 2 * batch)
        throw std::runtime_error(std::string("batch size ") + argv[i] + " needs 1 to DELIVERIES / 2");
      auto m = deliver_batches(std::string(argv[1]) + "/delivery_ceiling.db", event, count, batch, seconds);
      auto deliveries = static_cast<double>(m.rows);
      std::printf("CEILING batch=%zu deliveries=%zu deliveries_per_s=%.0f cpu_us_per_delivery=%.0f commit_p50_ms=%.2f"
                  " commit_p99_ms=%.2f\n", batch, m.rows, deliveries / m.seconds,
                  m.cpu_seconds * 1e6 / deliveries, m.commit_percentile(0.50) * 1e3,
                  m.commit_percentile(0.99) * 1e3);
      std::fflush(stdout);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "delivery_sqlite_ceiling: %s\n", e.what());
    return 1;
  }
  return 0;
}
