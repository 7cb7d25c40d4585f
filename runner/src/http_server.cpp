#include "http_server.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <vector>

#include "hookwork/url_encoding.hpp"
#include "http_routes.hpp"
#include "log.hpp"

namespace hookwork::runner {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

// Connections the kernel queues before the server accepts them (capped by net.core.somaxconn).
constexpr int kListenBacklog = 1024;
// A refused request's unread body is read and dropped, up to this much, before the connection
// closes: closing with unread bytes resets it, and the client would lose the error answer.
constexpr std::size_t kDrainMaxBytes = 64 * 1024 * 1024;
constexpr std::size_t kMaxIoThreads = 8;

std::string text(beast::string_view v) { return std::string(v.data(), v.size()); }

class Session;

struct Loop {
  net::io_context ctx{1};  // hint 1: one thread runs it, so Asio skips its scheduler locking
  std::unordered_set<Session*> sessions;  // this loop's thread only
};

}  // namespace

struct HttpServer::Impl {
  Impl(Services& services, const std::string& playground_dir);
  void accept();
  void session_started();
  void session_ended();

  const ServeConfig& config;
  net::thread_pool pool;  // handlers that may block on the store
  HttpRoutes routes;
  std::vector<std::unique_ptr<Loop>> loops;
  std::vector<net::executor_work_guard<net::io_context::executor_type>> guards;
  std::optional<tcp::acceptor> acceptor;
  std::size_t next_loop = 0;  // the acceptor's loop only
  std::atomic<bool> stopping{false};
  std::mutex mu;
  std::condition_variable ended;
  std::size_t live = 0;  // guarded by mu: sessions not yet destroyed
};

namespace {

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, HttpServer::Impl& server, Loop& loop)
      : stream_(std::move(socket)), server_(server), loop_(loop), config_(server.config) {
    server_.session_started();
  }
  ~Session() { server_.session_ended(); }

  // On the session's loop.
  void start() {
    loop_.sessions.insert(this);
    if (server_.stopping) return close();
    read_header();
  }
  // Stopping: a connection waiting for its next request is closed; one in a request finishes it.
  void close_if_idle() {
    if (reading_header_ && !parser_->got_some()) close();
  }

 private:
  void read_header() {
    reading_header_ = true;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(std::min<std::size_t>(config_.max_header_bytes, UINT32_MAX)));
    parser_->body_limit(config_.max_body_bytes);
    // A connection waits at most keep-alive timeout + read timeout for a request's header.
    stream_.expires_after(std::chrono::seconds(config_.keep_alive_timeout_s + config_.read_timeout_s));
    http::async_read_header(stream_, buffer_, *parser_,
                            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
  }

  void on_header(beast::error_code ec) {
    reading_header_ = false;
    if (ec) return fail(ec);
    auto& req = parser_->get();
    auto expect = req.find(http::field::expect);
    if (expect != req.end() && beast::iequals(expect->value(), "100-continue") && !parser_->is_done()) {
      // curl sends large bodies only after this answer; a body over the limit was refused already.
      static const std::string kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
      stream_.expires_after(std::chrono::seconds(config_.write_timeout_s));
      return net::async_write(stream_, net::buffer(kContinue),
                              [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                if (ec) return self->close();
                                self->read_body();
                              });
    }
    read_body();
  }

  void read_body() {
    if (parser_->is_done()) return on_request();
    stream_.expires_after(std::chrono::seconds(config_.read_timeout_s));
    http::async_read(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) return self->fail(ec);
      self->on_request();
    });
  }

  void fail(beast::error_code ec) {
    if (ec == http::error::header_limit)
      return refuse(431, "request line and headers larger than " + std::to_string(config_.max_header_bytes) + " bytes");
    if (ec == http::error::body_limit)
      return refuse(413, "request body larger than " + std::to_string(config_.max_body_bytes) + " bytes");
    // beast::error::timeout: the stream has closed the socket already, so there is nobody to tell.
    if (ec.category() == http::make_error_code(http::error::bad_method).category() && ec != http::error::end_of_stream &&
        ec != http::error::partial_message)
      return refuse(400, "malformed HTTP request: " + ec.message());
    close();  // the client went away (EOF, reset) or the server is stopping
  }

  void on_request() {
    auto& m = parser_->get();
    HttpRequest r;
    r.method = text(m.method_string());
    if (r.method == "HEAD") {
      r.method = "GET";
      r.head = true;
    }
    const std::string target = text(m.target());
    const auto q = target.find('?');
    const std::string raw_path = target.substr(0, q);
    auto decoded = hookwork::percent_decode(raw_path);
    r.path = decoded ? std::move(*decoded) : raw_path;
    if (q != std::string::npos) r.query = target.substr(q + 1);
    r.authorization = text(m[http::field::authorization]);
    r.content_type = text(m[http::field::content_type]);
    r.accept_encoding = text(m[http::field::accept_encoding]);
    r.if_none_match = text(m[http::field::if_none_match]);
    auto key = m.find("Idempotency-Key");
    if (key != m.end()) r.idempotency_key = text(key->value());
    r.body = std::move(m.body());
    version_ = m.version();
    keep_alive_ = m.keep_alive();
    head_ = r.head;
    ++served_;
    parser_.reset();
    auto self = shared_from_this();
    server_.routes.handle(
        std::move(r),
        [self](HttpAnswer a) {
          // Answers come from the loop or the blocking pool: write on the loop.
          net::dispatch(self->stream_.get_executor(),
                        [self, a = std::move(a)]() mutable { self->write(std::move(a), false); });
        },
        [self](HttpRoutes::Task task) { net::post(self->stream_.get_executor(), std::move(task)); });
  }

  void refuse(int status, const std::string& message) {
    parser_.reset();
    write(server_.routes.refused(status, message), true);
  }

  void write(HttpAnswer a, bool refused) {
    if (closed_) return;
    res_ = {};
    res_.version(version_);
    res_.result(static_cast<unsigned>(a.status));
    if (a.status != 304 && !a.content_type.empty()) res_.set(http::field::content_type, a.content_type);
    for (const auto& h : a.headers) res_.set(h.name, h.value);
    const bool keep = !refused && keep_alive_ && !server_.stopping && served_ < config_.keep_alive_max_requests;
    res_.keep_alive(keep);
    if (a.status == 304) {
      // no body and no length: the cached representation's apply
    } else if (head_) {
      res_.content_length(a.body.size());  // what a GET would send, without the bytes
    } else {
      res_.body() = std::move(a.body);
      res_.prepare_payload();
    }
    stream_.expires_after(std::chrono::seconds(config_.write_timeout_s));
    http::async_write(stream_, res_, [self = shared_from_this(), keep, refused](beast::error_code ec, std::size_t) {
      if (ec) return self->close();
      if (keep) return self->read_header();
      if (refused) return self->drain();
      self->close();
    });
  }

  // After a refusal: stop sending, read what the client still sends, then close.
  void drain() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds(config_.read_timeout_s));
    drain_buffer_.resize(64 * 1024);
    read_and_drop();
  }
  void read_and_drop() {
    stream_.async_read_some(net::buffer(drain_buffer_), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
      self->drained_ += n;
      if (ec || self->drained_ > kDrainMaxBytes) return self->close();
      self->read_and_drop();
    });
  }

  void close() {
    if (closed_) return;
    closed_ = true;
    loop_.sessions.erase(this);
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.close();
  }

  beast::tcp_stream stream_;
  HttpServer::Impl& server_;
  Loop& loop_;
  const ServeConfig& config_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  http::response<http::string_body> res_;
  std::vector<char> drain_buffer_;
  std::size_t drained_ = 0;
  unsigned version_ = 11;
  bool keep_alive_ = true;
  bool head_ = false;
  bool closed_ = false;
  bool reading_header_ = false;
  std::size_t served_ = 0;
};

std::size_t io_threads(const ServeConfig& c) {
  if (c.http_io_threads > 0) return c.http_io_threads;
  return std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, kMaxIoThreads);
}

}  // namespace

HttpServer::Impl::Impl(Services& services, const std::string& playground_dir)
    : config(services.config), pool(std::max<std::size_t>(1, services.config.http_threads)),
      routes(services, playground_dir, [this](std::function<void()> task) { net::post(pool, std::move(task)); }) {
  for (std::size_t i = 0; i < io_threads(config); ++i) {
    loops.push_back(std::make_unique<Loop>());
    guards.push_back(net::make_work_guard(loops.back()->ctx));
  }
  acceptor.emplace(loops.front()->ctx);
}

void HttpServer::Impl::session_started() {
  std::lock_guard<std::mutex> lock(mu);
  ++live;
}

void HttpServer::Impl::session_ended() {
  std::lock_guard<std::mutex> lock(mu);
  if (--live == 0) ended.notify_all();
}

void HttpServer::Impl::accept() {
  Loop& loop = *loops[next_loop++ % loops.size()];
  acceptor->async_accept(loop.ctx, [this, &loop](beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || stopping) return;
    if (!ec) {
      beast::error_code ignored;
      socket.set_option(tcp::no_delay(true), ignored);
      auto session = std::make_shared<Session>(std::move(socket), *this, loop);
      net::post(loop.ctx, [session] { session->start(); });
    } else {
      log::warn("accept failed", {{"error", ec.message()}});
    }
    accept();
  });
}

HttpServer::HttpServer(Services& services, std::string playground_dir)
    : impl_(std::make_unique<Impl>(services, playground_dir)) {}

HttpServer::~HttpServer() {
  stop();
  impl_->pool.join();
}

int HttpServer::bind(const std::string& host, int port) {
  beast::error_code ec;
  tcp::resolver resolver(impl_->loops.front()->ctx);
  auto found = resolver.resolve(host, std::to_string(port), tcp::resolver::passive | tcp::resolver::numeric_service, ec);
  if (ec || found.empty()) return -1;
  auto& a = *impl_->acceptor;
  for (const auto& entry : found) {
    a.open(entry.endpoint().protocol(), ec);
    if (ec) continue;
    // SO_REUSEADDR allows a restart while old connections sit in TIME_WAIT; no SO_REUSEPORT,
    // which would let a second runner bind the same port and take half of the connections.
    a.set_option(net::socket_base::reuse_address(true), ec);
    a.bind(entry.endpoint(), ec);
    if (!ec) a.listen(kListenBacklog, ec);
    if (!ec) return a.local_endpoint().port();
    a.close();
  }
  return -1;
}

bool HttpServer::serve() {
  auto& impl = *impl_;
  if (!impl.acceptor->is_open()) return false;
  net::post(impl.loops.front()->ctx, [&impl] { impl.accept(); });
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < impl.loops.size(); ++i) threads.emplace_back([&impl, i] { impl.loops[i]->ctx.run(); });
  impl.loops.front()->ctx.run();
  for (auto& t : threads) t.join();
  return true;
}

void HttpServer::stop() {
  auto& impl = *impl_;
  if (impl.stopping.exchange(true)) return;
  net::post(impl.loops.front()->ctx, [&impl] {
    beast::error_code ignored;
    impl.acceptor->close(ignored);
  });
  for (auto& loop : impl.loops) {
    net::post(loop->ctx, [l = loop.get()] {
      std::vector<Session*> sessions(l->sessions.begin(), l->sessions.end());
      for (auto* s : sessions) s->close_if_idle();
    });
  }
  {
    // Bounded: a request in flight finishes within the read, handler and write timeouts.
    std::unique_lock<std::mutex> lock(impl.mu);
    impl.ended.wait(lock, [&] { return impl.live == 0; });
  }
  impl.guards.clear();  // the loops return once their last handlers ran
}

}  // namespace hookwork::runner
