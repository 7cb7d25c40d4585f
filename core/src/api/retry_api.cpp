#include "hookwork/api_registry.hpp"

namespace hookwork::api {

// Owned by the retry module: registers its functions as "retry.<name>".
void register_retry_api(Registry& /*r*/) {}

}  // namespace hookwork::api
