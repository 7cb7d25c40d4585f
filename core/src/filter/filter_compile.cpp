// compile_filter: JSON filter -> flat node program, every problem reported with
// its path inside the filter. Recursion is bounded by kFilterMaxDepth before
// descending, and operands are depth-checked before they are copied.
#include <string>

#include "../validate/checks.hpp"
#include "hookwork/filter.hpp"
#include "hookwork/limits.hpp"
#include "hookwork/validate.hpp"

namespace hookwork {
namespace {

using nlohmann::json;
using Kind = FilterNode::Kind;

struct OpName { const char* name; FilterOp op; };
constexpr OpName kOps[] = {
    {"$eq", FilterOp::Eq}, {"$neq", FilterOp::Neq}, {"$gt", FilterOp::Gt}, {"$gte", FilterOp::Gte},
    {"$lt", FilterOp::Lt}, {"$lte", FilterOp::Lte}, {"$in", FilterOp::In}, {"$nin", FilterOp::Nin},
    {"$exists", FilterOp::Exists}, {"$prefix", FilterOp::Prefix}, {"$suffix", FilterOp::Suffix},
};

bool starts_with_dollar(const std::string& s) { return !s.empty() && s[0] == '$'; }

class Compiler {
 public:
  FieldErrors errors;
  std::vector<FilterNode> nodes;

  // One filter object: its keys are combined with an implicit $and.
  void filter(const json& f, const std::string& where, std::size_t depth) {
    if (depth > limits::kFilterMaxDepth) {
      errors.push_back({where, "too_deep", "filters nest at most " + std::to_string(limits::kFilterMaxDepth) + " levels"});
      return;
    }
    if (!f.is_object()) return errors.push_back(checks::invalid_type(where, "a filter object", f));
    if (f.empty()) return errors.push_back({where, "invalid_filter", "a nested filter must not be empty"});
    auto self = f.size() > 1 ? open(Kind::And, where) : std::nullopt;
    for (auto it = f.begin(); it != f.end() && !over_limit_; ++it) {
      auto field = checks::path_key(where, it.key());
      if (it.key() == "$and" || it.key() == "$or") {
        combinator(it.value(), field, it.key() == "$and", depth);
      } else if (it.key() == "$not") {
        if (auto not_node = open(Kind::Not, field)) {
          filter(it.value(), field, depth + 1);
          close(*not_node);
        }
      } else if (starts_with_dollar(it.key())) {
        errors.push_back({field, "invalid_filter", "unknown operator; use $and, $or, $not or a field path"});
      } else {
        condition(it.key(), it.value(), field, depth);
      }
    }
    if (self) close(*self);
  }

 private:
  bool over_limit_ = false;
  std::size_t budget_ = 0;

  bool count(std::size_t n, const std::string& where) {
    if (over_limit_) return false;
    budget_ += n;
    if (budget_ > limits::kFilterMaxNodes) {
      over_limit_ = true;
      errors.push_back({where, "too_large", "a filter has at most " + std::to_string(limits::kFilterMaxNodes) +
                                               " conditions, combinators and $in values"});
      return false;
    }
    return true;
  }

  std::optional<std::size_t> open(Kind kind, const std::string& where) {
    if (!count(1, where)) return std::nullopt;
    FilterNode n;
    n.kind = kind;
    nodes.push_back(std::move(n));
    return nodes.size() - 1;
  }
  void close(std::size_t self) { nodes[self].size = nodes.size() - self; }

  void combinator(const json& v, const std::string& where, bool is_and, std::size_t depth) {
    if (!v.is_array()) return errors.push_back(checks::invalid_type(where, "an array of filters", v));
    if (v.empty()) return errors.push_back({where, "invalid_filter", "needs at least one filter"});
    auto self = open(is_and ? Kind::And : Kind::Or, where);
    if (!self) return;
    for (std::size_t i = 0; i < v.size() && !over_limit_; ++i) filter(v[i], checks::path_index(where, i), depth + 1);
    close(*self);
  }

  bool valid_path(const std::string& path, const std::string& where) {
    if (path.size() > limits::kFilterPathMaxBytes) {
      errors.push_back({where, "too_long", "a path has at most " + std::to_string(limits::kFilterPathMaxBytes) + " bytes"});
      return false;
    }
    if (path.front() == '.' || path.back() == '.' || path.find("..") != std::string::npos) {
      errors.push_back({where, "invalid_filter", "a path is dot-separated names without empty parts"});
      return false;
    }
    return true;
  }

  static std::vector<std::string> split(const std::string& path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t dot; (dot = path.find('.', start)) != std::string::npos; start = dot + 1) {
      parts.push_back(path.substr(start, dot - start));
    }
    parts.push_back(path.substr(start));
    return parts;
  }

  void condition(const std::string& path, const json& v, const std::string& where, std::size_t depth) {
    if (path.empty()) return errors.push_back({where, "invalid_filter", "a field path must not be empty"});
    bool path_ok = valid_path(path, where);
    std::size_t dollar_keys = 0;
    if (v.is_object()) {
      for (auto it = v.begin(); it != v.end(); ++it) dollar_keys += starts_with_dollar(it.key()) ? 1 : 0;
    }
    if (dollar_keys == 0) {  // a plain value (or object) means $eq
      if (operand_ok(FilterOp::Eq, v, where, depth) && path_ok) add(split(path), FilterOp::Eq, v, where);
      return;
    }
    if (dollar_keys != v.size()) {
      return errors.push_back({where, "invalid_filter", "mixes operators ($...) and plain keys"});
    }
    std::optional<std::size_t> self;
    if (v.size() > 1 && path_ok && !(self = open(Kind::And, where))) return;
    for (auto it = v.begin(); it != v.end() && !over_limit_; ++it) {
      auto field = checks::path_key(where, it.key());
      const OpName* op = nullptr;
      for (const auto& o : kOps) {
        if (it.key() == o.name) op = &o;
      }
      if (!op) {
        bool combinator = it.key() == "$not" || it.key() == "$and" || it.key() == "$or";
        errors.push_back({field, "invalid_filter",
                          combinator ? "combinators apply to whole filters, not to one field's operators"
                                     : "unknown operator; use $eq $neq $gt $gte $lt $lte $in $nin $exists $prefix $suffix"});
        continue;
      }
      if (operand_ok(op->op, it.value(), field, depth) && path_ok) add(split(path), op->op, it.value(), field);
    }
    if (self) close(*self);
  }

  bool operand_ok(FilterOp op, const json& v, const std::string& where, std::size_t depth) {
    if (depth + json_depth(v, limits::kFilterMaxDepth) > limits::kFilterMaxDepth) {
      errors.push_back({where, "too_deep", "the value is nested too deeply"});
      return false;
    }
    switch (op) {
      case FilterOp::Gt: case FilterOp::Gte: case FilterOp::Lt: case FilterOp::Lte:
        if (v.is_number() || v.is_string()) return true;
        errors.push_back(checks::invalid_type(where, "a number or a string", v));
        return false;
      case FilterOp::In: case FilterOp::Nin:
        if (!v.is_array()) {
          errors.push_back(checks::invalid_type(where, "an array", v));
          return false;
        }
        return count(v.size(), where);
      case FilterOp::Exists:
        if (v.is_boolean()) return true;
        errors.push_back(checks::invalid_type(where, "a boolean", v));
        return false;
      case FilterOp::Prefix: case FilterOp::Suffix:
        if (v.is_string()) return true;
        errors.push_back(checks::invalid_type(where, "a string", v));
        return false;
      default:
        return true;
    }
  }

  void add(std::vector<std::string> parts, FilterOp op, const json& operand, const std::string& where) {
    if (!count(1, where)) return;
    FilterNode n;
    n.kind = Kind::Condition;
    n.path = std::move(parts);
    n.op = op;
    n.operand = operand;
    nodes.push_back(std::move(n));
  }
};

}  // namespace

Result<CompiledFilter> compile_filter(const json& filter) {
  if (filter.is_null() || (filter.is_object() && filter.empty())) return CompiledFilter{};
  if (!filter.is_object()) return FieldErrors{checks::invalid_type("", "a filter object", filter)};
  Compiler c;
  c.filter(filter, "", 1);
  if (!c.errors.empty()) return c.errors;
  return CompiledFilter{std::move(c.nodes)};
}

}  // namespace hookwork
