#include "hookwork/url.hpp"

#include "checks.hpp"
#include "hookwork/limits.hpp"
#include "hookwork/punycode.hpp"
#include "ip_address.hpp"
#include "url_host.hpp"

namespace hookwork {
namespace {

bool is_hex(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

// Path and query as sent: non-ASCII bytes and a few unsafe ASCII characters
// percent-encoded (as browsers do), existing escapes kept; nullopt + message when refused.
std::optional<std::string> normalize_path_and_query(std::string_view rest, std::string& why) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  if (rest.empty() || rest[0] == '?') out = "/";
  for (std::size_t i = 0; i < rest.size(); ++i) {
    auto c = static_cast<unsigned char>(rest[i]);
    if (c == '%') {
      if (i + 2 >= rest.size() || !is_hex(rest[i + 1]) || !is_hex(rest[i + 2])) {
        why = "'%' must be followed by two hex digits";
        return std::nullopt;
      }
      out += rest.substr(i, 3);
      i += 2;
    } else if (c >= 0x80 || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}' || c == '|' ||
               c == '^') {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

bool is_localhost_name(const std::string& host) {
  std::string h = host;
  if (!h.empty() && h.back() == '.') h.pop_back();
  return h == "localhost" || (h.size() > 10 && h.compare(h.size() - 10, 10, ".localhost") == 0);
}

bool ip_allowed(const ip::Address& a, const UrlPolicy& policy) {
  if (ip::classify(a) == AddressClass::Public || policy.allow_private) return true;
  for (const auto& text : policy.allow_cidrs) {
    auto cidr = ip::parse_cidr(text);
    if (cidr && ip::contains(*cidr, a)) return true;
  }
  return false;
}

Result<ParsedUrl> refuse(std::string message) { return Result<ParsedUrl>::failure("", "invalid_url", std::move(message)); }

}  // namespace

const char* to_string(AddressClass c) {
  switch (c) {
    case AddressClass::Public: return "public";
    case AddressClass::Private: return "private";
    case AddressClass::Loopback: return "loopback";
    case AddressClass::LinkLocal: return "link_local";
    case AddressClass::Cgnat: return "cgnat";
    case AddressClass::Multicast: return "multicast";
    case AddressClass::Reserved: return "reserved";
    case AddressClass::Unspecified: return "unspecified";
    case AddressClass::Documentation: return "documentation";
    case AddressClass::Benchmarking: return "benchmarking";
    case AddressClass::SixToFour: return "6to4";
    case AddressClass::Nat64: return "nat64";
    case AddressClass::Teredo: return "teredo";
    case AddressClass::Broadcast: return "broadcast";
  }
  return "reserved";
}

std::optional<AddressClass> classify_ip(std::string_view literal) {
  auto a = ip::parse_any(literal);
  if (!a) return std::nullopt;
  return ip::classify(*a);
}

bool address_allowed(std::string_view ip_literal, const UrlPolicy& policy) {
  auto a = ip::parse_any(ip_literal);
  return a && ip_allowed(*a, policy);
}

Result<ParsedUrl> validate_url(std::string_view url, const UrlPolicy& policy) {
  if (url.empty()) return Result<ParsedUrl>::failure("", "required", "a URL is required");
  if (url.size() > limits::kUrlMaxBytes) {
    return Result<ParsedUrl>::failure("", "too_long",
                                      "must be at most " + std::to_string(limits::kUrlMaxBytes) + " bytes");
  }
  for (char ch : url) {
    auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c == 0x7f) return refuse("must not contain whitespace or control characters (CR, LF, NUL, ...)");
    if (c == '\\') return refuse("must not contain '\\'");
    if (c == '#') return refuse("must not contain a fragment ('#'): fragments are never sent to servers");
  }
  if (!decode_utf8(url)) return refuse("is not valid UTF-8");

  auto colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0) return refuse("must be an absolute http or https URL");
  std::string scheme(url.substr(0, colon));
  for (auto& c : scheme) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (scheme != "http" && scheme != "https") return refuse("scheme must be http or https");
  auto rest = url.substr(colon + 1);
  if (rest.substr(0, 2) != "//") return refuse("must have '//' and a host after the scheme");
  rest.remove_prefix(2);

  auto authority_end = rest.find_first_of("/?");
  auto authority = rest.substr(0, authority_end);
  auto path_and_query = authority_end == std::string_view::npos ? std::string_view() : rest.substr(authority_end);
  if (authority.find('@') != std::string_view::npos) {
    return refuse("must not contain credentials (user@host); use basic_auth");
  }

  std::string_view host_text = authority;
  std::string_view port_text;
  bool has_port = false;
  if (!authority.empty() && authority[0] == '[') {
    auto close = authority.find(']');
    if (close == std::string_view::npos) return refuse("IPv6 host is missing ']'");
    host_text = authority.substr(0, close + 1);
    auto after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after[0] != ':') return refuse("unexpected characters after the IPv6 host");
      has_port = true;
      port_text = after.substr(1);
    }
  } else if (auto c = authority.find(':'); c != std::string_view::npos) {
    host_text = authority.substr(0, c);
    has_port = true;
    port_text = authority.substr(c + 1);
  }

  auto host = url_host::parse(host_text);
  if (host.index() == 1) return refuse(std::get<1>(host));
  auto& h = std::get<0>(host);

  int default_port = scheme == "https" ? 443 : 80;
  int port = default_port;
  if (has_port) {
    if (port_text.empty() || port_text.size() > 5) return refuse("port must be a number 1..65535");
    port = 0;
    for (char c : port_text) {
      if (c < '0' || c > '9') return refuse("port must be a number 1..65535");
      port = port * 10 + (c - '0');
    }
    if (port < 1 || port > 65535) return refuse("port must be a number 1..65535");
  }

  std::string why;
  auto pq = normalize_path_and_query(path_and_query, why);
  if (!pq) return refuse(why);

  FieldErrors errors;
  if (policy.https_only && scheme != "https") errors.push_back({"", "https_required", "must use https"});
  if (h.address && !ip_allowed(*h.address, policy)) {
    errors.push_back({"", "forbidden_address",
                      std::string("points to a ") + to_string(ip::classify(*h.address)) +
                          " address; allow it with url_policy.allow_private or allow_cidrs"});
  } else if (!h.address && is_localhost_name(h.ascii) && !policy.allow_private) {
    errors.push_back({"", "forbidden_address", "points to localhost; allow it with url_policy.allow_private"});
  }
  if (!errors.empty()) return errors;

  ParsedUrl out;
  out.scheme = scheme;
  out.host = h.ascii;
  out.port = port;
  out.host_is_ip = h.address.has_value();
  out.path_and_query = *pq;
  bool bracket = h.address && h.address->v6;
  out.normalized = scheme + "://" + (bracket ? "[" + h.ascii + "]" : h.ascii) +
                   (port != default_port ? ":" + std::to_string(port) : "") + out.path_and_query;
  if (out.normalized.size() > limits::kUrlMaxBytes) {
    return Result<ParsedUrl>::failure("", "too_long", "must be at most " + std::to_string(limits::kUrlMaxBytes) +
                                                          " bytes once normalized");
  }
  return out;
}

Result<UrlPolicy> parse_url_policy(const nlohmann::json& input) {
  UrlPolicy policy;
  if (input.is_null()) return policy;
  if (!input.is_object()) return FieldErrors{checks::invalid_type("", "an object", input)};
  FieldErrors errors;
  checks::unknown_fields(input, {"allow_private", "allow_cidrs", "https_only"}, "", errors);
  for (const char* flag : {"allow_private", "https_only"}) {
    auto it = input.find(flag);
    if (it == input.end()) continue;
    if (!it->is_boolean()) {
      errors.push_back(checks::invalid_type(flag, "a boolean", *it));
      continue;
    }
    (std::string(flag) == "allow_private" ? policy.allow_private : policy.https_only) = it->get<bool>();
  }
  if (auto it = input.find("allow_cidrs"); it != input.end()) {
    if (!it->is_array()) {
      errors.push_back(checks::invalid_type("allow_cidrs", "an array", *it));
    } else {
      for (std::size_t i = 0; i < it->size(); ++i) {
        const auto& v = (*it)[i];
        auto field = checks::path_index("allow_cidrs", i);
        if (!v.is_string()) errors.push_back(checks::invalid_type(field, "a string", v));
        else if (!ip::parse_cidr(v.get_ref<const std::string&>())) {
          errors.push_back({field, "invalid_cidr", "must be an IP address or CIDR such as 10.0.0.0/8 or fd00::/8"});
        } else {
          policy.allow_cidrs.push_back(v.get<std::string>());
        }
      }
    }
  }
  if (!errors.empty()) return errors;
  return policy;
}

nlohmann::json to_json(const ParsedUrl& u) {
  return {{"url", u.normalized}, {"scheme", u.scheme}, {"host", u.host}, {"port", u.port},
          {"path_and_query", u.path_and_query}, {"host_is_ip", u.host_is_ip}};
}

}  // namespace hookwork
