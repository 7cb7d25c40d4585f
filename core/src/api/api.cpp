#include "hookwork/api.hpp"

#include <algorithm>

#include "hookwork/api_registry.hpp"

namespace hookwork::api {
namespace {

const Registry& registry() {
  static const Registry r = [] {
    Registry reg;
    register_catalog_api(reg);
    register_validate_api(reg);
    register_filter_api(reg);
    register_payload_api(reg);
    register_sign_api(reg);
    register_retry_api(reg);
    register_samples_api(reg);
    return reg;
  }();
  return r;
}

}  // namespace

nlohmann::json call(std::string_view fn, const nlohmann::json& input) {
  const auto& reg = registry();
  auto it = reg.find(fn);
  if (it == reg.end()) {
    return fail({{"fn", "unknown_function", "no core function named '" + std::string(fn) + "'"}});
  }
  try {
    return it->second(input);
  } catch (const nlohmann::json::exception& e) {
    // A handler read a field of the wrong JSON type: the input's fault, reported as a value.
    return fail({{"", "invalid_input", std::string("input does not have the expected shape: ") + e.what()}});
  }
}

std::string call_text(std::string_view fn, std::string_view input_json) {
  nlohmann::json input = nlohmann::json::parse(input_json, nullptr, /*allow_exceptions=*/false);
  if (input.is_discarded()) {
    return fail({{"", "invalid_json", "input is not valid JSON"}}).dump();
  }
  return to_text(call(fn, input));
}

std::string to_text(const nlohmann::json& output) {
  return output.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> functions() {
  std::vector<std::string> names;
  for (const auto& [name, handler] : registry()) names.push_back(name);
  return names;
}

}  // namespace hookwork::api
