#include "hook_cache.hpp"

#include "log.hpp"

namespace hookwork::runner {

std::vector<const StoredHook*> AccountHooks::matching(const Event& event) const {
  std::vector<const StoredHook*> out;
  for (std::size_t i : matcher.match(event, /*include_inactive=*/true)) out.push_back(&hooks[i]);
  return out;
}

namespace {
std::shared_ptr<const AccountHooks> load(Store& store, const std::string& account_id) {
  auto loaded = std::make_shared<AccountHooks>();
  for (auto& h : store.list_hooks(account_id, {})) {
    h.spec.active = h.active;
    auto added = loaded->matcher.add(h.spec);
    if (!added.ok()) {
      // Stored specs were validated on the way in; one that no longer compiles gets nothing.
      log::error("hook does not compile", {{"hook_id", h.id}, {"error", added.errors().front().message}});
      continue;
    }
    loaded->hooks.resize(added.value() + 1);
    loaded->hooks[added.value()] = std::move(h);
  }
  return loaded;
}
}  // namespace

HookCache::Entry HookCache::hooks_for(const std::string& account_id) {
  std::uint64_t generation;
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto& slot = slots_[account_id];
    if (slot.hooks) return slot.hooks;
    generation = slot.generation;
  }
  auto loaded = load(store_, account_id);
  std::lock_guard<std::mutex> lock(mu_);
  auto& slot = slots_[account_id];
  if (slot.generation == generation) slot.hooks = loaded;
  return loaded;
}

void HookCache::invalidate(const std::string& account_id) {
  std::lock_guard<std::mutex> lock(mu_);
  auto& slot = slots_[account_id];
  slot.generation += 1;
  slot.hooks.reset();
}

}  // namespace hookwork::runner
