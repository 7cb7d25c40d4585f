#include "hookwork/model.hpp"

namespace hookwork {

const char* to_string(HttpMethod m) { return m == HttpMethod::Get ? "GET" : "POST"; }

const char* to_string(EventSource s) {
  switch (s) {
    case EventSource::Api: return "api";
    case EventSource::Console: return "console";
    case EventSource::Recipient: return "recipient";
  }
  return "api";
}

const char* to_string(Ordering o) { return o == Ordering::Fifo ? "fifo" : "none"; }

std::optional<HttpMethod> parse_http_method(const std::string& s) {
  if (s == "GET") return HttpMethod::Get;
  if (s == "POST") return HttpMethod::Post;
  return std::nullopt;
}

std::optional<EventSource> parse_event_source(const std::string& s) {
  if (s == "api") return EventSource::Api;
  if (s == "console") return EventSource::Console;
  if (s == "recipient") return EventSource::Recipient;
  return std::nullopt;
}

std::optional<Ordering> parse_ordering(const std::string& s) {
  if (s == "none") return Ordering::None;
  if (s == "fifo") return Ordering::Fifo;
  return std::nullopt;
}

}  // namespace hookwork
