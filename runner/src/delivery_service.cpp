#include "delivery_service.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "hookwork/limits.hpp"
#include "sqlite_delivery_queue.hpp"
#include "sqlite_store.hpp"

namespace hookwork::runner {
namespace {

constexpr std::int64_t kMinLeaseMs = 60 * 1000;

std::uint64_t random_u64(RandomSource& random) {
  auto b = random.bytes(8);
  std::uint64_t v = 0;
  std::memcpy(&v, b.data(), sizeof v);
  return v;
}

std::unique_ptr<delivery::DeliveryQueue> queue_for(Store& store) {
  if (auto* sqlite = dynamic_cast<SqliteStore*>(&store)) return std::make_unique<SqliteDeliveryQueue>(*sqlite);
  throw std::runtime_error("this store has no delivery queue");
}

}  // namespace

std::int64_t lease_ms_for(const ServeConfig& config) {
  // A hook may override the timeouts up to core's caps: the lease outlasts the longest attempt either way.
  const std::int64_t connect = std::max<std::int64_t>(config.connect_timeout_ms, limits::kHookConnectTimeoutMaxMs);
  const std::int64_t total = std::max<std::int64_t>(config.total_timeout_ms, limits::kHookTimeoutMaxMs);
  return std::max(kMinLeaseMs, 2 * (connect + total));
}

DeliveryService::DeliveryService(Store& store, const Clock& clock, RandomSource& random, const ServeConfig& config,
                                 const UrlPolicy& url_policy, const ActivationLinks& links, HookCache& hooks, Metrics& metrics)
    : queue_(queue_for(store)) {
  delivery::DispatcherConfig dc;
  dc.max_in_flight = config.delivery_max_in_flight;
  dc.connect_timeout = std::chrono::milliseconds(config.connect_timeout_ms);
  dc.total_timeout = std::chrono::milliseconds(config.total_timeout_ms);
  dc.address_policy = url_policy;  // the rule hook URLs were accepted by, re-checked after DNS
  dispatcher_ = std::make_unique<delivery::Dispatcher>(dc);

  delivery::WorkerConfig wc;
  wc.owner = "runner-" + std::to_string(::getpid()) + "-" + random_id(random, "w");
  wc.lease_ms = lease_ms_for(config);
  wc.max_outstanding = config.delivery_max_in_flight;
  wc.buffer_window_ms = static_cast<std::int64_t>(config.replay_window_days) * 24 * 3600 * 1000;
  wc.deactivation.max_consecutive_exhausted = config.deactivate_after_exhausted;
  wc.deactivation.max_failing_ms = config.deactivate_after_failing_s * 1000;
  wc.deactivation.buffer_window_ms = wc.buffer_window_ms;
  wc.activation_link = [&links](const delivery::Deactivation& d) {
    return links.url_for(d.account_id, d.hook_id, d.at_ms);
  };
  wc.deactivated = [&hooks](const delivery::Deactivation& d) { hooks.invalidate(d.account_id); };
  worker_ = std::make_unique<delivery::DeliveryWorker>(
      *queue_, *dispatcher_, [&clock] { return clock.now_ms(); }, [&random] { return random_u64(random); }, wc);

  auto* dispatcher = dispatcher_.get();
  auto* worker = worker_.get();
  metrics.add_gauge("hookwork_deliveries_in_flight", "Delivery requests queued in or on the wire of the dispatcher.",
                    [dispatcher] { return static_cast<double>(dispatcher->pending()); });
  metrics.add_gauge("hookwork_delivery_attempts_settled", "Delivery attempts whose outcome was recorded (counter).",
                    [worker] { return static_cast<double>(worker->settled()); });
}

DeliveryService::~DeliveryService() {
  // The worker first: it waits for the dispatcher's outstanding requests.
  worker_.reset();
  dispatcher_.reset();
}

}  // namespace hookwork::runner
