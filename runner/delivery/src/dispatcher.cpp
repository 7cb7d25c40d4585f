#include "hookwork/delivery/dispatcher.hpp"

#include <atomic>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_set>
#include <vector>

#include "transfer.hpp"

namespace hookwork::delivery {
namespace {

void init_curl_once() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

}  // namespace

struct Dispatcher::Impl {
  DispatcherConfig config;
  AddressGuard guard;
  CURLM* multi = nullptr;
  std::thread loop;
  std::atomic<bool> stopping{false};
  std::atomic<std::size_t> pending{0};
  std::unordered_set<Transfer*> on_wire;  // loop thread only; owned through CURLOPT_PRIVATE

  std::mutex mutex;
  std::deque<std::unique_ptr<Transfer>> queue;  // guarded by mutex

  explicit Impl(DispatcherConfig c)
      : config(std::move(c)),
        guard(config.address_allowed ? AddressGuard(*config.address_allowed) : AddressGuard(config.address_policy)) {
    init_curl_once();
    multi = curl_multi_init();
    curl_multi_setopt(multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, static_cast<long>(config.max_connections_per_host));
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, static_cast<long>(config.max_in_flight));
    loop = std::thread([this] { run(); });
  }

  ~Impl() {
    stopping = true;
    curl_multi_wakeup(multi);
    loop.join();
    curl_multi_cleanup(multi);
  }

  void run() {
    std::vector<std::unique_ptr<Transfer>> fresh;
    while (!stopping) {
      take_from_queue(fresh);
      for (auto& t : fresh) {
        t->mark_started();
        curl_multi_add_handle(multi, t->easy());
        on_wire.insert(t.release());
      }
      fresh.clear();
      int running = 0;
      curl_multi_perform(multi, &running);
      collect_done();
      curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
    }
    abandon_all();
  }

  void take_from_queue(std::vector<std::unique_ptr<Transfer>>& out) {
    std::lock_guard<std::mutex> lock(mutex);
    while (!queue.empty() && on_wire.size() + out.size() < config.max_in_flight) {
      out.push_back(std::move(queue.front()));
      queue.pop_front();
    }
  }

  void collect_done() {
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi, &left)) {
      if (msg->msg != CURLMSG_DONE) continue;
      Transfer* raw = nullptr;
      curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &raw);
      CURLcode code = msg->data.result;
      curl_multi_remove_handle(multi, msg->easy_handle);
      on_wire.erase(raw);
      std::unique_ptr<Transfer> t(raw);
      t->finish(code);
      --pending;  // before the completion, so a caller woken by it sees the count already dropped
      t->complete();
    }
  }

  void abandon_all() {
    for (Transfer* raw : on_wire) {
      curl_multi_remove_handle(multi, raw->easy());
      std::unique_ptr<Transfer> t(raw);
      t->abandon("dispatcher stopped");
      --pending;
      t->complete();
    }
    on_wire.clear();
    std::deque<std::unique_ptr<Transfer>> queued;
    {
      std::lock_guard<std::mutex> lock(mutex);
      queued.swap(queue);
    }
    for (auto& t : queued) {
      t->abandon("dispatcher stopped");
      --pending;
      t->complete();
    }
  }
};

Dispatcher::Dispatcher(DispatcherConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {}
Dispatcher::~Dispatcher() = default;

void Dispatcher::submit(DispatchRequest request, Completion done) {
  auto t = std::make_unique<Transfer>(std::move(request), std::move(done), impl_->config, impl_->guard);
  ++impl_->pending;
  {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    impl_->queue.push_back(std::move(t));
  }
  curl_multi_wakeup(impl_->multi);
}

std::size_t Dispatcher::pending() const { return impl_->pending; }
const DispatcherConfig& Dispatcher::config() const { return impl_->config; }

}  // namespace hookwork::delivery
