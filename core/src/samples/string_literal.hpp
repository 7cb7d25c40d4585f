#pragma once
// Double-quoted string literals for C-family languages, one escaper with a
// style per language. Each style was chosen so the literal denotes exactly the
// input's UTF-8 bytes (or the UTF-16 text whose UTF-8 encoding is those bytes)
// whatever the source file's encoding, quoting and interpolation rules.
#include <string>
#include <string_view>

namespace hookwork::samples {

struct LiteralStyle {
  enum class Escape { Hex2, Octal3, Utf16, BracedHex };  // \xHH, \ooo, \uXXXX (surrogate pairs), \u{X}
  char escape = '\\';                 // PowerShell uses the backtick
  std::string also_escaped;           // characters besides quote and escape that need the escape char
  bool named_controls = true;         // \n \r \t for LF, CR, TAB
  Escape controls = Escape::Hex2;     // bytes 0x00-0x1F and 0x7F
  bool escape_non_ascii = false;      // false: UTF-8 written as is, except invisible format characters
  Escape non_ascii = Escape::Utf16;   // when escape_non_ascii
};

// `text` must be valid UTF-8 (the samples module checks it first).
std::string quoted_literal(std::string_view text, const LiteralStyle& style);

// True when `text` holds bytes 0x00-0x1F or 0x7F.
bool has_control_chars(std::string_view text);

// True when `text` holds an invisible format character (BOM, zero-width, bidi
// controls, line/paragraph separators), which every style writes as an escape.
bool has_invisible_chars(std::string_view text);

// Styles of the languages the targets use.
const LiteralStyle& javascript_style();
const LiteralStyle& python_style();
const LiteralStyle& go_style();
const LiteralStyle& ruby_style();
const LiteralStyle& php_style();
const LiteralStyle& java_style();
const LiteralStyle& csharp_style();
const LiteralStyle& cpp_style();
const LiteralStyle& powershell_style();

}  // namespace hookwork::samples
