#pragma once
// What a handler sees and answers, independent of the HTTP library.
#include <exception>
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"
#include "hookwork/model.hpp"
#include "routes.hpp"

namespace hookwork::runner {

struct ApiRequest {
  const Operation* op = nullptr;
  std::string account_id;
  std::map<std::string, std::string> path_params;
  nlohmann::json input = nlohmann::json::object();  // body fields (and query fields for GET)
  std::string raw_body;
  std::optional<std::string> idempotency_key;
};

struct ApiResponse {
  ApiResponse() = default;
  ApiResponse(int s, nlohmann::json b) : status(s), body(std::move(b)) {}
  int status = 200;
  nlohmann::json body;
  std::string raw_body;  // when set, sent byte for byte instead of body (idempotent replays)
  Headers headers;
};

// {"error":{"code":…,"message":…,"fields":[{field,code,message}…]}}
ApiResponse error_response(int status, const std::string& code, const std::string& message,
                           const FieldErrors& fields = {});
inline ApiResponse validation_error(const FieldErrors& fields) {
  return error_response(400, "validation_failed", "the request has invalid fields", fields);
}
inline ApiResponse not_found(const std::string& what) {
  return error_response(404, "not_found", what + " not found");
}
// 503 when the store failed (the client may retry), 500 for anything else a handler threw.
inline ApiResponse store_unavailable() {
  return error_response(503, "store_unavailable", "the store is unavailable, retry");
}
inline ApiResponse internal_error() { return error_response(500, "internal_error", "internal error"); }
// What a handler's exception answers: store_unavailable() for a StoreError, internal_error()
// otherwise; logged with `where` (the request path) and the exception's message.
ApiResponse failure_response(const std::string& where, std::exception_ptr error);

}  // namespace hookwork::runner
