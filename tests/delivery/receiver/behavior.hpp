#pragma once
// What the receiver answers on one path: a rule, optionally for the first
// `times` requests only, followed by another rule ("fail 2 times, then 200").
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace receiver {

struct Rule {
  int status = 200;
  std::map<std::string, std::string> headers;  // e.g. Retry-After, Location
  std::string body;
  std::size_t body_bytes = 0;   // > 0: answer that many 'x' instead of `body`
  int hang_ms = 0;              // wait before answering (timeouts)
  bool close = false;           // close the connection without answering
  std::optional<int> times;     // this rule serves the first `times` requests...
  std::shared_ptr<Rule> then;   // ...and this one the rest
  std::string secret;           // Standard Webhooks secret (whsec_...) to verify signatures with
  std::string legacy_key;       // RC4 key: bodies are Base64(RC4(key, plaintext))

  // The rule for the n-th request (1-based) on its path.
  const Rule& for_request(std::uint64_t n) const;
};

// Throws std::invalid_argument with a message when the JSON is not a rule.
Rule parse_rule(const nlohmann::json& j);

}  // namespace receiver
