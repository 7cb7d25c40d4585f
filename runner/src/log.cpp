#include "log.hpp"

#include <atomic>
#include <cstdio>
#include <mutex>

#include "clock.hpp"

namespace hookwork::runner::log {
namespace {
std::atomic<int> g_min_level{static_cast<int>(Level::Info)};
std::mutex g_mutex;

const char* level_name(Level l) {
  switch (l) {
    case Level::Debug: return "debug";
    case Level::Info: return "info";
    case Level::Warn: return "warn";
    case Level::Error: return "error";
  }
  return "info";
}
}  // namespace

void set_min_level(Level level) { g_min_level = static_cast<int>(level); }

bool enabled(Level level) { return static_cast<int>(level) >= g_min_level.load(std::memory_order_relaxed); }

void write(Level level, const std::string& msg, nlohmann::json fields) {
  if (!enabled(level)) return;
  nlohmann::json line = nlohmann::json::object();
  line["ts"] = format_iso8601_ms(SystemClock().now_ms());
  line["level"] = level_name(level);
  line["msg"] = msg;
  if (fields.is_object()) line.update(fields);
  // Replace invalid UTF-8 rather than throwing: log lines may quote client input.
  std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::lock_guard<std::mutex> lock(g_mutex);
  std::fprintf(stderr, "%s\n", text.c_str());
}

}  // namespace hookwork::runner::log
