// Hook secrets and account settings.
#include "field_reader.hpp"
#include "hookwork/limits.hpp"
#include "rules.hpp"

namespace hookwork::runner::rules {

std::string new_hook_secret(const std::vector<unsigned char>& bytes) {
  static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out = "whsec_";
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    for (int k = 18; k >= 0; k -= 6) out.push_back(kB64[(v >> k) & 63]);
  }
  if (i < bytes.size()) {
    unsigned v = bytes[i] << 16;
    if (i + 1 < bytes.size()) v |= bytes[i + 1] << 8;
    out.push_back(kB64[(v >> 18) & 63]);
    out.push_back(kB64[(v >> 12) & 63]);
    out.push_back(i + 1 < bytes.size() ? kB64[(v >> 6) & 63] : '=');
    out.push_back('=');
  }
  return out;
}

Result<AccountSettings> validate_settings(const nlohmann::json& input, const AccountSettings& current) {
  FieldReader in(input, {"notification_url", "delete_requires_inactive", "default_retry_policy"});
  AccountSettings s = current;
  if (const auto* v = in.raw("notification_url")) {
    if (v->is_string() && v->get<std::string>().empty()) {
      s.notification_url.clear();
    } else if (auto url = in.string("notification_url", false, limits::kUrlMaxBytes)) {
      auto probe = validate_hook({{"event", "optin_finalized"}, {"url", *url}});
      if (probe.ok()) s.notification_url = *url;
      else in.error("notification_url", "invalid_url", "must be an absolute http(s) URL");
    }
  }
  if (auto v = in.boolean("delete_requires_inactive")) s.delete_requires_inactive = *v;
  if (input.is_object() && input.contains("default_retry_policy")) {
    const auto& v = input["default_retry_policy"];
    if (v.is_null() || v.is_string() || v.is_object()) s.default_retry_policy = v;
    else in.error("default_retry_policy", "type", "must be a preset name, a policy object or null");
  }
  if (!in.errors().empty()) return std::move(in.errors());
  return s;
}

}  // namespace hookwork::runner::rules
