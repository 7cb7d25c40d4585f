#include "expected_request.hpp"

#include <boost/json.hpp>
#include <map>
#include <sstream>

#include "support/json_crosscheck.hpp"

namespace hookwork::test {
namespace {

using nlohmann::json;

// Independent of core/src/samples/percent_encoding.cpp on purpose.
std::string encode(const std::string& s) {
  std::ostringstream out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || std::string("-._~").find(static_cast<char>(c)) != std::string::npos) {
      out << static_cast<char>(c);
    } else {
      out << '%' << std::uppercase << std::hex;
      out.width(2);
      out.fill('0');
      out << static_cast<int>(c) << std::dec;
    }
  }
  return out.str();
}

std::string text_of(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  return v.dump();
}

std::map<std::string, std::string> decode_pairs(const std::string& s) {
  std::map<std::string, std::string> out;
  std::size_t pos = 0;
  while (pos <= s.size() && !s.empty()) {
    std::size_t amp = s.find('&', pos);
    if (amp == std::string::npos) amp = s.size();
    const std::string pair = s.substr(pos, amp - pos);
    const auto eq = pair.find('=');
    out[percent_decode(pair.substr(0, eq))] = eq == std::string::npos ? "" : percent_decode(pair.substr(eq + 1));
    pos = amp + 1;
  }
  return out;
}

std::string shorten(const std::string& s) { return s.size() > 300 ? s.substr(0, 300) + "..." : s; }

}  // namespace

std::string percent_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

ExpectedRequest expected_request(const ops::Operation& op, const json& params, const std::string& api_key,
                                 const std::string& content_type) {
  ExpectedRequest e;
  e.method = op.method;
  std::string path = op.path;
  std::string query;
  json body = json::object();
  std::string form;
  for (const auto& p : op.parameters) {
    if (!params.contains(p.name)) continue;
    const json& v = params.at(p.name);
    switch (p.in) {
      case ops::ParamIn::Path: {
        const std::string slot = "{" + p.name + "}";
        path.replace(path.find(slot), slot.size(), encode(text_of(v)));
        break;
      }
      case ops::ParamIn::Query: query += (query.empty() ? "?" : "&") + encode(p.name) + "=" + encode(text_of(v)); break;
      case ops::ParamIn::Header: e.headers.emplace_back(p.name, text_of(v)); break;
      case ops::ParamIn::Body:
        body[p.name] = v;
        form += (form.empty() ? "" : "&") + encode(p.name) + "=" + encode(text_of(v));
        break;
    }
  }
  e.target = path + query;
  e.headers.emplace_back("Authorization", "Bearer " + api_key);
  if (!op.content_types.empty()) {
    e.has_body = true;
    e.content_type = content_type.empty() ? op.content_types.front() : content_type;
    e.headers.emplace_back("Content-Type", e.content_type);
    e.body = e.content_type == "application/json" ? body.dump() : form;
  }
  return e;
}

std::vector<std::string> differences(const ExpectedRequest& want, const RecordedRequest& got,
                                     const ops::Operation& op, const json& params) {
  std::vector<std::string> diffs;
  if (got.method != want.method) diffs.push_back("method: got " + got.method + ", want " + want.method);
  if (got.target != want.target) diffs.push_back("target: got " + shorten(got.target) + "\n  want " + shorten(want.target));
  for (const auto& [name, value] : want.headers) {
    bool found = false;
    const std::string actual = got.header(name, &found);
    if (!found) diffs.push_back("header " + name + " missing");
    else if (actual != value) diffs.push_back("header " + name + ": got [" + shorten(actual) + "] want [" + shorten(value) + "]");
  }
  if (want.has_body && got.body != want.body)
    diffs.push_back("body: got [" + shorten(got.body) + "]\n  want [" + shorten(want.body) + "]");
  if (!want.has_body && !got.body.empty()) diffs.push_back("unexpected body: " + shorten(got.body));

  // Decoded views of what arrived against the values themselves.
  const std::string path = got.target.substr(0, got.target.find('?'));
  const std::string query = got.target.find('?') == std::string::npos ? "" : got.target.substr(got.target.find('?') + 1);
  const auto query_pairs = decode_pairs(query);
  std::vector<std::string> segments;
  for (std::size_t pos = 1; pos <= path.size();) {
    std::size_t slash = path.find('/', pos);
    if (slash == std::string::npos) slash = path.size();
    segments.push_back(percent_decode(path.substr(pos, slash - pos)));
    pos = slash + 1;
  }
  std::vector<std::string> template_segments;
  for (std::size_t pos = 1; pos <= op.path.size();) {
    std::size_t slash = op.path.find('/', pos);
    if (slash == std::string::npos) slash = op.path.size();
    template_segments.push_back(op.path.substr(pos, slash - pos));
    pos = slash + 1;
  }
  for (const auto& p : op.parameters) {
    if (!params.contains(p.name)) continue;
    const std::string value = text_of(params.at(p.name));
    if (p.in == ops::ParamIn::Path) {
      for (std::size_t i = 0; i < template_segments.size(); ++i)
        if (template_segments[i] == "{" + p.name + "}" && (i >= segments.size() || segments[i] != value))
          diffs.push_back("decoded path segment " + p.name + " differs");
    } else if (p.in == ops::ParamIn::Query) {
      auto it = query_pairs.find(p.name);
      if (it == query_pairs.end() || it->second != value) diffs.push_back("decoded query " + p.name + " differs");
    }
  }
  if (want.has_body && want.content_type == "application/json") {
    boost::system::error_code ec;
    const auto parsed = boost::json::parse(got.body, ec);
    json body = json::object();
    for (const auto* p : ops::parameters_in(op, ops::ParamIn::Body))
      if (params.contains(p->name)) body[p->name] = params.at(p->name);
    std::string where;
    if (ec) diffs.push_back("body is not JSON for Boost.JSON: " + ec.message());
    else if (!same_json(parsed, body, &where)) diffs.push_back("JSON body differs at " + where);
  } else if (want.has_body) {
    const auto form = decode_pairs(got.body);
    for (const auto* p : ops::parameters_in(op, ops::ParamIn::Body)) {
      if (!params.contains(p->name)) continue;
      auto it = form.find(p->name);
      if (it == form.end() || it->second != text_of(params.at(p->name)))
        diffs.push_back("decoded form field " + p->name + " differs");
    }
  }
  return diffs;
}

}  // namespace hookwork::test
