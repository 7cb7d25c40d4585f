#include "hookwork/api.hpp"
#include "hookwork/api_registry.hpp"
#include "hookwork/encoding.hpp"
#include "hookwork/hmac.hpp"
#include "hookwork/legacy_cipher.hpp"
#include "hookwork/sign.hpp"
#include "hookwork/verify.hpp"
#include "input_fields.hpp"

namespace hookwork::api {
namespace {

constexpr std::int64_t kMaxUnixSeconds = 253402300799;      // 9999-12-31T23:59:59Z
constexpr std::int64_t kMaxToleranceSeconds = 7 * 24 * 3600;  // a week; larger tolerances defeat replay protection

std::optional<SignatureScheme> read_scheme(InputFields& in) {
  auto name = in.string("scheme", true);
  if (!name) return std::nullopt;
  auto scheme = parse_signature_scheme(*name);
  if (!scheme) in.add({"scheme", "unknown_scheme", "scheme must be one of v1, github, stripe"});
  return scheme;
}

nlohmann::json headers_json(const Headers& headers) {
  auto list = nlohmann::json::array();
  for (const auto& h : headers) list.push_back({{"name", h.name}, {"value", h.value}});
  return list;
}

nlohmann::json sign_fn(const nlohmann::json& input) {
  InputFields in(input);
  SignRequest r;
  auto scheme = read_scheme(in);
  auto secrets = in.strings("secrets", true);
  auto id = in.string("id", false);
  auto timestamp = in.integer("timestamp", false, 0, kMaxUnixSeconds);
  auto body = in.string("body", true);
  auto prefix = in.string("header_prefix", false);
  if (!in.ok()) return fail(in.errors());
  r.scheme = *scheme;
  r.secrets = *secrets;
  r.id = id.value_or("");
  r.timestamp = timestamp;
  r.body = *body;
  r.header_prefix = prefix.value_or("");
  auto headers = sign(r);
  return from_result(headers, [](const Headers& h) { return nlohmann::json{{"headers", headers_json(h)}}; });
}

nlohmann::json verify_fn(const nlohmann::json& input) {
  InputFields in(input);
  VerifyRequest r;
  auto scheme = read_scheme(in);
  auto secrets = in.strings("secrets", true);
  r.headers = in.headers("headers", true);
  auto body = in.string("body", true);
  const bool timed = scheme && *scheme != SignatureScheme::GitHub;
  auto now = in.integer("now", timed, 0, kMaxUnixSeconds);
  auto tolerance = in.integer("tolerance", false, 0, kMaxToleranceSeconds);
  auto prefix = in.string("header_prefix", false);
  if (!in.ok()) return fail(in.errors());
  r.scheme = *scheme;
  r.secrets = *secrets;
  r.body = *body;
  r.now = now.value_or(0);
  r.tolerance_s = tolerance.value_or(limits::kDefaultToleranceSeconds);
  r.header_prefix = prefix.value_or("");
  Verification v = verify(r);
  nlohmann::json out{{"valid", v.valid}};
  if (!v.valid) {
    out["reason"] = v.reason;
    out["message"] = v.message;
  }
  if (v.matched_secret_index) out["matched_secret_index"] = *v.matched_secret_index;
  return ok(out);
}

nlohmann::json generate_secret_fn(const nlohmann::json& input) {
  InputFields in(input);
  auto hex = in.string("random_hex", true);
  if (!in.ok()) return fail(in.errors());
  auto bytes = hex_decode(*hex);
  if (!bytes) return fail({{"random_hex", "bad_hex", "random_hex must be an even number of hex digits"}});
  auto secret = generate_secret(*bytes);
  if (!secret.ok()) return fail({{"random_hex", secret.errors()[0].code, secret.errors()[0].message}});
  return ok({{"secret", secret.value()}});
}

nlohmann::json legacy_fn(const nlohmann::json& input, bool encrypt) {
  InputFields in(input);
  auto key = in.string("key", true);
  auto data = in.string("data", true);
  if (!in.ok()) return fail(in.errors());
  auto r = encrypt ? encrypt_legacy(*key, *data) : decrypt_legacy(*key, *data);
  return from_result(r, [](const std::string& s) { return nlohmann::json{{"data", s}}; });
}

nlohmann::json sha256_fn(const nlohmann::json& input) {
  InputFields in(input);
  auto data = in.string("data", true);
  if (!in.ok()) return fail(in.errors());
  return ok({{"hex", hex_encode(sha256(*data))}});
}

nlohmann::json hmac_fn(const nlohmann::json& input) {
  InputFields in(input);
  auto key = in.string("key", true);
  auto data = in.string("data", true);
  if (!in.ok()) return fail(in.errors());
  std::string mac = hmac_sha256(*key, *data);
  return ok({{"hex", hex_encode(mac)}, {"base64", base64_encode(mac)}});
}

}  // namespace

void register_sign_api(Registry& r) {
  r["sign.sign"] = sign_fn;
  r["sign.verify"] = verify_fn;
  r["sign.generate_secret"] = generate_secret_fn;
  r["sign.encrypt_legacy"] = [](const nlohmann::json& in) { return legacy_fn(in, true); };
  r["sign.decrypt_legacy"] = [](const nlohmann::json& in) { return legacy_fn(in, false); };
  r["sign.sha256"] = sha256_fn;
  r["sign.hmac_sha256"] = hmac_fn;
}

}  // namespace hookwork::api
