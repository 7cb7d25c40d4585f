#pragma once
// GET /openapi.json. Built from the operation table (core's samples module
// serves the shared document once merged; this one covers the same list).
#include <nlohmann/json.hpp>

namespace hookwork::runner {

nlohmann::json openapi_document();

}  // namespace hookwork::runner
