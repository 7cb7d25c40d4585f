// Test receiver: a webhook endpoint that records every request and answers as
// told through a control API, so tests in any language can drive deliveries
// over real HTTP. Usage: receiver [--port N] (0 = any; prints the bound port).
//
// Control (JSON):
//   POST /_control/rules     {"path":"/hook"|"*", status, headers{}, body, body_bytes, hang_ms, close,
//                             times, then{...}, secret, legacy_key}
//   GET  /_control/requests[?path=/hook]  {"count":N,"requests":[{seq,n,method,path,query,headers,body,
//                                          connection,received_at_ms,signature?{valid,reason},decrypted?}]}
//   GET  /_control/stats     {"total":N,"max_concurrent":M}
//   POST /_control/reset
#include <boost/asio.hpp>
#include <boost/beast.hpp>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

#include "state.hpp"

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

std::string percent_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::strtol(s.substr(i + 1, 2).c_str(), nullptr, 16));
      i += 2;
    } else {
      out += s[i] == '+' ? ' ' : s[i];
    }
  }
  return out;
}

std::string query_value(const std::string& query, const std::string& key) {
  std::size_t pos = 0;
  while (pos <= query.size()) {
    auto amp = query.find('&', pos);
    auto part = query.substr(pos, amp == std::string::npos ? std::string::npos : amp - pos);
    if (part.rfind(key + "=", 0) == 0) return percent_decode(part.substr(key.size() + 1));
    if (amp == std::string::npos) break;
    pos = amp + 1;
  }
  return "";
}

using Response = http::response<http::string_body>;

Response json_response(int status, const nlohmann::json& body, unsigned version) {
  Response res{static_cast<http::status>(status), version};
  res.set(http::field::content_type, "application/json");
  res.body() = body.dump();
  res.prepare_payload();
  return res;
}

Response control(receiver::State& state, const receiver::Incoming& in, unsigned version) {
  try {
    if (in.method == "POST" && in.path == "/_control/rules") {
      auto j = nlohmann::json::parse(in.body);
      state.set_rule(j.value("path", std::string("*")), receiver::parse_rule(j));
      return json_response(200, {{"ok", true}}, version);
    }
    if (in.method == "GET" && in.path == "/_control/requests")
      return json_response(200, state.requests(query_value(in.query, "path")), version);
    if (in.method == "GET" && in.path == "/_control/stats") return json_response(200, state.stats(), version);
    if (in.method == "POST" && in.path == "/_control/reset") {
      state.reset();
      return json_response(200, {{"ok", true}}, version);
    }
    return json_response(404, {{"error", "unknown control route"}}, version);
  } catch (const std::exception& e) {
    return json_response(400, {{"error", e.what()}}, version);
  }
}

// One thread per connection: simple, and hanging one answer never blocks another.
void serve_connection(tcp::socket socket, receiver::State& state, std::uint64_t connection) {
  beast::flat_buffer buffer;
  beast::error_code ec;
  for (;;) {
    http::request_parser<http::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    parser.header_limit(64 * 1024);
    http::read(socket, buffer, parser, ec);
    if (ec) return;
    auto& req = parser.get();
    receiver::Incoming in;
    in.connection = connection;
    in.method = std::string(req.method_string());
    std::string target(req.target());
    auto q = target.find('?');
    in.path = target.substr(0, q);
    in.query = q == std::string::npos ? "" : target.substr(q + 1);
    in.body = req.body();
    for (const auto& field : req) in.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));

    Response res;
    if (in.path.rfind("/_control/", 0) == 0) {
      res = control(state, in, req.version());
    } else {
      int now = ++state.active;
      state.note_active(now);
      receiver::Rule rule = state.record(in);
      if (rule.hang_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(rule.hang_ms));
      --state.active;
      if (rule.close) {
        socket.shutdown(tcp::socket::shutdown_both, ec);
        return;
      }
      res = Response{static_cast<http::status>(rule.status), req.version()};
      for (const auto& [name, value] : rule.headers) res.set(name, value);
      res.body() = rule.body_bytes > 0 ? std::string(rule.body_bytes, 'x') : rule.body;
      res.prepare_payload();
    }
    res.keep_alive(req.keep_alive());
    http::write(socket, res, ec);
    if (ec || !req.keep_alive()) break;
  }
  socket.shutdown(tcp::socket::shutdown_send, ec);
}

}  // namespace

int main(int argc, char** argv) {
  unsigned short port = 0;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--port") port = static_cast<unsigned short>(std::atoi(argv[i + 1]));

  asio::io_context io;
  tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  std::cout << "listening on http://127.0.0.1:" << acceptor.local_endpoint().port() << std::endl;
  receiver::State state;
  for (std::uint64_t connection = 1;; ++connection) {
    tcp::socket socket(io);
    beast::error_code ec;
    acceptor.accept(socket, ec);
    if (ec) continue;
    socket.set_option(tcp::no_delay(true), ec);
    std::thread(serve_connection, std::move(socket), std::ref(state), connection).detach();
  }
}
