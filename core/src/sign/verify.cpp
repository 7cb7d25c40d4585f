#include "hookwork/verify.hpp"

#include "../header_lookup.hpp"

#include <utility>

#include "hookwork/encoding.hpp"
#include "hookwork/hmac.hpp"
#include "hookwork/sign.hpp"

namespace hookwork {
namespace {

constexpr std::size_t kMacBytes = 32;
constexpr std::size_t kMaxTimestampDigits = 12;  // up to year 9999; longer texts are refused before parsing

Verification rejected(std::string reason, std::string message) {
  return Verification{false, std::move(reason), std::move(message), std::nullopt};
}

std::optional<std::int64_t> parse_unix_seconds(std::string_view s) {
  if (s.empty() || s.size() > kMaxTimestampDigits) return std::nullopt;
  std::int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The signature header parsed into raw MACs, or the reason it could not be.
struct Candidates {
  std::vector<std::string> macs;
  std::optional<std::string> timestamp;  // stripe's t=
  std::string problem;                   // bad_signature_format / bad_timestamp message when non-empty
  std::string problem_reason;
};

Candidates parse_v1(std::string_view header) {
  Candidates c;
  for (auto token : split(header, ' ')) {
    if (token.empty()) continue;
    auto comma = token.find(',');
    if (comma == std::string_view::npos || comma == 0) {
      c.problem = "each signature is <version>,<base64>, separated by spaces";
      break;
    }
    if (token.substr(0, comma) != "v1") continue;  // other versions (v1a, ...) are not ours to check
    auto mac = base64_decode(token.substr(comma + 1));
    if (!mac || mac->size() != kMacBytes) {
      c.problem = "a v1 signature is the Base64 of 32 bytes";
      break;
    }
    c.macs.push_back(std::move(*mac));
  }
  if (c.problem.empty() && c.macs.empty()) c.problem = "the header holds no v1 signature";
  if (!c.problem.empty()) c.problem_reason = "bad_signature_format";
  return c;
}

Candidates parse_github(std::string_view header) {
  Candidates c;
  for (auto token : split(header, ',')) {
    token = trim(token);
    constexpr std::string_view kAlgo = "sha256=";
    auto mac = token.substr(0, kAlgo.size()) == kAlgo ? hex_decode(token.substr(kAlgo.size())) : std::nullopt;
    if (!mac || mac->size() != kMacBytes) {
      c.problem = "the signature is sha256=<64 hex digits>";
      c.problem_reason = "bad_signature_format";
      return c;
    }
    c.macs.push_back(std::move(*mac));
  }
  return c;
}

Candidates parse_stripe(std::string_view header) {
  Candidates c;
  for (auto item : split(header, ',')) {
    item = trim(item);
    auto eq = item.find('=');
    if (eq == std::string_view::npos || eq == 0) {
      c.problem = "the header is a comma-separated list of key=value items";
      break;
    }
    auto key = item.substr(0, eq), value = item.substr(eq + 1);
    if (key == "t" && !c.timestamp) {
      c.timestamp = std::string(value);
    } else if (key == "v1") {
      auto mac = hex_decode(value);
      if (!mac || mac->size() != kMacBytes) {
        c.problem = "a v1 signature is 64 hex digits";
        break;
      }
      c.macs.push_back(std::move(*mac));
    }
  }
  if (c.problem.empty() && !c.timestamp) c.problem = "the header has no t= timestamp";
  if (c.problem.empty() && c.macs.empty()) c.problem = "the header has no v1= signature";
  if (!c.problem.empty()) c.problem_reason = "bad_signature_format";
  return c;
}

std::optional<Verification> check_time(std::string_view text, const VerifyView& r, std::int64_t& ts) {
  auto parsed = parse_unix_seconds(text);
  if (!parsed) return rejected("bad_timestamp", "the timestamp is not unix seconds");
  ts = *parsed;
  if (r.now - ts > r.tolerance_s) {
    return rejected("too_old", "the timestamp is " + std::to_string(r.now - ts) + " s old, more than the tolerance of " +
                                   std::to_string(r.tolerance_s) + " s");
  }
  if (ts - r.now > r.tolerance_s) {
    return rejected("too_new", "the timestamp is " + std::to_string(ts - r.now) + " s in the future, more than the tolerance of " +
                                   std::to_string(r.tolerance_s) + " s");
  }
  return std::nullopt;
}

const std::string_view* find_header(const VerifyView& r, std::string_view name) {
  return detail::find_header(r.headers, r.header_count, name);
}

}  // namespace

Verification verify(const VerifyRequest& r) {
  std::vector<std::string_view> secrets(r.secrets.begin(), r.secrets.end());
  std::vector<HeaderView> headers;
  headers.reserve(r.headers.size());
  for (const auto& h : r.headers) headers.push_back({h.name, h.value});
  VerifyView v;
  v.scheme = r.scheme;
  v.secrets = secrets.data();
  v.secret_count = secrets.size();
  v.headers = headers.data();
  v.header_count = headers.size();
  v.body = r.body;
  v.now = r.now;
  v.tolerance_s = r.tolerance_s;
  v.header_prefix = r.header_prefix;
  return verify(v);
}

Verification verify(const VerifyView& r) {
  std::vector<std::string> keys;
  if (r.secret_count == 0) return rejected("bad_secret", "no secret given");
  keys.reserve(r.secret_count);
  for (std::size_t i = 0; i < r.secret_count; ++i) {
    auto key = signing_key(r.scheme, r.secrets[i]);
    if (!key.ok()) return rejected("bad_secret", "secret #" + std::to_string(i) + ": " + key.errors()[0].message);
    keys.push_back(std::move(key).value());
  }

  const std::string prefix = r.header_prefix.empty() ? default_header_prefix(r.scheme) : std::string(r.header_prefix);
  const std::string signature_name = signature_header_name(r.scheme, prefix);
  const std::string_view* signature = find_header(r, signature_name);
  const std::string_view* id = nullptr;
  const std::string_view* timestamp = nullptr;
  if (r.scheme == SignatureScheme::StandardV1) {
    const std::string id_name = prefix + "-id", timestamp_name = prefix + "-timestamp";
    id = find_header(r, id_name);
    timestamp = find_header(r, timestamp_name);
    if (!id) return rejected("missing_header", "the " + id_name + " header is missing");
    if (!timestamp) return rejected("missing_header", "the " + timestamp_name + " header is missing");
  }
  if (!signature) return rejected("missing_header", "the " + signature_name + " header is missing");

  std::int64_t ts = 0;
  Candidates candidates;
  switch (r.scheme) {
    case SignatureScheme::StandardV1:
      if (auto bad = check_time(*timestamp, r, ts)) return *bad;
      candidates = parse_v1(*signature);
      break;
    case SignatureScheme::GitHub:
      candidates = parse_github(*signature);
      break;
    case SignatureScheme::Stripe:
      candidates = parse_stripe(*signature);
      if (candidates.timestamp) {
        if (auto bad = check_time(*candidates.timestamp, r, ts)) return *bad;
      }
      break;
  }
  if (!candidates.problem.empty()) return rejected(candidates.problem_reason, candidates.problem);

  // The signed content uses the timestamp text exactly as sent.
  const std::string_view ts_text = r.scheme == SignatureScheme::StandardV1 ? *timestamp
                                   : r.scheme == SignatureScheme::Stripe  ? std::string_view(*candidates.timestamp)
                                                                           : std::string_view();
  for (std::size_t i = 0; i < keys.size(); ++i) {
    HmacSha256 expected{};
    switch (r.scheme) {
      case SignatureScheme::StandardV1: expected = hmac_sha256_bytes(keys[i], {*id, ".", ts_text, ".", r.body}); break;
      case SignatureScheme::GitHub: expected = hmac_sha256_bytes(keys[i], {r.body}); break;
      case SignatureScheme::Stripe: expected = hmac_sha256_bytes(keys[i], {ts_text, ".", r.body}); break;
    }
    bool matched = false;
    for (const auto& mac : candidates.macs) matched |= constant_time_equal(as_bytes(expected), mac);  // no early exit
    if (matched) return Verification{true, "", "", i};
  }
  return rejected("no_match", "no signature matches any of the " + std::to_string(keys.size()) + " secret(s)");
}

}  // namespace hookwork
