// Signing speed, native: Standard Webhooks v1 over a 1 KiB body, next to raw
// OpenSSL HMAC-SHA256 over the same bytes ("id.timestamp.body") in the same run,
// and the portable implementation the WebAssembly build uses.
// Goal: sign.v1 >= 80 % of the OpenSSL rate. Results: docs/benchmarks.md.
#include <benchmark/benchmark.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <string>

#include "hookwork/hmac.hpp"
#include "hookwork/sign.hpp"
#include "hookwork/verify.hpp"

namespace {

const std::string kSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const std::string kId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
constexpr std::int64_t kTimestamp = 1614265330;

const std::string& body() {
  static const std::string b = [] {
    std::string s = "{\"type\":\"optin_finalized\",\"data\":{\"email\":\"";
    while (s.size() < 1024 - 3) s += 'a';
    return s + "\"}}";
  }();
  return b;
}

const std::string& key() {
  static const std::string k = hookwork::signing_key(hookwork::SignatureScheme::StandardV1, kSecret).value();
  return k;
}

void set_rate(benchmark::State& state) {
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(body().size()));
}

// Peer: what a hand-written signer would call, over the already-joined signed content.
void BM_OpenSSL_HMAC_1KiB(benchmark::State& state) {
  const std::string content = kId + "." + std::to_string(kTimestamp) + "." + body();
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  for (auto _ : state) {
    HMAC(EVP_sha256(), key().data(), static_cast<int>(key().size()),
         reinterpret_cast<const unsigned char*>(content.data()), content.size(), out, &len);
    benchmark::DoNotOptimize(out);
  }
  set_rate(state);
}
BENCHMARK(BM_OpenSSL_HMAC_1KiB);

// The whole sign(): secret decoding, HMAC, Base64, three headers.
void BM_Sign_v1_1KiB(benchmark::State& state) {
  hookwork::SignRequest r;
  r.scheme = hookwork::SignatureScheme::StandardV1;
  r.secrets = {kSecret};
  r.id = kId;
  r.timestamp = kTimestamp;
  r.body = body();
  for (auto _ : state) {
    auto headers = hookwork::sign(r);
    benchmark::DoNotOptimize(headers);
  }
  set_rate(state);
}
BENCHMARK(BM_Sign_v1_1KiB);

void BM_Verify_v1_1KiB(benchmark::State& state) {
  hookwork::SignRequest s;
  s.secrets = {kSecret};
  s.id = kId;
  s.timestamp = kTimestamp;
  s.body = body();
  hookwork::VerifyRequest r;
  r.secrets = {kSecret};
  r.headers = hookwork::sign(s).value();
  r.body = body();
  r.now = kTimestamp;
  for (auto _ : state) {
    auto v = hookwork::verify(r);
    if (!v.valid) state.SkipWithError("verification failed");
    benchmark::DoNotOptimize(v);
  }
  set_rate(state);
}
BENCHMARK(BM_Verify_v1_1KiB);

void BM_HMAC_core_openssl_1KiB(benchmark::State& state) {
  const std::string ts = std::to_string(kTimestamp);
  for (auto _ : state) {
    auto mac = hookwork::hmac_sha256(key(), {kId, ".", ts, ".", body()}, hookwork::HashBackend::OpenSsl);
    benchmark::DoNotOptimize(mac);
  }
  set_rate(state);
}
BENCHMARK(BM_HMAC_core_openssl_1KiB);

// What the WebAssembly build runs (here compiled natively).
void BM_HMAC_core_portable_1KiB(benchmark::State& state) {
  const std::string ts = std::to_string(kTimestamp);
  for (auto _ : state) {
    auto mac = hookwork::hmac_sha256(key(), {kId, ".", ts, ".", body()}, hookwork::HashBackend::Portable);
    benchmark::DoNotOptimize(mac);
  }
  set_rate(state);
}
BENCHMARK(BM_HMAC_core_portable_1KiB);

}  // namespace

BENCHMARK_MAIN();
