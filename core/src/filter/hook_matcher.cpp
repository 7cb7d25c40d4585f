// HookMatcher: hooks indexed by event type, so an event looks only at the hooks
// of its type; the envelope is built once, and only when a candidate has a filter.
#include <optional>

#include "hookwork/filter.hpp"
#include "hookwork/validate.hpp"

namespace hookwork {

Result<std::size_t> HookMatcher::add(const HookSpec& hook) {
  auto compiled = compile_filter(hook.filter);
  if (!compiled) return nest_errors("filter", compiled.errors());
  hooks_.push_back({hook.app, hook.source, hook.list_id, hook.active, std::move(compiled).value()});
  by_type_[hook.event].push_back(hooks_.size() - 1);
  return hooks_.size() - 1;
}

std::vector<std::size_t> HookMatcher::match(const Event& event, bool include_inactive) const {
  std::vector<std::size_t> out;
  auto candidates = by_type_.find(event.type);
  if (candidates == by_type_.end()) return out;
  std::optional<nlohmann::json> envelope;
  for (std::size_t index : candidates->second) {
    const Entry& h = hooks_[index];
    if (!h.active && !include_inactive) continue;
    // The app narrows only when both sides name one: a hook without an app hears every app,
    // and an event that names none goes to every app's hooks (seed 000 hooks always carry
    // the app that created them, events published through the API often do not).
    if (!h.app.empty() && event.app && *event.app != h.app) continue;
    if (h.source && (!event.source || *event.source != *h.source)) continue;
    if (h.list_id && (!event.list_id || *event.list_id != *h.list_id)) continue;
    if (!h.filter.empty()) {
      if (!envelope) envelope = event_to_json(event);
      if (!matches(h.filter, *envelope)) continue;
    }
    out.push_back(index);
  }
  return out;
}

}  // namespace hookwork
