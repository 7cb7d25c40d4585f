#include "hookwork/delivery/attempt.hpp"

#include <algorithm>
#include <cctype>

#include "hookwork/payload.hpp"
#include "hookwork/retry_classify.hpp"
#include "hookwork/retry_plan.hpp"
#include "hookwork/retry_policy.hpp"
#include "hookwork/sign.hpp"

namespace hookwork::delivery {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool is_credential(const std::string& name) {
  const std::string n = lower(name);
  if (n == "authorization" || n == "proxy-authorization" || n == "cookie") return true;
  for (const char* word : {"token", "secret", "password", "api-key", "apikey", "api_key", "auth"})
    if (n.find(word) != std::string::npos) return true;
  return false;
}

RetryPolicy policy_of(const HookTarget& hook) {
  if (!hook.retry_policy.is_null()) {
    auto parsed = parse_retry_policy(hook.retry_policy);
    if (parsed) return parsed.value();
  }
  return *retry_preset("standard");
}

std::vector<std::string> ids_of(const ClaimedWork& work) {
  std::vector<std::string> ids;
  for (const auto& m : work.messages) ids.push_back(m.delivery_id);
  return ids;
}

std::string message_text(const FieldErrors& errors) {
  std::string text;
  for (const auto& e : errors) {
    if (!text.empty()) text += "; ";
    text += (e.field.empty() ? "" : e.field + ": ") + e.code + " " + e.message;
  }
  return text;
}

}  // namespace

const char* to_string(Fate f) {
  switch (f) {
    case Fate::Delivered: return "delivered";
    case Fate::Retry: return "retry";
    case Fate::GaveUp: return "gave_up";
    case Fate::Expired: return "expired";
    case Fate::Gone: return "gone";
    case Fate::Unbuildable: return "unbuildable";
  }
  return "gave_up";
}

Result<HttpRequest> build_signed_request(const ClaimedWork& work, std::int64_t now_ms) {
  std::vector<const Event*> events;
  for (const auto& m : work.messages) events.push_back(&m.event);
  BuildOptions options;
  options.message_id = work.messages.front().message_id;
  options.timestamp = now_ms / 1000;
  options.account_id = work.hook.account_id;
  auto request = build_request(work.hook.spec, events, options);
  if (!request) return request.errors();
  if (work.hook.secrets.empty()) return request;
  SignRequest sign_request;
  sign_request.scheme = SignatureScheme::StandardV1;
  sign_request.secrets = work.hook.secrets;
  sign_request.id = options.message_id;
  sign_request.timestamp = options.timestamp;
  sign_request.body = request.value().body;
  auto signature = sign(sign_request);
  if (!signature) return nest_errors("hook.secrets", signature.errors());
  HttpRequest signed_request = std::move(request).value();
  apply_signature_headers(signed_request, signature.value());
  return signed_request;
}

Headers redact_headers(const Headers& headers) {
  Headers out = headers;
  for (auto& h : out)
    if (is_credential(h.name)) h.value = "[redacted]";
  return out;
}

Settlement settle_attempt(const ClaimedWork& work, const Headers& sent_headers, const DispatchResult& result,
                          std::int64_t started_ms, std::int64_t now_ms, std::uint64_t seed) {
  Settlement s;
  s.hook_id = work.hook.id;
  s.account_id = work.hook.account_id;
  s.delivery_ids = ids_of(work);
  auto& log = s.attempt;
  log.attempted_at_ms = started_ms;
  log.request_headers = redact_headers(sent_headers);
  log.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(result.duration).count();

  std::optional<std::string> transport;
  if (result.error != TransportError::None) {
    log.transport_error = to_string(result.error);
    // Core knows "timeout"; both of ours are timeouts to the retry rules.
    transport = result.error == TransportError::ConnectTimeout ? "timeout" : log.transport_error;
  } else {
    log.status = static_cast<int>(result.status);
    log.response_excerpt = result.body;
  }
  AttemptOutcome outcome = classify(log.status, result.headers, transport, now_ms);
  log.outcome_code = outcome.code;

  // A batch is one message to the retry rules: its oldest member's history.
  const QueuedMessage& first = work.messages.front();
  AttemptHistory history;
  history.attempts = first.attempts_made + 1;
  history.first_attempt_ms = first.created_at_ms;
  for (const auto& m : work.messages) history.attempts = std::max(history.attempts, m.attempts_made + 1);
  if (first.event.occurred_at_ms > 0) history.event_occurred_ms = first.event.occurred_at_ms;
  RetryPlan next = plan(policy_of(work.hook), history, outcome, now_ms, seed);

  std::string error = log.transport_error.empty() ? outcome.code : log.transport_error;
  if (!result.error_message.empty()) error += ": " + result.error_message;
  switch (next.action) {
    case PlanAction::Done:
      s.fate = Fate::Delivered;
      s.health_event = HealthEvent::Success;
      break;
    case PlanAction::Retry:
      s.fate = Fate::Retry;
      s.next_attempt_at_ms = next.at_ms;
      s.health_event = HealthEvent::Failure;
      s.last_error = error;
      break;
    case PlanAction::GiveUp:
      s.fate = next.reason == "max_age_exceeded" ? Fate::Expired : Fate::GaveUp;
      s.health_event = HealthEvent::Exhausted;
      s.last_error = next.reason + " (" + error + ")";
      break;
    case PlanAction::Deactivate:
      s.fate = Fate::Gone;
      s.health_event = HealthEvent::Gone;
      s.last_error = error;
      break;
  }
  return s;
}

Settlement settle_unbuildable(const ClaimedWork& work, const FieldErrors& errors, std::int64_t now_ms) {
  Settlement s;
  s.hook_id = work.hook.id;
  s.account_id = work.hook.account_id;
  s.delivery_ids = ids_of(work);
  s.attempt.attempted_at_ms = now_ms;
  s.attempt.outcome_code = "unbuildable";
  s.fate = Fate::Unbuildable;
  s.health_event = HealthEvent::Failure;
  s.last_error = "request could not be built: " + message_text(errors);
  return s;
}

}  // namespace hookwork::delivery
