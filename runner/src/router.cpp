#include "router.hpp"

#include <cctype>

#include "hookwork/limits.hpp"

namespace hookwork::runner {
namespace {

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '/') { ++i; continue; }
    auto j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    out.push_back(path.substr(i, j - i));
    i = j;
  }
  return out;
}

bool is_placeholder(const std::string& seg) { return seg.size() > 2 && seg.front() == '{' && seg.back() == '}'; }

// Number of literal segments matched, or -1.
int match_template(const std::vector<std::string>& tmpl, const std::vector<std::string>& segs,
                   std::map<std::string, std::string>& params) {
  if (tmpl.size() != segs.size()) return -1;
  int literals = 0;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (is_placeholder(tmpl[i])) {
      if (segs[i].empty()) return -1;
      params[tmpl[i].substr(1, tmpl[i].size() - 2)] = segs[i];
    } else if (tmpl[i] == segs[i]) {
      ++literals;
    } else {
      return -1;
    }
  }
  return literals;
}

}  // namespace

std::optional<RouteMatch> match_route(const std::string& method, const std::string& path, RouteMiss& miss) {
  miss = RouteMiss::NotFound;
  auto segs = split_path(path);
  if (segs.size() == 3 && segs[0] == "webservice") {
    const Operation* op = find_operation_by_name(segs[2]);
    if (!op) return std::nullopt;
    if (method != "POST" && method != "GET") {
      miss = RouteMiss::MethodNotAllowed;
      return std::nullopt;
    }
    RouteMatch m;
    m.op = op;
    m.params["account"] = segs[1];
    m.function_surface = true;
    return m;
  }
  std::optional<RouteMatch> best;
  int best_literals = -1;
  for (const auto& op : operations()) {
    std::map<std::string, std::string> params;
    int literals = match_template(split_path(op.path), segs, params);
    if (literals < 0) continue;
    if (op.method != method) {
      miss = RouteMiss::MethodNotAllowed;
      continue;
    }
    if (literals > best_literals) {
      best_literals = literals;
      best = RouteMatch{&op, std::move(params), false};
    }
  }
  // A literal route of another method beats a placeholder match ("/webhooks/events" is not a hook id).
  if (best) {
    for (const auto& op : operations()) {
      std::map<std::string, std::string> params;
      if (op.method != method && match_template(split_path(op.path), segs, params) > best_literals) {
        miss = RouteMiss::MethodNotAllowed;
        return std::nullopt;
      }
    }
  }
  return best;
}

nlohmann::json coerce_string_params(const Operation& op, const std::multimap<std::string, std::string>& params) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [key, value] : params) {
    std::string type = "string";
    for (const auto& p : op.params)
      if (p.name == key) type = p.type;
    nlohmann::json v = value;
    if (type == "integer") {
      bool digits = !value.empty() && value.size() < 18;
      for (std::size_t i = 0; i < value.size(); ++i)
        digits = digits && (std::isdigit(static_cast<unsigned char>(value[i])) || (i == 0 && value[i] == '-'));
      if (digits && value != "-") v = std::stoll(value);
    } else if (type == "boolean") {
      if (value == "true" || value == "1") v = true;
      else if (value == "false" || value == "0") v = false;
    } else if (type == "object" && !value.empty() && (value[0] == '{' || value[0] == '[')) {
      auto parsed = nlohmann::json::parse(value, nullptr, false);
      if (!parsed.is_discarded()) v = parsed;
    }
    out[key] = v;  // a repeated key keeps its last value
  }
  return out;
}

Result<nlohmann::json> parse_json_object_body(const std::string& body) {
  if (body.empty()) return nlohmann::json::object();
  // Depth is checked by the parser callback so a deeply nested body cannot exhaust the stack.
  std::size_t depth = 0;
  bool too_deep = false;
  auto guard = [&](int /*depth*/, nlohmann::json::parse_event_t ev, nlohmann::json& /*parsed*/) {
    if (ev == nlohmann::json::parse_event_t::object_start || ev == nlohmann::json::parse_event_t::array_start) {
      if (++depth > limits::kJsonMaxDepth + 1) too_deep = true;
    } else if (ev == nlohmann::json::parse_event_t::object_end || ev == nlohmann::json::parse_event_t::array_end) {
      --depth;
    }
    return !too_deep;
  };
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(body, guard, true);
  } catch (const nlohmann::json::exception& e) {
    if (too_deep)
      return Result<nlohmann::json>::failure("", "too_deep",
                                             "JSON nested deeper than " + std::to_string(limits::kJsonMaxDepth));
    return Result<nlohmann::json>::failure("", "invalid_json", std::string("body is not valid JSON: ") + e.what());
  }
  if (too_deep)
    return Result<nlohmann::json>::failure("", "too_deep",
                                           "JSON nested deeper than " + std::to_string(limits::kJsonMaxDepth));
  if (j.is_discarded() || !j.is_object()) return Result<nlohmann::json>::failure("", "type", "body must be a JSON object");
  return j;
}

}  // namespace hookwork::runner
