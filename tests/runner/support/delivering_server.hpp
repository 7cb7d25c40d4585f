#pragma once
// A runner that delivers, with its clock under the test's control (--clock-control),
// and the polling the delivery tests need: nothing here sleeps through a real schedule.
#include <chrono>
#include <functional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "support/fixture.hpp"

namespace hookwork::test {

struct DeliveringServer : RunningServer {
  explicit DeliveringServer(std::vector<std::string> extra = {})
      : RunningServer(with_delivery(std::move(extra))) {}

  static std::vector<std::string> with_delivery(std::vector<std::string> extra) {
    extra.insert(extra.begin(), {"--deliver=true", "--clock-control"});
    return extra;
  }

  // The same store again after stop() or a crash (kill -9), delivering.
  void restart(std::vector<std::string> extra = {}) { start(with_delivery(std::move(extra))); }

  // Moves the runner's clock forward (and wakes its worker).
  void advance(std::chrono::milliseconds by) {
    ApiClient anonymous(port());
    auto r = anonymous.post_json("/_clock", {{"advance_ms", by.count()}});
    if (r.status != 200) throw std::runtime_error("POST /_clock failed: " + r.body);
  }
};

// Polls `done` every 20 ms until it holds or `timeout` passes; returns its last answer.
inline bool eventually(const std::function<bool()>& done,
                       std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    if (done()) return true;
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

// The value of header `name` (case-insensitive) in a receiver request record, "" if absent.
inline std::string header_of(const nlohmann::json& request, const std::string& name) {
  auto lower = [](std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  for (const auto& h : request["headers"])
    if (lower(h["name"].get<std::string>()) == lower(name)) return h["value"].get<std::string>();
  return "";
}

}  // namespace hookwork::test
