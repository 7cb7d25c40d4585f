#include "hookwork/url_encoding.hpp"

#include <cstring>

namespace hookwork {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

constexpr bool is_unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

// Every byte's encoding precomputed ("a" or "%3A"): the GET hot path copies a
// fixed 4 bytes per input byte and advances by the real length, without branches.
struct EncodingTable {
  char text[256][4] = {};  // 4 so one 32-bit copy moves an entry
  unsigned char length[256] = {};
  constexpr EncodingTable() {
    for (int c = 0; c < 256; ++c) {
      if (is_unreserved(static_cast<unsigned char>(c))) {
        text[c][0] = static_cast<char>(c);
        length[c] = 1;
      } else {
        text[c][0] = '%';
        text[c][1] = kHex[c >> 4];
        text[c][2] = kHex[c & 0x0F];
        length[c] = 3;
      }
    }
  }
};
constexpr EncodingTable kEncoding;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

void append_percent_encoded(std::string& out, std::string_view bytes) {
  std::size_t encoded_size = 0;
  for (char ch : bytes) encoded_size += kEncoding.length[static_cast<unsigned char>(ch)];
  const std::size_t start = out.size();
  out.resize(start + encoded_size + 3);  // 3 bytes of slack: every byte writes 4
  char* w = &out[start];
  for (char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    std::memcpy(w, kEncoding.text[c], 4);
    w += kEncoding.length[c];
  }
  out.resize(start + encoded_size);
}

std::string percent_encode(std::string_view bytes) {
  std::string out;
  append_percent_encoded(out, bytes);
  return out;
}

std::optional<std::string> percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out.push_back(text[i]);
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;
    int hi = hex_value(text[i + 1]);
    int lo = hex_value(text[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out.push_back(static_cast<char>((hi << 4) | lo));
    i += 2;
  }
  return out;
}

std::string append_query_params(std::string_view url, const QueryParams& params) {
  std::size_t hash = url.find('#');
  std::string_view before = url.substr(0, hash);
  std::string out;
  std::size_t wanted = url.size() + 1;
  for (const auto& [key, value] : params) wanted += key.size() + value.size() * 3 + 2;
  out.reserve(wanted);
  out.append(before);
  std::size_t q = before.find('?');
  bool need_separator = q != std::string_view::npos && q + 1 < before.size() && before.back() != '&';
  if (q == std::string_view::npos) out.push_back('?');
  for (const auto& [key, value] : params) {
    if (need_separator) out.push_back('&');
    append_percent_encoded(out, key);
    out.push_back('=');
    append_percent_encoded(out, value);
    need_separator = true;
  }
  if (hash != std::string_view::npos) out.append(url.substr(hash));
  return out;
}

}  // namespace hookwork
