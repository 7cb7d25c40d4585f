#include "hookwork/api_registry.hpp"

namespace hookwork::api {

// Owned by the payload module: registers its functions as "payload.<name>".
void register_payload_api(Registry& /*r*/) {}

}  // namespace hookwork::api
