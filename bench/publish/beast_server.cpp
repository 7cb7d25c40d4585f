// The publish path on Boost.Beast: Asio, asynchronous, keep-alive, one strand per
// connection, THREADS threads running one io_context. Twin of httplib_server.cpp for
// the comparison in docs/http-server.md: the same PublishWork, the runner's limits.
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

void accept(tcp::acceptor& acceptor, net::io_context& ioc, PublishWork& work) {
  acceptor.async_accept(net::make_strand(ioc), [&](beast::error_code ec, tcp::socket socket) {
    if (!ec) {
      socket.set_option(tcp::no_delay(true));
      std::make_shared<Session>(std::move(socket), work)->read();
    }
    if (acceptor.is_open()) accept(acceptor, ioc, work);
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
  net::io_context ioc(threads);
  tcp::acceptor acceptor(ioc, {net::ip::make_address("127.0.0.1"), 0});
  std::printf("listening on http://127.0.0.1:%u\n", static_cast<unsigned>(acceptor.local_endpoint().port()));
  std::fflush(stdout);
  net::signal_set stop(ioc, SIGINT, SIGTERM);
  stop.async_wait([&](beast::error_code, int) { ioc.stop(); });
  accept(acceptor, ioc, work);
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back([&] { ioc.run(); });
  ioc.run();
  for (auto& t : pool) t.join();
  return 0;
}
