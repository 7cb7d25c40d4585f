// Typed entry points for the two hot calls, sign.sign and sign.verify: strings in, the usual
// answers out in a compact form, no JSON either way. The host (node/fast_path.js) writes the
// input strings into one buffer (hookwork_fast_input); this file hands them to the core's
// sign() and verify() — every rule of what is signed, how headers look and why a request is
// refused is theirs — and writes back the signature headers as "name\nvalue\n..." or the
// verification as the matching secret's index, or "reason\nmessage".
//
// Answers are the JSON facade's, exactly: the few checks the facade makes before it calls
// sign()/verify() (the ranges of timestamp, now and tolerance; now required for timed schemes)
// are asked of the facade itself, with the call's own values, and remembered (see Accepted);
// any input the core refuses, and any answer the compact form cannot carry as is, goes to the
// facade (api::call) whole, and its JSON text is the answer.
#include <emscripten/emscripten.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/api.hpp"
#include "hookwork/limits.hpp"
#include "hookwork/sign.hpp"
#include "hookwork/verify.hpp"

namespace {

using nlohmann::json;

std::vector<std::uint8_t> g_input;  // [u32 count][u32 length] x count, then the strings' UTF-8 bytes
std::string g_output;

// Flags of hookwork_fast_sign / hookwork_fast_verify: which optional fields are present.
constexpr unsigned kHasId = 1, kHasTimestamp = 2, kHasPrefix = 4, kHasNow = 8, kHasTolerance = 16,
                   kHeadersAsList = 32;

constexpr int kJsonAnswer = -1;     // g_output holds the facade's JSON text
constexpr int kBadBuffer = -2;      // the string table does not fit the buffer (a host bug): use the JSON route
constexpr int kNotVerified = -3;    // g_output holds "reason\nmessage" of a failed verification

// The strings of the input buffer, in order, as views into it.
class Strings {
 public:
  Strings() {
    if (g_input.size() < 4) return;
    std::memcpy(&count_, g_input.data(), 4);
    const std::size_t table = 4 * (std::size_t{1} + count_);
    if (table > g_input.size()) return;
    std::size_t total = 0;
    for (std::uint32_t i = 0; i < count_; ++i) total += length(i);
    ok_ = total <= g_input.size() - table;
    next_ = reinterpret_cast<const char*>(g_input.data()) + table;
  }
  bool ok() const { return ok_; }
  std::size_t remaining() const { return count_ - index_; }
  std::string_view next() {
    const std::uint32_t n = length(index_++);
    std::string_view s(next_, n);
    next_ += n;
    return s;
  }

 private:
  std::uint32_t length(std::uint32_t i) const {
    std::uint32_t n = 0;
    std::memcpy(&n, g_input.data() + 4 * (std::size_t{1} + i), 4);
    return n;
  }
  std::uint32_t count_ = 0;
  std::uint32_t index_ = 0;
  const char* next_ = nullptr;
  bool ok_ = false;
};

// A safe integer (the host checks Number.isSafeInteger) stored as the JSON parser stores it.
json integer(std::int64_t v) { return v >= 0 ? json(static_cast<std::uint64_t>(v)) : json(v); }

// What the compact answers carry: printable ASCII, so '\n' can separate their strings.
bool printable(char c) { return c >= ' ' && c <= '~'; }

bool printable_ascii(std::string_view s) {
  for (char c : s) {
    if (!printable(c)) return false;
  }
  return true;
}

// Copies s and a newline to out in one pass; nullptr when s is not printable ASCII (the
// compact answer could not carry it).
char* copy_printable_line(std::string_view s, char* out) {
  for (char c : s) {
    if (!printable(c)) return nullptr;
    *out++ = c;
  }
  *out++ = '\n';
  return out;
}

// The call's input as JSON, for the facade: what the generic route would have sent.
struct Input {
  std::string_view scheme, body;
  std::optional<std::string_view> id, prefix;
  std::optional<std::int64_t> timestamp, now, tolerance;
  std::vector<std::string_view> secrets;
  std::vector<std::pair<std::string_view, std::string_view>> headers;
  bool headers_as_list = false;

  // Empty again, keeping the lists' capacity: one Input serves every call.
  void reset() {
    scheme = body = {};
    id.reset();
    prefix.reset();
    timestamp.reset();
    now.reset();
    tolerance.reset();
    secrets.clear();
    headers.clear();
    headers_as_list = false;
  }

  json sign_json() const {
    json in = common();
    if (id) in["id"] = std::string(*id);
    if (timestamp) in["timestamp"] = integer(*timestamp);
    return in;
  }
  json verify_json() const {
    json in = common();
    json h = headers_as_list ? json::array() : json::object();
    for (const auto& [name, value] : headers) {
      if (headers_as_list) h.push_back({{"name", std::string(name)}, {"value", std::string(value)}});
      else h[std::string(name)] = std::string(value);
    }
    in["headers"] = std::move(h);
    if (now) in["now"] = integer(*now);
    if (tolerance) in["tolerance"] = integer(*tolerance);
    return in;
  }

 private:
  json common() const {
    json in = json::object();
    in["scheme"] = std::string(scheme);
    in["body"] = std::string(body);
    if (prefix) in["header_prefix"] = std::string(*prefix);
    json list = json::array();
    for (auto s : secrets) list.push_back(std::string(s));
    in["secrets"] = std::move(list);
    return in;
  }
};

int facade_answer(const char* fn, const json& input) {
  g_output = hookwork::api::to_text(hookwork::api::call(fn, input));
  return kJsonAnswer;
}

// Whether the facade accepts a call's scalar fields (scheme, timestamp / now, tolerance), asked
// of the facade itself with those values and neutral others, remembered for the last few
// combinations (a sender signs with one timestamp a second, a receiver verifies with one `now`).
class Accepted {
 public:
  template <class Probe>
  bool operator()(const Input& in, Probe&& probe) {
    for (const auto& e : entries_) {
      if (e.filled && e.scheme == in.scheme && e.timestamp == in.timestamp && e.now == in.now &&
          e.tolerance == in.tolerance) {
        return e.accepted;
      }
    }
    Entry& e = entries_[next_++ % entries_.size()];
    e = Entry{std::string(in.scheme), in.timestamp, in.now, in.tolerance, probe(in), true};
    return e.accepted;
  }

 private:
  struct Entry {
    std::string scheme;
    std::optional<std::int64_t> timestamp, now, tolerance;
    bool accepted = false;
    bool filled = false;
  };
  std::array<Entry, 4> entries_{};
  std::size_t next_ = 0;
};

// A secret and an id every scheme accepts, so a sign probe fails only on the scalars asked about.
constexpr std::string_view kProbeSecret = "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

bool sign_scalars_accepted(const Input& in) {
  static Accepted accepted;
  return accepted(in, [](const Input& call) {
    Input probe;
    probe.scheme = call.scheme;
    probe.timestamp = call.timestamp;
    probe.id = "m";
    probe.secrets = {kProbeSecret};
    return hookwork::api::call("sign.sign", probe.sign_json()).value("ok", false);
  });
}

bool verify_scalars_accepted(const Input& in) {
  static Accepted accepted;
  return accepted(in, [](const Input& call) {
    Input probe;  // no secret: verify() answers a reason, so "ok" is the facade's own verdict on the scalars
    probe.scheme = call.scheme;
    probe.now = call.now;
    probe.tolerance = call.tolerance;
    return hookwork::api::call("sign.verify", probe.verify_json()).value("ok", false);
  });
}

// Signing keys decoded by the core (signing_key) for the last few secrets: a sender signs
// every message of a hook with the same one or two. A call starts with begin_call(); keys it
// was handed stay put until the next call (a miss evicts another entry), so only calls with
// at most kMaxPerCall secrets use the cache.
class SigningKeyCache {
 public:
  static constexpr std::size_t kMaxPerCall = 4;

  void begin_call() { in_use_ = 0; }

  // The decoded key, or nullptr when the core refuses the secret (sign() reports why).
  const std::string* find(hookwork::SignatureScheme scheme, std::string_view secret) {
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      const Entry& e = entries_[i];
      if (e.filled && e.scheme == scheme && e.secret == secret) {
        in_use_ |= 1u << i;
        return &e.key;
      }
    }
    auto key = hookwork::signing_key(scheme, secret);
    if (!key.ok()) return nullptr;
    while (in_use_ & (1u << (next_ % entries_.size()))) ++next_;
    const std::size_t i = next_++ % entries_.size();
    entries_[i] = Entry{scheme, std::string(secret), std::move(key).value(), true};
    in_use_ |= 1u << i;
    return &entries_[i].key;
  }

 private:
  struct Entry {
    hookwork::SignatureScheme scheme{};
    std::string secret, key;
    bool filled = false;
  };
  std::array<Entry, 2 * kMaxPerCall> entries_{};
  std::size_t next_ = 0;
  unsigned in_use_ = 0;  // bit i: entries_[i] was handed out in this call
};

// Reads the optional fields the flags announce; false when the table is short.
bool read_common(Strings& s, unsigned flags, Input& in, bool with_id) {
  const std::size_t needed = 2u + ((with_id && (flags & kHasId)) ? 1u : 0u) + ((flags & kHasPrefix) ? 1u : 0u);
  if (!s.ok() || s.remaining() < needed) return false;
  in.scheme = s.next();
  in.body = s.next();
  if (with_id && (flags & kHasId)) in.id = s.next();
  if (flags & kHasPrefix) in.prefix = s.next();
  return true;
}

}  // namespace

extern "C" {

// The input buffer, at least `bytes` long; its address changes only when it grows.
EMSCRIPTEN_KEEPALIVE std::uint8_t* hookwork_fast_input(std::size_t bytes) {
  if (g_input.size() < bytes) g_input.resize(bytes);
  return g_input.data();
}

EMSCRIPTEN_KEEPALIVE const char* hookwork_fast_output() { return g_output.data(); }
EMSCRIPTEN_KEEPALIVE std::size_t hookwork_fast_output_size() { return g_output.size(); }

// sign.sign. Strings: scheme, body, [id], [header_prefix], secrets... (the rest).
// Returns 0 with "name\nvalue\n..." in the output, or -1 with the facade's JSON text.
EMSCRIPTEN_KEEPALIVE int hookwork_fast_sign(unsigned flags, double timestamp) {
  Strings s;
  static Input in;  // the module is single-threaded
  in.reset();
  if (!read_common(s, flags, in, true)) return kBadBuffer;
  while (s.remaining() > 0) in.secrets.push_back(s.next());
  if (flags & kHasTimestamp) in.timestamp = static_cast<std::int64_t>(timestamp);

  const auto scheme = hookwork::parse_signature_scheme(in.scheme);
  if (!scheme || !sign_scalars_accepted(in)) return facade_answer("sign.sign", in.sign_json());
  hookwork::SignView r;
  r.scheme = *scheme;
  r.secrets = in.secrets.data();
  r.secret_count = in.secrets.size();
  static SigningKeyCache key_cache;
  std::array<std::string_view, SigningKeyCache::kMaxPerCall> keys;
  bool all_keys = r.secret_count <= keys.size();
  key_cache.begin_call();
  for (std::size_t i = 0; all_keys && i < r.secret_count; ++i) {
    const std::string* key = key_cache.find(*scheme, in.secrets[i]);
    if (key) keys[i] = *key;
    all_keys = key != nullptr;
  }
  if (all_keys) r.keys = keys.data();
  r.id = in.id.value_or("");
  r.timestamp = in.timestamp;
  r.body = in.body;
  r.header_prefix = in.prefix.value_or("");
  static hookwork::Headers headers;  // reused: its strings keep their storage between calls
  if (!hookwork::sign_into(r, headers).empty()) return facade_answer("sign.sign", in.sign_json());
  std::size_t size = 0;
  for (const auto& h : headers) size += h.name.size() + h.value.size() + 2;
  g_output.resize(size);
  char* out = g_output.data();
  for (const auto& h : headers) {
    out = copy_printable_line(h.name, out);
    out = out ? copy_printable_line(h.value, out) : nullptr;
    if (!out) return facade_answer("sign.sign", in.sign_json());
  }
  return 0;
}

// sign.verify. Strings: scheme, body, [header_prefix], `secret_count` secrets, then
// header name, value, name, value... (an object, or with kHeadersAsList a [{name,value}] list).
// Returns the index of the matching secret when valid; -3 with "reason\nmessage" when not;
// -1 with the facade's JSON text.
EMSCRIPTEN_KEEPALIVE int hookwork_fast_verify(unsigned flags, unsigned secret_count, double now, double tolerance) {
  Strings s;
  static Input in;  // the module is single-threaded
  in.reset();
  if (!read_common(s, flags, in, false) || s.remaining() < secret_count || (s.remaining() - secret_count) % 2 != 0) {
    return kBadBuffer;
  }
  for (unsigned i = 0; i < secret_count; ++i) in.secrets.push_back(s.next());
  while (s.remaining() > 0) {
    const auto name = s.next();
    in.headers.emplace_back(name, s.next());
  }
  in.headers_as_list = (flags & kHeadersAsList) != 0;
  if (flags & kHasNow) in.now = static_cast<std::int64_t>(now);
  if (flags & kHasTolerance) in.tolerance = static_cast<std::int64_t>(tolerance);

  const auto scheme = hookwork::parse_signature_scheme(in.scheme);
  if (!scheme || !verify_scalars_accepted(in)) return facade_answer("sign.verify", in.verify_json());
  static std::vector<hookwork::HeaderView> headers;
  headers.clear();
  if (in.headers_as_list) {
    for (const auto& [name, value] : in.headers) headers.push_back({name, value});
  } else {
    // An object's members in the order the facade reads them: by name, one value per name.
    std::map<std::string_view, std::string_view> sorted;
    for (const auto& [name, value] : in.headers) sorted[name] = value;
    for (const auto& [name, value] : sorted) headers.push_back({name, value});
  }
  hookwork::VerifyView r;
  r.scheme = *scheme;
  r.secrets = in.secrets.data();
  r.secret_count = in.secrets.size();
  r.headers = headers.data();
  r.header_count = headers.size();
  r.body = in.body;
  r.now = in.now.value_or(0);
  r.tolerance_s = in.tolerance.value_or(hookwork::limits::kDefaultToleranceSeconds);
  r.header_prefix = in.prefix.value_or("");
  const hookwork::Verification v = hookwork::verify(r);
  if (v.valid && v.matched_secret_index) return static_cast<int>(*v.matched_secret_index);
  if (v.valid || !printable_ascii(v.reason) || v.reason.empty() || !printable_ascii(v.message)) {
    return facade_answer("sign.verify", in.verify_json());
  }
  g_output.assign(v.reason).append(1, '\n').append(v.message);
  return kNotVerified;
}

}  // extern "C"
