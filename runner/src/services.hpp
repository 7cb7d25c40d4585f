#pragma once
// Everything a handler may use, injected once at start.
#include "clock.hpp"
#include "config.hpp"
#include "hook_cache.hpp"
#include "metrics.hpp"
#include "os_random.hpp"
#include "store.hpp"

namespace hookwork::runner {

struct Services {
  Store& store;
  const Clock& clock;
  RandomSource& random;
  Metrics& metrics;
  HookCache& hooks;
  const ServeConfig& config;
};

}  // namespace hookwork::runner
