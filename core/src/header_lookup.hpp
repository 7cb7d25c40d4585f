#pragma once
// Internal: HTTP header names compare case-insensitively (RFC 9110 §5.1);
// ASCII only, independent of the locale. Used by verify and retry classification.
#include <cstddef>
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

// The value of the first of `count` headers called `name`, or nullptr. Any header type with
// `name` and `value` members: owned (Header) or borrowed (HeaderView).
template <class H>
const decltype(H::value)* find_header(const H* headers, std::size_t count, std::string_view name) {
  for (std::size_t i = 0; i < count; ++i) {
    if (header_name_equals(headers[i].name, name)) return &headers[i].value;
  }
  return nullptr;
}

inline const std::string* find_header(const Headers& headers, std::string_view name) {
  return find_header(headers.data(), headers.size(), name);
}

}  // namespace hookwork::detail
