#include "operations.hpp"

namespace hookwork::runner {
namespace {
OperationParam account() { return {"account", "path", true, "string", "account id"}; }
OperationParam hook_id() { return {"id", "path", true, "string", "webhook id"}; }
std::vector<OperationParam> hook_body(bool create) {
  return {{"app", "body", false, "string", "internal name, filterable (seed 000)"},
          {"event", "body", create, "string", "event type name"},
          {"url", "body", create, "string", "absolute http(s) URL receiving the events"},
          {"method", "body", false, "string", "POST (default) or GET"},
          {"user", "body", false, "string", "user id for authentication (seed 002)"},
          {"source", "body", false, "string", "api | console | recipient (seed 004)"},
          {"list_id", "body", false, "string", "list the hook belongs to (seed 004)"},
          {"batch_max", "body", false, "integer", "events per request, 1..100 (seed 003)"},
          {"basic_auth", "body", false, "object", "{username, password} (seed 003)"},
          {"headers", "body", false, "object", "custom headers"},
          {"encryption_key", "body", false, "string", "legacy RC4+Base64 body encryption (seed 004)"},
          {"parameters", "body", false, "object", "placeholders such as [Email] (seed 004)"},
          {"retry_policy", "body", false, "object", "preset name or policy"},
          {"filter", "body", false, "object", "JSON filter on the event"},
          {"ordering", "body", false, "string", "none | fifo"},
          {"active", "body", false, "boolean", "start active (default true)"}};
}
std::vector<OperationParam> with(std::vector<OperationParam> a, const std::vector<OperationParam>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}
}  // namespace

const std::vector<Operation>& operations() {
  static const std::vector<Operation> kOps = {
      {"GetWebHooks", "GET", "/v1/{account}/webhooks", "hooks.list", "List the account's webhooks", 200,
       {account(), {"app", "query", false, "string", "only this app"},
        {"event", "query", false, "string", "only this event type"}}},
      {"GetWebHookEventTypes", "GET", "/v1/{account}/webhooks/events", "catalog.list",
       "List the event types hooks can subscribe to", 200, {account()}},
      {"GetWebHook", "GET", "/v1/{account}/webhooks/{id}", "hooks.get", "Get one webhook", 200,
       {account(), hook_id()}},
      {"CreateWebHook", "POST", "/v1/{account}/webhooks", "hooks.create",
       "Create a webhook; answers its signing secret once", 201, with({account()}, hook_body(true))},
      {"UpdateWebHook", "PUT", "/v1/{account}/webhooks/{id}", "hooks.update",
       "Change a webhook (fields given are replaced)", 200, with({account(), hook_id()}, hook_body(false))},
      {"DeleteWebHookById", "DELETE", "/v1/{account}/webhooks/{id}", "hooks.delete", "Delete a webhook", 200,
       {account(), hook_id()}},
      {"ActivateWebHook", "POST", "/v1/{account}/webhooks/{id}/activate", "hooks.activate",
       "Activate a webhook; replayEvents=1 sends the events buffered while it was inactive", 200,
       {account(), hook_id(), {"replayEvents", "body", false, "integer", "1 = replay buffered events"}}},
      {"DeactivateWebHook", "POST", "/v1/{account}/webhooks/{id}/deactivate", "hooks.deactivate",
       "Deactivate a webhook; its events are buffered", 200, {account(), hook_id()}},
      {"PublishEvent", "POST", "/v1/{account}/events", "events.publish",
       "Publish an event; durable before 202; Idempotency-Key header honoured for 24 h", 202,
       {account(), {"type", "body", true, "string", "event type"},
        {"occurred_at", "body", false, "string", "ISO 8601 time of the event"},
        {"app", "body", false, "string", "only hooks of this app"},
        {"source", "body", false, "string", "api | console | recipient"},
        {"list_id", "body", false, "string", "list of the event"},
        {"data", "body", false, "object", "the event's payload"}}},
      {"GetDeliveries", "GET", "/v1/{account}/deliveries", "deliveries.list", "List queued and past deliveries",
       200, {account(), {"event_id", "query", false, "string", "only this event's deliveries"}}},
      {"GetSettings", "GET", "/v1/{account}/settings", "settings.get", "Get the account settings", 200,
       {account()}},
      {"UpdateSettings", "PUT", "/v1/{account}/settings", "settings.update",
       "Change the account settings (notification URL, delete rule, default retry policy)", 200,
       {account(), {"notification_url", "body", false, "string", "where system notifications go"},
        {"delete_requires_inactive", "body", false, "boolean", "only deactivated hooks can be deleted"},
        {"default_retry_policy", "body", false, "object", "preset name or policy"}}},
  };
  return kOps;
}

const Operation* find_operation_by_name(const std::string& name) {
  for (const auto& op : operations())
    if (op.name == name) return &op;
  return nullptr;
}

}  // namespace hookwork::runner
