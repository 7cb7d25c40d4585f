#include "hookwork/api_registry.hpp"

namespace hookwork::api {

// Owned by the catalog module: registers its functions as "catalog.<name>".
void register_catalog_api(Registry& /*r*/) {}

}  // namespace hookwork::api
