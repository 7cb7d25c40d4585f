#include "publish_work.hpp"

#include "api_keys.hpp"
#include "clock.hpp"
#include "hookwork/limits.hpp"
#include "router.hpp"
#include "rules.hpp"

namespace hookwork::bench {
namespace {

constexpr std::size_t kKept = 4096;
const char* const kAccount = "bench";

PublishAnswer error(int status, const char* code) {
  return {status, nlohmann::json{{"error", {{"code", code}}}}.dump()};
}

}  // namespace

PublishWork::PublishWork(const std::string& api_key) : key_hash_(runner::sha256_hex(api_key)), accepted_(kKept) {
  HookSpec hook;
  hook.event = "optin_finalized";
  hook.url = "https://receiver.example.com/hook";
  if (!matcher_.add(hook).ok()) throw std::logic_error("bench hook does not compile");
}

PublishAnswer PublishWork::handle(const std::string& method, const std::string& path,
                                  const std::string& authorization, const std::string& body) {
  auto token = runner::bearer_token(authorization);
  auto presented = runner::sha256_hex(token.value_or(""));
  {
    // The runner looks verified keys up in a map under a lock; so does this, with one key.
    std::lock_guard<std::mutex> lock(mu_);
    if (!token || !runner::digests_equal(presented, key_hash_)) return error(401, "unauthorized");
  }
  runner::RouteMiss miss;
  auto route = runner::match_route(method, path, miss);
  if (!route || route->handler->name != "publishEvent") return error(404, "not_found");
  if (route->params["account"] != kAccount) return error(404, "not_found");
  auto input = runner::parse_json_object_body(body);
  if (!input.ok()) return error(400, "validation_failed");
  const auto now = runner::SystemClock().now_ms();  // the runner reads its clock once per publish too
  auto event = runner::rules::validate_event(input.value(), runner::time_ordered_id(random_, "evt", now),
                                             limits::kDefaultEventMaxBytes);
  if (!event.ok()) return error(400, "validation_failed");
  auto hooks = matcher_.match(event.value(), /*include_inactive=*/true);
  // The request hash is what the runner keeps for Idempotency-Key checks.
  Accepted a{event.value().id, "", "", event.value().canonical, runner::sha256_hex(body)};
  if (!hooks.empty()) {
    a.delivery_id = runner::time_ordered_id(random_, "dlv", now);
    a.message_id = runner::time_ordered_id(random_, "msg", now);
  }
  std::string answer = nlohmann::json{{"event_id", a.event_id}, {"deliveries", hooks.size()}}.dump();
  std::lock_guard<std::mutex> lock(mu_);
  accepted_[next_++ % kKept] = std::move(a);
  return {202, std::move(answer)};
}

}  // namespace hookwork::bench
