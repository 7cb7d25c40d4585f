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
void append_base64(std::string& out, std::string_view bytes);  // base64_encode(bytes) appended to out
std::optional<std::string> base64_decode(std::string_view text);  // nullopt when not canonical Base64

std::string hex_encode(std::string_view bytes);                  // lowercase
void append_hex(std::string& out, std::string_view bytes);       // hex_encode(bytes) appended to out
std::optional<std::string> hex_decode(std::string_view text);    // accepts upper and lower case

}  // namespace hookwork
