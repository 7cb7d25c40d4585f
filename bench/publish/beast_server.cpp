// The publish path on Boost.Beast: Asio, asynchronous, keep-alive. THREADS event
// loops, one io_context and one thread each (Asio's io_context-per-core design: no
// scheduler lock shared between threads), connections dealt out in turn. Twin of
// httplib_server.cpp for the comparison in docs/http-server.md: the same PublishWork,
// the runner's limits.
// Usage: beast_server THREADS API_KEY; prints "listening on http://127.0.0.1:PORT",
// stops on SIGTERM or SIGINT.
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "config.hpp"
#include "publish_work.hpp"

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using hookwork::bench::PublishWork;

namespace {

const hookwork::runner::ServeConfig kLimits;  // the runner's defaults: body size, timeouts

std::string text(beast::string_view v) { return std::string(v.data(), v.size()); }

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, PublishWork& work) : stream_(std::move(socket)), work_(work) {}
  void read() {
    parser_.emplace();
    parser_->body_limit(kLimits.max_body_bytes);
    stream_.expires_after(std::chrono::seconds(kLimits.read_timeout_s));
    http::async_read(stream_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
  }

 private:
  void on_read(beast::error_code ec) {
    if (ec) return close();
    const auto& req = parser_->get();
    auto answer = work_.handle(text(req.method_string()), text(req.target()), text(req[http::field::authorization]),
                               req.body());
    res_ = {};
    res_.result(static_cast<unsigned>(answer.status));
    res_.version(req.version());
    res_.keep_alive(req.keep_alive());
    res_.set(http::field::content_type, "application/json");
    res_.body() = std::move(answer.body);
    res_.prepare_payload();
    stream_.expires_after(std::chrono::seconds(kLimits.write_timeout_s));
    http::async_write(stream_, res_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec || !self->res_.keep_alive()) return self->close();
      self->read();
    });
  }
  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  http::response<http::string_body> res_;
  PublishWork& work_;
};

class Loops {
 public:
  explicit Loops(int n) {
    for (int i = 0; i < n; ++i) {
      contexts_.push_back(std::make_unique<net::io_context>(1));  // hint 1: one thread runs it
      guards_.emplace_back(net::make_work_guard(*contexts_.back()));
    }
  }
  net::io_context& first() { return *contexts_.front(); }
  net::io_context& next() { return *contexts_[next_++ % contexts_.size()]; }
  void run() {
    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < contexts_.size(); ++i) threads.emplace_back([this, i] { contexts_[i]->run(); });
    contexts_.front()->run();
    for (auto& t : threads) t.join();
  }
  void stop() {
    for (auto& c : contexts_) c->stop();
  }

 private:
  std::vector<std::unique_ptr<net::io_context>> contexts_;
  std::vector<net::executor_work_guard<net::io_context::executor_type>> guards_;
  std::size_t next_ = 0;  // used by the acceptor's loop only
};

void accept(tcp::acceptor& acceptor, Loops& loops, PublishWork& work) {
  acceptor.async_accept(loops.next(), [&](beast::error_code ec, tcp::socket socket) {
    if (!ec) {
      socket.set_option(tcp::no_delay(true));
      std::make_shared<Session>(std::move(socket), work)->read();
    }
    if (acceptor.is_open()) accept(acceptor, loops, work);
  });
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s THREADS API_KEY\n", argv[0]);
    return 2;
  }
  int threads = std::max(1, std::atoi(argv[1]));
  PublishWork work(argv[2]);
  Loops loops(threads);
  tcp::acceptor acceptor(loops.first(), {net::ip::make_address("127.0.0.1"), 0});
  std::printf("listening on http://127.0.0.1:%u\n", static_cast<unsigned>(acceptor.local_endpoint().port()));
  std::fflush(stdout);
  net::signal_set stop(loops.first(), SIGINT, SIGTERM);
  stop.async_wait([&](beast::error_code, int) { loops.stop(); });
  accept(acceptor, loops, work);
  loops.run();
  return 0;
}
