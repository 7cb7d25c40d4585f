// The publish path on cpp-httplib, set up as the runner sets it up (http_server.cpp:
// a thread pool of THREADS, the same limits, timeouts, keep-alive and TCP_NODELAY).
// Twin of beast_server.cpp for the comparison in docs/http-server.md.
// Usage: httplib_server THREADS API_KEY; prints "listening on http://127.0.0.1:PORT",
// stops on SIGTERM or SIGINT.
#include <httplib.h>
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <thread>

#include "config.hpp"
#include "publish_work.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s THREADS API_KEY\n", argv[0]);
    return 2;
  }
  std::size_t threads = static_cast<std::size_t>(std::max(1, std::atoi(argv[1])));
  hookwork::bench::PublishWork work(argv[2]);
  const hookwork::runner::ServeConfig c;  // the runner's defaults

  // Signals go to one waiting thread; block them before the pool starts.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  httplib::Server srv;
  srv.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  srv.set_payload_max_length(c.max_body_bytes);
  srv.set_read_timeout(c.read_timeout_s, 0);
  srv.set_write_timeout(c.write_timeout_s, 0);
  srv.set_keep_alive_timeout(c.keep_alive_timeout_s);
  srv.set_keep_alive_max_count(c.keep_alive_max_requests);
  srv.set_tcp_nodelay(true);
  srv.Post(".*", [&](const httplib::Request& req, httplib::Response& res) {
    auto answer = work.handle(req.method, req.path, req.get_header_value("Authorization"), req.body);
    res.status = answer.status;
    res.set_content(answer.body, "application/json");
  });
  int port = srv.bind_to_any_port("127.0.0.1");
  if (port <= 0) return 1;
  std::printf("listening on http://127.0.0.1:%d\n", port);
  std::fflush(stdout);
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    srv.stop();
  });
  srv.listen_after_bind();
  pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter if listening ended on its own
  waiter.join();
  return 0;
}
