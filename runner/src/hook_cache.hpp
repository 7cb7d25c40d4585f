#pragma once
// Per-account cache of what a publish is matched against: the account's hooks
// and core's HookMatcher over them (filters compiled once, not per event). Any
// hook write invalidates its account; a generation counter keeps a load that
// raced with a write from being cached.
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "hookwork/filter.hpp"
#include "store.hpp"

namespace hookwork::runner {

struct AccountHooks {
  std::vector<StoredHook> hooks;
  HookMatcher matcher;  // index i of a match is hooks[i]
  // The hooks `event` goes to, active or not (the caller buffers for inactive ones).
  std::vector<const StoredHook*> matching(const Event& event) const;
};

class HookCache {
 public:
  using Entry = std::shared_ptr<const AccountHooks>;
  explicit HookCache(Store& store) : store_(store) {}

  Entry hooks_for(const std::string& account_id);
  void invalidate(const std::string& account_id);

 private:
  struct Slot {
    std::uint64_t generation = 0;
    Entry hooks;
  };
  Store& store_;
  std::mutex mu_;
  std::map<std::string, Slot> slots_;
};

}  // namespace hookwork::runner
