#pragma once
// Signing an outgoing request under one of three schemes:
//   v1 (Standard Webhooks): webhook-id, webhook-timestamp (unix seconds),
//      webhook-signature: "v1,<base64 HMAC-SHA256(key, id.timestamp.body)>"
//   github: X-Hub-Signature-256: "sha256=<hex HMAC-SHA256(secret, body)>"
//   stripe: Stripe-Signature: "t=<timestamp>,v1=<hex HMAC-SHA256(secret, timestamp.body)>"
// Rotation: every active secret signs, all signatures go in the one header
// (v1: space-separated; stripe: one v1= per secret; github: comma-separated,
// which receivers that compare the whole header against one value reject —
// rotate GitHub-style secrets with a short overlap or a second hook).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hookwork/error.hpp"
#include "hookwork/model.hpp"
#include "hookwork/secret.hpp"

namespace hookwork {

struct SignRequest {
  SignatureScheme scheme = SignatureScheme::StandardV1;
  std::vector<std::string> secrets;        // 1..limits::kMaxActiveSecrets, newest first
  std::string id;                          // v1: the message id, the same on every retry
  std::optional<std::int64_t> timestamp;   // v1, stripe: unix seconds (the caller's clock)
  std::string_view body;
  std::string header_prefix;               // "" = scheme default: "webhook", "X-Hub", "Stripe"
};

// The same request over strings the caller keeps (a host's buffer, a stored hook): nothing
// is copied in. secrets points at secret_count views.
struct SignView {
  SignatureScheme scheme = SignatureScheme::StandardV1;
  const std::string_view* secrets = nullptr;
  std::size_t secret_count = 0;
  // Optional: secret_count keys already decoded by signing_key() from these secrets (a host
  // that signs many messages with one secret decodes it once); nullptr: decoded here.
  const std::string_view* keys = nullptr;
  std::string_view id;
  std::optional<std::int64_t> timestamp;
  std::string_view body;
  std::string_view header_prefix;
};

std::string default_header_prefix(SignatureScheme s);
// The header that carries the signature, e.g. "webhook-signature", "X-Hub-Signature-256", "Stripe-Signature".
std::string signature_header_name(SignatureScheme s, const std::string& prefix);

// The headers to add to the request. Errors: "secrets[i]" bad_secret, "secrets" count,
// "id" / "timestamp" required or invalid, "header_prefix" invalid.
Result<Headers> sign(const SignRequest& request);
Result<Headers> sign(const SignView& request);
// The same, into `out`: on success it holds exactly the headers sign() gives, each string
// assigned in place, so a caller that signs many messages with one Headers reuses its
// storage instead of allocating every name and value again. On errors `out` is left as it was.
// The request's strings must not view into `out`.
FieldErrors sign_into(const SignView& request, Headers& out);

}  // namespace hookwork
