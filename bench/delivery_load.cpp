// Publisher for bench/delivery_bench.sh: POSTs events to `hookwork serve` over
// keep-alive connections (one thread each), as fast as they are acknowledged or
// at a fixed rate (event i is sent at start + i/rate: an open schedule, so a slow
// answer delays only its own connection). Each event carries its send time in
// data.t_pub_us (CLOCK_REALTIME µs), which bench/delivery_receiver turns into a
// publish → delivery latency.
//
//   delivery_load --port P --key KEY [--account acme] [--events N] [--rate R]
//                 [--connections C] [--type optin_finalized]
//
// Prints one line: sent=N accepted=N failed=N seconds=S rate=R publish_p50_us=.. publish_p99_us=..
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Options {
  int port = 0;
  std::string key, account = "acme", type = "optin_finalized";
  long events = 1000;
  double rate = 0;  // 0 = as fast as acknowledged
  int connections = 8;
};

std::int64_t realtime_us() {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

class Connection {
 public:
  explicit Connection(int port) : port_(port) {}
  ~Connection() { close_fd(); }

  // One request, one response; the status (0 when the connection failed twice).
  int post(const std::string& request) {
    for (int attempt = 0; attempt < 2; ++attempt) {
      if (fd_ < 0 && !open_fd()) return 0;
      if (send_all(request)) {
        int status = read_response();
        if (status > 0) return status;
      }
      close_fd();  // the server closed a kept-alive connection (keep_alive_max_requests): reconnect
    }
    return 0;
  }

 private:
  bool open_fd() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<std::uint16_t>(port_));
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      close_fd();
      return false;
    }
    buf_.clear();
    return true;
  }
  void close_fd() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }
  bool send_all(const std::string& s) {
    for (std::size_t off = 0; off < s.size();) {
      ssize_t w = ::send(fd_, s.data() + off, s.size() - off, MSG_NOSIGNAL);
      if (w <= 0) return false;
      off += static_cast<std::size_t>(w);
    }
    return true;
  }
  bool fill() {
    char tmp[16 * 1024];
    ssize_t r = ::recv(fd_, tmp, sizeof tmp, 0);
    if (r <= 0) return false;
    buf_.append(tmp, static_cast<std::size_t>(r));
    return true;
  }
  int read_response() {
    std::size_t head_end;
    while ((head_end = buf_.find("\r\n\r\n")) == std::string::npos)
      if (!fill()) return 0;
    std::string head = buf_.substr(0, head_end);
    for (auto& ch : head) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    int status = std::atoi(head.c_str() + head.find(' ') + 1);
    std::size_t length = 0;
    if (auto p = head.find("content-length:"); p != std::string::npos) length = std::strtoull(head.c_str() + p + 15, nullptr, 10);
    const bool close = head.find("connection: close") != std::string::npos;
    while (buf_.size() < head_end + 4 + length)
      if (!fill()) return 0;
    buf_.erase(0, head_end + 4 + length);
    if (close) close_fd();
    return status;
  }

  int port_;
  int fd_ = -1;
  std::string buf_;
};

std::string request_for(const Options& o, std::int64_t t_pub_us) {
  std::string body = "{\"type\":\"" + o.type + "\",\"occurred_at\":\"2026-12-01T12:00:00Z\",\"data\":{\"email\":"
                     "\"ann@example.com\",\"list\":\"news\",\"t_pub_us\":" + std::to_string(t_pub_us) + "}}";
  return "POST /v1/" + o.account + "/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + o.key +
         "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i], v = argv[i + 1];
    if (k == "--port") o.port = std::atoi(v.c_str());
    else if (k == "--key") o.key = v;
    else if (k == "--account") o.account = v;
    else if (k == "--type") o.type = v;
    else if (k == "--events") o.events = std::atol(v.c_str());
    else if (k == "--rate") o.rate = std::atof(v.c_str());
    else if (k == "--connections") o.connections = std::max(1, std::atoi(v.c_str()));
    else {
      std::fprintf(stderr, "delivery_load: unknown option %s\n", k.c_str());
      std::exit(2);
    }
  }
  if (o.port <= 0 || o.key.empty()) {
    std::fprintf(stderr, "usage: delivery_load --port P --key KEY [--account A] [--events N] [--rate R]"
                         " [--connections C] [--type T]\n");
    std::exit(2);
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = parse(argc, argv);
  std::atomic<long> next{0}, accepted{0}, failed{0};
  std::mutex mu;
  std::vector<std::int64_t> latencies;
  latencies.reserve(static_cast<std::size_t>(o.events));
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int t = 0; t < o.connections; ++t) {
    threads.emplace_back([&] {
      Connection conn(o.port);
      std::vector<std::int64_t> mine;
      for (long i; (i = next++) < o.events;) {
        if (o.rate > 0)
          std::this_thread::sleep_until(start + std::chrono::nanoseconds(static_cast<std::int64_t>(1e9 * i / o.rate)));
        const auto sent = std::chrono::steady_clock::now();
        const int status = conn.post(request_for(o, realtime_us()));
        mine.push_back(std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - sent).count());
        (status == 202 ? accepted : failed)++;
      }
      std::lock_guard<std::mutex> lock(mu);
      latencies.insert(latencies.end(), mine.begin(), mine.end());
    });
  }
  for (auto& t : threads) t.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::sort(latencies.begin(), latencies.end());
  auto pct = [&](double q) {
    return latencies.empty() ? 0LL
                             : static_cast<long long>(latencies[static_cast<std::size_t>(q * (latencies.size() - 1) + 0.5)]);
  };
  std::printf("sent=%ld accepted=%ld failed=%ld seconds=%.3f rate=%.0f publish_p50_us=%lld publish_p99_us=%lld\n",
              o.events, accepted.load(), failed.load(), seconds, accepted.load() / seconds, pct(0.50), pct(0.99));
  return failed.load() == 0 ? 0 : 1;
}
