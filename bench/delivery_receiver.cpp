// Minimal webhook receiver for bench/delivery_bench.sh: answers every request
// 200 with an empty body and keeps nothing but counters, so the same server can
// be driven by wrk and by `hookwork serve` and neither pays for bookkeeping the
// other does not. One epoll thread, HTTP/1.1 keep-alive, Content-Length bodies.
//
//   delivery_receiver [--port N]      prints "listening on http://127.0.0.1:PORT"
//
// Every request whose path does not start with /_ is counted, with its arrival
// time (CLOCK_REALTIME, µs). Each `"t_pub_us":<digits>` found in a body (the
// bench's loader puts its send time into the event's data) adds one latency
// sample: arrival minus that time.
//
//   GET  /_stats   {"requests":N,"events":E,"first_us":..,"last_us":..,
//                   "latency":{"n":K,"p50_us":..,"p90_us":..,"p99_us":..,"max_us":..}}
//   POST /_reset   forgets everything counted so far
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

std::int64_t now_us() {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

struct Counters {
  std::int64_t requests = 0, events = 0, first_us = 0, last_us = 0;
  std::vector<std::int64_t> latencies_us;
};

struct Connection {
  std::string in, out;
  bool close_after_write = false;
  bool watching_out = false;  // EPOLLOUT registered
};

bool iequals_prefix(const char* p, const char* end, const char* word) {
  for (; *word; ++p, ++word)
    if (p >= end || std::tolower(static_cast<unsigned char>(*p)) != *word) return false;
  return true;
}

std::int64_t percentile(const std::vector<std::int64_t>& sorted, double q) {
  if (sorted.empty()) return 0;
  auto i = static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(i, sorted.size() - 1)];
}

std::string stats_json(const Counters& c) {
  auto sorted = c.latencies_us;
  std::sort(sorted.begin(), sorted.end());
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "{\"requests\":%lld,\"events\":%lld,\"first_us\":%lld,\"last_us\":%lld,\"latency\":{\"n\":%zu,"
                "\"p50_us\":%lld,\"p90_us\":%lld,\"p99_us\":%lld,\"max_us\":%lld}}",
                static_cast<long long>(c.requests), static_cast<long long>(c.events),
                static_cast<long long>(c.first_us), static_cast<long long>(c.last_us), sorted.size(),
                static_cast<long long>(percentile(sorted, 0.50)), static_cast<long long>(percentile(sorted, 0.90)),
                static_cast<long long>(percentile(sorted, 0.99)),
                static_cast<long long>(sorted.empty() ? 0 : sorted.back()));
  return buf;
}

void respond(Connection& conn, const char* status, const std::string& body, bool close) {
  conn.out += "HTTP/1.1 ";
  conn.out += status;
  conn.out += "\r\nContent-Length: " + std::to_string(body.size());
  if (!body.empty()) conn.out += "\r\nContent-Type: application/json";
  if (close) conn.out += "\r\nConnection: close";
  conn.out += "\r\n\r\n";
  conn.out += body;
  conn.close_after_write = conn.close_after_write || close;
}

void count_request(Counters& c, const char* body, std::size_t size) {
  const std::int64_t t = now_us();
  if (c.requests++ == 0) c.first_us = t;
  c.last_us = t;
  static const char kMarker[] = "\"t_pub_us\":";
  const char* end = body + size;
  for (const char* p = body; p < end;) {
    const char* hit = static_cast<const char*>(memmem(p, static_cast<std::size_t>(end - p), kMarker, sizeof kMarker - 1));
    if (!hit) break;
    p = hit + sizeof kMarker - 1;
    std::int64_t v = 0;
    while (p < end && *p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
    ++c.events;
    c.latencies_us.push_back(t - v);
  }
}

// Handles every complete request in conn.in; false when the connection must be dropped.
bool serve_requests(Connection& conn, Counters& c) {
  for (;;) {
    const auto head_end = conn.in.find("\r\n\r\n");
    if (head_end == std::string::npos) return conn.in.size() < 64 * 1024;
    const char* head = conn.in.data();
    const char* head_stop = head + head_end;
    const char* sp1 = static_cast<const char*>(std::memchr(head, ' ', head_end));
    if (!sp1) return false;
    const char* sp2 = static_cast<const char*>(std::memchr(sp1 + 1, ' ', static_cast<std::size_t>(head_stop - sp1 - 1)));
    if (!sp2) return false;
    const std::string method(head, sp1), path(sp1 + 1, sp2);
    const char* line_end = static_cast<const char*>(memmem(head, head_end + 2, "\r\n", 2));
    bool close = std::string(sp2 + 1, line_end) == "HTTP/1.0";
    std::size_t length = 0;
    for (const char* line = line_end + 2; line < head_stop;) {
      const char* next = static_cast<const char*>(memmem(line, static_cast<std::size_t>(head_stop + 2 - line), "\r\n", 2));
      if (!next) next = head_stop;
      if (iequals_prefix(line, next, "content-length:")) length = std::strtoull(line + 15, nullptr, 10);
      if (iequals_prefix(line, next, "connection:") &&
          memmem(line, static_cast<std::size_t>(next - line), "close", 5))
        close = true;
      if (iequals_prefix(line, next, "transfer-encoding:")) {
        respond(conn, "411 Length Required", "", true);
        return true;
      }
      line = next + 2;
    }
    const std::size_t total = head_end + 4 + length;
    if (conn.in.size() < total) return length < (64u << 20);
    const char* body = conn.in.data() + head_end + 4;
    if (path.rfind("/_", 0) != 0) {
      count_request(c, body, length);
      respond(conn, "200 OK", "", close);
    } else if (path == "/_stats") {
      respond(conn, "200 OK", stats_json(c), close);
    } else if (path == "/_reset" && method == "POST") {
      c = Counters{};
      respond(conn, "200 OK", "{}", close);
    } else {
      respond(conn, "404 Not Found", "", close);
    }
    conn.in.erase(0, total);
    if (conn.close_after_write) return true;
  }
}

int parse_port(int argc, char** argv) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--port") return std::atoi(argv[i + 1]);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  ::signal(SIGPIPE, SIG_IGN);
  int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  int one = 1;
  ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<std::uint16_t>(parse_port(argc, argv)));
  if (::bind(listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(listener, 1024) != 0) {
    std::perror("delivery_receiver: bind/listen");
    return 1;
  }
  socklen_t len = sizeof addr;
  ::getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &len);
  std::printf("listening on http://127.0.0.1:%d\n", ntohs(addr.sin_port));
  std::fflush(stdout);

  int ep = ::epoll_create1(0);
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.fd = listener;
  ::epoll_ctl(ep, EPOLL_CTL_ADD, listener, &ev);
  std::unordered_map<int, Connection> conns;
  Counters counters;
  std::vector<epoll_event> events(256);
  char buf[64 * 1024];
  auto drop = [&](int fd) {
    ::epoll_ctl(ep, EPOLL_CTL_DEL, fd, nullptr);
    ::close(fd);
    conns.erase(fd);
  };
  for (;;) {
    int n = ::epoll_wait(ep, events.data(), static_cast<int>(events.size()), -1);
    if (n < 0 && errno == EINTR) continue;
    for (int i = 0; i < n; ++i) {
      const int fd = events[i].data.fd;
      if (fd == listener) {
        for (;;) {
          int c = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK);
          if (c < 0) break;
          ::setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
          epoll_event cev{};
          cev.events = EPOLLIN | EPOLLRDHUP;
          cev.data.fd = c;
          ::epoll_ctl(ep, EPOLL_CTL_ADD, c, &cev);
          conns[c];
        }
        continue;
      }
      auto it = conns.find(fd);
      if (it == conns.end()) continue;
      Connection& conn = it->second;
      bool alive = true;
      if (events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) {
        for (;;) {
          ssize_t r = ::read(fd, buf, sizeof buf);
          if (r > 0) {
            conn.in.append(buf, static_cast<std::size_t>(r));
            continue;
          }
          if (r == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) alive = false;
          break;
        }
        if (!serve_requests(conn, counters)) alive = false;
      }
      while (!conn.out.empty()) {
        ssize_t w = ::write(fd, conn.out.data(), conn.out.size());
        if (w <= 0) break;
        conn.out.erase(0, static_cast<std::size_t>(w));
      }
      if (!alive || (conn.close_after_write && conn.out.empty())) {
        drop(fd);
        continue;
      }
      if (conn.watching_out != !conn.out.empty()) {  // a slow reader: wait until it can take the rest
        conn.watching_out = !conn.out.empty();
        epoll_event mod{};
        mod.events = EPOLLIN | EPOLLRDHUP | (conn.watching_out ? static_cast<unsigned>(EPOLLOUT) : 0u);
        mod.data.fd = fd;
        ::epoll_ctl(ep, EPOLL_CTL_MOD, fd, &mod);
      }
    }
  }
}
