#pragma once
// GET /openapi.json: core's document over every route the runner serves
// (core's operation table plus the runner-only operations of routes.hpp).
#include <nlohmann/json.hpp>

namespace hookwork::runner {

nlohmann::json openapi_document();

}  // namespace hookwork::runner
