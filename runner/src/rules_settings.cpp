// Account settings: every field optional, merged over the current ones.
#include "field_reader.hpp"
#include "hookwork/limits.hpp"
#include "hookwork/retry_policy.hpp"
#include "rules.hpp"

namespace hookwork::runner::rules {

Result<AccountSettings> validate_settings(const nlohmann::json& input, const AccountSettings& current,
                                          const UrlPolicy& policy) {
  FieldReader in(input, {"notification_url", "delete_requires_inactive", "default_retry_policy"});
  AccountSettings s = current;
  if (const auto* v = in.raw("notification_url")) {
    if (v->is_string() && v->get<std::string>().empty()) {
      s.notification_url.clear();
    } else if (auto url = in.string("notification_url", false, limits::kUrlMaxBytes)) {
      auto checked = validate_url(*url, policy);
      if (checked.ok()) s.notification_url = checked.value().normalized;
      else
        for (const auto& e : nest_errors("notification_url", checked.errors())) in.errors().push_back(e);
    }
  }
  if (auto v = in.boolean("delete_requires_inactive")) s.delete_requires_inactive = *v;
  if (input.is_object() && input.contains("default_retry_policy")) {
    const auto& v = input["default_retry_policy"];
    if (v.is_null()) {
      s.default_retry_policy = v;
    } else {
      // core's retry module decides what a policy is (preset name or object)
      auto policy = parse_retry_policy(v);
      if (policy.ok()) s.default_retry_policy = v;
      else
        for (const auto& e : nest_errors("default_retry_policy", policy.errors())) in.errors().push_back(e);
    }
  }
  if (!in.errors().empty()) return std::move(in.errors());
  return s;
}

}  // namespace hookwork::runner::rules
