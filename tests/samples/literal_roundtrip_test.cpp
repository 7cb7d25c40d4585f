// The literal escapers on their own, with what the request builder never hands
// them (raw control characters, every quoting trap): each language's real
// interpreter or compiler reads the literals back and prints their UTF-8 bytes
// in hex, which must equal the input bytes.
#include <catch2/catch.hpp>

#include <cstdio>
#include <functional>

#include "hostile_values.hpp"
#include "program_runner.hpp"
#include "shell_quote.hpp"
#include "string_literal.hpp"

namespace {

using hookwork::samples::LiteralStyle;
using hookwork::samples::quoted_literal;

std::vector<std::string> literal_inputs() {
  std::vector<std::string> values = {
      std::string("\x01\x02\x03\x08\x0b\x0c\x1b\x1f\x7f", 9),
      "tab\there\nnewline\r\ncrlf\rcr",
      "$x ${y} #{z} #$g #@i {$p} \\ \" ' ` ? ?\?= ?\?/ ?\?' %s %%",
      "\\u000a \\n \\x41 \\101 \\0 \\",
      "\x01" "7 octal-like then digit \x1f" "f hex-like then hex",
      "\xe2\x80\xae bidi override \xe2\x80\xac \xe2\x80\x8b zwsp \xe2\x81\xa6 isolate",
      "\xe2\x80\xa8\xe2\x80\xa9 \xc2\x80\xc2\x9f \xef\xbb\xbf bom \xf0\x9f\x98\x80",
      "",
  };
  for (const auto& set : hookwork::test::hostile_sets()) values.push_back(set.text);
  return values;
}

std::string hex(const std::string& bytes) {
  std::string out;
  char buf[3];
  for (unsigned char c : bytes) {
    std::snprintf(buf, sizeof buf, "%02x", c);
    out += buf;
  }
  return out;
}

struct Language {
  std::string runner;    // target id whose toolchain runs the program
  std::string filename;
  std::function<std::string(const std::vector<std::string>&)> program;
};

std::string joined(const std::vector<std::string>& values, const LiteralStyle& style, const std::string& sep) {
  std::string out;
  for (const auto& v : values) out += "  " + quoted_literal(v, style) + sep + "\n";
  return out;
}

const std::vector<std::pair<std::string, Language>>& languages() {
  using namespace hookwork::samples;
  static const std::vector<std::pair<std::string, Language>> list = {
      {"python", {"python_requests", "sample.py", [](const auto& v) {
         return "values = [\n" + joined(v, python_style(), ",") + "]\nfor v in values:\n  print(v.encode('utf-8').hex())\n";
       }}},
      {"javascript", {"js_fetch", "sample.js", [](const auto& v) {
         return "const values = [\n" + joined(v, javascript_style(), ",") +
                "];\nfor (const v of values) console.log(Buffer.from(v, 'utf8').toString('hex'));\n";
       }}},
      {"go", {"go", "main.go", [](const auto& v) {
         return "package main\n\nimport \"fmt\"\n\nfunc main() {\n values := []string{\n" + joined(v, go_style(), ",") +
                " }\n for _, v := range values {\n  fmt.Printf(\"%x\\n\", v)\n }\n}\n";
       }}},
      {"ruby", {"ruby", "sample.rb", [](const auto& v) {
         return "values = [\n" + joined(v, ruby_style(), ",") + "]\nvalues.each { |v| puts v.unpack1(\"H*\") }\n";
       }}},
      {"php", {"php_curl", "sample.php", [](const auto& v) {
         return "<?php\n$values = [\n" + joined(v, php_style(), ",") +
                "];\nforeach ($values as $v) { echo bin2hex($v), \"\\n\"; }\n";
       }}},
      {"java", {"java", "Main.java", [](const auto& v) {
         return "import java.nio.charset.StandardCharsets;\n\npublic class Main {\n public static void main(String[] a) {\n"
                " String[] values = {\n" + joined(v, java_style(), ",") +
                " };\n for (String v : values) {\n  StringBuilder sb = new StringBuilder();\n"
                "  for (byte b : v.getBytes(StandardCharsets.UTF_8)) sb.append(String.format(\"%02x\", b));\n"
                "  System.out.println(sb);\n }\n }\n}\n";
       }}},
      {"csharp", {"csharp", "Program.cs", [](const auto& v) {
         return "using System;\nusing System.Text;\n\nclass Program {\n static void Main() {\n string[] values = {\n" +
                joined(v, csharp_style(), ",") +
                " };\n foreach (var v in values)\n  Console.WriteLine(BitConverter.ToString(Encoding.UTF8.GetBytes(v))"
                ".Replace(\"-\", \"\").ToLowerInvariant());\n }\n}\n";
       }}},
      {"cpp", {"cpp_libcurl", "main.cpp", [](const auto& v) {
         return "#include <cstdio>\n#include <string>\n#include <vector>\n\nint main() {\n std::vector<std::string> values = {\n" +
                joined(v, cpp_style(), ",") +
                " };\n for (const auto& v : values) {\n  for (unsigned char c : v) std::printf(\"%02x\", c);\n"
                "  std::printf(\"\\n\");\n }\n}\n";
       }}},
      {"bash", {"curl", "sample.sh", [](const auto& v) {
         std::string code = "show() { printf '%s' \"$1\" | od -An -v -tx1 | tr -d ' \\n'; echo; }\n";
         for (const auto& s : v) code += "show " + bash_quote(s) + "\n";
         return code;
       }}},
  };
  return list;
}

}  // namespace

TEST_CASE("string literals read back byte-exact in every language", "[samples][literals]") {
  const auto values = literal_inputs();
  std::string want;
  for (const auto& v : values) want += hex(v) + "\n";
  for (const auto& [name, lang] : languages()) {
    INFO(name);
    const std::string missing = hookwork::test::missing_toolchain(lang.runner);
    INFO("toolchain missing: " << missing);
    REQUIRE(missing.empty());
    const std::string code = lang.program(values);
    const auto run = hookwork::test::run_program(lang.runner, code, lang.filename,
                                                 std::string(HOOKWORK_SAMPLES_WORK_DIR) + "/literals/" + name);
    INFO(run.output.substr(0, 3000));
    INFO(code.substr(0, 3000));
    CHECK(run.exit_code == 0);
    CHECK(run.output == want);
  }
}
