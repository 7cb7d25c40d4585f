#pragma once
// Internal: pieces both Python targets write the same way.
#include <string>

#include "hookwork/samples.hpp"
#include "string_literal.hpp"

namespace hookwork::samples {

// "headers = {\n    \"Name\": \"value\",\n}\n"
inline std::string python_headers(const SampleRequest& r) {
  std::string code = "headers = {\n";
  for (const auto& h : r.headers)
    code += "    " + quoted_literal(h.name, python_style()) + ": " + quoted_literal(h.value, python_style()) + ",\n";
  return code + "}\n";
}

}  // namespace hookwork::samples
