#include "hookwork/sign.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "hookwork/encoding.hpp"
#include "hookwork/hmac.hpp"
#include "hookwork/limits.hpp"

namespace hookwork {
namespace {

constexpr std::size_t kMaxIdBytes = 256;
constexpr std::size_t kMaxPrefixBytes = 64;
constexpr std::int64_t kMaxTimestamp = 253402300799;  // 9999-12-31T23:59:59Z

// Ids and prefixes go into header values and the signed content: printable ASCII, no spaces.
bool is_token(std::string_view s, std::size_t max) {
  if (s.empty() || s.size() > max) return false;
  for (char c : s) {
    if (c <= ' ' || c > '~') return false;
  }
  return true;
}

std::string_view default_prefix(SignatureScheme s) {
  switch (s) {
    case SignatureScheme::StandardV1: return "webhook";
    case SignatureScheme::GitHub: return "X-Hub";
    case SignatureScheme::Stripe: return "Stripe";
  }
  return "webhook";
}

std::string_view signature_suffix(SignatureScheme s) {
  switch (s) {
    case SignatureScheme::StandardV1: return "-signature";
    case SignatureScheme::GitHub: return "-Signature-256";
    case SignatureScheme::Stripe: return "-Signature";
  }
  return "-signature";
}

}  // namespace

std::string default_header_prefix(SignatureScheme s) { return std::string(default_prefix(s)); }

std::string signature_header_name(SignatureScheme s, const std::string& prefix) {
  std::string name(prefix.empty() ? default_prefix(s) : std::string_view(prefix));
  return name.append(signature_suffix(s));
}

FieldErrors sign_into(const SignView& r, Headers& out) {
  FieldErrors errors;
  std::vector<std::string> decoded;
  std::array<std::string_view, limits::kMaxActiveSecrets> keys;
  const std::size_t key_count = std::min(r.secret_count, limits::kMaxActiveSecrets);
  if (r.secret_count == 0 || r.secret_count > limits::kMaxActiveSecrets) {
    errors.push_back({"secrets", "bad_count", "give 1.." + std::to_string(limits::kMaxActiveSecrets) + " secrets"});
  }
  if (r.keys != nullptr) {
    std::copy(r.keys, r.keys + key_count, keys.begin());
  } else {
    decoded.reserve(r.secret_count);
    for (std::size_t i = 0; i < r.secret_count; ++i) {
      auto key = signing_key(r.scheme, r.secrets[i]);
      if (key.ok()) decoded.push_back(std::move(key).value());
      else for (auto& e : nest_errors("secrets[" + std::to_string(i) + "]", key.errors())) errors.push_back(e);
    }
    std::copy(decoded.begin(), decoded.begin() + std::min(decoded.size(), key_count), keys.begin());
  }
  const bool timed = r.scheme != SignatureScheme::GitHub;
  if (r.scheme == SignatureScheme::StandardV1 && !is_token(r.id, kMaxIdBytes)) {
    errors.push_back({"id", r.id.empty() ? "required" : "invalid_id",
                      "the message id is 1.." + std::to_string(kMaxIdBytes) + " printable ASCII characters without spaces"});
  }
  if (timed && !r.timestamp) errors.push_back({"timestamp", "required", "the timestamp (unix seconds) is required"});
  if (timed && r.timestamp && (*r.timestamp < 0 || *r.timestamp > kMaxTimestamp)) {
    errors.push_back({"timestamp", "out_of_range", "the timestamp is unix seconds, 0.." + std::to_string(kMaxTimestamp)});
  }
  if (!r.header_prefix.empty() && !is_token(r.header_prefix, kMaxPrefixBytes)) {
    errors.push_back({"header_prefix", "invalid_prefix", "a header prefix is 1..64 printable ASCII characters without spaces"});
  }
  if (!errors.empty()) return errors;

  const std::string_view prefix = r.header_prefix.empty() ? default_prefix(r.scheme) : r.header_prefix;
  char ts_digits[24];
  std::string_view ts;
  if (timed) ts = std::string_view(ts_digits, std::to_chars(ts_digits, ts_digits + sizeof ts_digits, *r.timestamp).ptr - ts_digits);
  // Every signature has a fixed length: the value is reserved once (kept when out is reused).
  constexpr std::size_t kBase64Mac = 44, kHexMac = 64;
  const auto set = [](Header& h, std::string_view prefix, std::string_view suffix, std::string_view value) {
    h.name.assign(prefix).append(suffix);
    h.value.assign(value);
  };
  switch (r.scheme) {
    case SignatureScheme::StandardV1: {
      out.resize(3);
      set(out[0], prefix, "-id", r.id);
      set(out[1], prefix, "-timestamp", ts);
      set(out[2], prefix, signature_suffix(r.scheme), "");
      std::string& value = out[2].value;
      value.reserve(key_count * (4 + kBase64Mac));
      for (std::size_t k = 0; k < key_count; ++k) {
        if (!value.empty()) value += ' ';
        value += "v1,";
        append_base64(value, as_bytes(hmac_sha256_bytes(keys[k], {r.id, ".", ts, ".", r.body})));
      }
      return errors;
    }
    case SignatureScheme::GitHub: {
      out.resize(1);
      set(out[0], prefix, signature_suffix(r.scheme), "");
      std::string& value = out[0].value;
      value.reserve(key_count * (8 + kHexMac));
      for (std::size_t k = 0; k < key_count; ++k) {
        if (!value.empty()) value += ',';
        value += "sha256=";
        append_hex(value, as_bytes(hmac_sha256_bytes(keys[k], {r.body})));
      }
      return errors;
    }
    case SignatureScheme::Stripe: {
      out.resize(1);
      set(out[0], prefix, signature_suffix(r.scheme), "t=");
      std::string& value = out[0].value;
      value.reserve(2 + ts.size() + key_count * (4 + kHexMac));
      value += ts;
      for (std::size_t k = 0; k < key_count; ++k) {
        value += ",v1=";
        append_hex(value, as_bytes(hmac_sha256_bytes(keys[k], {ts, ".", r.body})));
      }
      return errors;
    }
  }
  return errors;
}

Result<Headers> sign(const SignView& r) {
  Headers headers;
  FieldErrors errors = sign_into(r, headers);
  if (!errors.empty()) return errors;
  return headers;
}

Result<Headers> sign(const SignRequest& r) {
  // Views of the owned strings; a count over the limit keeps its size so sign() reports it.
  std::array<std::string_view, limits::kMaxActiveSecrets> few;
  std::vector<std::string_view> many;
  std::string_view* secrets = few.data();
  if (r.secrets.size() > few.size()) {
    many.resize(r.secrets.size());
    secrets = many.data();
  }
  std::copy(r.secrets.begin(), r.secrets.end(), secrets);
  SignView v;
  v.scheme = r.scheme;
  v.secrets = secrets;
  v.secret_count = r.secrets.size();
  v.id = r.id;
  v.timestamp = r.timestamp;
  v.body = r.body;
  v.header_prefix = r.header_prefix;
  return sign(v);
}

}  // namespace hookwork
