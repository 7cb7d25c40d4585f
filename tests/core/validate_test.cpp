#include <catch2/catch.hpp>

#include "hookwork/api.hpp"
#include "hookwork/validate.hpp"
#include "support/json_crosscheck.hpp"

using namespace hookwork;
using nlohmann::json;

namespace {

json full_hook() {
  return {{"app", "crm-sync"},
          {"event", "subscribe"},
          {"url", "https://hooks.example.com/in"},
          {"method", "GET"},
          {"user", "u-17"},
          {"source", "console"},
          {"list_id", "42"},
          {"batch_max", 50},
          {"basic_auth", {{"username", "hook"}, {"password", "s3cret"}}},
          {"headers", {{{"name", "X-Tenant"}, {"value", "acme"}}, {{"name", "Cookie"}, {"value", "a=1"}}}},
          {"encryption_key", "k3y"},
          {"parameters", {"[Email]", "[EventDate]"}},
          {"retry_policy", "mailup"},
          {"filter", {{"data.amount", {{"$gt", 10}}}}},
          {"ordering", "fifo"},
          {"active", false}};
}

// "field:code" of every error, in order.
std::vector<std::string> problems(const Result<HookSpec>& r) {
  std::vector<std::string> out;
  for (const auto& e : r.errors()) out.push_back(e.field + ":" + e.code);
  return out;
}

std::vector<std::string> hook_problems(json hook) { return problems(validate_hook(hook, ValidationContext{})); }

std::string deep_text(std::size_t depth, const std::string& open, const std::string& leaf, const std::string& close) {
  std::string s;
  s.reserve(depth * (open.size() + close.size()) + leaf.size());
  for (std::size_t i = 0; i < depth; ++i) s += open;
  s += leaf;
  for (std::size_t i = 0; i < depth; ++i) s += close;
  return s;
}

}  // namespace

TEST_CASE("a complete hook validates and round-trips through hook_to_json", "[validate]") {
  auto r = validate_hook(full_hook(), ValidationContext{});
  INFO((r.ok() ? "" : r.errors().front().field + " " + r.errors().front().message));
  REQUIRE(r.ok());
  const HookSpec& h = r.value();
  CHECK(h.method == HttpMethod::Get);
  CHECK(h.source == EventSource::Console);
  CHECK(h.batch_max == 50);
  CHECK(h.basic_auth->password == "s3cret");
  CHECK(h.headers == Headers{{"X-Tenant", "acme"}, {"Cookie", "a=1"}});
  CHECK_FALSE(h.active);
  json out = hook_to_json(h);
  test::require_json_text_equals(out.dump(), out);
  auto again = validate_hook(out, ValidationContext{});
  REQUIRE(again.ok());
  CHECK(hook_to_json(again.value()) == out);
}

TEST_CASE("defaults: POST, any source, one event per request, active, no ordering", "[validate]") {
  auto r = validate_hook({{"event", "optin_finalized"}, {"url", "https://example.com"}}, ValidationContext{});
  REQUIRE(r.ok());
  CHECK(hook_to_json(r.value()) == json{{"event", "optin_finalized"}, {"url", "https://example.com/"},
                                         {"method", "POST"}, {"source", "any"}, {"batch_max", 1},
                                         {"ordering", "none"}, {"active", true}});
}

TEST_CASE("every problem is reported at once, each with its JSON path", "[validate]") {
  json bad = {{"app", ""},         {"event", "nope"},       {"url", "ftp://x"},      {"method", "PUT"},
              {"source", "web"},   {"batch_max", 101},      {"ordering", "lifo"},    {"active", "yes"},
              {"headers", {{{"name", "Host"}, {"value", "x"}}, {{"name", "X-A"}, {"value", "a\r\nb"}}}},
              {"parameters", {"[Email]", "[Bogus]"}},       {"retry_policy", 7},     {"colour", "red"}};
  CHECK(hook_problems(bad) == std::vector<std::string>{
                                  "colour:unknown_field", "app:too_short", "event:unknown_event_type",
                                  "url:invalid_url", "method:invalid_value", "source:invalid_value",
                                  "batch_max:out_of_range", "headers[0].name:forbidden_header",
                                  "headers[1].value:invalid_header", "parameters[1]:unknown_parameter",
                                  "retry_policy:invalid_type", "ordering:invalid_value", "active:invalid_type"});
  CHECK(hook_problems(json::object()) == std::vector<std::string>{"event:required", "url:required"});
  CHECK(hook_problems(json::array()) == std::vector<std::string>{":invalid_type"});
}

TEST_CASE("wrong JSON types in any field never throw and name the field", "[validate]") {
  const std::vector<json> values = {nullptr, true, 0, -1, 1.5, 18446744073709551615ull, "", "x", json::array(),
                                    json::object(), json{{"a", 1}}, json{1, "a"}};
  const json base = full_hook();  // items() of a temporary would dangle
  for (const auto& [key, good] : base.items()) {
    for (const auto& v : values) {
      json hook = full_hook();
      hook[key] = v;
      INFO(key << " = " << v.dump());
      Result<HookSpec> r = FieldErrors{};
      REQUIRE_NOTHROW(r = validate_hook(hook, ValidationContext{}));
      for (const auto& e : r.errors()) CHECK(e.field.rfind(key, 0) == 0);
    }
  }
}

TEST_CASE("custom headers: injection, reserved names, duplicates, limits", "[validate][headers]") {
  auto with_headers = [](json headers, bool basic_auth = false) {
    json hook = {{"event", "open"}, {"url", "https://example.com/"}, {"headers", std::move(headers)}};
    if (basic_auth) hook["basic_auth"] = {{"username", "u"}, {"password", "p"}};
    return hook_problems(hook);
  };
  for (const char* reserved : {"host", "Content-Length", "content-type", "Transfer-Encoding", "Connection",
                               "User-Agent", "webhook-id", "Webhook-Timestamp", "webhook-signature",
                               "X-Hub-Signature-256", "Stripe-Signature", "X-My-Signature"}) {
    INFO(reserved);
    CHECK(with_headers({{reserved, "x"}}) == std::vector<std::string>{std::string("headers.") + reserved + ":forbidden_header"});
  }
  CHECK(with_headers({{"Authorization", "Bearer t"}}).empty());
  CHECK(with_headers({{"Authorization", "Bearer t"}}, true) ==
        std::vector<std::string>{"headers.Authorization:forbidden_header"});
  CHECK(with_headers({{{"name", "X-A"}, {"value", "1"}}, {{"name", "x-a"}, {"value", "2"}}}) ==
        std::vector<std::string>{"headers[1].name:duplicate"});
  CHECK(with_headers({{"X-A", "a\nb"}}) == std::vector<std::string>{"headers.X-A:invalid_header"});
  CHECK(with_headers({{"X-A", std::string("a\0b", 3)}}) == std::vector<std::string>{"headers.X-A:invalid_header"});
  CHECK(with_headers({{"X-A", "tab\tis fine"}}).empty());
  CHECK(with_headers({{"X A", "1"}}) == std::vector<std::string>{"headers[\"X A\"]:invalid_header"});
  CHECK(with_headers({{"X-\r\nA", "1"}}) == std::vector<std::string>{"headers[\"X-\\r\\nA\"]:invalid_header"});
  CHECK(with_headers({{"X-A", std::string(4097, 'v')}}) == std::vector<std::string>{"headers.X-A:too_long"});
  CHECK(with_headers({{"X-A", std::string(4096, 'v')}}).empty());
  json many = json::object();
  for (int i = 0; i < 33; ++i) many["X-H" + std::to_string(i)] = "v";
  CHECK(with_headers(many) == std::vector<std::string>{"headers:too_many"});
  CHECK(with_headers({{{"name", "X-A"}}}) == std::vector<std::string>{"headers[0].value:required"});
  CHECK(with_headers({{{"name", "X-A"}, {"value", 1}, {"v", 2}}}) ==
        std::vector<std::string>{"headers[0].v:unknown_field", "headers[0].value:invalid_type"});
  CHECK(with_headers("X-A: 1") == std::vector<std::string>{"headers:invalid_type"});
}

TEST_CASE("Basic auth: nested object or seed 003's basicAuthUsername/basicAuthPassword", "[validate]") {
  json hook = {{"event", "open"}, {"url", "https://example.com/"}, {"basicAuthUsername", "u"}, {"basicAuthPassword", "p"}};
  auto r = validate_hook(hook, ValidationContext{});
  REQUIRE(r.ok());
  CHECK(r->basic_auth->username == "u");
  CHECK(hook_to_json(r.value())["basic_auth"] == json{{"username", "u"}, {"password", "p"}});
  hook["basic_auth"] = {{"username", "v"}};
  CHECK(hook_problems(hook) == std::vector<std::string>{"basicAuthUsername:conflict"});
  CHECK(hook_problems({{"event", "open"}, {"url", "https://e.com/"}, {"basic_auth", {{"username", "a:b"}}}}) ==
        std::vector<std::string>{"basic_auth.username:invalid_text"});
  CHECK(hook_problems({{"event", "open"}, {"url", "https://e.com/"}, {"basicAuthPassword", "p"}}) ==
        std::vector<std::string>{"basicAuthUsername:required"});
}

TEST_CASE("custom event types and the URL policy come from the context", "[validate]") {
  ValidationContext ctx;
  json hook = {{"event", "invoice.paid"}, {"url", "http://10.0.0.5:8080/hook"}};
  CHECK(problems(validate_hook(hook, ctx)) == std::vector<std::string>{"event:unknown_event_type", "url:forbidden_address"});
  ctx.custom_event_types = {"invoice.paid"};
  ctx.url_policy.allow_cidrs = {"10.0.0.0/24"};
  CHECK(validate_hook(hook, ctx).ok());
}

TEST_CASE("retry_policy uses the retry module's parser; filter errors point inside the filter", "[validate]") {
  json hook = {{"event", "open"}, {"url", "https://example.com/"}};
  hook["retry_policy"] = "no-such-preset";
  CHECK(hook_problems(hook).at(0).rfind("retry_policy", 0) == 0);
  hook["retry_policy"] = {{"type", "fixed"}, {"interval_ms", 1000}, {"max_attempts", 3}};
  CHECK(hook_problems(hook).empty());
  hook["filter"] = {{"$and", {{{"data.amount", {{"$gt", {1}}}}}, {{"data.x", {{"$in", 3}}}}}}};
  CHECK(hook_problems(hook) == std::vector<std::string>{"filter.$and[0].data.amount.$gt:invalid_type",
                                                         "filter.$and[1].data.x.$in:invalid_type"});
}

TEST_CASE("ISO 8601 timestamps: offsets kept, ms computed, nonsense refused", "[validate][event]") {
  auto ts = parse_iso8601("2012-09-12T11:18:37.664+02");
  REQUIRE(ts);
  CHECK(ts->normalized == "2012-09-12T11:18:37.664+02:00");
  CHECK(ts->unix_ms == 1347441517664);
  CHECK(parse_iso8601("1970-01-01T00:00:00Z")->unix_ms == 0);
  CHECK(parse_iso8601("1970-01-01T00:00:00Z")->normalized == "1970-01-01T00:00:00.000Z");
  CHECK(parse_iso8601("2024-02-29T23:59:59.123456789-0530")->normalized == "2024-02-29T23:59:59.123-05:30");
  CHECK(parse_iso8601("2024-02-29T23:59:59.123456789-0530")->unix_ms == 1709270999123);
  CHECK(parse_iso8601("2000-01-01T00:00:00,5z")->unix_ms == 946684800500);
  for (const char* bad : {"", "2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-01-01T24:00:00Z",
                          "2024-01-01T00:60:00Z", "2024-01-01T00:00:60Z", "2024-01-01T00:00:00",
                          "2024-01-01 00:00:00Z", "2024-1-01T00:00:00Z", "2024-01-01T00:00:00.Z",
                          "2024-01-01T00:00:00.1234567890Z", "2024-01-01T00:00:00+24:00", "2024-01-01T00:00:00Z ",
                          "2024-01-01T00:00Z", "1700000000"}) {
    INFO(bad);
    CHECK_FALSE(parse_iso8601(bad));
  }
}

TEST_CASE("events: canonical bytes are the envelope serialized once", "[validate][event]") {
  json input = {{"type", "subscribe"}, {"occurred_at", "2024-05-01T12:00:00Z"}, {"data", {{"email", "a@b.c"}, {"emoji", "😀"}}},
                {"source", "recipient"}, {"list_id", 7}, {"app", "crm"}};
  auto r = validate_event(input, "evt_1", ValidationContext{});
  REQUIRE(r.ok());
  const Event& e = r.value();
  CHECK(e.canonical == event_to_json(e).dump());
  CHECK(e.list_id == std::string("7"));
  CHECK(e.occurred_at_ms == 1714564800000);
  test::require_json_text_equals(e.canonical, {{"id", "evt_1"}, {"type", "subscribe"},
                                               {"occurred_at", "2024-05-01T12:00:00.000Z"},
                                               {"data", {{"email", "a@b.c"}, {"emoji", "😀"}}},
                                               {"source", "recipient"}, {"list_id", "7"}, {"app", "crm"}});
}

TEST_CASE("events: size, depth, id and wrong types", "[validate][event]") {
  auto event_problems = [](const json& input, std::string id = "evt_1", std::size_t max = limits::kDefaultEventMaxBytes) {
    ValidationContext ctx;
    ctx.event_max_bytes = max;
    auto r = validate_event(input, std::move(id), ctx);
    std::vector<std::string> out;
    for (const auto& e : r.errors()) out.push_back(e.field + ":" + e.code);
    return out;
  };
  json ok = {{"type", "open"}, {"occurred_at", "2024-05-01T12:00:00Z"}, {"data", json::object()}};
  CHECK(event_problems(ok).empty());
  CHECK(event_problems(ok, "evt_1", 20) == std::vector<std::string>{":too_large"});
  CHECK(event_problems(ok, "") == std::vector<std::string>{"id:required"});
  CHECK(event_problems(ok, "evt 1") == std::vector<std::string>{"id:invalid_text"});
  json deep = 1;
  for (std::size_t i = 0; i < limits::kJsonMaxDepth; ++i) deep = json{{"a", deep}};
  ok["data"] = deep;  // data itself nested exactly kJsonMaxDepth levels
  CHECK(event_problems(ok).empty());
  ok["data"] = json{{"a", deep}};
  CHECK(event_problems(ok) == std::vector<std::string>{"data:too_deep"});
  CHECK(event_problems({{"type", 1}, {"occurred_at", 2}, {"data", "x"}, {"source", true}, {"list_id", -3}, {"app", 4}}) ==
        std::vector<std::string>{"type:invalid_type", "occurred_at:invalid_type", "data:invalid_type",
                                 "app:invalid_type", "source:invalid_type", "list_id:out_of_range"});
  CHECK(event_problems("string") == std::vector<std::string>{":invalid_type"});
}

TEST_CASE("100000-deep JSON is refused cleanly by every facade function that takes JSON", "[validate][hostile]") {
  const std::string deep_object = deep_text(100000, "{\"a\":", "1", "}");
  const std::string deep_array = deep_text(100000, "[", "1", "]");
  const std::vector<std::pair<std::string, std::string>> calls = {
      {"validate.event", R"({"id":"e","event":{"type":"open","occurred_at":"2024-01-01T00:00:00Z","data":)" + deep_object + "}}"},
      {"validate.event", R"({"id":"e","event":{"type":"open","occurred_at":"2024-01-01T00:00:00Z","data":{"x":)" + deep_array + "}}}"},
      {"validate.hook", R"({"hook":{"event":"open","url":"https://e.com/","filter":)" + deep_object + "}}"},
      {"validate.hook", R"({"hook":{"event":"open","url":"https://e.com/","filter":{"a":)" + deep_array + "}}}"},
      {"validate.hook", R"({"hook":{"event":"open","url":"https://e.com/","retry_policy":)" + deep_object + "}}"},
      {"validate.hook", R"({"hook":)" + deep_array + "}"},
      {"filter.compile", R"({"filter":{"$not":)" + deep_text(100000, "{\"$not\":", "{\"a\":1}", "}") + "}}"},
      {"filter.compile", R"({"filter":{"a":{"$in":)" + deep_array + "}}}"},
      {"catalog.check_custom_type", R"({"name":"x","description":)" + deep_array + "}"},
      {"validate.url", R"({"url":)" + deep_array + "}"},
  };
  for (const auto& [fn, input] : calls) {
    INFO(fn << " " << input.substr(0, 120));
    std::string out = api::call_text(fn, input);
    test::require_parsers_agree(out);
    auto parsed = json::parse(out);
    CHECK(parsed["ok"] == false);
    CHECK(out.size() < 2000);
  }
}

TEST_CASE("10 MB strings are refused without echoing them", "[validate][hostile]") {
  const std::string huge(10 * 1024 * 1024, 'a');
  json hook = {{"app", huge}, {"event", huge}, {"url", "https://e.com/" + huge}, {"user", huge},
               {"headers", {{"X-A", huge}}}, {"list_id", huge}, {"encryption_key", huge}};
  std::string out = api::call_text("validate.hook", json{{"hook", hook}}.dump());
  CHECK(out.size() < 4000);
  auto parsed = json::parse(out);
  REQUIRE(parsed["ok"] == false);
  CHECK(parsed["errors"].size() == 7);
}
