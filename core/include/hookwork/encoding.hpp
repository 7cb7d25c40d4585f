#pragma once
// Byte encodings used by signatures and the legacy cipher: standard Base64
// (RFC 4648 §4, with padding) and lowercase hex. Decoding is strict: wrong
// alphabet, wrong padding, non-zero trailing bits or whitespace are refused,
// so one signature has exactly one textual form.
#include <optional>
#include <string>
#include <string_view>

namespace hookwork {

std::string base64_encode(std::string_view bytes);
std::optional<std::string> base64_decode(std::string_view text);  // nullopt when not canonical Base64

std::string hex_encode(std::string_view bytes);                  // lowercase
std::optional<std::string> hex_decode(std::string_view text);    // accepts upper and lower case

}  // namespace hookwork
