// End to end: persistence across restarts, graceful stop under load, slow
// clients, operations endpoints, configuration precedence, first start.
#include <arpa/inet.h>
#include <fcntl.h>
#include <poll.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <mutex>

#include <catch2/catch.hpp>

#include <cstdlib>

#include "sqlite_db.hpp"
#include "support/fixture.hpp"
#include "support/raw_socket.hpp"

using hookwork::test::ApiClient;
using hookwork::test::hook_body;
using hookwork::test::RunningServer;
using hookwork::test::ServerProcess;
using hookwork::test::TempDir;

namespace {
nlohmann::json event() { return {{"type", "optin_finalized"}, {"occurred_at", "2026-01-31T12:00:00Z"}, {"data", {{"n", 1}}}}; }

std::set<std::string> column_values(const std::string& db_path, const std::string& sql) {
  // Through Db, like the runner: SQLite's process-wide settings are applied before its first connection.
  hookwork::runner::Db db(db_path);
  std::set<std::string> out;
  auto st = db.prepare(sql);
  while (st.step()) out.insert(st.text(0));
  return out;
}

}  // namespace

TEST_CASE("data survives a restart on the same SQLite file", "[e2e][lifecycle]") {
  RunningServer s;
  auto c = s.client();
  std::string id = c.post_json("/v1/acme/webhooks", hook_body()).json()["id"];
  std::string ev = c.post_json("/v1/acme/events", event(), "persist-1").json()["event_id"];
  c.put_json("/v1/acme/settings", {{"delete_requires_inactive", true}});
  REQUIRE(s.server->stop() == 0);

  s.start();  // same file; the account exists, so no new key is printed
  REQUIRE(s.server->printed_api_key().empty());
  auto c2 = s.client();
  REQUIRE(c2.get("/v1/acme/webhooks/" + id).status == 200);
  REQUIRE(c2.get("/v1/acme/deliveries?event_id=" + ev).json().size() == 1);
  REQUIRE(c2.get("/v1/acme/settings").json()["delete_requires_inactive"] == true);
  // The idempotency record survived too.
  REQUIRE(c2.post_json("/v1/acme/events", event(), "persist-1").json()["event_id"] == ev);
}

TEST_CASE("SIGTERM during a publish load loses no acknowledged event", "[e2e][lifecycle][durability]") {
  RunningServer s;
  s.client().post_json("/v1/acme/webhooks", hook_body());
  std::mutex mu;
  std::vector<std::string> acknowledged;
  std::atomic<bool> go{true};
  std::vector<std::thread> publishers;
  for (int t = 0; t < 8; ++t) {
    publishers.emplace_back([&] {
      ApiClient c(s.port(), s.key);
      while (go) {
        auto r = c.post_json("/v1/acme/events", event());
        if (r.status != 202) break;  // the server is going away
        std::lock_guard<std::mutex> lock(mu);
        acknowledged.push_back(nlohmann::json::parse(r.body)["event_id"]);
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(700));
  int exit_code = s.server->stop(SIGTERM);
  go = false;
  for (auto& t : publishers) t.join();
  REQUIRE(exit_code == 0);
  REQUIRE(acknowledged.size() > 50);

  auto stored = column_values(s.db, "SELECT id FROM events");
  auto with_delivery = column_values(s.db, "SELECT event_id FROM deliveries");
  for (const auto& id : acknowledged) {
    INFO(id);
    REQUIRE(stored.count(id) == 1);
    REQUIRE(with_delivery.count(id) == 1);
  }
  REQUIRE(s.server->stderr_text().find("\"msg\":\"stopped\"") != std::string::npos);
}

TEST_CASE("a slow client is cut off after the read timeout and cannot hold the server", "[e2e][lifecycle]") {
  // A connection waits at most keep-alive timeout + read timeout for its next bytes.
  RunningServer s({"--read-timeout-s", "1", "--keep-alive-timeout-s", "1", "--http-threads", "2"});
  int slow1 = hookwork::test::connect_loopback(s.port());
  int slow2 = hookwork::test::connect_loopback(s.port());
  std::string partial = "POST /v1/acme/events HTTP/1.1\r\nHost: x\r\n";
  REQUIRE(write(slow1, partial.data(), partial.size()) > 0);
  REQUIRE(write(slow2, partial.data(), partial.size()) > 0);
  // Both workers are held by the slow clients until their read times out; then service resumes.
  auto started = std::chrono::steady_clock::now();
  ApiClient c(s.port(), s.key);
  REQUIRE(c.get("/healthz").status == 200);
  REQUIRE(std::chrono::steady_clock::now() - started < std::chrono::seconds(4));
  char buf[256];
  timeval tv{5, 0};
  setsockopt(slow1, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  ssize_t n = read(slow1, buf, sizeof buf);
  REQUIRE(n >= 0);  // closed by the server (0) or answered with an error, not left hanging
  close(slow1);
  close(slow2);
}

TEST_CASE("/healthz and Prometheus /metrics", "[e2e][ops]") {
  RunningServer s;
  auto c = s.client();
  c.post_json("/v1/acme/webhooks", hook_body());
  c.post_json("/v1/acme/events", event());
  c.get("/v1/acme/webhooks/nope");
  ApiClient anonymous(s.port());
  auto health = anonymous.get("/healthz");
  REQUIRE(health.status == 200);
  REQUIRE(health.json()["status"] == "ok");
  auto metrics = anonymous.get("/metrics");
  REQUIRE(metrics.status == 200);
  const auto& m = metrics.body;
  REQUIRE(m.find("hookwork_http_requests_total{route=\"/v1/{account}/events\",status=\"202\"} 1") != std::string::npos);
  REQUIRE(m.find("hookwork_http_requests_total{route=\"/v1/{account}/webhooks/{id}\",status=\"404\"} 1") !=
          std::string::npos);
  REQUIRE(m.find("hookwork_events_accepted_total 1") != std::string::npos);
  REQUIRE(m.find("hookwork_queue_depth 1") != std::string::npos);
  REQUIRE(m.find("hookwork_store_commit_seconds_bucket{le=\"+Inf\"}") != std::string::npos);
}

TEST_CASE("serve prints how to get a key: a default account is created on first start", "[e2e][ops]") {
  TempDir dir;
  ServerProcess first({"--data-dir", dir.path()});
  std::string key = first.printed_api_key();
  REQUIRE_FALSE(key.empty());
  REQUIRE(first.stdout_text().find("account default created") != std::string::npos);
  REQUIRE(ApiClient(first.port(), key).get("/v1/default/webhooks").status == 200);
  first.stop();
  ServerProcess second({"--data-dir", dir.path()});
  REQUIRE(second.printed_api_key().empty());  // shown once
}

TEST_CASE("configuration precedence: flag > HOOKWORK_* environment > config file (JSON or INI)", "[e2e][config]") {
  TempDir dir;
  std::string db = "sqlite:" + dir.file("h.db");
  auto created = hookwork::test::run_hookwork({"accounts", "create", "acme", "--store", db});
  REQUIRE(created.exit_code == 0);
  std::string key = created.out.substr(0, created.out.find('\n'));
  std::ofstream(dir.file("c.json")) << R"({"max_body_bytes": 3000, "idempotency-ttl-s": 7, "store": ")" << db << "\"}";
  std::ofstream(dir.file("c.ini")) << "# comment\n[serve]\nmax-body-bytes = 3000\nstore = " << db << "\n";
  auto body_of = [](int size) {
    return nlohmann::json{{"type", "optin_finalized"}, {"occurred_at", "2026-01-31T12:00:00Z"}, {"data", {{"x", std::string(size, 'x')}}}};
  };
  for (const auto& file : {dir.file("c.json"), dir.file("c.ini")}) {
    INFO(file);
    {
      ServerProcess file_only({"--config", file});
      ApiClient c(file_only.port(), key);
      REQUIRE(c.post_json("/v1/acme/events", body_of(3500)).status == 413);  // file: 3000
      REQUIRE(c.post_json("/v1/acme/events", body_of(100)).status == 202);
    }
    {
      ServerProcess env_wins({"--config", file}, {"HOOKWORK_MAX_BODY_BYTES=5000"});
      ApiClient c(env_wins.port(), key);
      REQUIRE(c.post_json("/v1/acme/events", body_of(3500)).status == 202);  // env: 5000
      REQUIRE(c.post_json("/v1/acme/events", body_of(6000)).status == 413);
    }
    {
      ServerProcess flag_wins({"--config", file, "--max-body-bytes", "8000"}, {"HOOKWORK_MAX_BODY_BYTES=5000"});
      ApiClient c(flag_wins.port(), key);
      REQUIRE(c.post_json("/v1/acme/events", body_of(6000)).status == 202);  // flag: 8000
    }
  }
  REQUIRE(hookwork::test::run_hookwork({"serve", "--config", dir.file("nope.json")}).exit_code == 2);
  std::ofstream(dir.file("unknown.ini")) << "colour = red\n";
  REQUIRE(hookwork::test::run_hookwork({"serve", "--config", dir.file("unknown.ini")}).exit_code == 2);
  REQUIRE(hookwork::test::run_hookwork({"serve", "--listen", "nonsense"}).exit_code == 2);
  REQUIRE(hookwork::test::run_hookwork({"serve", "--store", "postgres://x/y"}).exit_code == 2);
  REQUIRE(hookwork::test::run_hookwork({"serve", "--store", db}, {"HOOKWORK_MAX_BODY_BYTES=lots"}).exit_code == 2);
  // Negative numbers are refused from every source alike.
  REQUIRE(hookwork::test::run_hookwork({"serve", "--store", db, "--read-timeout-s", "-1"}).exit_code != 0);
  REQUIRE(hookwork::test::run_hookwork({"serve", "--store", db}, {"HOOKWORK_READ_TIMEOUT_S=-1"}).exit_code == 2);
  REQUIRE(hookwork::test::run_hookwork({"serve", "--store", db, "--deliver=maybe"}).exit_code != 0);
}

TEST_CASE("a JSON config file may list allow_cidrs as an array", "[e2e][config]") {
  TempDir dir;
  std::string db = "sqlite:" + dir.file("h.db");
  auto created = hookwork::test::run_hookwork({"accounts", "create", "acme", "--store", db});
  std::string key = created.out.substr(0, created.out.find('\n'));
  std::ofstream(dir.file("c.json")) << R"({"allow_cidrs": ["10.9.0.0/16", "127.0.0.1/32"], "deliver": false, "store": ")"
                                    << db << "\"}";
  ServerProcess s({"--config", dir.file("c.json")});
  ApiClient c(s.port(), key);
  auto hook = [](const std::string& url) { return nlohmann::json{{"app", "a"}, {"event", "optin_finalized"}, {"url", url}}; };
  REQUIRE(c.post_json("/v1/acme/webhooks", hook("http://127.0.0.1:9/x")).status == 201);
  REQUIRE(c.post_json("/v1/acme/webhooks", hook("http://10.9.1.1/x")).status == 201);
  REQUIRE(c.post_json("/v1/acme/webhooks", hook("http://10.8.1.1/x")).status == 400);  // not listed
  std::ofstream(dir.file("bad.json")) << R"({"allow_cidrs": [1, 2]})";
  REQUIRE(hookwork::test::run_hookwork({"serve", "--config", dir.file("bad.json")}).exit_code == 2);
}

TEST_CASE("hookwork version and accounts create refuse bad input", "[e2e][cli]") {
  REQUIRE(hookwork::test::run_hookwork({"version"}).out.rfind("hookwork ", 0) == 0);
  TempDir dir;
  std::string store = "sqlite:" + dir.file("h.db");
  REQUIRE(hookwork::test::run_hookwork({"accounts", "create", "Bad Name", "--store", store}).exit_code == 2);
  REQUIRE(hookwork::test::run_hookwork({"accounts", "create", "ok", "--store", store}).exit_code == 0);
  REQUIRE(hookwork::test::run_hookwork({"accounts", "create", "ok", "--store", store}).exit_code == 1);
}

TEST_CASE("the playground directory is served at /", "[e2e][ops]") {
  TempDir dir;
  std::filesystem::create_directories(dir.file("pg"));
  std::ofstream(dir.file("pg/index.html")) << "<h1>Web Service Demo</h1>";
  RunningServer s({"--playground-dir", dir.file("pg")});
  ApiClient anonymous(s.port());
  auto page = anonymous.get("/");
  REQUIRE(page.status == 200);
  REQUIRE(page.body.find("Web Service Demo") != std::string::npos);
  REQUIRE(anonymous.get("/healthz").status == 200);  // API routes still win over files
}

TEST_CASE("static files: precompressed twins for gzip clients, ETags, nothing outside the folder",
          "[e2e][ops]") {
  TempDir dir;
  std::filesystem::create_directories(dir.file("pg/js"));
  std::ofstream(dir.file("pg/index.html")) << "<h1>Web Service Demo</h1>";
  std::string script = "export const answer = 42; // " + std::string(2000, 'x') + "\n";
  std::ofstream(dir.file("pg/js/app.js")) << script;
  REQUIRE(std::system(("gzip -9 -n -k " + dir.file("pg/js/app.js")).c_str()) == 0);
  std::ofstream(dir.file("secret.txt")) << "outside";
  RunningServer s({"--playground-dir", dir.file("pg")});
  ApiClient anonymous(s.port());

  auto zipped = anonymous.send("GET", "/js/app.js", "", "", "Accept-Encoding", "gzip");
  REQUIRE(zipped.status == 200);
  REQUIRE(zipped.header("Content-Encoding") == "gzip");
  REQUIRE(zipped.content_type == "text/javascript; charset=utf-8");
  REQUIRE(zipped.body == script);  // the client inflated the twin back to the file
  auto plain = anonymous.send("GET", "/js/app.js", "", "", "Accept-Encoding", "identity");
  REQUIRE(plain.status == 200);
  REQUIRE(plain.header("Content-Encoding").empty());
  REQUIRE(plain.body == script);
  const std::string etag = plain.header("ETag");
  REQUIRE(!etag.empty());
  REQUIRE(anonymous.send("GET", "/js/app.js", "", "", "If-None-Match", etag).status == 304);
  REQUIRE(anonymous.get("/js/app.js.gz").status == 404);  // twins are not files of their own
  REQUIRE(anonymous.get("/../secret.txt").status == 404);
  REQUIRE(anonymous.get("/js/../../secret.txt").status == 404);
  REQUIRE(anonymous.get("/").body.find("Web Service Demo") != std::string::npos);
}

TEST_CASE("the listening socket: no second process shares the port, and a burst of connections is queued",
          "[e2e][ops]") {
  RunningServer s;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(s.port()));
  ::inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);

  // With SO_REUSEPORT on the runner's socket (cpp-httplib's default) this bind would succeed
  // and the kernel would hand half of the runner's connections to this socket.
  const int rival = ::socket(AF_INET, SOCK_STREAM, 0);
  const int yes = 1;
  ::setsockopt(rival, SOL_SOCKET, SO_REUSEPORT, &yes, sizeof yes);
  const int bound = ::bind(rival, reinterpret_cast<const sockaddr*>(&addr), sizeof addr);
  const int bind_errno = errno;
  ::close(rival);
  REQUIRE(bound != 0);
  REQUIRE(bind_errno == EADDRINUSE);

  // While the runner is stopped nothing accepts, so only the kernel's accept queue holds new
  // connections: with the library's backlog of 5, six handshakes complete and the rest wait for
  // SYN retransmits. 100 must all be queued.
  constexpr int kBurst = 100;
  REQUIRE(::kill(s.server->pid(), SIGSTOP) == 0);
  std::vector<pollfd> fds;
  for (int i = 0; i < kBurst; ++i) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    REQUIRE(fd >= 0);
    const int rc = ::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr);
    REQUIRE((rc == 0 || errno == EINPROGRESS));
    fds.push_back({fd, POLLOUT, 0});
  }
  int connected = 0;
  for (int round = 0; round < 20 && connected < kBurst; ++round) {  // up to 1 s, far under a SYN retransmit
    ::poll(fds.data(), fds.size(), 50);
    connected = 0;
    for (const auto& p : fds) {
      int err = 0;
      socklen_t len = sizeof err;
      if ((p.revents & POLLOUT) && ::getsockopt(p.fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 && err == 0) ++connected;
    }
  }
  ::kill(s.server->pid(), SIGCONT);
  for (const auto& p : fds) ::close(p.fd);
  REQUIRE(connected == kBurst);
  REQUIRE(ApiClient(s.port(), s.key).get("/healthz").status == 200);
}
