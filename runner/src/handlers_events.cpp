// Publishing events (durable before 202) and the deliveries they queue.
#include "api_keys.hpp"
#include "clock.hpp"
#include "handlers.hpp"
#include "rules.hpp"

namespace hookwork::runner {
namespace {

constexpr std::size_t kIdempotencyKeyMaxBytes = 255;
constexpr std::size_t kDeliveriesPageMax = 500;

// What a publish decides before the store: an error to answer, or the rows to commit.
std::optional<ApiResponse> prepare_publish(Services& s, const ApiRequest& r, PublishRequest& req) {
  if (r.idempotency_key) {
    const auto& k = *r.idempotency_key;
    bool printable = !k.empty() && k.size() <= kIdempotencyKeyMaxBytes;
    for (unsigned char c : k) printable = printable && c >= 0x21 && c < 0x7f;
    if (!printable)
      return validation_error({{"Idempotency-Key", "invalid_idempotency_key",
                                "must be 1..255 printable ASCII characters without spaces"}});
  }
  auto now = s.clock.now_ms();
  // Time-ordered ids: the rows' index entries append instead of landing on random pages (os_random.hpp).
  auto event = rules::validate_event(r.input, time_ordered_id(s.random, "evt", now), s.config.max_body_bytes);
  if (!event.ok()) return validation_error(event.errors());

  req.account_id = r.account_id;
  req.event = std::move(event).value();
  req.now_ms = now;
  req.idempotency_key = r.idempotency_key;
  req.idempotency_ttl_ms = s.config.idempotency_ttl_s * 1000;
  // Only a key's replay compares bodies (store.hpp); a publish without one skips the hash.
  if (r.idempotency_key) req.request_hash = sha256_hex(r.raw_body);
  auto hooks = s.hooks.hooks_for(r.account_id);
  for (const StoredHook* hook : hooks->matching(req.event)) {
    // Seed 000: a deactivated hook's events are kept (buffered) for replay on activation.
    req.deliveries.push_back({time_ordered_id(s.random, "dlv", now), hook->id,
                              time_ordered_id(s.random, "msg", now),
                              hook->active ? DeliveryState::Pending : DeliveryState::Buffered});
  }
  nlohmann::json body = {{"event_id", req.event.id}, {"deliveries", req.deliveries.size()}};
  req.response = {202, body.dump()};
  return std::nullopt;
}

ApiResponse publish_answer(Services& s, bool queued_deliveries, const PublishResult& result) {
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
      if (queued_deliveries) s.wake_deliveries();
      break;
  }
  out.status = result.response.status;
  out.raw_body = result.response.body;
  return out;
}

// Answers once the event is committed (durable before 202), from the store's writer thread.
void publish(Services& s, ApiRequest r, ApiReply reply) {
  PublishRequest req;
  if (auto refused = prepare_publish(s, r, req)) return reply(std::move(*refused));
  const bool queued = !req.deliveries.empty();
  s.store.publish_async(std::move(req), [&s, queued, route = r.op->path, reply = std::move(reply)](
                                            std::optional<PublishResult> result, std::exception_ptr error) {
    reply(result ? publish_answer(s, queued, *result) : failure_response(route, error));
  });
}

nlohmann::json delivery_view(const DeliveryRecord& d) {
  return {{"id", d.id}, {"hook_id", d.hook_id}, {"event_id", d.event_id}, {"message_id", d.message_id},
          {"state", to_string(d.state)}, {"attempt_count", d.attempt_count},
          {"next_attempt_at", format_iso8601_ms(d.next_attempt_at)}, {"created_at", format_iso8601_ms(d.created_at)},
          {"updated_at", format_iso8601_ms(d.updated_at)}, {"last_error", d.last_error}};
}

ApiResponse deliveries_answer(Services& s, const ApiRequest& r, const DeliveryQuery& q) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& d : s.store.list_deliveries(r.account_id, q, kDeliveriesPageMax)) out.push_back(delivery_view(d));
  return {200, out};
}

// GET /v1/{account}/deliveries?event_id=
ApiResponse list_event_deliveries(Services& s, const ApiRequest& r) {
  DeliveryQuery q;
  for (const auto& item : r.input.items()) {
    if (item.key() != "event_id") return validation_error({{item.key(), "unknown_field", "unknown field"}});
    if (!item.value().is_string()) return validation_error({{"event_id", "invalid_type", "must be a string"}});
    q.event_id = item.value().get<std::string>();
  }
  return deliveries_answer(s, r, q);
}

// GET /v1/{account}/webhooks/{id}/deliveries
ApiResponse list_hook_deliveries(Services& s, const ApiRequest& r) {
  const auto& id = r.path_params.at("id");
  if (!s.store.get_hook(r.account_id, id)) return not_found("webhook");
  DeliveryQuery q;
  q.hook_id = id;
  return deliveries_answer(s, r, q);
}

ApiResponse retry_delivery(Services& s, const ApiRequest& r) {
  const auto& id = r.path_params.at("delivery_id");
  switch (s.store.retry_delivery(r.account_id, id, s.clock.now_ms())) {
    case RetryOutcome::NotFound: return not_found("delivery");
    case RetryOutcome::NotRetryable:
      return error_response(409, "not_retryable", "only failed or dropped deliveries can be retried");
    case RetryOutcome::Queued: break;
  }
  s.wake_deliveries();
  return {202, {{"id", id}, {"state", "pending"}}};
}

// GET /v1/{account}/deliveries/{delivery_id}: the delivery and its attempt log.
ApiResponse get_delivery(Services& s, const ApiRequest& r) {
  const auto& id = r.path_params.at("delivery_id");
  auto d = s.store.get_delivery(r.account_id, id);
  if (!d) return not_found("delivery");
  nlohmann::json out = delivery_view(*d);
  nlohmann::json attempts = nlohmann::json::array();
  for (const auto& a : s.store.list_attempts(r.account_id, id))
    attempts.push_back({{"id", a.id}, {"attempted_at", format_iso8601_ms(a.attempted_at)},
                        {"request_headers", a.request_headers},
                        {"status", a.status ? nlohmann::json(*a.status) : nlohmann::json()},
                        {"transport_error", a.transport_error}, {"response_excerpt", a.response_excerpt},
                        {"duration_ms", a.duration_ms}});
  out["attempts"] = std::move(attempts);
  return {200, out};
}

ApiResponse list_notifications(Services& s, const ApiRequest& r) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& n : s.store.list_notifications(r.account_id, kDeliveriesPageMax))
    out.push_back({{"id", n.id}, {"hook_id", n.hook_id}, {"kind", n.kind}, {"state", n.state}, {"body", n.body},
                   {"created_at", format_iso8601_ms(n.created_at)}});
  return {200, out};
}

}  // namespace

void add_async_event_handlers(std::map<std::string, AsyncApiHandler>& h) { h["publishEvent"] = publish; }

void add_event_handlers(std::map<std::string, ApiHandler>& h) {
  h["listEventDeliveries"] = list_event_deliveries;
  h["listDeliveries"] = list_hook_deliveries;
  h["retryDelivery"] = retry_delivery;
  h["getDelivery"] = get_delivery;
  h["listNotifications"] = list_notifications;
}

}  // namespace hookwork::runner
