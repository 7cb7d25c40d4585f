#include "hookwork/delivery/worker.hpp"

#include <cstdio>
#include <map>
#include <memory>
#include <stdexcept>

#include "hookwork/delivery/attempt.hpp"
#include "hookwork/sign.hpp"

namespace hookwork::delivery {
namespace {

std::string hex_id(const char* prefix, std::uint64_t a, std::uint64_t b) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s_%016llx%016llx", prefix, static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buf;
}

void log_error(const char* msg, const std::string& error) {
  std::fprintf(stderr, "{\"level\":\"error\",\"msg\":\"%s\",\"error\":\"%s\"}\n", msg, error.c_str());
}

}  // namespace

DeliveryWorker::DeliveryWorker(DeliveryQueue& queue, Dispatcher& dispatcher, NowMs now_ms, Seed seed,
                               WorkerConfig config)
    : queue_(queue), dispatcher_(dispatcher), now_ms_(std::move(now_ms)), seed_(std::move(seed)),
      config_(std::move(config)) {}

DeliveryWorker::~DeliveryWorker() { stop(); }

void DeliveryWorker::start() {
  if (thread_.joinable()) return;
  thread_ = std::thread([this] { run(); });
}

void DeliveryWorker::stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void DeliveryWorker::wake() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    woken_ = true;
  }
  cv_.notify_all();
}

void DeliveryWorker::run() {
  for (;;) {
    std::deque<Done> done;
    std::deque<std::function<void()>> tasks;
    bool stopping = false;
    {
      std::unique_lock<std::mutex> lock(mu_);
      if (done_.empty() && tasks_.empty() && !woken_ && !(stopping_ && outstanding_ == 0))
        cv_.wait_for(lock, config_.idle_poll);
      done.swap(done_);
      tasks.swap(tasks_);
      woken_ = false;
      stopping = stopping_;
    }
    for (auto& task : tasks) task();
    if (stopping) {
      if (!done.empty()) settle_done(done);
      if (outstanding_ == 0) return;
      continue;
    }
    const std::int64_t now = now_ms_();
    try {
      claim_and_send(now, done);  // settles `done` in the same store transaction as the first claim
      if (now - last_buffer_sweep_ms_ >= 1000 || now < last_buffer_sweep_ms_) {
        last_buffer_sweep_ms_ = now;
        queue_.drop_expired_buffered(now - config_.buffer_window_ms, now);
      }
    } catch (const std::exception& e) {
      // A store failure must not kill deliveries: leases make the next round safe.
      log_error("delivery worker", e.what());
    }
  }
}

void DeliveryWorker::claim_and_send(std::int64_t now, std::deque<Done>& done) {
  std::map<std::string, std::vector<std::string>> secrets_by_hook;
  std::vector<Settlement> settlements = settlements_of(done, now, secrets_by_hook);
  outstanding_ -= done.size();
  for (bool first = true; first || outstanding_ < config_.max_outstanding; first = false) {
    const std::size_t room = outstanding_ < config_.max_outstanding ? config_.max_outstanding - outstanding_ : 0;
    std::vector<ClaimedWork> claimed;
    if (first && !settlements.empty()) {
      auto round = queue_.settle_and_claim(settlements, now, config_.deactivation, config_.owner,
                                           now + config_.lease_ms, room);
      settled_ += settlements.size();
      // Unsettled work keeps its lease and is sent again when it expires (at-least-once).
      if (!round.settle_error.empty()) log_error("settle failed", round.settle_error);
      notify_deactivated(round.deactivated, now, secrets_by_hook);
      if (!round.claim_error.empty()) throw std::runtime_error(round.claim_error);
      claimed = std::move(round.claimed);
    } else if (room > 0) {
      claimed = queue_.claim(config_.owner, now, now + config_.lease_ms, room);
    }
    std::vector<Settlement> refused;
    for (auto& work : claimed) {
      auto request = build_signed_request(work, now);
      if (!request) {
        refused.push_back(settle_unbuildable(work, request.errors(), now));
        continue;
      }
      ++outstanding_;
      DispatchRequest dispatch;
      dispatch.request = std::move(request).value();
      if (work.hook.spec.connect_timeout_ms)
        dispatch.connect_timeout = std::chrono::milliseconds(*work.hook.spec.connect_timeout_ms);
      if (work.hook.spec.timeout_ms) dispatch.total_timeout = std::chrono::milliseconds(*work.hook.spec.timeout_ms);
      Headers sent = dispatch.request.headers;
      auto unit = std::make_shared<Done>(Done{std::move(work), std::move(sent), now, {}});
      dispatcher_.submit(std::move(dispatch), [this, unit](DispatchResult result) {
        unit->result = std::move(result);
        {
          std::lock_guard<std::mutex> lock(mu_);
          done_.push_back(std::move(*unit));
        }
        cv_.notify_all();
      });
    }
    if (!refused.empty()) {
      auto deactivated = queue_.settle(refused, now, config_.deactivation);
      settled_ += refused.size();
      notify_deactivated(deactivated, now, {});
    }
    if (claimed.size() < room || room == 0) break;  // nothing more due now
  }
}

std::vector<Settlement> DeliveryWorker::settlements_of(const std::deque<Done>& done, std::int64_t now,
                                                       std::map<std::string, std::vector<std::string>>& secrets) {
  std::vector<Settlement> settlements;
  settlements.reserve(done.size());
  for (const auto& d : done) {
    settlements.push_back(settle_attempt(d.work, d.sent_headers, d.result, d.started_ms, now, seed_()));
    secrets[d.work.hook.id] = d.work.hook.secrets;
  }
  return settlements;
}

void DeliveryWorker::settle_done(std::deque<Done>& done) {
  const std::int64_t now = now_ms_();
  std::map<std::string, std::vector<std::string>> secrets_by_hook;
  auto settlements = settlements_of(done, now, secrets_by_hook);
  try {
    auto deactivated = queue_.settle(settlements, now, config_.deactivation);
    notify_deactivated(deactivated, now, secrets_by_hook);
  } catch (const std::exception& e) {
    // Unsettled work keeps its lease and is sent again when it expires (at-least-once).
    log_error("settle failed", e.what());
  }
  outstanding_ -= done.size();
  settled_ += done.size();
}

void DeliveryWorker::notify_deactivated(const std::vector<Deactivation>& deactivated, std::int64_t now,
                                        const std::map<std::string, std::vector<std::string>>& secrets_by_hook) {
  for (const auto& d : deactivated) {
    if (config_.deactivated) config_.deactivated(d);
    Notification n;
    n.id = hex_id("ntf", seed_(), seed_());
    n.account_id = d.account_id;
    n.hook_id = d.hook_id;
    n.kind = "webhook.deactivated";
    n.created_at_ms = now;
    nlohmann::json data = {{"hook_id", d.hook_id}, {"reason", d.reason}, {"deactivated_at_ms", d.at_ms}};
    if (config_.activation_link) data["activate_url"] = config_.activation_link(d);
    n.body = {{"id", n.id}, {"type", n.kind}, {"account", d.account_id}, {"timestamp_ms", now}, {"data", data}};
    queue_.add_notification(n);

    const std::string url = queue_.notification_url(d.account_id);
    if (url.empty()) continue;
    DispatchRequest post;
    post.request = HttpRequest{"POST", url, {{"Content-Type", "application/json"}}, n.body.dump()};
    auto secrets = secrets_by_hook.find(d.hook_id);
    if (secrets != secrets_by_hook.end() && !secrets->second.empty()) {
      // Operational events are signed like the hook's own deliveries, so the receiver verifies them alike.
      SignRequest sr;
      sr.secrets = secrets->second;
      sr.id = n.id;
      sr.timestamp = now / 1000;
      sr.body = post.request.body;
      if (auto headers = sign(sr)) post.request.headers.insert(post.request.headers.end(), headers->begin(), headers->end());
    }
    ++outstanding_;
    dispatcher_.submit(std::move(post), [this, id = n.id](DispatchResult result) {
      const bool sent = result.error == TransportError::None && result.status >= 200 && result.status < 300;
      {
        std::lock_guard<std::mutex> lock(mu_);
        tasks_.push_back([this, id, sent] {
          --outstanding_;
          try {
            queue_.mark_notification(id, sent ? "sent" : "failed", now_ms_());
          } catch (const std::exception&) {
          }
        });
      }
      cv_.notify_all();
    });
  }
}

}  // namespace hookwork::delivery
