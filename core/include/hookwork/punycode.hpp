#pragma once
// RFC 3492 punycode and the host-name conversion IDN URLs need (UTF-8 host ->
// "xn--" ASCII labels). No ICU: labels are case-folded for ASCII only and not
// Unicode-normalized (documented in docs/errors.md under invalid_url).
#include <optional>
#include <string>
#include <string_view>

namespace hookwork {

// Code points -> punycode (without the "xn--" prefix); nullopt on overflow.
std::optional<std::string> punycode_encode(const std::u32string& input);
// Punycode (without "xn--") -> code points; nullopt when malformed.
std::optional<std::u32string> punycode_decode(std::string_view input);

// UTF-8 text -> code points; nullopt when not valid UTF-8 (overlong, surrogates, > U+10FFFF).
std::optional<std::u32string> decode_utf8(std::string_view text);
std::string encode_utf8(const std::u32string& cps);

}  // namespace hookwork
