// In-process checks of sample generation: every operation x every target,
// refusals as field errors, and the PowerShell target (no Debian toolchain)
// by decoding its literals back and by golden files.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "hookwork/api.hpp"
#include "hookwork/samples.hpp"
#include "hostile_values.hpp"
#include "support/json_crosscheck.hpp"

using hookwork::samples::sample;
using nlohmann::json;

namespace {

json example_params(const hookwork::ops::Operation& op, bool required_only) {
  json params = json::object();
  for (const auto& p : op.parameters)
    if (p.required || !required_only) params[p.name] = p.example;
  return params;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool has_error(const hookwork::FieldErrors& errors, const std::string& field, const std::string& code) {
  for (const auto& e : errors)
    if (e.field == field && e.code == code) return true;
  return false;
}

void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Reads a PowerShell double-quoted string starting at text[pos] == '"' the way
// PowerShell does: backtick escapes (`n `r `t `u{X}, else the next character
// literally), and fails on an unescaped '$' (which would interpolate) or a
// non-ASCII character (curly quotes end PowerShell strings).
bool read_powershell_string(const std::string& text, std::size_t& pos, std::string& value) {
  value.clear();
  for (++pos; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (static_cast<unsigned char>(c) >= 0x80 || c == '$') return false;
    if (c == '"') {
      ++pos;
      return true;
    }
    if (c != '`') {
      value += c;
      continue;
    }
    const char e = text[++pos];
    if (e == 'n') value += '\n';
    else if (e == 'r') value += '\r';
    else if (e == 't') value += '\t';
    else if (e == 'u') {
      const auto close = text.find('}', pos);
      append_utf8(value, static_cast<unsigned>(std::stoul(text.substr(pos + 2, close - pos - 2), nullptr, 16)));
      pos = close;
    } else {
      value += e;
    }
  }
  return false;
}

std::string golden_path(const std::string& op, const std::string& set) {
  return std::string(HOOKWORK_SAMPLES_GOLDEN_DIR) + "/powershell_curl/" + op + "__" + set + ".ps1";
}

}  // namespace

TEST_CASE("every operation generates in every target", "[samples][generate]") {
  for (const auto& op : hookwork::ops::operations()) {
    for (const auto& target : hookwork::samples::targets()) {
      for (bool required_only : {false, true}) {
        INFO(op.name << " / " << target.id << (required_only ? " (required only)" : " (all parameters)"));
        auto s = sample(op.name, example_params(op, required_only), target.id);
        REQUIRE(s.ok());
        CHECK(s->filename == target.filename);
        CHECK(s->language == target.language);
        // The URL and method reach the program text in every target.
        CHECK(s->code.find("localhost:8080") != std::string::npos);
        CHECK(lower(s->code).find(lower(op.method)) != std::string::npos);  // Ruby writes Net::HTTP::Post
        CHECK(s->code.find("YOUR_API_KEY") != std::string::npos);
      }
    }
  }
}

TEST_CASE("the function surface takes JSON bodies too", "[samples][generate]") {
  hookwork::samples::Options options;
  options.content_type = "application/json";
  auto s = sample("CreateWebHook", {{"account", "a"}, {"app", "x"}, {"event", "e"}, {"url", "u"}}, "curl", options);
  REQUIRE(s.ok());
  CHECK(s->code.find("--data-raw '{\"app\":\"x\",\"event\":\"e\",\"url\":\"u\"}'") != std::string::npos);
  CHECK(s->code.find("Content-Type: application/json") != std::string::npos);
  auto form = sample("CreateWebHook", {{"account", "a"}, {"app", "x y"}, {"event", "e"}, {"url", "u&v"}}, "curl");
  REQUIRE(form.ok());
  CHECK(form->code.find("--data-raw 'app=x%20y&event=e&url=u%26v'") != std::string::npos);
}

TEST_CASE("bad requests are refused with every field error", "[samples][generate]") {
  auto unknown = sample("noSuchOp", json::object(), "noSuchTarget");
  REQUIRE_FALSE(unknown.ok());
  CHECK(has_error(unknown.errors(), "operation", "unknown_operation"));
  CHECK(has_error(unknown.errors(), "target", "unknown_target"));

  hookwork::samples::Options options;
  options.base_url = "ftp://x y";
  options.api_key = "line\nbreak";
  options.content_type = "text/plain";
  auto bad = sample("publishEvent",
                    {{"account", ".."}, {"type", 5}, {"data", "not an object"}, {"extra", 1},
                     {"Idempotency-Key", "new\nline"}, {"app", std::string("\xff\xfe")}},
                    "curl", options);
  REQUIRE_FALSE(bad.ok());
  const auto& e = bad.errors();
  CHECK(has_error(e, "params.account", "invalid_value"));
  CHECK(has_error(e, "params.type", "invalid_type"));
  CHECK(has_error(e, "params.data", "invalid_type"));
  CHECK(has_error(e, "params.extra", "unknown_parameter"));
  CHECK(has_error(e, "params.Idempotency-Key", "invalid_value"));
  CHECK(has_error(e, "params.app", "invalid_utf8"));
  CHECK(has_error(e, "params.occurred_at", "required"));
  CHECK(has_error(e, "options.base_url", "invalid_value"));
  CHECK(has_error(e, "options.api_key", "invalid_value"));
  CHECK(has_error(e, "options.content_type", "invalid_value"));
  CHECK(e.size() == 10);
}

TEST_CASE("samples.generate and samples.targets answer through the facade", "[samples][generate]") {
  const std::string text = hookwork::api::call_text(
      "samples.generate",
      R"({"operation":"getWebhook","target":"python_requests","params":{"account":"acme","id":"wh 1"},)"
      R"("options":{"base_url":"https://api.example.com/base/","api_key":"k"}})");
  hookwork::test::require_parsers_agree(text);
  const json out = json::parse(text);
  REQUIRE(out.at("ok") == true);
  CHECK(out.at("value").at("code").get<std::string>().find("\"https://api.example.com/base/v1/acme/webhooks/wh%201\"") !=
        std::string::npos);
  CHECK(out.at("value").at("filename") == "sample.py");

  const json wrong = hookwork::api::call("samples.generate", {{"operation", 1}, {"options", "x"}});
  REQUIRE(wrong.at("ok") == false);
  CHECK(wrong.at("errors").size() == 3);  // operation type, target required, options type

  const json targets = hookwork::api::call("samples.targets", json::object());
  REQUIRE(targets.at("ok") == true);
  CHECK(targets.at("value").size() >= 14);
  for (const auto& t : targets.at("value")) {
    CHECK(t.at("id").is_string());
    CHECK(t.at("label").is_string());
    CHECK(t.at("language").is_string());
    CHECK(t.at("executable_in_tests").is_boolean());
  }
}

TEST_CASE("PowerShell literals decode back to every hostile value", "[samples][powershell]") {
  for (const auto& set : hookwork::test::hostile_sets()) {
    for (const char* name : {"createWebhook", "CreateWebHook", "publishEvent"}) {
      INFO(name << " / " << set.name);
      const auto* op = hookwork::ops::find_operation(name);
      const json params = hookwork::test::hostile_params(*op, set.text);
      auto request = hookwork::samples::build_request(*op, params, {});
      REQUIRE(request.ok());
      auto s = sample(name, params, "powershell_curl");
      REQUIRE(s.ok());
      const std::string& code = s->code;
      std::size_t pos = code.find("$body = ");
      REQUIRE(pos != std::string::npos);
      pos += 8;
      std::string body;
      REQUIRE(read_powershell_string(code, pos, body));
      CHECK(body == request->body);
      for (const auto& h : request->headers) {
        const std::string marker = "--header \"";
        std::size_t at = code.find(marker + h.name + ":");
        REQUIRE(at != std::string::npos);
        at += marker.size() - 1;
        std::string header;
        REQUIRE(read_powershell_string(code, at, header));
        CHECK(header == h.name + ": " + h.value);
      }
      std::size_t url_at = code.find("--request POST ") + 15;
      std::string url;
      REQUIRE(read_powershell_string(code, url_at, url));
      CHECK(url == request->url);
    }
  }
}

TEST_CASE("PowerShell samples match their golden files", "[samples][powershell][golden]") {
  // HOOKWORK_UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
  const bool update = std::getenv("HOOKWORK_UPDATE_GOLDEN") != nullptr;
  for (const auto& set : hookwork::test::hostile_sets()) {
    if (set.name == "long_text") continue;
    for (const char* name : {"createWebhook", "listWebhooks", "CreateWebHook", "publishEvent", "deleteWebhook"}) {
      INFO(name << " / " << set.name);
      const auto* op = hookwork::ops::find_operation(name);
      auto s = sample(name, hookwork::test::hostile_params(*op, set.text), "powershell_curl");
      REQUIRE(s.ok());
      const std::string path = golden_path(name, set.name);
      if (update) {
        std::filesystem::create_directories(std::filesystem::path(path).parent_path());
        std::ofstream(path, std::ios::binary) << s->code;
      }
      std::ifstream in(path, std::ios::binary);
      REQUIRE(in.good());
      std::stringstream golden;
      golden << in.rdbuf();
      CHECK(golden.str() == s->code);
    }
  }
}
