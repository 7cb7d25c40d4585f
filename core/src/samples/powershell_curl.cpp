// Windows PowerShell + curl.exe. The body goes through a UTF-8 file because
// PowerShell re-encodes native arguments with the console code page; header
// values are literals in PowerShell 7.3+'s standard argument passing.
#include "renderers.hpp"
#include "string_literal.hpp"

namespace hookwork::samples {

Result<std::string> render_powershell_curl(const SampleRequest& r) {
  const auto& style = powershell_style();
  std::string code =
      "# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).\n"
      "$PSNativeCommandArgumentPassing = 'Standard'\n";
  if (r.has_body) {
    code += "$body = " + quoted_literal(r.body, style) + "\n";
    code +=
        "$bodyFile = New-TemporaryFile\n"
        "[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))\n";
  }
  code += "curl.exe --globoff --silent --show-error --request " + r.method + " " + quoted_literal(r.url, style);
  for (const auto& h : r.headers) code += " `\n  --header " + quoted_literal(h.name + ": " + h.value, style);
  if (r.has_body) code += " `\n  --data-binary \"@$($bodyFile.FullName)\"\nRemove-Item $bodyFile";
  return code + "\n";
}

}  // namespace hookwork::samples
