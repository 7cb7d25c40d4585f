#pragma once
// Account creation shared by `hookwork accounts create` and `serve --bootstrap-account`.
#include <optional>
#include <string>

#include "clock.hpp"
#include "os_random.hpp"
#include "store.hpp"

namespace hookwork::runner {

// Lowercase letters, digits, '-' and '_', 1..63 characters, starting with a letter or digit.
bool valid_account_name(const std::string& name);

struct CreatedAccount {
  std::string account_id;
  std::string api_key;  // shown once, stored only as a hash
};

// nullopt when the name is taken.
std::optional<CreatedAccount> create_account(Store& store, const std::string& name, const Clock& clock,
                                             RandomSource& random);

}  // namespace hookwork::runner
