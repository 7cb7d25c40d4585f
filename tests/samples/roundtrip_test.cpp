// Every executable target's generated program, run with its real toolchain
// against the echo server, must deliver exactly the request the operation
// defines, for every hostile value set. Two workers, each with its own server.
//
// CI (default): interpreted targets run every hostile set on every
// representative operation; compiled targets (Go, Java, C#, C++) run every
// hostile set once, rotating over the representative operations.
// HOOKWORK_SAMPLES_FULL=1: every target x every operation x every hostile set.
#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <set>
#include <thread>

#include "echo_server.hpp"
#include "expected_request.hpp"
#include "hookwork/samples.hpp"
#include "hostile_values.hpp"
#include "program_runner.hpp"

namespace {

using hookwork::ops::Operation;
using hookwork::test::EchoServer;
using hookwork::test::hostile_sets;

struct Case {
  const Operation* op;
  std::string set_name;
  std::string text;
};

struct Outcome {
  std::string label;
  std::vector<std::string> problems;
  bool refused = false;  // the target refused a value it cannot carry (checked separately)
};

bool full_matrix() {
  const char* v = std::getenv("HOOKWORK_SAMPLES_FULL");
  return v && std::string(v) == "1";
}

// One JSON body, path + query, a form call on the function surface, an Idempotency-Key header, a DELETE.
const std::vector<std::string> kRepresentative = {"createWebhook", "listWebhooks", "CreateWebHook", "publishEvent",
                                                  "deleteWebhook"};

std::vector<Case> cases_for(const std::string& target) {
  static const std::set<std::string> compiled = {"go", "java", "csharp", "cpp_libcurl"};
  std::vector<const Operation*> ops;
  if (full_matrix()) {
    for (const auto& op : hookwork::ops::operations()) ops.push_back(&op);
  } else {
    for (const auto& name : kRepresentative) ops.push_back(hookwork::ops::find_operation(name));
  }
  std::vector<Case> cases;
  const auto& sets = hostile_sets();
  for (std::size_t s = 0; s < sets.size(); ++s) {
    if (!full_matrix() && compiled.count(target)) {
      cases.push_back({ops[s % ops.size()], sets[s].name, sets[s].text});
      continue;
    }
    for (const Operation* op : ops) cases.push_back({op, sets[s].name, sets[s].text});
  }
  return cases;
}

Outcome run_case(const std::string& target, const Case& c, EchoServer& server, int worker) {
  Outcome out;
  out.label = target + " / " + c.op->name + " / " + c.set_name;
  const auto params = hookwork::test::hostile_params(*c.op, c.text);
  hookwork::samples::Options options;
  options.base_url = "http://127.0.0.1:" + std::to_string(server.port());
  options.api_key = hookwork::test::header_safe(c.text) + "-key";
  auto generated = hookwork::samples::sample(c.op->name, params, target, options);
  if (!generated.ok()) {
    out.refused = true;
    for (const auto& e : generated.errors()) out.problems.push_back(e.field + " " + e.code + ": " + e.message);
    return out;
  }
  const std::string dir = std::string(HOOKWORK_SAMPLES_WORK_DIR) + "/" + target + "/w" + std::to_string(worker);
  auto run = hookwork::test::run_program(target, generated->code, generated->filename, dir);
  auto received = server.take();
  if (run.exit_code != 0) out.problems.push_back("exit " + std::to_string(run.exit_code) + ": " + run.output.substr(0, 2000));
  if (received.size() != 1) {
    out.problems.push_back("server received " + std::to_string(received.size()) + " requests");
    return out;
  }
  const auto want = hookwork::test::expected_request(*c.op, params, options.api_key, "");
  for (auto& d : hookwork::test::differences(want, received.front(), *c.op, params)) out.problems.push_back(d);
  if (!out.problems.empty()) out.problems.push_back("program:\n" + generated->code.substr(0, 4000));
  return out;
}

// HTTPie cannot write a header value with a backslash right before one of :;@= (its item syntax).
bool httpie_cannot_carry(const std::string& value) {
  for (std::size_t i = 0; i + 1 < value.size(); ++i)
    if (value[i] == '\\' && std::string(":;@=").find(value[i + 1]) != std::string::npos) return true;
  return false;
}

void run_target(const std::string& target) {
  const std::string missing = hookwork::test::missing_toolchain(target);
  INFO("toolchain missing for " << target << ": " << missing << " (scripts/install-deps.sh samples)");
  REQUIRE(missing.empty());
  const auto cases = cases_for(target);
  std::vector<Outcome> outcomes(cases.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&](int id) {
    EchoServer server;
    for (std::size_t i; (i = next++) < cases.size();) outcomes[i] = run_case(target, cases[i], server, id);
  };
  std::thread a(worker, 0), b(worker, 1);
  a.join();
  b.join();
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Outcome& o = outcomes[i];
    INFO(o.label);
    if (o.refused) {
      // Only HTTPie may refuse, and only a value its syntax cannot express.
      const auto params = hookwork::test::hostile_params(*cases[i].op, cases[i].text);
      bool expected_refusal = target == "httpie" && httpie_cannot_carry(hookwork::test::header_safe(cases[i].text) + "-key");
      for (const auto& [name, value] : params.items())
        if (value.is_string() && name == "Idempotency-Key" && target == "httpie" && httpie_cannot_carry(value.get<std::string>()))
          expected_refusal = true;
      INFO((o.problems.empty() ? std::string() : o.problems.front()));
      CHECK(expected_refusal);
      continue;
    }
    std::string all;
    for (const auto& p : o.problems) all += p + "\n";
    INFO(all);
    CHECK(o.problems.empty());
  }
}

}  // namespace

TEST_CASE("curl sample round trip", "[samples][roundtrip][curl]") { run_target("curl"); }
TEST_CASE("httpie sample round trip", "[samples][roundtrip][httpie]") { run_target("httpie"); }
TEST_CASE("wget sample round trip", "[samples][roundtrip][wget]") { run_target("wget"); }
TEST_CASE("browser fetch sample round trip (node)", "[samples][roundtrip][js_fetch]") { run_target("js_fetch"); }
TEST_CASE("node fetch sample round trip", "[samples][roundtrip][node_fetch]") { run_target("node_fetch"); }
TEST_CASE("python requests sample round trip", "[samples][roundtrip][python_requests]") { run_target("python_requests"); }
TEST_CASE("python http.client sample round trip", "[samples][roundtrip][python_http_client]") { run_target("python_http_client"); }
TEST_CASE("php curl sample round trip", "[samples][roundtrip][php_curl]") { run_target("php_curl"); }
TEST_CASE("go sample round trip", "[samples][roundtrip][go]") { run_target("go"); }
TEST_CASE("ruby sample round trip", "[samples][roundtrip][ruby]") { run_target("ruby"); }
TEST_CASE("java sample round trip", "[samples][roundtrip][java]") { run_target("java"); }
TEST_CASE("csharp sample round trip", "[samples][roundtrip][csharp]") { run_target("csharp"); }
TEST_CASE("cpp libcurl sample round trip", "[samples][roundtrip][cpp_libcurl]") { run_target("cpp_libcurl"); }

TEST_CASE("every executable target has a round trip test", "[samples]") {
  const std::set<std::string> tested = {"curl", "httpie", "wget", "js_fetch", "node_fetch", "python_requests",
                                        "python_http_client", "php_curl", "go", "ruby", "java", "csharp", "cpp_libcurl"};
  for (const auto& t : hookwork::samples::targets()) {
    INFO(t.id);
    CHECK(tested.count(t.id) == (t.executable_in_tests ? 1u : 0u));
  }
}
