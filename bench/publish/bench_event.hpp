#pragma once
// What the publish benchmarks' programs share: the event wrk sends (event.json),
// validated as the runner validates it, and an empty SQLite file to start from.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "hookwork/limits.hpp"
#include "os_random.hpp"
#include "rules.hpp"

namespace hookwork::bench {

// The id is a real random id so the canonical bytes are as long as the runner's.
inline Event load_bench_event(const std::string& json_path) {
  std::ifstream in(json_path);
  std::stringstream text;
  text << in.rdbuf();
  auto input = nlohmann::json::parse(text.str(), nullptr, false);
  runner::OsRandom random;
  auto event = runner::rules::validate_event(input, runner::random_id(random, "evt"), limits::kDefaultEventMaxBytes);
  if (!event.ok()) throw std::runtime_error("the event in " + json_path + " does not validate");
  return event.value();
}

inline void remove_sqlite_files(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

}  // namespace hookwork::bench
