#include "hookwork/delivery/dispatcher.hpp"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <deque>
#include <mutex>
#include <stdexcept>
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

// Ready sockets taken from epoll per wake-up; more stay ready for the next epoll_wait.
constexpr int kEpollBatch = 256;
// The loop looks at the stop flag at least this often, even with no socket or timer due.
constexpr int kMaxIdleWaitMs = 1000;

}  // namespace

// libcurl's socket interface: epoll reports which of its sockets are ready and only
// those transfers run (curl_multi_perform would walk every transfer on every wake-up).
// Easy handles are reset and reused rather than created per request; the connection
// and DNS caches belong to the multi handle either way.
struct Dispatcher::Impl {
  using Clock = std::chrono::steady_clock;

  DispatcherConfig config;
  AddressGuard guard;
  CURLM* multi = nullptr;
  int epoll_fd = -1;
  int wake_fd = -1;  // eventfd: submit() and the destructor wake the loop
  std::thread loop;
  std::atomic<bool> stopping{false};
  std::atomic<std::size_t> pending{0};
  std::unordered_set<Transfer*> on_wire;  // loop thread only; owned through CURLOPT_PRIVATE
  std::vector<CURL*> idle_handles;        // loop thread only; reset, at most max_in_flight
  bool timer_armed = false;               // loop thread only: libcurl's timeout, see on_timer
  Clock::time_point timer_due;

  std::mutex mutex;
  std::deque<std::unique_ptr<Transfer>> queue;  // guarded by mutex

  explicit Impl(DispatcherConfig c)
      : config(std::move(c)),
        guard(config.address_allowed ? AddressGuard(*config.address_allowed) : AddressGuard(config.address_policy)) {
    init_curl_once();
    epoll_fd = epoll_create1(EPOLL_CLOEXEC);
    wake_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (epoll_fd < 0 || wake_fd < 0) {
      const std::string why = std::strerror(errno);
      if (epoll_fd >= 0) close(epoll_fd);
      if (wake_fd >= 0) close(wake_fd);
      throw std::runtime_error("dispatcher: " + why);
    }
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = wake_fd;
    epoll_ctl(epoll_fd, EPOLL_CTL_ADD, wake_fd, &ev);
    multi = curl_multi_init();
    curl_multi_setopt(multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, static_cast<long>(config.max_connections_per_host));
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, static_cast<long>(config.max_in_flight));
    curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, &Impl::on_socket);
    curl_multi_setopt(multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, &Impl::on_timer);
    curl_multi_setopt(multi, CURLMOPT_TIMERDATA, this);
    loop = std::thread([this] { run(); });
  }

  ~Impl() {
    stopping = true;
    wake();
    loop.join();
    curl_multi_cleanup(multi);
    for (CURL* easy : idle_handles) curl_easy_cleanup(easy);
    close(wake_fd);
    close(epoll_fd);
  }

  void wake() {
    const std::uint64_t one = 1;
    // A full counter (EAGAIN) still wakes the loop; nothing to do about other errors here.
    [[maybe_unused]] auto n = write(wake_fd, &one, sizeof one);
  }

  // libcurl says which events it wants on a socket; epoll watches exactly those.
  static int on_socket(CURL* /*easy*/, curl_socket_t s, int what, void* self, void* /*socketp*/) {
    auto& impl = *static_cast<Impl*>(self);
    if (what == CURL_POLL_REMOVE) {
      epoll_ctl(impl.epoll_fd, EPOLL_CTL_DEL, s, nullptr);
      return 0;
    }
    epoll_event ev{};
    ev.events = ((what & CURL_POLL_IN) ? EPOLLIN : 0u) | ((what & CURL_POLL_OUT) ? EPOLLOUT : 0u);
    ev.data.fd = s;
    if (epoll_ctl(impl.epoll_fd, EPOLL_CTL_MOD, s, &ev) != 0 && errno == ENOENT)
      epoll_ctl(impl.epoll_fd, EPOLL_CTL_ADD, s, &ev);
    return 0;
  }

  // libcurl may not be called back from here: the loop fires the timeout when it is due.
  static int on_timer(CURLM* /*multi*/, long timeout_ms, void* self) {
    auto& impl = *static_cast<Impl*>(self);
    impl.timer_armed = timeout_ms >= 0;
    if (impl.timer_armed) impl.timer_due = Clock::now() + std::chrono::milliseconds(timeout_ms);
    return 0;
  }

  int wait_ms() const {
    if (!timer_armed) return kMaxIdleWaitMs;
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(timer_due - Clock::now()).count();
    return static_cast<int>(std::clamp<long long>(left, 0, kMaxIdleWaitMs));
  }

  void run() {
    std::vector<std::unique_ptr<Transfer>> fresh;
    epoll_event events[kEpollBatch];
    int running = 0;
    while (!stopping) {
      take_from_queue(fresh);
      for (auto& t : fresh) {
        CURL* easy = nullptr;
        if (idle_handles.empty()) {
          easy = curl_easy_init();
        } else {
          easy = idle_handles.back();
          idle_handles.pop_back();
        }
        t->attach(easy);
        t->mark_started();
        curl_multi_add_handle(multi, easy);  // arms the timer: the transfer starts on the next timeout
        on_wire.insert(t.release());
      }
      fresh.clear();
      const int ready = epoll_wait(epoll_fd, events, kEpollBatch, wait_ms());
      for (int i = 0; i < ready; ++i) {
        const int fd = events[i].data.fd;
        if (fd == wake_fd) {
          std::uint64_t count = 0;
          [[maybe_unused]] auto n = read(wake_fd, &count, sizeof count);
          continue;
        }
        const std::uint32_t e = events[i].events;
        int flags = 0;
        if (e & (EPOLLIN | EPOLLHUP | EPOLLRDHUP)) flags |= CURL_CSELECT_IN;
        if (e & EPOLLOUT) flags |= CURL_CSELECT_OUT;
        if (e & EPOLLERR) flags |= CURL_CSELECT_ERR;
        curl_multi_socket_action(multi, fd, flags, &running);
      }
      if (timer_armed && Clock::now() >= timer_due) {
        timer_armed = false;  // before the call: libcurl may arm it again from inside
        curl_multi_socket_action(multi, CURL_SOCKET_TIMEOUT, 0, &running);
      }
      collect_done();
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
      CURL* easy = t->detach();
      // Nothing of this request may reach the next one: reset drops every option, header list included.
      curl_easy_reset(easy);
      idle_handles.push_back(easy);
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
  bool was_empty = false;
  {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    was_empty = impl_->queue.empty();
    impl_->queue.push_back(std::move(t));
  }
  // The loop empties the queue after every wake-up, so one wake per batch of submits is enough.
  if (was_empty) impl_->wake();
}

std::size_t Dispatcher::pending() const { return impl_->pending; }
const DispatcherConfig& Dispatcher::config() const { return impl_->config; }

}  // namespace hookwork::delivery
