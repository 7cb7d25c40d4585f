#pragma once
// The delivery side of `hookwork serve`: the libcurl dispatcher, the store's
// delivery queue and the worker that connects them (runner/delivery/), set up
// from the serve settings. Started after the API listens, stopped after it
// stopped accepting requests, so nothing accepted is left unsent.
#include <memory>

#include "activation_link.hpp"
#include "clock.hpp"
#include "config.hpp"
#include "hook_cache.hpp"
#include "hookwork/delivery/dispatcher.hpp"
#include "hookwork/delivery/worker.hpp"
#include "metrics.hpp"
#include "os_random.hpp"
#include "store.hpp"

namespace hookwork::runner {

class DeliveryService {
 public:
  // Throws std::runtime_error when the store has no delivery queue.
  DeliveryService(Store& store, const Clock& clock, RandomSource& random, const ServeConfig& config,
                  const UrlPolicy& url_policy, const ActivationLinks& links, HookCache& hooks, Metrics& metrics);
  ~DeliveryService();

  void start() { worker_->start(); }
  // Waits for the requests on the wire and records their outcome.
  void stop() { worker_->stop(); }
  void wake() { worker_->wake(); }

 private:
  std::unique_ptr<delivery::DeliveryQueue> queue_;
  std::unique_ptr<delivery::Dispatcher> dispatcher_;
  std::unique_ptr<delivery::DeliveryWorker> worker_;
};

// Lease length for claims: longer than any attempt can take, so a live runner never loses its claim.
std::int64_t lease_ms_for(const ServeConfig& config);

}  // namespace hookwork::runner
