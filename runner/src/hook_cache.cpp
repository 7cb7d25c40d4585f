#include "hook_cache.hpp"

namespace hookwork::runner {

HookCache::Hooks HookCache::hooks_for(const std::string& account_id) {
  std::uint64_t generation;
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto& e = entries_[account_id];
    if (e.hooks) return e.hooks;
    generation = e.generation;
  }
  auto loaded = std::make_shared<const std::vector<StoredHook>>(store_.list_hooks(account_id, {}));
  std::lock_guard<std::mutex> lock(mu_);
  auto& e = entries_[account_id];
  if (e.generation == generation) e.hooks = loaded;
  return loaded;
}

void HookCache::invalidate(const std::string& account_id) {
  std::lock_guard<std::mutex> lock(mu_);
  auto& e = entries_[account_id];
  e.generation += 1;
  e.hooks.reset();
}

}  // namespace hookwork::runner
