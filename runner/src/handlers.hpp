#pragma once
// One handler per operation, keyed by Operation::handler.
#include <functional>
#include <map>
#include <string>

#include "api_types.hpp"
#include "services.hpp"

namespace hookwork::runner {

using ApiHandler = std::function<ApiResponse(Services&, const ApiRequest&)>;
// Answers through the callback, possibly later and on another thread: the handler returns
// without waiting (a publish returns once its rows are queued for the next group commit).
using ApiReply = std::function<void(ApiResponse)>;
using AsyncApiHandler = std::function<void(Services&, ApiRequest, ApiReply)>;

// Blocking handlers: run them where blocking is allowed (the server's handler pool).
const std::map<std::string, ApiHandler>& api_handlers();
// Handlers that never block their caller: the server runs them on its event loops.
const std::map<std::string, AsyncApiHandler>& async_api_handlers();

// Per-resource registrations (handlers_<resource>.cpp).
void add_hook_handlers(std::map<std::string, ApiHandler>& h);
void add_event_handlers(std::map<std::string, ApiHandler>& h);
void add_async_event_handlers(std::map<std::string, AsyncApiHandler>& h);
void add_settings_handlers(std::map<std::string, ApiHandler>& h);

}  // namespace hookwork::runner
