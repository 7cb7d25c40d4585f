#include "hookwork/api_registry.hpp"

namespace hookwork::api {

// Owned by the sign module: registers its functions as "sign.<name>".
void register_sign_api(Registry& /*r*/) {}

}  // namespace hookwork::api
