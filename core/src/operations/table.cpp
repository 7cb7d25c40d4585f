// The operation table. Adding an operation here adds a route to the runner,
// a path to the OpenAPI document and a sample in every target.
#include <algorithm>

#include "hookwork/operations.hpp"

namespace hookwork::ops {
namespace {

using nlohmann::json;

Parameter param(std::string name, std::string type, bool required, ParamIn in, std::string description,
                json example, std::vector<std::string> enum_values = {}, std::string format = "") {
  return Parameter{std::move(name), std::move(type), required,         in, std::move(description),
                   std::move(example), std::move(enum_values), std::move(format)};
}

Parameter account() {
  return param("account", "string", true, ParamIn::Path, "Account the API key belongs to.", "acme");
}
Parameter hook_id() {
  return param("id", "string", true, ParamIn::Path, "Webhook id as returned by create.", "wh_8f14e45f");
}

// The hook spec fields accepted by create (all) and update (same fields, none required).
std::vector<Parameter> hook_fields(bool for_create) {
  const bool req = for_create;
  return {
      param("app", "string", req, ParamIn::Body, "Tenant's internal application name.", "newsletter"),
      param("event", "string", req, ParamIn::Body, "Event type name (see listEventTypes).", "optin_finalized"),
      param("url", "string", req, ParamIn::Body, "Callback URL (http or https).",
            "https://example.com/hooks/optin", {}, "uri"),
      param("method", "string", false, ParamIn::Body,
            "Delivery method; GET puts the url-encoded JSON in query key 'payload'.", "POST", {"GET", "POST"}),
      param("user", "string", false, ParamIn::Body, "User id for authentication at the receiver.", "u-1001"),
      param("source", "string", false, ParamIn::Body, "Only events from this source; absent = any.", "api",
            {"api", "console", "recipient"}),
      param("list_id", "string", false, ParamIn::Body, "Only events of this list; absent = any list.", "list-7"),
      param("batch_max", "integer", false, ParamIn::Body, "Events per request, 1..100.", 1),
      param("basic_auth", "object", false, ParamIn::Body, "Basic auth credentials {username, password}.",
            json{{"username", "hook"}, {"password", "s3cret"}}),
      param("headers", "array", false, ParamIn::Body, "Custom headers [{name, value}].",
            json::array({json{{"name", "X-Tenant"}, {"value", "acme"}}})),
      param("encryption_key", "string", false, ParamIn::Body,
            "Legacy RC4+Base64 body encryption key (compatibility only).", "legacy-key"),
      param("parameters", "array", false, ParamIn::Body, "Placeholders to send instead of the whole event.",
            json::array({"[Email]", "[EventDate]"})),
      param("retry_policy", "object", false, ParamIn::Body, "Retry policy object; absent = account default.",
            json{{"preset", "standard"}}),
      param("filter", "object", false, ParamIn::Body, "JSON filter on the event.",
            json{{"data.country", json{{"$eq", "DE"}}}}),
      param("ordering", "string", false, ParamIn::Body, "Delivery ordering.", "none", {"none", "fifo"}),
      param("active", "boolean", false, ParamIn::Body, "Whether the hook receives events.", true),
      param("connect_timeout_ms", "integer", false, ParamIn::Body,
            "Milliseconds to connect to the URL (100..10000); absent = the runner's default.", 3000),
      param("timeout_ms", "integer", false, ParamIn::Body,
            "Milliseconds one delivery attempt may take in all (100..30000); absent = the runner's default.", 10000),
  };
}

std::vector<Parameter> with_account(std::vector<Parameter> rest) {
  rest.insert(rest.begin(), account());
  return rest;
}

const std::vector<std::string> kJson = {"application/json"};
const std::vector<std::string> kFormOrJson = {"application/x-www-form-urlencoded", "application/json"};

std::vector<Operation> build_table() {
  std::vector<Operation> t;
  auto rest = [&](std::string name, std::string summary, std::string method, std::string path,
                  std::vector<Parameter> params, std::vector<std::string> content, int ok,
                  std::vector<int> errors) {
    std::string handler = name;
    t.push_back(Operation{std::move(name), std::move(summary), std::move(method), std::move(path), Surface::Rest,
                          std::move(handler), with_account(std::move(params)), std::move(content), ok,
                          std::move(errors), true});
  };
  auto function = [&](std::string name, std::string summary, std::string handler, std::vector<Parameter> params) {
    std::string path = "/webservice/{account}/" + name;
    t.push_back(Operation{std::move(name), std::move(summary), "POST", std::move(path), Surface::Function,
                          std::move(handler), with_account(std::move(params)), kFormOrJson, 200,
                          {400, 401, 404}, true});
  };

  rest("listWebhooks", "List the account's webhooks", "GET", "/v1/{account}/webhooks",
       {param("app", "string", false, ParamIn::Query, "Only hooks of this app.", "newsletter"),
        param("event", "string", false, ParamIn::Query, "Only hooks for this event type.", "optin_finalized"),
        param("active", "boolean", false, ParamIn::Query, "Only active (true) or inactive (false) hooks.", true)},
       {}, 200, {400, 401});
  rest("listEventTypes", "List the event types hooks can subscribe to", "GET", "/v1/{account}/webhooks/events", {},
       {}, 200, {401});
  rest("getWebhook", "Get one webhook", "GET", "/v1/{account}/webhooks/{id}", {hook_id()}, {}, 200, {401, 404});
  rest("createWebhook", "Create a webhook; answers its id and signing secret", "POST", "/v1/{account}/webhooks",
       hook_fields(true), kJson, 201, {400, 401});
  {
    auto fields = hook_fields(false);
    fields.insert(fields.begin(), hook_id());
    rest("updateWebhook", "Update a webhook (fields given replace the stored ones)", "PUT",
         "/v1/{account}/webhooks/{id}", std::move(fields), kJson, 200, {400, 401, 404});
  }
  rest("deleteWebhook", "Delete a deactivated webhook", "DELETE", "/v1/{account}/webhooks/{id}", {hook_id()}, {},
       200, {401, 404, 409});
  rest("activateWebhook", "Activate a webhook, optionally replaying the events buffered while inactive", "POST",
       "/v1/{account}/webhooks/{id}/activate",
       {hook_id(), param("replay_events", "boolean", false, ParamIn::Body,
                         "Replay events buffered while the hook was inactive.", true)},
       kJson, 200, {400, 401, 404});
  rest("deactivateWebhook", "Deactivate a webhook; its events are buffered", "POST",
       "/v1/{account}/webhooks/{id}/deactivate", {hook_id()}, {}, 200, {401, 404});
  rest("listDeliveries", "List a webhook's delivery attempts", "GET", "/v1/{account}/webhooks/{id}/deliveries",
       {hook_id()}, {}, 200, {401, 404});
  rest("retryDelivery", "Retry a failed delivery now", "POST", "/v1/{account}/deliveries/{delivery_id}/retry",
       {param("delivery_id", "string", true, ParamIn::Path, "Delivery id from listDeliveries.", "dlv_3c59dc04")},
       {}, 202, {401, 404, 409});
  rest("publishEvent", "Publish an event; answers 202 with its id once it is stored", "POST", "/v1/{account}/events",
       {param("Idempotency-Key", "string", false, ParamIn::Header,
              "Repeating a publish with the same key answers the first event id.", "order-1001-paid"),
        param("type", "string", true, ParamIn::Body, "Event type name.", "optin_finalized"),
        param("occurred_at", "string", true, ParamIn::Body, "When it happened, ISO 8601.",
              "2026-11-22T08:00:00Z", {}, "date-time"),
        param("data", "object", true, ParamIn::Body, "Event data.", json{{"email", "ann@example.com"}}),
        param("app", "string", false, ParamIn::Body, "Only hooks of this app receive it.", "newsletter"),
        param("source", "string", false, ParamIn::Body, "Where the event came from.", "api",
              {"api", "console", "recipient"}),
        param("list_id", "string", false, ParamIn::Body, "List the event belongs to.", "list-7")},
       kJson, 202, {400, 401, 413});
  rest("listNotifications", "List system notifications (e.g. auto-deactivated hooks)", "GET",
       "/v1/{account}/notifications", {}, {}, 200, {401});

  function("CreateWebHook", "Create a webhook (seed function surface)", "createWebhook",
           {param("app", "string", true, ParamIn::Body, "Tenant's internal application name.", "newsletter"),
            param("event", "string", true, ParamIn::Body, "Event type name.", "optin_finalized"),
            param("url", "string", true, ParamIn::Body, "Callback URL.", "https://example.com/hooks/optin", {},
                  "uri")});
  function("GetWebHooks", "List webhooks, filtered by app and event (seed function surface)", "listWebhooks",
           {param("app", "string", false, ParamIn::Body, "Only hooks of this app.", "newsletter"),
            param("event", "string", false, ParamIn::Body, "Only hooks for this event type.", "optin_finalized")});
  function("ActivateWebHook", "Activate a webhook (seed function surface)", "activateWebhook",
           {param("id", "string", true, ParamIn::Body, "Webhook id.", "wh_8f14e45f"),
            param("replayEvents", "integer", false, ParamIn::Body, "1 replays buffered events, 0 does not.", 1,
                  {"0", "1"})});
  function("DeleteWebHookById", "Delete a webhook (seed function surface)", "deleteWebhook",
           {param("id", "string", true, ParamIn::Body, "Webhook id.", "wh_8f14e45f")});
  return t;
}

}  // namespace

const std::vector<Operation>& operations() {
  static const std::vector<Operation> table = build_table();
  return table;
}

const Operation* find_operation(std::string_view name) {
  const auto& t = operations();
  auto it = std::find_if(t.begin(), t.end(), [&](const Operation& op) { return op.name == name; });
  return it == t.end() ? nullptr : &*it;
}

std::vector<const Parameter*> parameters_in(const Operation& op, ParamIn where) {
  std::vector<const Parameter*> out;
  for (const auto& p : op.parameters)
    if (p.in == where) out.push_back(&p);
  return out;
}

}  // namespace hookwork::ops
