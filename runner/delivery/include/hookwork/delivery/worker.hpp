#pragma once
// The delivery worker inside `hookwork serve`: claims due work with a lease,
// builds and signs each request, sends it through the Dispatcher, settles the
// result (attempt log, next retry, deactivation) and posts the operational
// notification when a hook is deactivated. At-least-once: a claim that is never
// settled (crash, kill -9) is claimed again when its lease expires, with the
// same webhook-id.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>

#include "hookwork/delivery/delivery_queue.hpp"
#include "hookwork/delivery/dispatcher.hpp"

namespace hookwork::delivery {

struct WorkerConfig {
  std::string owner = "worker";                 // lease owner: unique per process
  std::int64_t lease_ms = 60 * 1000;            // must exceed the longest total timeout
  std::size_t max_outstanding = 256;            // units claimed and not yet settled
  std::chrono::milliseconds idle_poll{50};      // how often an idle worker looks for due work
  std::int64_t buffer_window_ms = 5LL * 24 * 3600 * 1000;  // seed 000: buffered events kept 5 days
  DeactivationPolicy deactivation;
  // Builds the one-click reactivation link for a deactivated hook ("" = none).
  std::function<std::string(const Deactivation&)> activation_link;
  // Called once the store has the hook deactivated, before its notification: a host drops
  // what it cached of the hook, so its next publish buffers instead of queueing.
  std::function<void(const Deactivation&)> deactivated;
};

class DeliveryWorker {
 public:
  using NowMs = std::function<std::int64_t()>;
  using Seed = std::function<std::uint64_t()>;

  DeliveryWorker(DeliveryQueue& queue, Dispatcher& dispatcher, NowMs now_ms, Seed seed, WorkerConfig config);
  ~DeliveryWorker();  // stop()
  DeliveryWorker(const DeliveryWorker&) = delete;
  DeliveryWorker& operator=(const DeliveryWorker&) = delete;

  void start();
  // Stops claiming, waits for outstanding requests to complete and settles them.
  void stop();
  // New work may be due (a publish, an activation, a clock change): look now.
  void wake();

  std::uint64_t settled() const { return settled_; }

 private:
  struct Done {
    ClaimedWork work;
    Headers sent_headers;
    std::int64_t started_ms;
    DispatchResult result;
  };
  void run();
  // Settles `done` together with the first claim (one store transaction), then claims while there is room.
  void claim_and_send(std::int64_t now, std::deque<Done>& done);
  std::vector<Settlement> settlements_of(const std::deque<Done>& done, std::int64_t now,
                                         std::map<std::string, std::vector<std::string>>& secrets_by_hook);
  void settle_done(std::deque<Done>& done);  // settles only (while stopping)
  void notify_deactivated(const std::vector<Deactivation>& deactivated, std::int64_t now,
                          const std::map<std::string, std::vector<std::string>>& secrets_by_hook);

  DeliveryQueue& queue_;
  Dispatcher& dispatcher_;
  NowMs now_ms_;
  Seed seed_;
  WorkerConfig config_;

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Done> done_;       // guarded by mu_
  std::deque<std::function<void()>> tasks_;  // guarded by mu_: follow-ups run on the worker thread
  bool woken_ = false;          // guarded by mu_
  bool stopping_ = false;       // guarded by mu_
  std::size_t outstanding_ = 0; // worker thread only
  std::atomic<std::uint64_t> settled_{0};
  std::int64_t last_buffer_sweep_ms_ = 0;
  std::thread thread_;
};

}  // namespace hookwork::delivery
