#include "activation_link.hpp"

#include <vector>

#include "hookwork/encoding.hpp"
#include "hookwork/hmac.hpp"
#include "os_random.hpp"

namespace hookwork::runner {
namespace {

constexpr std::size_t kTokenMaxBytes = 512;

std::vector<std::string> split_dots(const std::string& s) {
  std::vector<std::string> parts(1);
  for (char c : s) {
    if (c == '.') parts.emplace_back();
    else parts.back().push_back(c);
  }
  return parts;
}

std::string signed_part(const ActivationToken& t) {
  return t.account_id + "." + t.hook_id + "." + std::to_string(t.expires_ms) + "." + t.nonce;
}

}  // namespace

const char* to_string(TokenCheck c) {
  switch (c) {
    case TokenCheck::Valid: return "valid";
    case TokenCheck::Malformed: return "malformed";
    case TokenCheck::BadSignature: return "bad_signature";
    case TokenCheck::Expired: return "expired";
  }
  return "malformed";
}

std::string make_activation_token(const std::string& key, const ActivationToken& t) {
  const std::string body = signed_part(t);
  return body + "." + hex_encode(hmac_sha256(key, body));
}

CheckedToken check_activation_token(const std::string& key, const std::string& token, std::int64_t now_ms) {
  CheckedToken out;
  if (token.size() > kTokenMaxBytes) return out;
  auto parts = split_dots(token);
  if (parts.size() != 5) return out;
  for (const auto& p : parts)
    if (p.empty()) return out;
  ActivationToken t{parts[0], parts[1], parts[3], 0};
  try {
    std::size_t used = 0;
    t.expires_ms = std::stoll(parts[2], &used);
    if (used != parts[2].size()) return out;
  } catch (const std::exception&) {
    return out;
  }
  auto mac = hex_decode(parts[4]);
  if (!mac || !constant_time_equal(*mac, hmac_sha256(key, signed_part(t)))) {
    out.check = TokenCheck::BadSignature;
    return out;
  }
  out.token = t;
  out.check = now_ms < t.expires_ms ? TokenCheck::Valid : TokenCheck::Expired;
  return out;
}

std::string ActivationLinks::url_for(const std::string& account_id, const std::string& hook_id,
                                     std::int64_t now_ms) const {
  auto nonce = random_.bytes(16);
  ActivationToken t{account_id, hook_id, to_hex(nonce.data(), nonce.size()), now_ms + ttl_ms_};
  return base_url_ + "/activate/" + make_activation_token(key_, t);
}

}  // namespace hookwork::runner
