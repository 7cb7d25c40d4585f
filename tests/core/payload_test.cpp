#include <catch2/catch.hpp>

#include <set>

#include "hookwork/encoding.hpp"
#include "hookwork/legacy_cipher.hpp"
#include "hookwork/payload.hpp"
#include "hookwork/sign.hpp"
#include "hookwork/api.hpp"
#include "hookwork/validate.hpp"
#include "hookwork/url_encoding.hpp"
#include "payload_fixtures.hpp"
#include "support/json_crosscheck.hpp"

using namespace hookwork;
using hookwork::test::envelope_of;
using hookwork::test::make_event;
using hookwork::test::make_hook;
using hookwork::test::require_json_text_equals;

namespace {

BuildOptions options(std::string message_id = "msg_1") {
  BuildOptions o;
  o.message_id = std::move(message_id);
  return o;
}

HttpRequest build_ok(const HookSpec& hook, const std::vector<Event>& events, const BuildOptions& o = options()) {
  auto r = build_request(hook, events, o);
  if (!r) {
    for (const auto& e : r.errors()) UNSCOPED_INFO(e.field << " " << e.code << " " << e.message);
  }
  REQUIRE(r);
  return r.value();
}

std::vector<std::string> codes_at(const FieldErrors& errors, const std::string& field) {
  std::vector<std::string> codes;
  for (const auto& e : errors) {
    if (e.field == field) codes.push_back(e.code);
  }
  return codes;
}

// The value of query key `key` in `url`, percent-decoded.
std::string query_value(const std::string& url, const std::string& key) {
  auto q = url.find('?');
  REQUIRE(q != std::string::npos);
  std::string query = url.substr(q + 1, url.find('#') == std::string::npos ? std::string::npos : url.find('#') - q - 1);
  std::size_t start = 0;
  while (start <= query.size()) {
    std::size_t end = query.find('&', start);
    if (end == std::string::npos) end = query.size();
    std::string pair = query.substr(start, end - start);
    auto eq = pair.find('=');
    if (pair.substr(0, eq) == key) {
      auto decoded = percent_decode(pair.substr(eq + 1));
      REQUIRE(decoded);
      return *decoded;
    }
    start = end + 1;
  }
  FAIL("no query key " << key << " in " << url);
  return {};
}

// Data a receiver's parser and a query string both have to survive.
nlohmann::json hostile_data(int i) {
  return {{"email", "x+" + std::to_string(i) + "@exa mple.com"},
          {"text", "caf\u00e9 \U0001F600 &=?#%+/ \"quoted\" back\\slash"},
          {"nul", std::string("a\0b", 3)},
          {"control", "\x01\x1f\t\n"},
          {"number", 1e300},
          {"nested", {{"list", {1, -2, 3.5, nullptr, true}}}}};
}

}  // namespace

TEST_CASE("POST of one event: the body is the event's canonical bytes", "[payload]") {
  Event e = make_event("evt_1", {{"email", "ann@example.com"}, {"n", 1}});
  HttpRequest req = build_ok(make_hook("https://example.com/hook"), {e});
  CHECK(req.method == "POST");
  CHECK(req.url == "https://example.com/hook");
  CHECK(req.body == e.canonical);
  require_json_text_equals(req.body, envelope_of(e));
  CHECK(req.headers == Headers{{"Content-Type", "application/json"},
                               {"User-Agent", std::string("Hookwork/") + HOOKWORK_VERSION},
                               {"webhook-id", "msg_1"}});
}

TEST_CASE("a batch is a JSON array of canonical envelopes", "[payload]") {
  HookSpec hook = make_hook("https://example.com/batch");
  hook.batch_max = 100;
  std::vector<Event> events;
  for (int i = 0; i < 100; ++i) events.push_back(make_event("evt_" + std::to_string(i), hostile_data(i)));
  HttpRequest req = build_ok(hook, events);
  std::string expected = "[";
  nlohmann::json expected_json = nlohmann::json::array();
  for (const auto& e : events) {
    expected += (expected.size() > 1 ? "," : "") + e.canonical;
    expected_json.push_back(envelope_of(e));
  }
  CHECK(req.body == expected + "]");
  require_json_text_equals(req.body, expected_json);
}

TEST_CASE("a batching hook given one event sends a one-element list; others the envelope itself", "[payload]") {
  HookSpec hook = make_hook("https://example.com/batch");
  hook.batch_max = 10;
  Event e = make_event("evt_1", {{"k", "v"}});
  CHECK(build_ok(hook, {e}).body == "[" + e.canonical + "]");
  hook.batch_max = 1;
  CHECK(build_ok(hook, {e}).body == e.canonical);
}

TEST_CASE("more events than the hook's batch size are refused", "[payload]") {
  HookSpec hook = make_hook("https://example.com/");
  std::vector<Event> two{make_event("a", {}), make_event("b", {})};
  auto r = build_request(hook, two, options());
  REQUIRE_FALSE(r);
  CHECK(codes_at(r.errors(), "events") == std::vector<std::string>{"too_many"});

  hook.batch_max = 500;  // never more than limits::kBatchMaxEvents (seed 003: 100)
  std::vector<Event> many(101, make_event("c", {}));
  CHECK(codes_at(build_request(hook, many, options()).errors(), "events") == std::vector<std::string>{"too_many"});
  many.pop_back();
  CHECK(build_request(hook, many, options()));
}

TEST_CASE("GET puts the url-encoded JSON in query key payload", "[payload]") {
  Event e = make_event("evt_1", hostile_data(1));
  for (const auto& [url, prefix] : std::vector<std::pair<std::string, std::string>>{
           {"http://example.com/cb", "http://example.com/cb?payload="},
           {"http://example.com/cb?token=a%20b", "http://example.com/cb?token=a%20b&payload="},
           {"http://example.com/cb?", "http://example.com/cb?payload="}}) {
    HttpRequest req = build_ok(make_hook(url, HttpMethod::Get), {e});
    INFO(req.url);
    CHECK(req.method == "GET");
    CHECK(req.body.empty());
    CHECK(req.url == prefix + percent_encode(e.canonical));
    std::string payload = query_value(req.url, "payload");
    CHECK(payload == e.canonical);  // byte-exact after decoding
    require_json_text_equals(payload, envelope_of(e));
    CHECK(req.headers == Headers{{"User-Agent", std::string("Hookwork/") + HOOKWORK_VERSION}, {"webhook-id", "msg_1"}});
  }
}

TEST_CASE("GET keeps a fragment after the new query key", "[payload]") {
  Event e = make_event("evt_1", {{"a", 1}});
  HttpRequest req = build_ok(make_hook("http://example.com/cb?x=1#top", HttpMethod::Get), {e});
  CHECK(req.url == "http://example.com/cb?x=1&payload=" + percent_encode(e.canonical) + "#top");
}

TEST_CASE("a GET batch sends the url-encoded JSON array", "[payload]") {
  HookSpec hook = make_hook("http://example.com/cb", HttpMethod::Get);
  hook.batch_max = 3;
  std::vector<Event> events{make_event("a", hostile_data(1)), make_event("b", hostile_data(2))};
  HttpRequest req = build_ok(hook, events);
  CHECK(query_value(req.url, "payload") == "[" + events[0].canonical + "," + events[1].canonical + "]");
  require_json_text_equals(query_value(req.url, "payload"), {envelope_of(events[0]), envelope_of(events[1])});
}

TEST_CASE("Basic auth, timestamp and custom headers follow the protocol headers in order", "[payload]") {
  HookSpec hook = make_hook("https://example.com/");
  hook.basic_auth = BasicAuth{"Aladdin", "open sesame"};  // RFC 7617's example
  hook.headers = {{"X-Tenant", "t1"}, {"X-Trace", "a b"}, {"x-tenant", "second"}};
  BuildOptions o = options("msg_stable");
  o.timestamp = 1614265330;
  o.version = "9.9.9";
  HttpRequest req = build_ok(hook, {make_event("e", {})}, o);
  CHECK(req.headers == Headers{{"Content-Type", "application/json"},
                               {"User-Agent", "Hookwork/9.9.9"},
                               {"webhook-id", "msg_stable"},
                               {"webhook-timestamp", "1614265330"},
                               {"Authorization", "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="},
                               {"X-Tenant", "t1"},
                               {"X-Trace", "a b"},
                               {"x-tenant", "second"}});
}

TEST_CASE("Basic auth credentials are Base64 of their UTF-8 bytes", "[payload]") {
  HookSpec hook = make_hook("https://example.com/");
  for (const auto& [user, pass, expected] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"test", "123\xC2\xA3", "Basic dGVzdDoxMjPCow=="},  // RFC 7617 section 2.1's UTF-8 example
           {"a", "", "Basic YTo="},
           {"", "", "Basic Og=="},
           {"ab", "c", "Basic YWI6Yw=="}}) {
    hook.basic_auth = BasicAuth{user, pass};
    CHECK(build_ok(hook, {make_event("e", {})}).headers[3] == Header{"Authorization", expected});
  }
}

TEST_CASE("the message id is the caller's and stays the same across rebuilds", "[payload]") {
  HookSpec hook = make_hook("https://example.com/");
  Event e = make_event("e", {{"k", 1}});
  BuildOptions first = options("msg_abc");
  first.timestamp = 100;
  BuildOptions retry = first;
  retry.timestamp = 160;
  HttpRequest a = build_ok(hook, {e}, first);
  HttpRequest b = build_ok(hook, {e}, retry);
  CHECK(a.headers[2] == Header{"webhook-id", "msg_abc"});
  CHECK(b.headers[2] == Header{"webhook-id", "msg_abc"});
  CHECK(a.body == b.body);
  CHECK(a.headers[3].value == "100");
  CHECK(b.headers[3].value == "160");
}

TEST_CASE("custom headers may not replace the ones Hookwork sets", "[payload]") {
  HookSpec hook = make_hook("https://example.com/");
  hook.headers = {{"content-TYPE", "text/xml"}, {"X-Ok", "1"}, {"Webhook-Signature", "v1,forged"},
                  {"Host", "evil"}, {"Authorization", "Bearer t"}};
  auto r = build_request(hook, std::vector<Event>{make_event("e", {})}, options());
  REQUIRE_FALSE(r);
  CHECK(r.errors().size() == 3);
  CHECK(codes_at(r.errors(), "hook.headers[0].name") == std::vector<std::string>{"reserved_header"});
  CHECK(codes_at(r.errors(), "hook.headers[2].name") == std::vector<std::string>{"reserved_header"});
  CHECK(codes_at(r.errors(), "hook.headers[3].name") == std::vector<std::string>{"reserved_header"});

  hook.headers = {{"Authorization", "Bearer t"}};  // allowed while the hook has no Basic auth
  CHECK(build_ok(hook, {make_event("e", {})}).headers.back() == Header{"Authorization", "Bearer t"});
  hook.basic_auth = BasicAuth{"u", "p"};
  CHECK(codes_at(build_request(hook, std::vector<Event>{make_event("e", {})}, options()).errors(),
                 "hook.headers[0].name") == std::vector<std::string>{"reserved_header"});
}

TEST_CASE("every problem is reported at once", "[payload]") {
  HookSpec hook = make_hook("https://example.com/");
  hook.parameters = {"[Email]", "[Nope]", "Email"};
  hook.headers = {{"User-Agent", "mine"}};
  Event unserialized;
  unserialized.id = "e";
  auto r = build_request(hook, std::vector<const Event*>{&unserialized, nullptr}, BuildOptions{});
  REQUIRE_FALSE(r);
  CHECK(codes_at(r.errors(), "events") == std::vector<std::string>{"too_many"});
  CHECK(codes_at(r.errors(), "events[0]") == std::vector<std::string>{"not_serialized"});
  CHECK(codes_at(r.errors(), "events[1]") == std::vector<std::string>{"not_serialized"});
  CHECK(codes_at(r.errors(), "message_id") == std::vector<std::string>{"required"});
  CHECK(codes_at(r.errors(), "hook.headers[0].name") == std::vector<std::string>{"reserved_header"});
  CHECK(codes_at(r.errors(), "hook.parameters[1]") == std::vector<std::string>{"unknown_parameter"});
  CHECK(codes_at(r.errors(), "hook.parameters[2]") == std::vector<std::string>{"unknown_parameter"});
  CHECK(r.errors().size() == 7);

  auto none = build_request(make_hook("https://example.com/"), std::vector<Event>{}, options());
  CHECK(codes_at(none.errors(), "events") == std::vector<std::string>{"required"});
}

TEST_CASE("POST with parameters sends an object of only the chosen keys", "[payload]") {
  HookSpec hook = make_hook("https://example.com/");
  hook.parameters = {"[Email]", "[EventDate]", "[Channel]", "[IdConsole]", "[Groups]", "[Reason]"};
  Event e = make_event("e", {{"email", "ann@example.com"}, {"groups", {"a", "b"}}, {"channel", 0}, {"secret", "x"}});
  BuildOptions o = options();
  o.account_id = "1234";
  HttpRequest req = build_ok(hook, {e}, o);
  nlohmann::json expected{{"Channel", 0},
                          {"Email", "ann@example.com"},
                          {"EventDate", "2012-09-12T11:18:37.664+02:00"},
                          {"Groups", "a,b"},
                          {"IdConsole", "1234"},
                          {"Reason", nullptr}};
  require_json_text_equals(req.body, expected);
  CHECK(req.body == expected.dump());  // keys sorted, compact
  CHECK(req.body.find("secret") == std::string::npos);
  CHECK(req.headers[0] == Header{"Content-Type", "application/json"});
}

TEST_CASE("a POST batch with parameters is an array of objects", "[payload]") {
  HookSpec hook = make_hook("https://example.com/");
  hook.batch_max = 5;
  hook.parameters = {"[Email]", "[EventType]"};
  std::vector<Event> events{make_event("a", {{"email", "a@x"}}), make_event("b", {{"email", "b@x"}}, "unsubscribe")};
  require_json_text_equals(build_ok(hook, events).body,
                           {{{"Email", "a@x"}, {"EventType", "subscribe"}}, {{"Email", "b@x"}, {"EventType", "unsubscribe"}}});
}

TEST_CASE("GET with parameters sends each value as its own query key, in the hook's order", "[payload]") {
  HookSpec hook = make_hook("http://example.com/cb?k=1", HttpMethod::Get);
  hook.parameters = {"[Email]", "[Channel]", "[IdList]", "[EventSource]", "[EventDate]"};
  Event e = make_event("e", {{"email", "a+b&c=d?e#f%g@\xF0\x9F\x98\x80.com"}, {"channel", "social"}});
  e.source = EventSource::Api;
  HttpRequest req = build_ok(hook, {e});
  CHECK(req.url == "http://example.com/cb?k=1&Email=" + percent_encode("a+b&c=d?e#f%g@\xF0\x9F\x98\x80.com") +
                       "&Channel=5&IdList=&EventSource=api&EventDate=2012-09-12T11%3A18%3A37.664%2B02%3A00");
  CHECK(query_value(req.url, "Email") == "a+b&c=d?e#f%g@\xF0\x9F\x98\x80.com");
  CHECK(query_value(req.url, "EventDate") == "2012-09-12T11:18:37.664+02:00");
  CHECK(req.body.empty());
}

TEST_CASE("GET with parameters refuses a batch", "[payload]") {
  HookSpec hook = make_hook("http://example.com/cb", HttpMethod::Get);
  hook.batch_max = 5;
  hook.parameters = {"[Email]"};
  auto r = build_request(hook, std::vector<Event>{make_event("a", {}), make_event("b", {})}, options());
  CHECK(codes_at(r.errors(), "events") == std::vector<std::string>{"batch_not_supported"});
}

TEST_CASE("event data with NUL, control characters and emoji survives both placements", "[payload]") {
  Event e = make_event("evt_\xE2\x9C\x93", hostile_data(7));
  REQUIRE(e.canonical.find("\\u0000") != std::string::npos);  // NUL travels as a JSON escape
  HttpRequest post = build_ok(make_hook("https://example.com/"), {e});
  require_json_text_equals(post.body, envelope_of(e));
  HttpRequest get = build_ok(make_hook("https://example.com/", HttpMethod::Get), {e});
  for (char c : get.url.substr(get.url.find('?') + 1)) {
    INFO(static_cast<int>(static_cast<unsigned char>(c)));
    CHECK((std::isalnum(static_cast<unsigned char>(c)) || std::string("-._~%=&").find(c) != std::string::npos));
  }
  require_json_text_equals(query_value(get.url, "payload"), envelope_of(e));
}

TEST_CASE("an encrypted POST body is Base64 of RC4 over the document", "[payload]") {
  HookSpec hook = make_hook("https://example.com/");
  hook.encryption_key = "Key";
  Event e = make_event("e", {{"email", "ann@example.com"}});
  HttpRequest req = build_ok(hook, {e});
  CHECK(req.headers[0] == Header{"Content-Type", "text/plain"});
  auto decrypted = decrypt_legacy("Key", req.body);
  REQUIRE(decrypted);
  CHECK(decrypted.value() == e.canonical);

  // RC4's published vector (key "Key", plaintext "Plaintext" -> BBF316E8D940AF0AD3) through the same function.
  auto known = encrypt_document("Key", "Plaintext");
  REQUIRE(known);
  CHECK(known.value() == base64_encode(std::string("\xBB\xF3\x16\xE8\xD9\x40\xAF\x0A\xD3", 9)));
}

TEST_CASE("an encrypted GET carries the Base64 text percent-encoded in payload", "[payload]") {
  HookSpec hook = make_hook("https://example.com/cb", HttpMethod::Get);
  hook.encryption_key = "k\xC3\xA9y";
  hook.batch_max = 2;
  std::vector<Event> events{make_event("a", hostile_data(1)), make_event("b", hostile_data(2))};
  HttpRequest req = build_ok(hook, events);
  std::string payload = query_value(req.url, "payload");
  CHECK(req.url == "https://example.com/cb?payload=" + percent_encode(payload));
  auto decrypted = decrypt_legacy(*hook.encryption_key, payload);
  REQUIRE(decrypted);
  CHECK(decrypted.value() == "[" + events[0].canonical + "," + events[1].canonical + "]");
}

TEST_CASE("with a key, GET parameters travel as one encrypted object in payload", "[payload]") {
  HookSpec hook = make_hook("https://example.com/cb", HttpMethod::Get);
  hook.encryption_key = "k";
  hook.parameters = {"[Email]", "[EventType]"};
  HttpRequest req = build_ok(hook, {make_event("a", {{"email", "a@x"}})});
  auto decrypted = decrypt_legacy("k", query_value(req.url, "payload"));
  REQUIRE(decrypted);
  require_json_text_equals(decrypted.value(), {{"Email", "a@x"}, {"EventType", "subscribe"}});
}

TEST_CASE("a key the cipher refuses is reported on hook.encryption_key", "[payload]") {
  HookSpec hook = make_hook("https://example.com/");
  hook.encryption_key = std::string(300, 'k');
  auto r = build_request(hook, std::vector<Event>{make_event("a", {})}, options());
  REQUIRE_FALSE(r);
  CHECK(codes_at(r.errors(), "hook.encryption_key") == std::vector<std::string>{"bad_key"});
  hook.encryption_key = "";
  CHECK(codes_at(build_request(hook, std::vector<Event>{make_event("a", {})}, options()).errors(),
                 "hook.encryption_key") == std::vector<std::string>{"bad_key"});
}

TEST_CASE("signature headers replace same-named headers in place and append the rest", "[payload]") {
  HookSpec hook = make_hook("https://example.com/");
  hook.headers = {{"X-Custom", "1"}};
  BuildOptions o = options("msg_p5jXN8AQM9LWM0D4loKWxJek");
  o.timestamp = 1614265330;
  HttpRequest req = build_ok(hook, {make_event("a", {})}, o);
  SignRequest s;
  s.secrets = {"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"};
  s.id = o.message_id;
  s.timestamp = o.timestamp;
  s.body = req.body;
  auto signature = sign(s);
  REQUIRE(signature);
  apply_signature_headers(req, signature.value());
  REQUIRE(req.headers.size() == 6);
  CHECK(req.headers[2] == Header{"webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"});
  CHECK(req.headers[3] == Header{"webhook-timestamp", "1614265330"});
  CHECK(req.headers[4] == Header{"X-Custom", "1"});
  CHECK(req.headers[5].name == "webhook-signature");
  CHECK(req.headers[5].value.rfind("v1,", 0) == 0);

  apply_signature_headers(req, {{"WEBHOOK-ID", "msg_2"}});
  CHECK(req.headers[2] == Header{"webhook-id", "msg_2"});
  CHECK(req.headers.size() == 6);
}

TEST_CASE("invalid UTF-8 from a caller that skipped validate is replaced, never thrown", "[payload]") {
  HookSpec hook = make_hook("https://example.com/");
  hook.parameters = {"[Email]", "[Groups]"};
  Event e = make_event("e", nlohmann::json::object());
  e.data = {{"email", "bad\xFF"}, {"groups", {"ok", std::string("\xC3")}}};
  HttpRequest req = build_ok(hook, {e});
  require_json_text_equals(req.body, {{"Email", "bad\xEF\xBF\xBD"}, {"Groups", "ok,\xEF\xBF\xBD"}});
}

TEST_CASE("events from validate_event are spliced byte for byte, as the fixtures assume", "[payload]") {
  ValidationContext ctx;
  auto e = validate_event({{"type", "subscribe"},
                           {"occurred_at", "2012-09-12T11:18:37.664+02:00"},
                           {"source", "api"},
                           {"list_id", "7"},
                           {"data", hostile_data(3)}},
                          "evt_9", ctx);
  REQUIRE(e);
  CHECK(e.value().canonical == envelope_of(e.value()).dump());
  HookSpec hook = make_hook("https://example.com/", HttpMethod::Get);
  CHECK(query_value(build_ok(hook, {e.value()}).url, "payload") == e.value().canonical);
  hook.parameters = {"[EventDate]"};
  CHECK(query_value(build_ok(hook, {e.value()}).url, "EventDate") == "2012-09-12T11:18:37.664+02:00");
}

TEST_CASE("payload.build answers through the facade with every error at once", "[payload]") {
  std::string text = api::call_text(
      "payload.build",
      R"({"hook":{"event":"subscribe","url":"ftp://x"},"events":[{"type":"subscribe"}],"timestamp":"now"})");
  auto out = nlohmann::json::parse(text);
  hookwork::test::require_parsers_agree(text);
  REQUIRE(out["ok"] == false);
  std::set<std::string> fields;
  for (const auto& err : out["errors"]) fields.insert(err["field"].get<std::string>());
  CHECK(fields.count("message_id") == 1);
  CHECK(fields.count("timestamp") == 1);
  CHECK(fields.count("hook.url") == 1);
  bool event_error = false;
  for (const auto& f : fields) event_error = event_error || f.rfind("events[0].", 0) == 0;
  CHECK(event_error);
}
