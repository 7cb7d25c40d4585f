#pragma once
// Per-account cache of the hooks a publish is matched against, so a publish
// does not read the hooks table. Any hook write invalidates its account; a
// generation counter keeps a load that raced with a write from being cached.
// (When core's filter module lands, entries also hold each hook's compiled filter.)
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store.hpp"

namespace hookwork::runner {

class HookCache {
 public:
  using Hooks = std::shared_ptr<const std::vector<StoredHook>>;
  explicit HookCache(Store& store) : store_(store) {}

  Hooks hooks_for(const std::string& account_id);
  void invalidate(const std::string& account_id);

 private:
  struct Entry {
    std::uint64_t generation = 0;
    Hooks hooks;
  };
  Store& store_;
  std::mutex mu_;
  std::map<std::string, Entry> entries_;
};

}  // namespace hookwork::runner
