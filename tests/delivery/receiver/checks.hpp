#pragma once
// The receiver's own, independent implementations of what a webhook consumer
// does: verify a Standard Webhooks signature and decrypt a legacy RC4+Base64
// body. Written against OpenSSL directly, not core, so they check core.
#include <map>
#include <optional>
#include <string>

namespace receiver {

struct SignatureCheck {
  bool valid = false;
  std::string reason;  // "ok", "missing_header", "bad_secret", "no_match"
};

// `headers` keys are lower-case.
SignatureCheck verify_standard_webhooks(const std::string& secret, const std::map<std::string, std::string>& headers,
                                        const std::string& body);

// nullopt when `data` is not valid Base64.
std::optional<std::string> decrypt_legacy(const std::string& key, const std::string& data);

}  // namespace receiver
