#include "hookwork/api_registry.hpp"

namespace hookwork::api {

// Owned by the filter module: registers its functions as "filter.<name>".
void register_filter_api(Registry& /*r*/) {}

}  // namespace hookwork::api
