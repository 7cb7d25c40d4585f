// matches(): evaluates the flat program against an event envelope. A path
// through an array looks at every element ("any element matches"); a value
// that is itself an array matches $eq/$in/comparisons when the array or any element does.
#include "hookwork/filter.hpp"

namespace hookwork {
namespace {

using nlohmann::json;
using Kind = FilterNode::Kind;

void resolve(const json& v, const std::vector<std::string>& path, std::size_t k, std::vector<const json*>& out) {
  if (k == path.size()) return out.push_back(&v);
  if (v.is_object()) {
    auto it = v.find(path[k]);
    if (it != v.end()) resolve(*it, path, k + 1, out);
  } else if (v.is_array()) {
    const auto& seg = path[k];
    bool numeric = !seg.empty() && seg.size() < 10 && seg.find_first_not_of("0123456789") == std::string::npos;
    if (numeric && std::stoul(seg) < v.size()) resolve(v[std::stoul(seg)], path, k + 1, out);
    for (const auto& element : v) {
      if (element.is_object()) resolve(element, path, k, out);
    }
  }
}

bool comparable(const json& a, const json& b) {
  return (a.is_number() && b.is_number()) || (a.is_string() && b.is_string());
}

bool test_scalar(FilterOp op, const json& value, const json& operand) {
  switch (op) {
    case FilterOp::Eq: return value == operand;
    case FilterOp::In:
      for (const auto& candidate : operand) {
        if (value == candidate) return true;
      }
      return false;
    case FilterOp::Gt: return comparable(value, operand) && operand < value;
    case FilterOp::Gte: return comparable(value, operand) && !(value < operand);
    case FilterOp::Lt: return comparable(value, operand) && value < operand;
    case FilterOp::Lte: return comparable(value, operand) && !(operand < value);
    case FilterOp::Prefix: {
      if (!value.is_string()) return false;
      const auto& s = value.get_ref<const std::string&>();
      const auto& p = operand.get_ref<const std::string&>();
      return s.compare(0, p.size(), p) == 0 && s.size() >= p.size();
    }
    case FilterOp::Suffix: {
      if (!value.is_string()) return false;
      const auto& s = value.get_ref<const std::string&>();
      const auto& p = operand.get_ref<const std::string&>();
      return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
    }
    default: return false;
  }
}

// True when the value, or (for an array) any of its elements, passes.
bool test_value(FilterOp op, const json& value, const json& operand) {
  if (test_scalar(op, value, operand)) return true;
  if (value.is_array()) {
    for (const auto& element : value) {
      if (test_scalar(op, element, operand)) return true;
    }
  }
  return false;
}

bool test_condition(const FilterNode& n, const json& envelope) {
  std::vector<const json*> found;
  resolve(envelope, n.path, 0, found);
  auto any = [&](FilterOp op) {
    for (const json* v : found) {
      if (test_value(op, *v, n.operand)) return true;
    }
    return false;
  };
  switch (n.op) {
    case FilterOp::Exists: return found.empty() != n.operand.get<bool>();
    case FilterOp::Neq: return !any(FilterOp::Eq);  // missing field: not equal
    case FilterOp::Nin: return !any(FilterOp::In);
    default: return any(n.op);
  }
}

bool eval(const std::vector<FilterNode>& nodes, std::size_t i, const json& envelope) {
  const auto& n = nodes[i];
  switch (n.kind) {
    case Kind::Condition: return test_condition(n, envelope);
    case Kind::Not: return !eval(nodes, i + 1, envelope);
    case Kind::And:
      for (std::size_t c = i + 1; c < i + n.size; c += nodes[c].size) {
        if (!eval(nodes, c, envelope)) return false;
      }
      return true;
    case Kind::Or:
      for (std::size_t c = i + 1; c < i + n.size; c += nodes[c].size) {
        if (eval(nodes, c, envelope)) return true;
      }
      return false;
  }
  return false;
}

}  // namespace

bool matches(const CompiledFilter& filter, const json& event_envelope) {
  return filter.empty() || eval(filter.nodes, 0, event_envelope);
}

}  // namespace hookwork
