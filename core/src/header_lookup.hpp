#pragma once
// Internal: HTTP header names compare case-insensitively (RFC 9110 §5.1);
// ASCII only, independent of the locale. Used by verify and retry classification.
#include <string_view>

#include "hookwork/model.hpp"

namespace hookwork::detail {

inline bool header_name_equals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// The value of the first header called `name`, or nullptr.
inline const std::string* find_header(const Headers& headers, std::string_view name) {
  for (const auto& h : headers) {
    if (header_name_equals(h.name, name)) return &h.value;
  }
  return nullptr;
}

}  // namespace hookwork::detail
