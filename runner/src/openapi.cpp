#include "openapi.hpp"

#include "routes.hpp"

namespace hookwork::runner {

nlohmann::json openapi_document() { return hookwork::ops::openapi(all_operations()); }

}  // namespace hookwork::runner
