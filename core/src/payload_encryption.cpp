#include "hookwork/legacy_cipher.hpp"
#include "hookwork/payload.hpp"

namespace hookwork {

Result<std::string> encrypt_document(std::string_view key, std::string_view document) {
  auto encrypted = encrypt_legacy(key, document);
  if (encrypted) return std::move(encrypted).value();
  FieldErrors errors = encrypted.errors();
  for (auto& e : errors) e.field = "hook.encryption_key";  // the cipher names its input "key"
  return errors;
}

}  // namespace hookwork
