#include "accounts.hpp"

#include <cctype>

#include "api_keys.hpp"

namespace hookwork::runner {

bool valid_account_name(const std::string& name) {
  if (name.empty() || name.size() > 63) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    bool ok = std::islower(c) || std::isdigit(c) || (i > 0 && (c == '-' || c == '_'));
    if (!ok) return false;
  }
  return true;
}

std::optional<CreatedAccount> create_account(Store& store, const std::string& name, const Clock& clock,
                                             RandomSource& random) {
  auto key = generate_api_key(random);
  Account account{name, name, clock.now_ms()};
  if (!store.create_account(account, ApiKeyRecord{key.key_id, name, key.hash_hex})) return std::nullopt;
  return CreatedAccount{name, key.key};
}

}  // namespace hookwork::runner
