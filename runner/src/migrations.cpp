#include "migrations.hpp"

namespace hookwork::runner {

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> kMigrations = {
      {1,
       "initial schema",
       {
           "CREATE TABLE accounts (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at BIGINT NOT NULL)",
           "CREATE TABLE api_keys (key_id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES accounts(id),"
           " hash_hex TEXT NOT NULL, created_at BIGINT NOT NULL)",
           "CREATE TABLE account_settings (account_id TEXT PRIMARY KEY REFERENCES accounts(id),"
           " notification_url TEXT NOT NULL, delete_requires_inactive INTEGER NOT NULL,"
           " default_retry_policy TEXT NOT NULL, updated_at BIGINT NOT NULL)",
           // All spec fields as columns; JSON-valued fields as JSON text.
           "CREATE TABLE hooks (id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES accounts(id),"
           " app TEXT NOT NULL, event TEXT NOT NULL, url TEXT NOT NULL, method TEXT NOT NULL,"
           " user_id TEXT NOT NULL, source TEXT, list_id TEXT, batch_max INTEGER NOT NULL,"
           " basic_auth_username TEXT, basic_auth_password TEXT, headers_json TEXT NOT NULL,"
           " encryption_key TEXT, parameters_json TEXT NOT NULL, retry_policy_json TEXT NOT NULL,"
           " filter_json TEXT NOT NULL, ordering TEXT NOT NULL,"
           " secret TEXT NOT NULL, previous_secrets_json TEXT NOT NULL,"
           " active INTEGER NOT NULL, deactivated_at BIGINT, deactivation_reason TEXT NOT NULL,"
           " health TEXT NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
           "CREATE INDEX hooks_account_event ON hooks (account_id, event)",
           "CREATE TABLE events (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, type TEXT NOT NULL,"
           " canonical TEXT NOT NULL, occurred_at BIGINT NOT NULL, created_at BIGINT NOT NULL)",
           "CREATE INDEX events_account_created ON events (account_id, created_at)",
           "CREATE TABLE deliveries (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, hook_id TEXT NOT NULL,"
           " event_id TEXT NOT NULL, message_id TEXT NOT NULL, state TEXT NOT NULL,"
           " attempt_count INTEGER NOT NULL, next_attempt_at BIGINT NOT NULL, lease_owner TEXT,"
           " lease_until BIGINT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, last_error TEXT)",
           // The dispatcher's claim: due pending rows in time order, and expired leases.
           "CREATE INDEX deliveries_claim ON deliveries (state, next_attempt_at)",
           "CREATE INDEX deliveries_lease ON deliveries (state, lease_until)",
           "CREATE INDEX deliveries_hook_state ON deliveries (hook_id, state, created_at)",
           "CREATE INDEX deliveries_event ON deliveries (account_id, event_id)",
           "CREATE TABLE attempts (id TEXT PRIMARY KEY, delivery_id TEXT NOT NULL, attempted_at BIGINT NOT NULL,"
           " request_headers_json TEXT NOT NULL, status INTEGER, transport_error TEXT,"
           " response_excerpt TEXT, duration_ms BIGINT NOT NULL)",
           "CREATE INDEX attempts_delivery ON attempts (delivery_id, attempted_at)",
           "CREATE TABLE notifications (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, hook_id TEXT,"
           " kind TEXT NOT NULL, body_json TEXT NOT NULL, state TEXT NOT NULL, created_at BIGINT NOT NULL,"
           " sent_at BIGINT)",
           "CREATE INDEX notifications_account ON notifications (account_id, created_at)",
           "CREATE TABLE idempotency_keys (account_id TEXT NOT NULL, idem_key TEXT NOT NULL,"
           " request_hash TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL,"
           " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, PRIMARY KEY (account_id, idem_key))",
           "CREATE INDEX idempotency_expiry ON idempotency_keys (expires_at)",
       }},
      {2,
       "delivery worker: runner secrets, single-use activation links, per-hook timeouts",
       {
           // Keys the runner signs with (activation links); created once, shared by every runner on the store.
           "CREATE TABLE runner_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL, created_at BIGINT NOT NULL)",
           "CREATE TABLE used_tokens (token_id TEXT PRIMARY KEY, used_at BIGINT NOT NULL)",
           // Per-hook delivery timeouts (NULL = the runner's defaults).
           "ALTER TABLE hooks ADD COLUMN connect_timeout_ms BIGINT",
           "ALTER TABLE hooks ADD COLUMN timeout_ms BIGINT",
       }},
      {3,
       "delivery queue: one hook's line in publish order",
       {
           // FIFO heads and batches read a hook's pending / in-flight rows in publish order: the rowid
           // ends every SQLite index key (PostgreSQL: add the bigserial column). It serves every lookup
           // deliveries_hook_state served, so that one goes: one index fewer to update per state change.
           "CREATE INDEX deliveries_hook_queue ON deliveries (hook_id, state)",
           "DROP INDEX deliveries_hook_state",
       }},
      {4,
       "delivery queue: partial indexes, one per state that is looked up",
       {
           // A row is in the index of its state only (PostgreSQL has partial indexes too): a
           // published row enters the claim index and no other, a finished row leaves them all,
           // and each index holds only the rows its lookups want. The queries name the state as
           // a literal, so SQLite can prove the index's WHERE from theirs.
           "DROP INDEX deliveries_claim",
           "DROP INDEX deliveries_lease",
           "CREATE INDEX deliveries_claim ON deliveries (next_attempt_at) WHERE state = 'pending'",
           "CREATE INDEX deliveries_lease ON deliveries (lease_until) WHERE state = 'in_flight'",
           "CREATE INDEX deliveries_buffered ON deliveries (created_at) WHERE state = 'buffered'",
       }},
  };
  return kMigrations;
}

}  // namespace hookwork::runner
