#include "api_types.hpp"

namespace hookwork::runner {

ApiResponse error_response(int status, const std::string& code, const std::string& message,
                           const FieldErrors& fields) {
  ApiResponse r;
  r.status = status;
  r.body = {{"error", {{"code", code}, {"message", message}, {"fields", fields}}}};
  return r;
}

}  // namespace hookwork::runner
