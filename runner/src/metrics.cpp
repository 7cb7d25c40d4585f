#include "metrics.hpp"

#include <cstdio>

namespace hookwork::runner {
namespace {
std::string number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}
// Label values are route templates and numbers, but escape anyway.
std::string label_value(const std::string& v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out.push_back('\\');
    if (c == '\n') { out += "\\n"; continue; }
    out.push_back(c);
  }
  return out;
}
}  // namespace

void Histogram::observe(double seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  for (std::size_t i = 0; i < kBounds.size(); ++i)
    if (seconds <= kBounds[i]) buckets_[i] += 1;
  count_ += 1;
  sum_ += seconds;
}

void Histogram::render(std::string& out, const std::string& name, const std::string& help) const {
  std::lock_guard<std::mutex> lock(mu_);
  out += "# HELP " + name + " " + help + "\n# TYPE " + name + " histogram\n";
  for (std::size_t i = 0; i < kBounds.size(); ++i)
    out += name + "_bucket{le=\"" + number(kBounds[i]) + "\"} " + std::to_string(buckets_[i]) + "\n";
  out += name + "_bucket{le=\"+Inf\"} " + std::to_string(count_) + "\n";
  out += name + "_sum " + number(sum_) + "\n" + name + "_count " + std::to_string(count_) + "\n";
}

void Metrics::count_request(const std::string& route, int status) {
  std::lock_guard<std::mutex> lock(mu_);
  requests_[{route, status}] += 1;
}

void Metrics::observe_store_commit(double seconds, std::size_t batch_size) {
  store_commits_ += 1;
  store_committed_ops_ += batch_size;
  store_commit_seconds_.observe(seconds);
}

void Metrics::add_gauge(std::string name, std::string help, std::function<double()> read) {
  std::lock_guard<std::mutex> lock(mu_);
  gauges_.push_back({std::move(name), std::move(help), std::move(read)});
}

std::string Metrics::render() const {
  std::string out;
  std::vector<Gauge> gauges;
  {
    std::lock_guard<std::mutex> lock(mu_);
    out += "# HELP hookwork_http_requests_total HTTP requests by route template and status.\n"
           "# TYPE hookwork_http_requests_total counter\n";
    for (const auto& [key, n] : requests_)
      out += "hookwork_http_requests_total{route=\"" + label_value(key.first) + "\",status=\"" +
             std::to_string(key.second) + "\"} " + std::to_string(n) + "\n";
    gauges = gauges_;
  }
  out += "# HELP hookwork_events_accepted_total Events durably accepted.\n"
         "# TYPE hookwork_events_accepted_total counter\n"
         "hookwork_events_accepted_total " + std::to_string(events_accepted_.load()) + "\n";
  out += "# HELP hookwork_idempotent_replays_total Publishes answered from an idempotency key.\n"
         "# TYPE hookwork_idempotent_replays_total counter\n"
         "hookwork_idempotent_replays_total " + std::to_string(idempotent_replays_.load()) + "\n";
  out += "# HELP hookwork_store_commits_total Group commits (one fsync each).\n"
         "# TYPE hookwork_store_commits_total counter\n"
         "hookwork_store_commits_total " + std::to_string(store_commits_.load()) + "\n";
  out += "# HELP hookwork_store_committed_operations_total Write operations carried by group commits.\n"
         "# TYPE hookwork_store_committed_operations_total counter\n"
         "hookwork_store_committed_operations_total " + std::to_string(store_committed_ops_.load()) + "\n";
  store_commit_seconds_.render(out, "hookwork_store_commit_seconds", "Latency of one group commit.");
  request_seconds_.render(out, "hookwork_http_request_seconds", "Time to handle one HTTP request.");
  for (const auto& g : gauges) {
    double v = 0;
    try {
      v = g.read();
    } catch (...) {
      continue;  // a failing store must not break the scrape
    }
    out += "# HELP " + g.name + " " + g.help + "\n# TYPE " + g.name + " gauge\n" + g.name + " " + number(v) + "\n";
  }
  return out;
}

}  // namespace hookwork::runner
