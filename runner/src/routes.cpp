#include "routes.hpp"

namespace hookwork::runner {
namespace {
using hookwork::ops::Parameter;
using hookwork::ops::ParamIn;
using hookwork::ops::Surface;

Parameter param(std::string name, std::string type, bool required, ParamIn in, std::string description,
                nlohmann::json example) {
  Parameter p;
  p.name = std::move(name);
  p.type = std::move(type);
  p.required = required;
  p.in = in;
  p.description = std::move(description);
  p.example = std::move(example);
  return p;
}

Parameter account() { return param("account", "string", true, ParamIn::Path, "Account id.", "acme"); }
}  // namespace

const std::vector<Operation>& runner_only_operations() {
  static const std::vector<Operation> kOps = {
      {"getSettings", "Get the account settings", "GET", "/v1/{account}/settings", Surface::Rest, "getSettings",
       {account()}, {}, 200, {401}, true},
      {"updateSettings", "Change the account settings (fields given replace the stored ones)", "PUT",
       "/v1/{account}/settings", Surface::Rest, "updateSettings",
       {account(),
        param("notification_url", "string", false, ParamIn::Body, "Where system notifications go (\"\" = none).",
              "https://ops.example.com/hookwork"),
        param("delete_requires_inactive", "boolean", false, ParamIn::Body,
              "Only deactivated hooks can be deleted (seed 003).", true),
        param("default_retry_policy", "object", false, ParamIn::Body,
              "Preset name or policy object used by hooks without their own.", "svix")},
       {"application/json"}, 200, {400, 401}, true},
      {"listEventDeliveries", "List the deliveries queued for the account, optionally of one event", "GET",
       "/v1/{account}/deliveries", Surface::Rest, "listEventDeliveries",
       {account(), param("event_id", "string", false, ParamIn::Query, "Only this event's deliveries.", "evt_x")}, {},
       200, {400, 401}, true},
      {"getDelivery", "Get one delivery with its attempt log (request headers redacted, status or transport error,"
       " response excerpt, duration)", "GET", "/v1/{account}/deliveries/{delivery_id}", Surface::Rest, "getDelivery",
       {account(), param("delivery_id", "string", true, ParamIn::Path, "Delivery id.", "dlv_x")}, {}, 200,
       {401, 404}, true},
      {"DeactivateWebHook", "Deactivate a webhook (function surface)", "POST", "/webservice/{account}/DeactivateWebHook",
       Surface::Function, "deactivateWebhook",
       {account(), param("id", "string", true, ParamIn::Body, "Webhook id.", "hook_x")},
       {"application/x-www-form-urlencoded", "application/json"}, 200, {400, 401, 404}, true},
  };
  return kOps;
}

const std::vector<const Operation*>& all_operations() {
  static const std::vector<const Operation*> kAll = [] {
    std::vector<const Operation*> all;
    for (const auto& op : hookwork::ops::operations()) all.push_back(&op);
    for (const auto& op : runner_only_operations()) all.push_back(&op);
    return all;
  }();
  return kAll;
}

}  // namespace hookwork::runner
