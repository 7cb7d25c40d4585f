#include "state.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>

#include "checks.hpp"

namespace receiver {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

Rule State::record(const Incoming& in) {
  std::map<std::string, std::string> by_name;
  nlohmann::json headers = nlohmann::json::array();
  for (const auto& [name, value] : in.headers) {
    headers.push_back({{"name", name}, {"value", value}});
    by_name.emplace(lower(name), value);
  }
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = rules_.find(in.path);
  Rule base = found != rules_.end() ? found->second : (rules_.count("*") ? rules_.at("*") : Rule{});
  std::uint64_t n = ++counts_[in.path];
  nlohmann::json rec = {{"seq", records_.size() + 1}, {"n", n},          {"method", in.method},
                        {"path", in.path},             {"query", in.query}, {"headers", headers}, {"connection", in.connection},
                        {"body", in.body},             {"received_at_ms", now_ms()}};
  if (!base.secret.empty()) {
    auto check = verify_standard_webhooks(base.secret, by_name, in.body);
    rec["signature"] = {{"valid", check.valid}, {"reason", check.reason}};
  }
  if (!base.legacy_key.empty()) {
    auto plain = decrypt_legacy(base.legacy_key, in.body);
    rec["decrypted"] = plain ? nlohmann::json(*plain) : nlohmann::json(nullptr);
  }
  records_.push_back(std::move(rec));
  return base.for_request(n);
}

void State::set_rule(const std::string& path, Rule rule) {
  std::lock_guard<std::mutex> lock(mutex_);
  rules_[path] = std::move(rule);
}

void State::reset() {
  std::lock_guard<std::mutex> lock(mutex_);
  rules_.clear();
  counts_.clear();
  records_.clear();
  max_active_ = 0;
}

nlohmann::json State::requests(const std::string& path_filter) const {
  std::lock_guard<std::mutex> lock(mutex_);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : records_)
    if (path_filter.empty() || r["path"] == path_filter) out.push_back(r);
  return {{"count", out.size()}, {"requests", out}};
}

nlohmann::json State::stats() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return {{"total", records_.size()}, {"max_concurrent", max_active_}};
}

void State::note_active(int now) {
  std::lock_guard<std::mutex> lock(mutex_);
  max_active_ = std::max(max_active_, now);
}

}  // namespace receiver
