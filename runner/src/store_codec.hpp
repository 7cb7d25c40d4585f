#pragma once
// How a StoredHook maps onto portable table columns (shared by every backend).
#include <cstdint>
#include <optional>
#include <string>

#include "store.hpp"

namespace hookwork::runner {

struct HookRow {
  std::string id, account_id, app, event, url, method, user_id;
  std::optional<std::string> source, list_id;
  std::int64_t batch_max = 1;
  std::optional<std::string> basic_auth_username, basic_auth_password;
  std::string headers_json, parameters_json, retry_policy_json, filter_json, ordering;
  std::optional<std::string> encryption_key;
  std::string secret, previous_secrets_json;
  bool active = true;
  std::optional<std::int64_t> deactivated_at;
  std::string deactivation_reason, health;
  std::int64_t created_at = 0, updated_at = 0;
  std::optional<std::int64_t> connect_timeout_ms, timeout_ms;  // per-hook overrides of the runner's defaults
};

HookRow hook_to_row(const StoredHook& hook);
StoredHook hook_from_row(const HookRow& row);

}  // namespace hookwork::runner
