#include "hookwork/sign.hpp"

#include "hookwork/encoding.hpp"
#include "hookwork/hmac.hpp"
#include "hookwork/limits.hpp"

namespace hookwork {
namespace {

constexpr std::size_t kMaxIdBytes = 256;
constexpr std::size_t kMaxPrefixBytes = 64;
constexpr std::int64_t kMaxTimestamp = 253402300799;  // 9999-12-31T23:59:59Z

// Ids and prefixes go into header values and the signed content: printable ASCII, no spaces.
bool is_token(std::string_view s, std::size_t max) {
  if (s.empty() || s.size() > max) return false;
  for (char c : s) {
    if (c <= ' ' || c > '~') return false;
  }
  return true;
}

}  // namespace

std::string default_header_prefix(SignatureScheme s) {
  switch (s) {
    case SignatureScheme::StandardV1: return "webhook";
    case SignatureScheme::GitHub: return "X-Hub";
    case SignatureScheme::Stripe: return "Stripe";
  }
  return "webhook";
}

std::string signature_header_name(SignatureScheme s, const std::string& prefix) {
  const std::string& p = prefix.empty() ? default_header_prefix(s) : prefix;
  switch (s) {
    case SignatureScheme::StandardV1: return p + "-signature";
    case SignatureScheme::GitHub: return p + "-Signature-256";
    case SignatureScheme::Stripe: return p + "-Signature";
  }
  return p + "-signature";
}

Result<Headers> sign(const SignRequest& r) {
  FieldErrors errors;
  std::vector<std::string> keys;
  if (r.secrets.empty() || r.secrets.size() > limits::kMaxActiveSecrets) {
    errors.push_back({"secrets", "bad_count", "give 1.." + std::to_string(limits::kMaxActiveSecrets) + " secrets"});
  }
  for (std::size_t i = 0; i < r.secrets.size(); ++i) {
    auto key = signing_key(r.scheme, r.secrets[i]);
    if (key.ok()) keys.push_back(key.value());
    else for (auto& e : nest_errors("secrets[" + std::to_string(i) + "]", key.errors())) errors.push_back(e);
  }
  const bool timed = r.scheme != SignatureScheme::GitHub;
  if (r.scheme == SignatureScheme::StandardV1 && !is_token(r.id, kMaxIdBytes)) {
    errors.push_back({"id", r.id.empty() ? "required" : "invalid_id",
                      "the message id is 1.." + std::to_string(kMaxIdBytes) + " printable ASCII characters without spaces"});
  }
  if (timed && !r.timestamp) errors.push_back({"timestamp", "required", "the timestamp (unix seconds) is required"});
  if (timed && r.timestamp && (*r.timestamp < 0 || *r.timestamp > kMaxTimestamp)) {
    errors.push_back({"timestamp", "out_of_range", "the timestamp is unix seconds, 0.." + std::to_string(kMaxTimestamp)});
  }
  if (!r.header_prefix.empty() && !is_token(r.header_prefix, kMaxPrefixBytes)) {
    errors.push_back({"header_prefix", "invalid_prefix", "a header prefix is 1..64 printable ASCII characters without spaces"});
  }
  if (!errors.empty()) return errors;

  const std::string prefix = r.header_prefix.empty() ? default_header_prefix(r.scheme) : r.header_prefix;
  const std::string ts = timed ? std::to_string(*r.timestamp) : std::string();
  std::string value;
  switch (r.scheme) {
    case SignatureScheme::StandardV1:
      for (const auto& key : keys) {
        if (!value.empty()) value += ' ';
        value += "v1," + base64_encode(hmac_sha256(key, {r.id, ".", ts, ".", r.body}));
      }
      return Headers{{prefix + "-id", r.id}, {prefix + "-timestamp", ts},
                     {signature_header_name(r.scheme, prefix), value}};
    case SignatureScheme::GitHub:
      for (const auto& key : keys) {
        if (!value.empty()) value += ',';
        value += "sha256=" + hex_encode(hmac_sha256(key, r.body));
      }
      return Headers{{signature_header_name(r.scheme, prefix), value}};
    case SignatureScheme::Stripe:
      value = "t=" + ts;
      for (const auto& key : keys) value += ",v1=" + hex_encode(hmac_sha256(key, {ts, ".", r.body}));
      return Headers{{signature_header_name(r.scheme, prefix), value}};
  }
  return errors;
}

}  // namespace hookwork
