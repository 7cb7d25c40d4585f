#include "http_server.hpp"

#include <httplib.h>

#include "activation_page.hpp"
#include "handlers.hpp"
#include "log.hpp"
#include "openapi.hpp"
#include "router.hpp"
#include "sqlite_db.hpp"
#include "static_files.hpp"

namespace hookwork::runner {
namespace {

const char* kJson = "application/json";
// CPPHTTPLIB_FORM_URL_ENCODED_PAYLOAD_MAX_LENGTH of the Debian build: fixed when the library was compiled.
constexpr std::size_t kFormBodyMaxBytes = 8192;

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), kJson);
}

void send(httplib::Response& res, const ApiResponse& r) {
  for (const auto& h : r.headers) res.set_header(h.name, h.value);
  if (!r.raw_body.empty()) {
    res.status = r.status;
    res.set_content(r.raw_body, kJson);
  } else {
    send_json(res, r.status, r.body);
  }
}

std::string error_code_for_status(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 401: return "unauthorized";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 408: return "request_timeout";
    case 413: return "payload_too_large";
    case 414: return "uri_too_long";
    case 431: return "headers_too_large";
    default: return status >= 500 ? "internal_error" : "error";
  }
}

bool looks_like_json(const std::string& body) {
  auto first = body.find_first_not_of(" \t\r\n");
  return first != std::string::npos && (body[first] == '{' || body[first] == '[');
}

// Form bodies are parameters; a body that starts like JSON is JSON whatever its
// Content-Type says (curl -d sends JSON labelled as a form).
bool is_form(const httplib::Request& req) {
  return req.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) == 0 &&
         !looks_like_json(req.body);
}

// Query-string parameters, plus the form fields when the body is a form.
std::multimap<std::string, std::string> string_params(const httplib::Request& req) {
  if (is_form(req) || req.body.empty()) return {req.params.begin(), req.params.end()};
  httplib::Params query;
  auto q = req.target.find('?');
  if (q != std::string::npos) httplib::detail::parse_query_text(req.target.substr(q + 1), query);
  return {query.begin(), query.end()};
}

}  // namespace

HttpServer::HttpServer(Services& services, std::string playground_dir)
    : s_(services), playground_dir_(std::move(playground_dir)), auth_(services.store),
      server_(std::make_unique<httplib::Server>()),
      static_files_(std::make_unique<StaticFiles>(playground_dir_)) {
  const auto& c = s_.config;
  auto threads = c.http_threads;
  server_->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server_->set_payload_max_length(c.max_body_bytes);
  server_->set_read_timeout(c.read_timeout_s, 0);
  server_->set_write_timeout(c.write_timeout_s, 0);
  server_->set_keep_alive_timeout(c.keep_alive_timeout_s);
  server_->set_keep_alive_max_count(c.keep_alive_max_requests);
  server_->set_tcp_nodelay(true);
  // cpp-httplib's default options set SO_REUSEPORT, which lets a second runner bind the same
  // port and take half of its connections; SO_REUSEADDR alone still allows a restart while
  // old connections sit in TIME_WAIT. The socket is kept to widen its accept queue (bind()).
  server_->set_socket_options([this](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    listen_socket_ = sock;
  });
  install_routes();
}

HttpServer::~HttpServer() = default;

int HttpServer::bind(const std::string& host, int port) {
  const int bound = port == 0 ? server_->bind_to_any_port(host) : (server_->bind_to_port(host, port) ? port : -1);
  // The library listens with a backlog of 5 (CPPHTTPLIB_LISTEN_BACKLOG, compiled into Debian's
  // build): a burst of new connections overflowed it and waited for SYN retransmits (~1 s, 3 s).
  // listen() again on a listening socket only changes its backlog (Linux).
  if (bound > 0 && listen_socket_ >= 0) ::listen(listen_socket_, kListenBacklog);
  return bound;
}

bool HttpServer::serve() { return server_->listen_after_bind(); }

void HttpServer::stop() { server_->stop(); }

void HttpServer::install_routes() {
  auto& srv = *server_;
  if (!playground_dir_.empty() && static_files_->size() == 0)
    log::warn("playground directory not served", {{"dir", playground_dir_}});

  // Errors httplib produces itself (413, 400 on a malformed request line, 404...) become JSON too.
  srv.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string message = "the request was refused";
    if (res.status == 413) {
      // cpp-httplib caps form-encoded bodies on its own, below max_body_bytes.
      const bool form = req.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) == 0;
      message = form ? "form-encoded bodies are limited to " + std::to_string(kFormBodyMaxBytes) +
                           " bytes; send the parameters as JSON (Content-Type: application/json, up to " +
                           std::to_string(s_.config.max_body_bytes) + " bytes)"
                     : "request body larger than " + std::to_string(s_.config.max_body_bytes) + " bytes";
    }
    send_json(res, res.status,
              {{"error", {{"code", error_code_for_status(res.status)}, {"message", message},
                          {"fields", nlohmann::json::array()}}}});
    s_.metrics.count_request("unmatched", res.status);
    return httplib::Server::HandlerResponse::Handled;
  }));
  srv.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    int status = 500;
    std::string what = "unknown";
    try {
      std::rethrow_exception(ep);
    } catch (const StoreError& e) {
      status = 503;
      what = e.what();
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    log::error("request failed", {{"path", req.path}, {"error", what}});
    send_json(res, status,
              {{"error", {{"code", status == 503 ? "store_unavailable" : "internal_error"},
                          {"message", status == 503 ? "the store is unavailable, retry" : "internal error"},
                          {"fields", nlohmann::json::array()}}}});
  });

  srv.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
    s_.store.ping();  // proves the store answers (a count of the events would grow with the store)
    send_json(res, 200, {{"status", "ok"}});
    s_.metrics.count_request("/healthz", 200);
  });
  srv.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
    res.set_content(s_.metrics.render(), "text/plain; version=0.0.4");
    s_.metrics.count_request("/metrics", 200);
  });
  srv.Get("/openapi.json", [this](const httplib::Request&, httplib::Response& res) {
    send_json(res, 200, openapi_document());
    s_.metrics.count_request("/openapi.json", 200);
  });

  // The notification's one-click link: GET shows the question, POST (the page's form) reactivates.
  srv.Get(R"(/activate/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
    auto page = activation_page(s_, req.matches[1]);
    res.status = page.status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(page.html, "text/html; charset=utf-8");
    s_.metrics.count_request("/activate/{token}", page.status);
  });
  srv.Post(R"(/activate/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
    const auto replay = req.get_param_value("replay");
    auto page = confirm_activation(s_, req.matches[1], replay == "1" || replay == "true" || replay == "on");
    res.status = page.status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(page.html, "text/html; charset=utf-8");
    s_.metrics.count_request("/activate/{token}", page.status);
  });
  if (s_.config.clock_control && s_.adjustable_clock) {
    srv.Post("/_clock", [this](const httplib::Request& req, httplib::Response& res) {
      auto body = nlohmann::json::parse(req.body, nullptr, false);
      if (!body.is_object() || !body.contains("advance_ms") || !body["advance_ms"].is_number_integer() ||
          body["advance_ms"].get<std::int64_t>() < 0) {
        send_json(res, 400, {{"error", {{"code", "validation_failed"}, {"message", "the request has invalid fields"},
                                        {"fields", {{{"field", "advance_ms"}, {"code", "invalid_type"},
                                                     {"message", "must be a non-negative integer"}}}}}}});
        return;
      }
      s_.adjustable_clock->advance(body["advance_ms"].get<std::int64_t>());
      s_.wake_deliveries();
      send_json(res, 200, {{"now_ms", s_.clock.now_ms()}});
    });
  }

  auto dispatch = [this](const httplib::Request& req, httplib::Response& res) {
    auto started = s_.clock.monotonic_ns();
    std::string route = "unmatched";
    ApiResponse out = [&]() -> ApiResponse {
      bool api_path = req.path.rfind("/v1/", 0) == 0 || req.path.rfind("/webservice/", 0) == 0;
      if (!api_path) return error_response(404, "not_found", "no such route");
      auto account = auth_.account_for(req.get_header_value("Authorization"));
      if (!account) {
        ApiResponse r = error_response(401, "unauthorized", "missing or invalid API key");
        r.headers.push_back({"WWW-Authenticate", "Bearer"});
        return r;
      }
      RouteMiss miss;
      auto match = match_route(req.method, req.path, miss);
      if (!match) {
        return miss == RouteMiss::MethodNotAllowed
                   ? error_response(405, "method_not_allowed", "method not allowed on this route")
                   : error_response(404, "not_found", "no such route");
      }
      route = match->op->path;
      // Another account's path is indistinguishable from an unknown one.
      if (match->params["account"] != *account) return not_found("account");
      ApiRequest api;
      api.op = match->handler;
      api.account_id = *account;
      api.raw_body = req.body;
      api.input = coerce_string_params(*match, string_params(req));
      if (!req.body.empty() && !is_form(req)) {
        auto body = parse_json_object_body(req.body);
        if (!body.ok()) return validation_error(body.errors());
        for (const auto& item : body.value().items()) api.input[item.key()] = item.value();
      }
      for (const auto& [name, value] : match->params)
        if (name != "account") api.path_params[name] = value;
      if (match->function_surface()) {
        // The REST handler's path parameters arrive as ordinary parameters on the function surface.
        for (const auto& p : match->handler->parameters) {
          if (p.in != hookwork::ops::ParamIn::Path || p.name == "account") continue;
          auto it = api.input.find(p.name);
          if (it == api.input.end() || !(it->is_string() || it->is_number_integer())) {
            return validation_error({{p.name, "required", "is required"}});
          }
          api.path_params[p.name] = it->is_string() ? it->get<std::string>() : std::to_string(it->get<long long>());
          api.input.erase(p.name);
        }
      }
      if (req.has_header("Idempotency-Key")) api.idempotency_key = req.get_header_value("Idempotency-Key");
      const auto& handler = api_handlers().at(match->handler->name);
      ApiResponse answer = handler(s_, api);
      // A function answers with its own success status (the table's), e.g. 200 where REST creates with 201.
      if (answer.status == match->handler->success_status) answer.status = match->op->success_status;
      return answer;
    }();
    send(res, out);
    s_.metrics.count_request(route, out.status);
    double seconds = static_cast<double>(s_.clock.monotonic_ns() - started) / 1e9;
    s_.metrics.observe_request(seconds);
    if (out.status >= 500) {
      log::warn("request", {{"method", req.method}, {"route", route}, {"status", out.status}});
    } else if (log::enabled(log::Level::Debug)) {  // the fields are a JSON object: build them only when written
      log::debug("request", {{"method", req.method}, {"route", route}, {"status", out.status}, {"ms", seconds * 1000}});
    }
  };
  // Files first for GET: the playground at / (API paths are never files).
  srv.Get(".*", [this, dispatch](const httplib::Request& req, httplib::Response& res) {
    const bool api_path = req.path.rfind("/v1/", 0) == 0 || req.path.rfind("/webservice/", 0) == 0;
    const StaticFile* file = api_path ? nullptr : static_files_->find(req.path);
    if (!file) return dispatch(req, res);
    res.set_header("Cache-Control", "no-cache");  // not fingerprinted: revalidate, cheap with the ETag
    res.set_header("ETag", file->etag);
    res.set_header("Vary", "Accept-Encoding");
    if (req.get_header_value("If-None-Match") == file->etag) {
      res.status = 304;
    } else {
      const bool gzip = !file->gzip.empty() && accepts_gzip(req.get_header_value("Accept-Encoding"));
      if (gzip) res.set_header("Content-Encoding", "gzip");
      const std::string* body = gzip ? &file->gzip : &file->body;
      // A sized content provider is sent as it is: cpp-httplib compresses only set_content bodies.
      res.set_content_provider(body->size(), file->content_type,
                               [body](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                                 return sink.write(body->data() + offset, length);
                               });
    }
    s_.metrics.count_request("static", res.status);
  });
  using Register = httplib::Server& (httplib::Server::*)(const std::string&, httplib::Server::Handler);
  for (Register reg : {static_cast<Register>(&httplib::Server::Post), static_cast<Register>(&httplib::Server::Put),
                       static_cast<Register>(&httplib::Server::Delete), static_cast<Register>(&httplib::Server::Patch)})
    (srv.*reg)(".*", dispatch);
}

}  // namespace hookwork::runner
