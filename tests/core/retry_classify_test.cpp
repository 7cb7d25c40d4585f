#include <catch2/catch.hpp>

#include "hookwork/retry_classify.hpp"

using namespace hookwork;

namespace {
AttemptOutcome status(int s, Headers h = {}, std::optional<std::int64_t> now = std::nullopt) {
  return classify(s, h, std::nullopt, now);
}
// 1994-11-06T08:49:37Z
constexpr std::int64_t kRfcExampleMs = 784111777000;
}  // namespace

TEST_CASE("HTTP statuses classify into stable codes", "[retry_classify]") {
  struct Row { int status; OutcomeKind kind; const char* code; };
  const std::vector<Row> table = {
      {200, OutcomeKind::Success, "success"},      {204, OutcomeKind::Success, "success"},
      {299, OutcomeKind::Success, "success"},      {301, OutcomeKind::Failure, "redirect"},
      {308, OutcomeKind::Failure, "redirect"},     {400, OutcomeKind::Failure, "client_error"},
      {404, OutcomeKind::Failure, "client_error"}, {410, OutcomeKind::Deactivate, "gone"},
      {429, OutcomeKind::Failure, "rate_limited"}, {500, OutcomeKind::Failure, "server_error"},
      {502, OutcomeKind::Failure, "server_error"}, {503, OutcomeKind::Failure, "unavailable"},
      {100, OutcomeKind::Failure, "invalid_status"}, {0, OutcomeKind::Failure, "invalid_status"},
      {600, OutcomeKind::Failure, "invalid_status"},
  };
  for (const auto& row : table) {
    INFO(row.status);
    auto o = status(row.status);
    CHECK(o.kind == row.kind);
    CHECK(o.code == row.code);
    CHECK(o.status == row.status);
    CHECK_FALSE(o.retry_after_ms.has_value());
  }
}

TEST_CASE("transport errors are retryable failures with their own codes", "[retry_classify]") {
  for (const std::string e : {"timeout", "connection_refused", "dns", "tls"}) {
    auto o = classify(std::nullopt, {}, e, std::nullopt);
    CHECK(o.kind == OutcomeKind::Failure);
    CHECK(o.code == e);
  }
  CHECK(classify(std::nullopt, {}, std::string("connection_reset"), std::nullopt).code == "transport_error");
  // A transport error wins over a stray status.
  CHECK(classify(200, {}, std::string("timeout"), std::nullopt).code == "timeout");
}

TEST_CASE("Retry-After in seconds is read on 429 and 503 only", "[retry_classify]") {
  CHECK(status(429, {{"Retry-After", "120"}}).retry_after_ms == 120000);
  CHECK(status(503, {{"retry-after", "0"}}).retry_after_ms == 0);
  CHECK_FALSE(status(500, {{"Retry-After", "120"}}).retry_after_ms.has_value());
  CHECK_FALSE(status(429, {{"Retry-After", "-5"}}).retry_after_ms.has_value());
  CHECK_FALSE(status(429, {{"Retry-After", "1.5"}}).retry_after_ms.has_value());
  CHECK(status(429, {{"Retry-After", "99999999999999999999"}}).retry_after_ms == kRetryAfterReadCapMs);
}

TEST_CASE("Retry-After as an HTTP date is read relative to the injected now", "[retry_classify]") {
  CHECK(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT") == kRfcExampleMs);
  CHECK(parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT") == 0);
  CHECK(parse_http_date("Tue, 29 Feb 2000 12:00:00 GMT").has_value());
  CHECK_FALSE(parse_http_date("Mon, 06 Nov 1994 08:49:37 GMT").has_value());  // wrong weekday
  CHECK_FALSE(parse_http_date("Sat, 29 Feb 1900 00:00:00 GMT").has_value());  // not a leap year
  CHECK_FALSE(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT").has_value()); // obsolete RFC 850 form
  CHECK_FALSE(parse_http_date("Sun, 06 Nov 1994 24:49:37 GMT").has_value());
  auto o = status(503, {{"Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT"}}, kRfcExampleMs - 90000);
  CHECK(o.retry_after_ms == 90000);
  CHECK(status(503, {{"Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT"}}, kRfcExampleMs + 5000).retry_after_ms == 0);
  // Without a clock a date cannot be read: ignored, not guessed.
  CHECK_FALSE(status(503, {{"Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT"}}).retry_after_ms.has_value());
  CHECK_FALSE(status(429, {{"Retry-After", "soon"}}, 0).retry_after_ms.has_value());
}
