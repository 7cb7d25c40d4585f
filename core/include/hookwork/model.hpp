#pragma once
// The vocabulary shared by every core module: a hook as accepted by validate,
// an event as accepted by validate, and the HTTP request payload builds.
// Plain data, no behaviour: rules live in their own modules.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace hookwork {

enum class HttpMethod { Get, Post };
enum class EventSource { Api, Console, Recipient };
enum class Ordering { None, Fifo };

// Round-trip to the strings the API uses ("GET", "api", "fifo"); parse returns nullopt on unknown text.
const char* to_string(HttpMethod m);
const char* to_string(EventSource s);
const char* to_string(Ordering o);
std::optional<HttpMethod> parse_http_method(const std::string& s);
std::optional<EventSource> parse_event_source(const std::string& s);
std::optional<Ordering> parse_ordering(const std::string& s);

struct Header {
  std::string name;
  std::string value;
  bool operator==(const Header& o) const { return name == o.name && value == o.value; }
};
using Headers = std::vector<Header>;

struct BasicAuth {
  std::string username;
  std::string password;
};

// A hook after validation: every field normalized, defaults applied.
struct HookSpec {
  std::string app;                          // tenant's internal name (seed 000)
  std::string event;                        // event type name, in the catalog or the tenant's custom list
  std::string url;                          // normalized absolute http(s) URL
  HttpMethod method = HttpMethod::Post;     // seed 002: GET puts the JSON in query key "payload"
  std::string user;                         // seed 002: user id for authentication ("" when absent)
  std::optional<EventSource> source;        // seed 004: nullopt = any source
  std::optional<std::string> list_id;       // seed 004: hooks belong to one list; nullopt = any list
  int batch_max = 1;                        // seed 003: up to 100 events per request
  std::optional<BasicAuth> basic_auth;      // seed 003
  Headers headers;                          // custom headers, validated names and values
  std::optional<std::string> encryption_key;  // seed 004: legacy RC4+Base64 body encryption
  std::vector<std::string> parameters;      // seed 004 placeholders, e.g. "[Email]"; empty = whole event
  nlohmann::json retry_policy;              // policy name (string) or object; null = account default
  nlohmann::json filter;                    // JSON filter on the event; null = none
  Ordering ordering = Ordering::None;
  std::optional<int> connect_timeout_ms;    // overrides the runner's default for this hook
  std::optional<int> timeout_ms;            // total time one attempt may take, overriding the default
  bool active = true;
};

// An event after validation. `canonical` is the envelope serialized once at
// publish; payload splices these bytes instead of re-serializing per delivery.
struct Event {
  std::string id;                      // "evt_..." assigned by the caller (runner) before validation output
  std::string type;
  std::string occurred_at;             // ISO 8601 as given, normalized
  std::int64_t occurred_at_ms = 0;     // unix milliseconds of occurred_at
  std::optional<std::string> app;      // optional: target hooks of one app only
  std::optional<EventSource> source;
  std::optional<std::string> list_id;
  nlohmann::json data;                 // always an object
  std::string canonical;               // {"id":...,"type":...,"occurred_at":...,...,"data":{...}}
};

struct HttpRequest {
  std::string method;  // "GET" | "POST"
  std::string url;
  Headers headers;
  std::string body;    // empty for GET
};

}  // namespace hookwork
