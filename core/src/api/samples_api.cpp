#include "hookwork/api_registry.hpp"

namespace hookwork::api {

// Owned by the samples module: registers its functions as "samples.<name>".
void register_samples_api(Registry& /*r*/) {}

}  // namespace hookwork::api
