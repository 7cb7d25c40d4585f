#pragma once
// Internal: the OpenSSL side of sha256/hmac_sha256. On builds without
// HOOKWORK_HAVE_OPENSSL (WebAssembly) openssl_available() is false and the
// other functions are never called.
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace hookwork::detail {

bool openssl_available();
std::string openssl_sha256(std::string_view bytes);
// Writes the 32 MAC bytes to out.
void openssl_hmac_sha256(std::string_view key, std::initializer_list<std::string_view> parts, std::uint8_t* out);

}  // namespace hookwork::detail
