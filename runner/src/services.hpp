#pragma once
// Everything a handler may use, injected once at start.
#include <functional>

#include "activation_link.hpp"
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
  const UrlPolicy& url_policy;
  ActivationLinks& activation_links;
  // Tells the delivery worker that work may be due now (publish, replay, manual retry, clock moved).
  std::function<void()> wake_deliveries = [] {};
  AdjustableClock* adjustable_clock = nullptr;  // set with --clock-control only
};

}  // namespace hookwork::runner
