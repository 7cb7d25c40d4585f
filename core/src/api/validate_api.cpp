#include "hookwork/api_registry.hpp"

namespace hookwork::api {

// Owned by the validate module: registers its functions as "validate.<name>".
void register_validate_api(Registry& /*r*/) {}

}  // namespace hookwork::api
