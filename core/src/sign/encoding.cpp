#include "hookwork/encoding.hpp"

#include <array>
#include <cstdint>

namespace hookwork {
namespace {

constexpr char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kHexDigits[] = "0123456789abcdef";

constexpr std::array<std::int8_t, 256> make_base64_table() {
  std::array<std::int8_t, 256> t{};
  for (auto& v : t) v = -1;
  for (int i = 0; i < 64; ++i) t[static_cast<unsigned char>(kBase64Alphabet[i])] = static_cast<std::int8_t>(i);
  return t;
}
constexpr auto kBase64Values = make_base64_table();

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

void append_base64(std::string& out, std::string_view bytes) {
  std::size_t o = out.size();
  out.resize(o + (bytes.size() + 2) / 3 * 4, '=');
  const auto byte = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k])); };
  std::size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    std::uint32_t n = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
    out[o++] = kBase64Alphabet[n >> 18 & 63];
    out[o++] = kBase64Alphabet[n >> 12 & 63];
    out[o++] = kBase64Alphabet[n >> 6 & 63];
    out[o++] = kBase64Alphabet[n & 63];
  }
  const std::size_t rest = bytes.size() - i;
  if (rest > 0) {
    std::uint32_t n = byte(i) << 16 | (rest == 2 ? byte(i + 1) << 8 : 0);
    out[o++] = kBase64Alphabet[n >> 18 & 63];
    out[o++] = kBase64Alphabet[n >> 12 & 63];
    if (rest == 2) out[o] = kBase64Alphabet[n >> 6 & 63];  // the rest stays '=' padding
  }
}

std::string base64_encode(std::string_view bytes) {
  std::string out;
  append_base64(out, bytes);
  return out;
}

std::optional<std::string> base64_decode(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  std::size_t padding = 0;
  if (!text.empty() && text.back() == '=') padding = (text.size() >= 2 && text[text.size() - 2] == '=') ? 2 : 1;
  std::string out(text.size() / 4 * 3 - padding, '\0');
  std::size_t o = 0;
  for (std::size_t i = 0; i < text.size(); i += 4) {
    const bool last = i + 4 == text.size();
    const std::size_t data_chars = last ? 4 - padding : 4;
    std::uint32_t n = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      std::int8_t v = 0;
      if (k < data_chars) {
        v = kBase64Values[static_cast<unsigned char>(text[i + k])];
        if (v < 0) return std::nullopt;
      } else if (text[i + k] != '=') {
        return std::nullopt;
      }
      n = n << 6 | static_cast<std::uint32_t>(v);
    }
    // Canonical form only: the bits beyond the last full byte must be zero.
    if (data_chars == 2 && (n & 0xFFFF) != 0) return std::nullopt;
    if (data_chars == 3 && (n & 0xFF) != 0) return std::nullopt;
    out[o++] = static_cast<char>(n >> 16 & 0xFF);
    if (data_chars >= 3) out[o++] = static_cast<char>(n >> 8 & 0xFF);
    if (data_chars == 4) out[o++] = static_cast<char>(n & 0xFF);
  }
  return out;
}

void append_hex(std::string& out, std::string_view bytes) {
  out.reserve(out.size() + bytes.size() * 2);
  for (unsigned char c : bytes) {
    out += kHexDigits[c >> 4];
    out += kHexDigits[c & 15];
  }
}

std::string hex_encode(std::string_view bytes) {
  std::string out;
  append_hex(out, bytes);
  return out;
}

std::optional<std::string> hex_decode(std::string_view text) {
  if (text.size() % 2 != 0) return std::nullopt;
  std::string out;
  out.reserve(text.size() / 2);
  for (std::size_t i = 0; i < text.size(); i += 2) {
    int hi = hex_value(text[i]), lo = hex_value(text[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi << 4 | lo);
  }
  return out;
}

}  // namespace hookwork
