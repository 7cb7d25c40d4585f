#pragma once
// Structured logs: one JSON object per line on stderr, safe from many threads.
#include <string>

#include <nlohmann/json.hpp>

namespace hookwork::runner::log {

enum class Level { Debug, Info, Warn, Error };

void set_min_level(Level level);
// Whether a line at `level` would be written. A call site whose fields cost something to build
// (a JSON object per request) asks first: the arguments of debug() are built before it can refuse.
bool enabled(Level level);
void write(Level level, const std::string& msg, nlohmann::json fields = nlohmann::json::object());
inline void info(const std::string& msg, nlohmann::json f = nlohmann::json::object()) { write(Level::Info, msg, std::move(f)); }
inline void warn(const std::string& msg, nlohmann::json f = nlohmann::json::object()) { write(Level::Warn, msg, std::move(f)); }
inline void error(const std::string& msg, nlohmann::json f = nlohmann::json::object()) { write(Level::Error, msg, std::move(f)); }
inline void debug(const std::string& msg, nlohmann::json f = nlohmann::json::object()) { write(Level::Debug, msg, std::move(f)); }

}  // namespace hookwork::runner::log
