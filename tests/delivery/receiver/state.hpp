#pragma once
// The receiver's memory: rules per path, every request received, counters.
// Shared by all connection threads.
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "behavior.hpp"

namespace receiver {

struct Incoming {
  std::string method, path, query, body;
  std::uint64_t connection = 0;  // which TCP connection carried it (1, 2, ...): shows reuse
  std::vector<std::pair<std::string, std::string>> headers;  // as received
};

class State {
 public:
  // Records the request and returns the rule that answers it.
  Rule record(const Incoming& in);
  void set_rule(const std::string& path, Rule rule);  // path "*" = every path without its own rule
  void reset();
  nlohmann::json requests(const std::string& path_filter) const;  // "" = all
  nlohmann::json stats() const;

  std::atomic<int> active{0};  // requests being answered now
  void note_active(int now);

 private:
  mutable std::mutex mutex_;
  std::map<std::string, Rule> rules_;
  std::map<std::string, std::uint64_t> counts_;
  std::vector<nlohmann::json> records_;
  int max_active_ = 0;
};

}  // namespace receiver
