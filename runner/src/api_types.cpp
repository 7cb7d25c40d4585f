#include "api_types.hpp"

#include "log.hpp"
#include "sqlite_db.hpp"

namespace hookwork::runner {

ApiResponse error_response(int status, const std::string& code, const std::string& message,
                           const FieldErrors& fields) {
  ApiResponse r;
  r.status = status;
  r.body = {{"error", {{"code", code}, {"message", message}, {"fields", fields}}}};
  return r;
}

ApiResponse failure_response(const std::string& where, std::exception_ptr error) {
  bool store = false;
  std::string what = "unknown";
  try {
    std::rethrow_exception(error);
  } catch (const StoreError& e) {
    store = true;
    what = e.what();
  } catch (const std::exception& e) {
    what = e.what();
  } catch (...) {
  }
  log::error("request failed", {{"path", where}, {"error", what}});
  return store ? store_unavailable() : internal_error();
}

}  // namespace hookwork::runner
