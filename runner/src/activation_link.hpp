#pragma once
// One-click reactivation links for the system notification of seed 000 ("a
// system notification is triggered, which you can use to reactivate the
// WebHook by clicking on it"). A link names the hook and its expiry and is
// signed with a key kept in the store, so any runner on the store can check it
// and nobody can forge one; it is single-use through the store's used-token
// record (checked when the reactivation is confirmed, not when the page opens:
// mail scanners that prefetch links must not spend them).
//
// token = "<account>.<hook_id>.<expires_ms>.<nonce>.<hex HMAC-SHA256(key, everything before the last dot)>"
// Account names and hook ids never contain dots (accounts.cpp, random_id).
#include <cstdint>
#include <string>

namespace hookwork::runner {

struct ActivationToken {
  std::string account_id, hook_id, nonce;
  std::int64_t expires_ms = 0;
};

std::string make_activation_token(const std::string& key, const ActivationToken& t);

enum class TokenCheck { Valid, Malformed, BadSignature, Expired };
const char* to_string(TokenCheck c);

struct CheckedToken {
  TokenCheck check = TokenCheck::Malformed;
  ActivationToken token;  // filled when the signature is valid (Valid or Expired)
};

CheckedToken check_activation_token(const std::string& key, const std::string& token, std::int64_t now_ms);

}  // namespace hookwork::runner

namespace hookwork::runner {

class RandomSource;

// Makes and checks the links for one runner: the store's key, the public base URL, the validity.
class ActivationLinks {
 public:
  ActivationLinks(std::string key, std::string base_url, std::int64_t ttl_ms, RandomSource& random)
      : key_(std::move(key)), base_url_(std::move(base_url)), ttl_ms_(ttl_ms), random_(random) {}

  // Known once the server is bound (port 0 picks one); set before any link is made.
  void set_base_url(std::string base_url) { base_url_ = std::move(base_url); }
  std::string url_for(const std::string& account_id, const std::string& hook_id, std::int64_t now_ms) const;
  CheckedToken check(const std::string& token, std::int64_t now_ms) const {
    return check_activation_token(key_, token, now_ms);
  }

 private:
  std::string key_, base_url_;
  std::int64_t ttl_ms_;
  RandomSource& random_;
};

}  // namespace hookwork::runner
