#pragma once
// `hookwork serve`: open the store, start HTTP, stop gracefully on SIGTERM/SIGINT.
#include <memory>
#include <string>

#include "clock.hpp"
#include "config.hpp"
#include "metrics.hpp"
#include "store.hpp"

namespace hookwork::runner {

// Opens the backend named by the URL (sqlite:...); throws std::runtime_error otherwise.
std::unique_ptr<Store> open_store(const std::string& url, const ServeConfig& config, const Clock& clock,
                                  Metrics* metrics);

int run_serve(const ServeConfig& config, const std::string& store_url);

}  // namespace hookwork::runner
