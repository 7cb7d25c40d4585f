#pragma once
// Which hooks an event goes to. Two layers:
//  - a hook's selectors (event type, app, source, list id, active), and
//  - an optional JSON filter on the event envelope, compiled once:
//      {"data.amount": {"$gt": 10}, "data.country": {"$in": ["DE","AT"]}}
//    operators $eq $neq $gt $gte $lt $lte $in $nin $exists $prefix $suffix on
//    dotted paths, $and $or $not combining filters; a plain value means $eq,
//    several keys mean $and; a path through an array matches when any element does.
// A malformed filter is a validation error naming the path inside the filter
// ("$and[1].data.amount.$gt"); matching never fails and never throws.
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/error.hpp"
#include "hookwork/model.hpp"

namespace hookwork {

enum class FilterOp { Eq, Neq, Gt, Gte, Lt, Lte, In, Nin, Exists, Prefix, Suffix };

// Flat, pre-split program: nodes in prefix order; a combinator's children follow
// it and `size` counts the whole subtree, so evaluation never re-parses JSON.
struct FilterNode {
  enum class Kind { And, Or, Not, Condition } kind = Kind::And;
  std::size_t size = 1;              // nodes in this subtree, itself included
  std::vector<std::string> path;     // Condition: "data.amount" -> {"data","amount"}
  FilterOp op = FilterOp::Eq;
  nlohmann::json operand;            // Condition: the value compared with
};

struct CompiledFilter {
  std::vector<FilterNode> nodes;     // empty: matches everything
  bool empty() const { return nodes.empty(); }
};

// null or {} -> the empty filter. Errors name the path inside the filter.
Result<CompiledFilter> compile_filter(const nlohmann::json& filter);
bool matches(const CompiledFilter& filter, const nlohmann::json& event_envelope);

// Holds many hooks' selectors and compiled filters; match() looks only at the
// hooks of the event's type (index by type), then the cheap selectors, then filters.
class HookMatcher {
 public:
  // Compiles hook.filter (already valid when the hook came from validate_hook);
  // errors name "filter...". Returns the hook's index (0, 1, ... in add order).
  Result<std::size_t> add(const HookSpec& hook);
  std::size_t size() const { return hooks_.size(); }

  // Indexes of the hooks that receive `event`, ascending. Inactive hooks are
  // skipped unless include_inactive (the runner buffers events for them).
  std::vector<std::size_t> match(const Event& event, bool include_inactive = false) const;

 private:
  struct Entry {
    std::string app;
    std::optional<EventSource> source;
    std::optional<std::string> list_id;
    bool active = true;
    CompiledFilter filter;
  };
  std::vector<Entry> hooks_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_type_;
};

}  // namespace hookwork
