#include "behavior.hpp"

#include <stdexcept>

namespace receiver {

const Rule& Rule::for_request(std::uint64_t n) const {
  if (times && n > static_cast<std::uint64_t>(*times) && then)
    return then->for_request(n - static_cast<std::uint64_t>(*times));
  return *this;
}

Rule parse_rule(const nlohmann::json& j) {
  if (!j.is_object()) throw std::invalid_argument("a rule is a JSON object");
  static const char* kKnown[] = {"path", "status", "headers", "body", "body_bytes", "hang_ms",
                                 "close", "times", "then", "secret", "legacy_key"};
  for (const auto& item : j.items()) {
    bool known = false;
    for (const char* k : kKnown) known = known || item.key() == k;
    if (!known) throw std::invalid_argument("unknown rule field: " + item.key());
  }
  Rule r;
  r.status = j.value("status", 200);
  if (j.contains("headers")) {
    for (const auto& h : j.at("headers").items()) r.headers[h.key()] = h.value().get<std::string>();
  }
  r.body = j.value("body", std::string());
  r.body_bytes = j.value("body_bytes", std::size_t{0});
  r.hang_ms = j.value("hang_ms", 0);
  r.close = j.value("close", false);
  if (j.contains("times")) r.times = j.at("times").get<int>();
  if (j.contains("then")) r.then = std::make_shared<Rule>(parse_rule(j.at("then")));
  r.secret = j.value("secret", std::string());
  r.legacy_key = j.value("legacy_key", std::string());
  return r;
}

}  // namespace receiver
