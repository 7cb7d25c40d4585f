#include "string_literal.hpp"

#include <cstdint>
#include <cstdio>

namespace hookwork::samples {
namespace {

using Escape = LiteralStyle::Escape;

// Decodes one UTF-8 sequence at `i` (input already validated); advances `i`.
std::uint32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
  std::uint32_t cp = extra == 3 ? b0 & 0x07 : extra == 2 ? b0 & 0x0F : extra == 1 ? b0 & 0x1F : b0;
  ++i;
  for (; extra > 0 && i < s.size(); --extra, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

std::string format_escape(std::uint32_t cp, Escape how, char escape) {
  char buf[32];
  std::string out;
  switch (how) {
    case Escape::Hex2:
      std::snprintf(buf, sizeof buf, "%cx%02x", escape, static_cast<unsigned>(cp));
      return buf;
    case Escape::Octal3:
      std::snprintf(buf, sizeof buf, "%c%03o", escape, static_cast<unsigned>(cp));
      return buf;
    case Escape::BracedHex:
      std::snprintf(buf, sizeof buf, "%cu{%X}", escape, static_cast<unsigned>(cp));
      return buf;
    case Escape::Utf16:
      if (cp >= 0x10000) {
        const std::uint32_t v = cp - 0x10000;
        std::snprintf(buf, sizeof buf, "%cu%04X%cu%04X", escape, 0xD800 + (v >> 10), escape, 0xDC00 + (v & 0x3FF));
      } else {
        std::snprintf(buf, sizeof buf, "%cu%04X", escape, static_cast<unsigned>(cp));
      }
      return buf;
  }
  return out;
}

// Format characters that are invisible in an editor, break some compilers (Go
// refuses a BOM mid-file) or reorder the displayed code (bidi controls, the
// "Trojan Source" trick): always written as escapes, so readers see them.
bool is_invisible(std::uint32_t cp) {
  return cp == 0xFEFF || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
         (cp >= 0x2060 && cp <= 0x2069);
}

}  // namespace

bool has_invisible_chars(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    if (is_invisible(next_code_point(text, i))) return true;
  }
  return false;
}

bool has_control_chars(std::string_view text) {
  for (unsigned char c : text)
    if (c < 0x20 || c == 0x7F) return true;
  return false;
}

std::string quoted_literal(std::string_view text, const LiteralStyle& style) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const std::size_t start = i;
      const std::uint32_t cp = next_code_point(text, i);
      if (style.escape_non_ascii || is_invisible(cp)) out += format_escape(cp, style.non_ascii, style.escape);
      else out.append(text.substr(start, i - start));
      continue;
    }
    ++i;
    if (c < 0x20 || c == 0x7F) {
      if (style.named_controls && (c == '\n' || c == '\r' || c == '\t')) {
        out += style.escape;
        out += c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
      } else {
        out += format_escape(c, style.controls, style.escape);
      }
    } else if (c == '"' || static_cast<char>(c) == style.escape || style.also_escaped.find(static_cast<char>(c)) != std::string::npos) {
      out += style.escape;
      out += static_cast<char>(c);
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
  return out;
}

const LiteralStyle& javascript_style() {
  static const LiteralStyle s{'\\', "", true, Escape::Hex2, false, Escape::Utf16};
  return s;
}
const LiteralStyle& python_style() { return javascript_style(); }
const LiteralStyle& go_style() { return javascript_style(); }
const LiteralStyle& ruby_style() {
  // '#' would start #{...}, #$x or #@x interpolation.
  static const LiteralStyle s{'\\', "#", true, Escape::Hex2, false, Escape::Utf16};
  return s;
}
const LiteralStyle& php_style() {
  static const LiteralStyle s{'\\', "$", true, Escape::Hex2, false, Escape::BracedHex};
  return s;
}
const LiteralStyle& java_style() {
  // \uXXXX is translated before lexing, so a \u000a would end the literal: controls use octal.
  // Non-ASCII is escaped because `java File.java` reads the source in the platform charset.
  static const LiteralStyle s{'\\', "", true, Escape::Octal3, true, Escape::Utf16};
  return s;
}
const LiteralStyle& csharp_style() {
  // \x takes 1-4 hex digits and would swallow following text: \uXXXX only.
  static const LiteralStyle s{'\\', "", true, Escape::Utf16, true, Escape::Utf16};
  return s;
}
const LiteralStyle& cpp_style() {
  // '?' guards against trigraphs on pre-C++17 compilers; octal takes at most 3 digits.
  static const LiteralStyle s{'\\', "?", true, Escape::Octal3, false, Escape::Utf16};
  return s;
}
const LiteralStyle& powershell_style() {
  // Backtick escapes; '$' interpolates; non-ASCII includes the curly quotes PowerShell treats as quotes.
  static const LiteralStyle s{'`', "$", true, Escape::BracedHex, true, Escape::BracedHex};
  return s;
}

}  // namespace hookwork::samples
