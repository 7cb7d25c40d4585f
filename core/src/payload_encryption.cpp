#include "hookwork/payload.hpp"

namespace hookwork {

// Wired to hookwork/legacy_cipher.hpp once the sign module's implementation is merged.
Result<std::string> encrypt_document(std::string_view /*key*/, std::string_view /*document*/) {
  return Result<std::string>::failure("hook.encryption_key", "not_supported",
                                      "legacy encryption is not available in this build");
}

}  // namespace hookwork
