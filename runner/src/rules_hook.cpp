// The runner's rules delegate to core: validate, catalog, filter (HookMatcher), secret.
#include "hookwork/catalog.hpp"
#include "hookwork/secret.hpp"
#include "hookwork/validate.hpp"
#include "rules.hpp"

namespace hookwork::runner::rules {

Result<HookSpec> validate_hook(const nlohmann::json& input, const UrlPolicy& policy) {
  ValidationContext ctx;
  ctx.url_policy = policy;
  return hookwork::validate_hook(input, ctx);
}

nlohmann::json hook_spec_input(const HookSpec& spec) { return hook_to_json(spec); }

nlohmann::json hook_spec_json(const HookSpec& spec) {
  nlohmann::json j = hook_to_json(spec);
  // Credentials are write-only: the view says they are set, never what they are.
  if (j.contains("basic_auth")) j["basic_auth"].erase("password");
  j.erase("encryption_key");
  j["encrypted"] = spec.encryption_key.has_value();
  return j;
}

Result<Event> validate_event(const nlohmann::json& input, const std::string& event_id, std::size_t max_bytes) {
  ValidationContext ctx;
  ctx.event_max_bytes = max_bytes;
  return hookwork::validate_event(input, event_id, ctx);
}

nlohmann::json event_types() {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& t : builtin_event_types()) {
    nlohmann::json j = to_json(t);
    // Seed 002's field names, so its clients read the list unchanged.
    j["event_name"] = t.name;
    j["webhook_event_id"] = t.id ? nlohmann::json(*t.id) : nlohmann::json();
    out.push_back(std::move(j));
  }
  return out;
}

std::string new_hook_secret(const std::vector<unsigned char>& random_bytes) {
  auto secret = generate_secret(std::string_view(reinterpret_cast<const char*>(random_bytes.data()), random_bytes.size()));
  if (!secret.ok()) throw std::logic_error("generate_secret refused " + std::to_string(random_bytes.size()) + " bytes");
  return secret.value();
}

}  // namespace hookwork::runner::rules
