#include "hookwork/api_registry.hpp"
#include "hookwork/api.hpp"
#include "hookwork/operations.hpp"
#include "hookwork/samples.hpp"

namespace hookwork::api {
namespace {

using nlohmann::json;

// samples.generate input: {operation, params?, target, options?{base_url, api_key, content_type}}.
json generate(const json& input) {
  if (!input.is_object()) return fail({{"", "invalid_type", "input must be an object"}});
  FieldErrors errors;
  auto text_field = [&](const json& obj, const char* key, const std::string& path, std::string& out) {
    if (!obj.contains(key)) return;
    if (obj.at(key).is_string()) out = obj.at(key).get<std::string>();
    else errors.push_back({path, "invalid_type", "must be a string"});
  };
  std::string operation, target;
  if (!input.contains("operation")) errors.push_back({"operation", "required", "operation is required"});
  if (!input.contains("target")) errors.push_back({"target", "required", "target is required"});
  text_field(input, "operation", "operation", operation);
  text_field(input, "target", "target", target);
  samples::Options options;
  if (input.contains("options")) {
    const json& o = input.at("options");
    if (!o.is_object()) {
      errors.push_back({"options", "invalid_type", "options must be an object"});
    } else {
      text_field(o, "base_url", "options.base_url", options.base_url);
      text_field(o, "api_key", "options.api_key", options.api_key);
      text_field(o, "content_type", "options.content_type", options.content_type);
    }
  }
  if (!errors.empty()) return fail(errors);
  const json params = input.contains("params") ? input.at("params") : json::object();
  return from_result(samples::sample(operation, params, target, options), [](const samples::Sample& s) {
    return json{{"code", s.code}, {"filename", s.filename}, {"language", s.language}};
  });
}

}  // namespace

// Owned by the samples module: registers its functions as "samples.<name>".
void register_samples_api(Registry& r) {
  r.emplace("samples.operations", [](const json&) { return ok(ops::operations_json()); });
  r.emplace("samples.openapi", [](const json&) { return ok(ops::openapi()); });
  r.emplace("samples.targets", [](const json&) { return ok(samples::targets_json()); });
  r.emplace("samples.generate", generate);
}

}  // namespace hookwork::api
