// End to end: the HTTP front itself, over raw sockets: limits refused with JSON
// errors, HEAD, Expect: 100-continue, pipelining, keep-alive limits, timeouts, and
// idle connections that cost no handler thread.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "support/fixture.hpp"
#include "support/raw_socket.hpp"

using hookwork::test::ApiClient;
using hookwork::test::RunningServer;

namespace {

void send_all(int fd, const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + sent, bytes.size() - sent);
    REQUIRE(n > 0);
    sent += static_cast<std::size_t>(n);
  }
}

// Reads until `until` appears, the peer closes, or `ms` pass; returns what arrived.
std::string read_until(int fd, const std::string& until, int ms = 5000, bool* closed = nullptr) {
  std::string got;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  if (closed) *closed = false;
  while (until.empty() || got.find(until) == std::string::npos) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
    char buf[4096];
    ssize_t n = read(fd, buf, sizeof buf);
    if (n <= 0) {
      if (closed) *closed = true;
      break;
    }
    got.append(buf, static_cast<std::size_t>(n));
  }
  return got;
}

std::string body_of(const std::string& response) {
  auto at = response.find("\r\n\r\n");
  return at == std::string::npos ? "" : response.substr(at + 4);
}

std::string publish_request(const std::string& key, const std::string& extra_headers = "") {
  const std::string body = R"({"type":"optin_finalized","occurred_at":"2026-01-31T12:00:00Z","data":{}})";
  return "POST /v1/acme/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + key +
         "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n" +
         extra_headers + "\r\n" + body;
}

}  // namespace

TEST_CASE("http: headers over --max-header-bytes are a 431 JSON error", "[e2e][http]") {
  RunningServer s({"--max-header-bytes", "2048"});
  int fd = hookwork::test::connect_loopback(s.port());
  send_all(fd, "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(4000, 'a') + "\r\n\r\n");
  bool closed = false;
  std::string r = read_until(fd, "", 5000, &closed);
  close(fd);
  INFO(r);
  REQUIRE(r.rfind("HTTP/1.1 431", 0) == 0);
  auto j = nlohmann::json::parse(body_of(r));
  REQUIRE(j["error"]["code"] == "headers_too_large");
  REQUIRE(j["error"]["message"].get<std::string>().find("2048") != std::string::npos);
  REQUIRE(closed);
  REQUIRE(s.client().get("/healthz").status == 200);  // the server keeps serving
}

TEST_CASE("http: a malformed request line is a 400 JSON error", "[e2e][http]") {
  RunningServer s;
  int fd = hookwork::test::connect_loopback(s.port());
  send_all(fd, "GARBAGE\r\n\r\n");
  std::string r = read_until(fd, "", 5000);
  close(fd);
  INFO(r);
  REQUIRE(r.rfind("HTTP/1.1 400", 0) == 0);
  REQUIRE(nlohmann::json::parse(body_of(r))["error"]["code"] == "bad_request");
}

TEST_CASE("http: HEAD answers a GET's headers without its body", "[e2e][http]") {
  RunningServer s;
  int fd = hookwork::test::connect_loopback(s.port());
  send_all(fd, "HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  std::string r = read_until(fd, "{\"status\":\"ok\"}");
  close(fd);
  INFO(r);
  // The HEAD answer says how long the body would be, then the next answer starts at once.
  REQUIRE(r.rfind("HTTP/1.1 200 OK\r\n", 0) == 0);
  REQUIRE(r.find("Content-Length: 15\r\n") != std::string::npos);
  auto second = r.find("HTTP/1.1 200 OK", 1);
  REQUIRE(second != std::string::npos);
  REQUIRE(r.substr(second - 4, 4) == "\r\n\r\n");
  REQUIRE(body_of(r.substr(second)) == "{\"status\":\"ok\"}");
}

TEST_CASE("http: Expect: 100-continue gets its interim answer, then the publish", "[e2e][http]") {
  RunningServer s;
  const std::string body = R"({"type":"optin_finalized","occurred_at":"2026-01-31T12:00:00Z","data":{}})";
  int fd = hookwork::test::connect_loopback(s.port());
  send_all(fd, "POST /v1/acme/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + s.key +
                   "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " +
                   std::to_string(body.size()) + "\r\n\r\n");
  REQUIRE(read_until(fd, "\r\n\r\n").rfind("HTTP/1.1 100 Continue\r\n\r\n", 0) == 0);
  send_all(fd, body);
  std::string r = read_until(fd, "}");
  close(fd);
  INFO(r);
  REQUIRE(r.rfind("HTTP/1.1 202", 0) == 0);
  REQUIRE(nlohmann::json::parse(body_of(r))["event_id"].is_string());
}

TEST_CASE("http: pipelined publishes are answered in order; the keep-alive request limit closes", "[e2e][http]") {
  RunningServer s({"--keep-alive-max-requests", "3"});
  int fd = hookwork::test::connect_loopback(s.port());
  send_all(fd, publish_request(s.key) + publish_request(s.key) + publish_request(s.key) + publish_request(s.key));
  bool closed = false;
  std::string r = read_until(fd, "", 5000, &closed);
  close(fd);
  INFO(r);
  std::size_t answers = 0;
  for (auto at = r.find("HTTP/1.1 202"); at != std::string::npos; at = r.find("HTTP/1.1 202", at + 1)) ++answers;
  REQUIRE(answers == 3);  // the fourth request is not read: the third answer closed the connection
  REQUIRE(closed);
  REQUIRE(r.find("Connection: close") != std::string::npos);
}

TEST_CASE("http: a request cut off mid-header is closed after the read timeout", "[e2e][http]") {
  RunningServer s({"--read-timeout-s", "1", "--keep-alive-timeout-s", "1"});
  int fd = hookwork::test::connect_loopback(s.port());
  send_all(fd, "POST /v1/acme/events HTTP/1.1\r\nHost: x\r\n");
  auto started = std::chrono::steady_clock::now();
  bool closed = false;
  std::string r = read_until(fd, "", 6000, &closed);
  close(fd);
  INFO(r);
  REQUIRE(closed);  // no answer: the deadline closes the connection
  REQUIRE(r.empty());
  REQUIRE(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
}

TEST_CASE("http: idle keep-alive connections hold no handler thread", "[e2e][http]") {
  // Two handler threads and 200 open, idle connections: requests are still answered at once.
  RunningServer s({"--http-threads", "2"});
  std::vector<int> idle;
  for (int i = 0; i < 200; ++i) idle.push_back(hookwork::test::connect_loopback(s.port()));
  ApiClient c(s.port(), s.key);
  auto started = std::chrono::steady_clock::now();
  for (int i = 0; i < 20; ++i) REQUIRE(c.get("/v1/acme/webhooks").status == 200);
  REQUIRE(c.post_json("/v1/acme/events", {{"type", "optin_finalized"}, {"occurred_at", "2026-01-31T12:00:00Z"},
                                          {"data", nlohmann::json::object()}}).status == 202);
  REQUIRE(std::chrono::steady_clock::now() - started < std::chrono::seconds(3));
  for (int fd : idle) close(fd);
}
