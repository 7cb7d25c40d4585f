#pragma once
// One handler per operation, keyed by Operation::handler.
#include <functional>
#include <map>
#include <string>

#include "api_types.hpp"
#include "services.hpp"

namespace hookwork::runner {

using ApiHandler = std::function<ApiResponse(Services&, const ApiRequest&)>;

const std::map<std::string, ApiHandler>& api_handlers();

// Per-resource registrations (handlers_<resource>.cpp).
void add_hook_handlers(std::map<std::string, ApiHandler>& h);
void add_event_handlers(std::map<std::string, ApiHandler>& h);
void add_settings_handlers(std::map<std::string, ApiHandler>& h);

}  // namespace hookwork::runner
