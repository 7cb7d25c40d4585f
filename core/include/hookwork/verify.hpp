#pragma once
// Verifying a received request: the counterpart of sign.hpp, for receivers
// (Node backends, the playground's checker) and the runner's own tests.
// Signatures are compared in constant time; any of several secrets may match
// (rotation); the timestamp must be within `tolerance_s` of `now` (both sides).
//
// Reasons, checked in this order (the first that applies is reported):
//   bad_secret            a secret cannot be used under the scheme (not whsec_+Base64 for v1, empty)
//   missing_header        a header the scheme needs is absent
//   bad_timestamp         the timestamp is not unix seconds
//   too_old / too_new     the timestamp is more than tolerance_s before / after now
//   bad_signature_format  the signature header does not have the scheme's shape
//   no_match              well-formed, but no signature matches any secret
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hookwork/limits.hpp"
#include "hookwork/model.hpp"
#include "hookwork/secret.hpp"

namespace hookwork {

struct VerifyRequest {
  SignatureScheme scheme = SignatureScheme::StandardV1;
  std::vector<std::string> secrets;
  Headers headers;                          // names compared case-insensitively; the first of repeated names counts
  std::string_view body;
  std::int64_t now = 0;                     // unix seconds (the caller's clock)
  std::int64_t tolerance_s = limits::kDefaultToleranceSeconds;
  std::string header_prefix;                // "" = scheme default
};

struct Verification {
  bool valid = false;
  std::string reason;                       // "" when valid
  std::string message;                      // for humans
  std::optional<std::size_t> matched_secret_index;
};

// The same request over strings the caller keeps (a host's buffer): nothing is copied in.
struct HeaderView {
  std::string_view name, value;
};
struct VerifyView {
  SignatureScheme scheme = SignatureScheme::StandardV1;
  const std::string_view* secrets = nullptr;
  std::size_t secret_count = 0;
  const HeaderView* headers = nullptr;      // as in VerifyRequest
  std::size_t header_count = 0;
  std::string_view body;
  std::int64_t now = 0;
  std::int64_t tolerance_s = limits::kDefaultToleranceSeconds;
  std::string_view header_prefix;
};

Verification verify(const VerifyRequest& request);
Verification verify(const VerifyView& request);

}  // namespace hookwork
