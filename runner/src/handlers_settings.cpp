// Account settings: notification URL, the delete rule (seed 003), default retry policy.
#include "handlers.hpp"
#include "rules.hpp"

namespace hookwork::runner {
namespace {

nlohmann::json settings_view(const AccountSettings& s) {
  return {{"notification_url", s.notification_url},
          {"delete_requires_inactive", s.delete_requires_inactive},
          {"default_retry_policy", s.default_retry_policy}};
}

}  // namespace

void add_settings_handlers(std::map<std::string, ApiHandler>& h) {
  h["settings.get"] = [](Services& s, const ApiRequest& r) {
    return ApiResponse{200, settings_view(s.store.get_settings(r.account_id))};
  };
  h["settings.update"] = [](Services& s, const ApiRequest& r) {
    auto next = rules::validate_settings(r.input, s.store.get_settings(r.account_id));
    if (!next.ok()) return validation_error(next.errors());
    s.store.put_settings(r.account_id, next.value(), s.clock.now_ms());
    return ApiResponse{200, settings_view(next.value())};
  };
}

}  // namespace hookwork::runner
