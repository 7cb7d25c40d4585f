#pragma once
// Internal: how each module adds its functions to the JSON facade. Each module
// owns one registration function in core/src/api/<module>_api.cpp.
#include <functional>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace hookwork::api {

using Handler = std::function<nlohmann::json(const nlohmann::json& input)>;
using Registry = std::map<std::string, Handler, std::less<>>;

void register_catalog_api(Registry& r);
void register_validate_api(Registry& r);
void register_filter_api(Registry& r);
void register_payload_api(Registry& r);
void register_sign_api(Registry& r);
void register_retry_api(Registry& r);
void register_samples_api(Registry& r);

}  // namespace hookwork::api
