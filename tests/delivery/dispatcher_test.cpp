// The dispatcher against the real receiver process over HTTP on 127.0.0.1.
#include <catch2/catch.hpp>

#include <future>
#include <set>
#include <thread>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "hookwork/delivery/dispatcher.hpp"
#include "support/receiver_client.hpp"
#include "support/json_crosscheck.hpp"

using namespace hookwork;
using namespace hookwork::delivery;
using hookwork::testing::Receiver;

namespace {

DispatcherConfig loopback_allowed() {
  DispatcherConfig c;
  c.address_policy.allow_cidrs = {"127.0.0.1/32"};
  return c;
}

DispatchRequest post(const std::string& url, std::string body = R"({"id":"evt_1"})") {
  DispatchRequest r;
  r.request = HttpRequest{"POST", url, {{"Content-Type", "application/json"}, {"webhook-id", "msg_1"}}, std::move(body)};
  return r;
}

DispatchResult send(Dispatcher& d, DispatchRequest r) {
  std::promise<DispatchResult> promise;
  auto future = promise.get_future();
  d.submit(std::move(r), [&promise](DispatchResult result) { promise.set_value(std::move(result)); });
  return future.get();
}

// A port nothing listens on: bind to port 0, read the port, close.
int closed_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

std::string header_of(const nlohmann::json& recorded, const std::string& name) {
  for (const auto& h : recorded["headers"])
    if (h["name"] == name) return h["value"];
  return "";
}

}  // namespace

TEST_CASE("a POST reaches the receiver with its body and headers", "[dispatcher]") {
  Receiver rx;
  rx.rule({{"path", "/hook"}, {"status", 200}, {"body", R"({"received":true})"}});
  Dispatcher d(loopback_allowed());
  auto result = send(d, post(rx.url("/hook"), R"({"id":"evt_1","data":{"n":1}})"));

  CHECK(result.error == TransportError::None);
  CHECK(result.status == 200);
  CHECK(result.http_version == 11);
  CHECK(result.remote_ip == "127.0.0.1");
  CHECK(result.duration.count() > 0);
  hookwork::test::require_json_text_equals(result.body, nlohmann::json{{"received", true}});
  auto got = rx.requests("/hook");
  REQUIRE(got.size() == 1);
  CHECK(got[0]["method"] == "POST");
  CHECK(got[0]["body"] == R"({"id":"evt_1","data":{"n":1}})");
  CHECK(header_of(got[0], "webhook-id") == "msg_1");
  CHECK(header_of(got[0], "Content-Type") == "application/json");
  CHECK(header_of(got[0], "Expect").empty());
}

TEST_CASE("a GET carries its query and no body", "[dispatcher]") {
  Receiver rx;
  Dispatcher d(loopback_allowed());
  DispatchRequest r;
  r.request = HttpRequest{"GET", rx.url("/hook?a=1&payload=%7B%22x%22%3A1%7D"), {}, ""};
  auto result = send(d, r);
  CHECK(result.status == 200);
  auto got = rx.requests("/hook");
  REQUIRE(got.size() == 1);
  CHECK(got[0]["method"] == "GET");
  CHECK(got[0]["query"] == "a=1&payload=%7B%22x%22%3A1%7D");
  CHECK(got[0]["body"] == "");
}

TEST_CASE("a 500 is a response, not a transport error", "[dispatcher]") {
  Receiver rx;
  rx.rule({{"path", "/hook"}, {"status", 500}, {"body", "boom"}});
  Dispatcher d(loopback_allowed());
  auto result = send(d, post(rx.url("/hook")));
  CHECK(result.error == TransportError::None);
  CHECK(result.status == 500);
  CHECK(result.body == "boom");
}

TEST_CASE("429 surfaces Retry-After to the caller", "[dispatcher]") {
  Receiver rx;
  rx.rule({{"path", "/hook"}, {"status", 429}, {"headers", {{"Retry-After", "7"}}}});
  Dispatcher d(loopback_allowed());
  auto result = send(d, post(rx.url("/hook")));
  CHECK(result.status == 429);
  REQUIRE(result.header("retry-after"));
  CHECK(*result.header("RETRY-AFTER") == "7");
}

TEST_CASE("a hanging receiver ends in a timeout", "[dispatcher]") {
  Receiver rx;
  rx.rule({{"path", "/hook"}, {"hang_ms", 3000}});
  Dispatcher d(loopback_allowed());
  auto r = post(rx.url("/hook"));
  r.total_timeout = std::chrono::milliseconds(300);
  auto result = send(d, r);
  CHECK(result.error == TransportError::Timeout);
  CHECK(std::string(to_string(result.error)) == "timeout");
  CHECK(result.status == 0);
  CHECK(result.duration < std::chrono::seconds(3));
}

TEST_CASE("a closed port is connection_refused", "[dispatcher]") {
  Dispatcher d(loopback_allowed());
  auto result = send(d, post("http://127.0.0.1:" + std::to_string(closed_port()) + "/hook"));
  CHECK(result.error == TransportError::ConnectionRefused);
  CHECK_FALSE(result.error_message.empty());
}

TEST_CASE("a connection closed without an answer is connection_closed", "[dispatcher]") {
  Receiver rx;
  rx.rule({{"path", "/hook"}, {"close", true}});
  Dispatcher d(loopback_allowed());
  auto result = send(d, post(rx.url("/hook")));
  CHECK(result.error == TransportError::ConnectionClosed);
  CHECK(rx.requests("/hook").size() == 1);
}

TEST_CASE("redirects are reported, never followed", "[dispatcher]") {
  Receiver rx;
  rx.rule({{"path", "/hook"}, {"status", 302}, {"headers", {{"Location", "/elsewhere"}}}});
  Dispatcher d(loopback_allowed());
  auto result = send(d, post(rx.url("/hook")));
  CHECK(result.status == 302);
  CHECK(result.header("location") == std::optional<std::string>("/elsewhere"));
  CHECK(rx.requests("/elsewhere").empty());
}

TEST_CASE("only the first body_cap bytes of a response are kept", "[dispatcher]") {
  Receiver rx;
  rx.rule({{"path", "/big"}, {"body_bytes", 200000}});
  rx.rule({{"path", "/small"}, {"body_bytes", 1000}});
  Dispatcher d(loopback_allowed());
  auto big = send(d, post(rx.url("/big")));
  CHECK(big.error == TransportError::None);
  CHECK(big.status == 200);
  CHECK(big.body.size() == 64 * 1024);
  CHECK(big.body_truncated);
  auto small = send(d, post(rx.url("/small")));
  CHECK(small.body.size() == 1000);
  CHECK_FALSE(small.body_truncated);
}

TEST_CASE("the SSRF guard refuses loopback unless allowlisted", "[dispatcher][ssrf]") {
  Receiver rx;
  SECTION("refused by default, by IP and by name, and nothing is sent") {
    Dispatcher d;  // default policy
    auto by_ip = send(d, post(rx.url("/hook")));
    CHECK(by_ip.error == TransportError::ForbiddenAddress);
    CHECK(std::string(to_string(by_ip.error)) == "forbidden_address");
    CHECK(by_ip.error_message.find("127.0.0.1") != std::string::npos);
    auto by_name = send(d, post("http://localhost:" + std::to_string(rx.port()) + "/hook"));
    CHECK(by_name.error == TransportError::ForbiddenAddress);
    CHECK(rx.requests().empty());
  }
  SECTION("allowed with a CIDR") {
    DispatcherConfig c;
    c.address_policy.allow_cidrs = {"127.0.0.0/8"};
    Dispatcher d(c);
    CHECK(send(d, post(rx.url("/hook"))).status == 200);
    CHECK(rx.requests().size() == 1);
  }
  SECTION("a CIDR next to it does not allow it") {
    DispatcherConfig c;
    c.address_policy.allow_cidrs = {"127.0.0.2/32", "10.0.0.0/8"};
    Dispatcher d(c);
    CHECK(send(d, post(rx.url("/hook"))).error == TransportError::ForbiddenAddress);
  }
}

TEST_CASE("sequential requests reuse one connection", "[dispatcher]") {
  Receiver rx;
  Dispatcher d(loopback_allowed());
  for (int i = 0; i < 10; ++i) REQUIRE(send(d, post(rx.url("/hook"))).status == 200);
  auto got = rx.requests("/hook");
  REQUIRE(got.size() == 10);
  for (const auto& r : got) CHECK(r["connection"] == got[0]["connection"]);
}

TEST_CASE("200 requests are in flight at once", "[dispatcher][concurrency]") {
  Receiver rx;
  rx.rule({{"path", "/slow"}, {"hang_ms", 500}});
  auto config = loopback_allowed();
  config.max_connections_per_host = 0;
  Dispatcher d(config);
  constexpr int kRequests = 200;
  std::vector<std::future<DispatchResult>> results;
  std::vector<std::promise<DispatchResult>> promises(kRequests);
  for (auto& p : promises) {
    results.push_back(p.get_future());
    d.submit(post(rx.url("/slow")), [&p](DispatchResult r) { p.set_value(std::move(r)); });
  }
  int ok = 0;
  for (auto& f : results) ok += f.get().status == 200;
  CHECK(ok == kRequests);
  CHECK(d.pending() == 0);
  CHECK(rx.stats()["max_concurrent"].get<int>() >= kRequests / 2);
}

TEST_CASE("max_in_flight queues the rest and still completes all", "[dispatcher][concurrency]") {
  Receiver rx;
  rx.rule({{"path", "/slow"}, {"hang_ms", 100}});
  auto config = loopback_allowed();
  config.max_in_flight = 4;
  Dispatcher d(config);
  std::vector<std::promise<DispatchResult>> promises(20);
  for (auto& p : promises) d.submit(post(rx.url("/slow")), [&p](DispatchResult r) { p.set_value(std::move(r)); });
  for (auto& p : promises) CHECK(p.get_future().get().status == 200);
  CHECK(rx.stats()["max_concurrent"].get<int>() <= 4);
}

TEST_CASE("stopping completes what is still queued or in flight", "[dispatcher]") {
  Receiver rx;
  rx.rule({{"path", "/slow"}, {"hang_ms", 5000}});
  std::atomic<int> completed{0}, stopped{0};
  {
    auto config = loopback_allowed();
    config.max_in_flight = 2;
    Dispatcher d(config);
    for (int i = 0; i < 5; ++i)
      d.submit(post(rx.url("/slow")), [&](DispatchResult r) {
        ++completed;
        stopped += r.error == TransportError::Other;
      });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  CHECK(completed == 5);
  CHECK(stopped == 5);
}

TEST_CASE("a reused easy handle carries only its own request's method, headers and body", "[dispatcher][reuse]") {
  Receiver rx;
  auto config = loopback_allowed();
  config.max_in_flight = 1;  // one handle on the wire at a time: every request after the first reuses it
  Dispatcher d(config);
  for (int i = 0; i < 30; ++i) {
    DispatchRequest r;
    const std::string n = std::to_string(i);
    switch (i % 3) {
      case 0:
        r.request = HttpRequest{"POST", rx.url("/hook"), {{"X-Only-Post", n}, {"webhook-id", "msg_" + n}},
                                R"({"n":)" + n + "}"};
        break;
      case 1: r.request = HttpRequest{"GET", rx.url("/hook?n=" + n), {{"X-Only-Get", n}}, ""}; break;
      default:
        r.request = HttpRequest{"PUT", rx.url("/hook"), {{"X-Empty", ""}}, "put " + n};
        r.total_timeout = std::chrono::milliseconds(3000);
    }
    REQUIRE(send(d, std::move(r)).status == 200);
  }
  auto got = rx.requests("/hook");
  REQUIRE(got.size() == 30);
  for (int i = 0; i < 30; ++i) {
    INFO("request " << i);
    const auto& g = got[i];
    const std::string n = std::to_string(i);
    CHECK(g["connection"] == got[0]["connection"]);
    CHECK(header_of(g, "Expect").empty());
    switch (i % 3) {
      case 0:
        CHECK(g["method"] == "POST");
        CHECK(g["body"] == R"({"n":)" + n + "}");
        CHECK(header_of(g, "X-Only-Post") == n);
        CHECK(header_of(g, "webhook-id") == "msg_" + n);
        CHECK(header_of(g, "X-Only-Get").empty());
        break;
      case 1:
        CHECK(g["method"] == "GET");
        CHECK(g["body"] == "");
        CHECK(g["query"] == "n=" + n);
        CHECK(header_of(g, "X-Only-Get") == n);
        CHECK(header_of(g, "X-Only-Post").empty());
        CHECK(header_of(g, "webhook-id").empty());
        CHECK(header_of(g, "Content-Length").empty());
        break;
      default:
        CHECK(g["method"] == "PUT");
        CHECK(g["body"] == "put " + n);
        CHECK(header_of(g, "X-Only-Post").empty());
        CHECK(header_of(g, "X-Only-Get").empty());
    }
  }
}

TEST_CASE("the SSRF guard still refuses on a reused easy handle", "[dispatcher][ssrf][reuse]") {
  Receiver rx;
  auto config = loopback_allowed();  // 127.0.0.1 only
  config.max_in_flight = 1;
  Dispatcher d(config);
  const std::string port = std::to_string(rx.port());
  for (int i = 0; i < 3; ++i) {
    REQUIRE(send(d, post(rx.url("/hook"))).status == 200);
    // Another loopback address: no pooled connection for it, so the guard sees its address.
    auto refused = send(d, post("http://127.0.0.2:" + port + "/hook"));
    CHECK(refused.error == TransportError::ForbiddenAddress);
    CHECK(refused.error_message.find("127.0.0.2") != std::string::npos);
    CHECK(refused.status == 0);
  }
  CHECK(rx.requests("/hook").size() == 3);
}

TEST_CASE("many requests through a few reused handles each get their own answer", "[dispatcher][reuse][concurrency]") {
  Receiver rx;
  rx.rule({{"path", "/a"}, {"status", 201}, {"body", "from a"}});
  rx.rule({{"path", "/b"}, {"status", 503}, {"body", "from b"}, {"headers", {{"X-From", "b"}}}});
  auto config = loopback_allowed();
  config.max_in_flight = 8;
  Dispatcher d(config);
  constexpr int kRequests = 400;
  std::vector<std::promise<DispatchResult>> promises(kRequests);
  for (int i = 0; i < kRequests; ++i)
    d.submit(post(rx.url(i % 2 ? "/b" : "/a"), std::to_string(i)),
             [&p = promises[i]](DispatchResult r) { p.set_value(std::move(r)); });
  for (int i = 0; i < kRequests; ++i) {
    auto r = promises[i].get_future().get();
    INFO("request " << i);
    REQUIRE(r.error == TransportError::None);
    if (i % 2) {
      CHECK(r.status == 503);
      CHECK(r.body == "from b");
      CHECK(r.header("X-From") == std::optional<std::string>("b"));
    } else {
      CHECK(r.status == 201);
      CHECK(r.body == "from a");
      CHECK_FALSE(r.header("X-From"));
    }
  }
  CHECK(d.pending() == 0);
  std::set<std::string> bodies, connections;
  for (const auto& g : rx.requests()) {
    bodies.insert(g["body"].get<std::string>());
    connections.insert(g["connection"].dump());
  }
  CHECK(bodies.size() == kRequests);
  CHECK(connections.size() <= 8);
}
