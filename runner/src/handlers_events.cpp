// Publishing events (durable before 202) and the deliveries they queue.
#include "api_keys.hpp"
#include "clock.hpp"
#include "handlers.hpp"
#include "rules.hpp"

namespace hookwork::runner {
namespace {

constexpr std::size_t kIdempotencyKeyMaxBytes = 255;
constexpr std::size_t kDeliveriesPageMax = 500;

ApiResponse publish(Services& s, const ApiRequest& r) {
  if (r.idempotency_key) {
    const auto& k = *r.idempotency_key;
    bool printable = !k.empty() && k.size() <= kIdempotencyKeyMaxBytes;
    for (unsigned char c : k) printable = printable && c >= 0x21 && c < 0x7f;
    if (!printable)
      return validation_error({{"Idempotency-Key", "invalid_idempotency_key",
                                "must be 1..255 printable ASCII characters without spaces"}});
  }
  auto now = s.clock.now_ms();
  auto event = rules::validate_event(r.input, random_id(s.random, "evt"), now);
  if (!event.ok()) return validation_error(event.errors());

  PublishRequest req;
  req.account_id = r.account_id;
  req.event = std::move(event).value();
  req.now_ms = now;
  req.idempotency_key = r.idempotency_key;
  req.idempotency_ttl_ms = s.config.idempotency_ttl_s * 1000;
  req.request_hash = sha256_hex(r.raw_body);
  auto hooks = s.hooks.hooks_for(r.account_id);
  for (const auto& hook : *hooks) {
    if (!rules::hook_matches(hook, req.event)) continue;
    // Seed 000: a deactivated hook's events are kept (buffered) for replay on activation.
    req.deliveries.push_back({random_id(s.random, "dlv"), hook.id, random_id(s.random, "msg"),
                              hook.active ? DeliveryState::Pending : DeliveryState::Buffered});
  }
  nlohmann::json body = {{"event_id", req.event.id}, {"deliveries", req.deliveries.size()}};
  req.response = {202, body.dump()};

  auto result = s.store.publish(req);
  ApiResponse out;
  switch (result.kind) {
    case PublishResult::Kind::KeyReusedWithOtherBody:
      return error_response(422, "idempotency_key_reused",
                            "this Idempotency-Key was used with a different request body");
    case PublishResult::Kind::Replayed:
      s.metrics.count_idempotent_replay();
      out.headers.push_back({"Idempotent-Replayed", "true"});
      break;
    case PublishResult::Kind::Accepted:
      s.metrics.count_events_accepted();
      break;
  }
  out.status = result.response.status;
  out.raw_body = result.response.body;
  return out;
}

ApiResponse list_deliveries(Services& s, const ApiRequest& r) {
  std::optional<std::string> event_id;
  if (r.input.contains("event_id")) {
    if (!r.input["event_id"].is_string()) return validation_error({{"event_id", "type", "must be a string"}});
    event_id = r.input["event_id"].get<std::string>();
  }
  nlohmann::json out = nlohmann::json::array();
  for (const auto& d : s.store.list_deliveries(r.account_id, event_id, kDeliveriesPageMax)) {
    out.push_back({{"id", d.id}, {"hook_id", d.hook_id}, {"event_id", d.event_id}, {"message_id", d.message_id},
                   {"state", to_string(d.state)}, {"attempt_count", d.attempt_count},
                   {"next_attempt_at", format_iso8601_ms(d.next_attempt_at)},
                   {"created_at", format_iso8601_ms(d.created_at)}, {"last_error", d.last_error}});
  }
  return {200, out};
}

}  // namespace

void add_event_handlers(std::map<std::string, ApiHandler>& h) {
  h["events.publish"] = publish;
  h["deliveries.list"] = list_deliveries;
}

}  // namespace hookwork::runner
