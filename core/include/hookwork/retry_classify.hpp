#pragma once
// What one delivery attempt's result means, as a value with a stable code:
//
//   status / error                 kind        code
//   2xx                            success     success
//   3xx (redirects not followed)   failure     redirect
//   410 Gone                       deactivate  gone
//   429                            failure     rate_limited         (+ Retry-After)
//   503                            failure     unavailable          (+ Retry-After)
//   other 5xx                      failure     server_error
//   other 4xx                      failure     client_error
//   anything else (1xx, <100)      failure     invalid_status
//   transport "timeout"            failure     timeout
//   "connection_refused" "dns" "tls"  failure  same code
//   any other transport error      failure     transport_error
//
// A failure is retried while the policy allows (hookwork/retry_plan.hpp).
// Retry-After (429/503 only) is delta-seconds or an IMF-fixdate HTTP date read
// relative to the caller's `now`; an unreadable value is ignored.
#include <cstdint>
#include <optional>
#include <string>

#include "hookwork/model.hpp"

namespace hookwork {

enum class OutcomeKind { Success, Failure, Deactivate };
const char* to_string(OutcomeKind k);
std::optional<OutcomeKind> parse_outcome_kind(const std::string& s);

struct AttemptOutcome {
  OutcomeKind kind = OutcomeKind::Failure;
  std::string code;
  std::optional<int> status;
  std::optional<std::int64_t> retry_after_ms;  // the receiver's requested wait, >= 0
};

// Retry-After values above this are read as this (a day): the planner clamps far lower anyway.
inline constexpr std::int64_t kRetryAfterReadCapMs = 24LL * 3600 * 1000;

// `transport_error` set: no HTTP response (status ignored). `now_ms` is needed only to read a
// Retry-After date; without it a date is ignored.
AttemptOutcome classify(std::optional<int> status, const Headers& headers,
                        const std::optional<std::string>& transport_error, std::optional<std::int64_t> now_ms);

// Parses "Sun, 06 Nov 1994 08:49:37 GMT" (IMF-fixdate, RFC 9110 §5.6.7) to unix milliseconds.
std::optional<std::int64_t> parse_http_date(const std::string& text);

}  // namespace hookwork
