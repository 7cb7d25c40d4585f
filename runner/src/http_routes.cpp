#include "http_routes.hpp"

#include "activation_page.hpp"
#include "form_params.hpp"
#include "handlers.hpp"
#include "log.hpp"
#include "openapi.hpp"
#include "router.hpp"
#include "static_files.hpp"

namespace hookwork::runner {
namespace {

const char* kJson = "application/json";

std::string dump(const nlohmann::json& body) {
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

HttpAnswer json_answer(int status, const nlohmann::json& body) { return {status, kJson, dump(body), {}}; }

HttpAnswer from_api(ApiResponse r) {
  HttpAnswer a;
  a.status = r.status;
  a.body = r.raw_body.empty() ? dump(r.body) : std::move(r.raw_body);
  a.headers = std::move(r.headers);
  return a;
}

std::string error_code_for_status(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 401: return "unauthorized";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 413: return "payload_too_large";
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
bool is_form(const HttpRequest& req) {
  return req.content_type.rfind("application/x-www-form-urlencoded", 0) == 0 && !looks_like_json(req.body);
}

// Query-string parameters, plus the form fields when the body is a form.
std::multimap<std::string, std::string> string_params(const HttpRequest& req) {
  auto params = parse_form(req.query);
  if (is_form(req))
    for (auto& kv : parse_form(req.body)) params.insert(std::move(kv));
  return params;
}

bool is_api_path(const std::string& path) { return path.rfind("/v1/", 0) == 0 || path.rfind("/webservice/", 0) == 0; }

HttpAnswer html_answer(const HtmlPage& page) {
  HttpAnswer a{page.status, "text/html; charset=utf-8", page.html, {{"Cache-Control", "no-store"}}};
  return a;
}

}  // namespace

HttpRoutes::HttpRoutes(Services& services, const std::string& playground_dir, RunBlocking run_blocking)
    : s_(services), auth_(services.store), static_files_(std::make_unique<StaticFiles>(playground_dir)),
      run_blocking_(std::move(run_blocking)) {
  if (!playground_dir.empty() && static_files_->size() == 0)
    log::warn("playground directory not served", {{"dir", playground_dir}});
}

HttpRoutes::~HttpRoutes() = default;

HttpAnswer HttpRoutes::refused(int status, const std::string& message) {
  s_.metrics.count_request("unmatched", status);
  return json_answer(status, {{"error", {{"code", error_code_for_status(status)}, {"message", message},
                                         {"fields", nlohmann::json::array()}}}});
}

void HttpRoutes::handle(HttpRequest request, Respond respond, ToLoop to_loop) {
  auto req = std::make_shared<HttpRequest>(std::move(request));
  const std::string& path = req->path;
  const bool get = req->method == "GET";
  // A blocking page or document, answered from the pool with its route's count.
  auto blocking = [this, req, respond](std::string route, std::function<HttpAnswer()> make) {
    run_blocking_([this, req, respond, route = std::move(route), make = std::move(make)] {
      HttpAnswer a;
      try {
        a = make();
      } catch (...) {
        a = from_api(failure_response(req->path, std::current_exception()));
      }
      s_.metrics.count_request(route, a.status);
      respond(std::move(a));
    });
  };

  if (get && path == "/healthz") {
    return blocking("/healthz", [this] {
      s_.store.ping();  // proves the store answers (a count of the events would grow with the store)
      return json_answer(200, {{"status", "ok"}});
    });
  }
  if (get && path == "/metrics") {
    s_.metrics.count_request("/metrics", 200);
    return respond({200, "text/plain; version=0.0.4", s_.metrics.render(), {}});
  }
  if (get && path == "/openapi.json") return blocking("/openapi.json", [] { return json_answer(200, openapi_document()); });

  // The notification's one-click link: GET shows the question, POST (the page's form) reactivates.
  static const std::string kActivate = "/activate/";
  if ((get || req->method == "POST") && path.rfind(kActivate, 0) == 0 && path.size() > kActivate.size() &&
      path.find('/', kActivate.size()) == std::string::npos) {
    return blocking("/activate/{token}", [this, req] {
      const std::string token = req->path.substr(kActivate.size());
      if (req->method == "GET") return html_answer(activation_page(s_, token));
      auto params = string_params(*req);
      auto replay = params.find("replay");
      const std::string value = replay == params.end() ? "" : replay->second;
      return html_answer(confirm_activation(s_, token, value == "1" || value == "true" || value == "on"));
    });
  }
  if (req->method == "POST" && path == "/_clock" && s_.config.clock_control && s_.adjustable_clock) {
    auto body = nlohmann::json::parse(req->body, nullptr, false);
    if (!body.is_object() || !body.contains("advance_ms") || !body["advance_ms"].is_number_integer() ||
        body["advance_ms"].get<std::int64_t>() < 0) {
      return respond(json_answer(400, {{"error", {{"code", "validation_failed"}, {"message", "the request has invalid fields"},
                                                  {"fields", {{{"field", "advance_ms"}, {"code", "invalid_type"},
                                                               {"message", "must be a non-negative integer"}}}}}}}));
    }
    s_.adjustable_clock->advance(body["advance_ms"].get<std::int64_t>());
    s_.wake_deliveries();
    return respond(json_answer(200, {{"now_ms", s_.clock.now_ms()}}));
  }
  // Files first for GET: the playground at / (API paths are never files).
  if (get && !is_api_path(path) && static_file(*req, respond)) return;
  api(std::move(req), std::move(respond), std::move(to_loop));
}

bool HttpRoutes::static_file(const HttpRequest& req, const Respond& respond) {
  const StaticFile* file = static_files_->find(req.path);
  if (!file) return false;
  HttpAnswer a;
  a.content_type = file->content_type;
  a.headers = {{"Cache-Control", "no-cache"},  // not fingerprinted: revalidate, cheap with the ETag
               {"ETag", file->etag},
               {"Vary", "Accept-Encoding"}};
  if (req.if_none_match == file->etag) {
    a.status = 304;
  } else {
    const bool gzip = !file->gzip.empty() && accepts_gzip(req.accept_encoding);
    if (gzip) a.headers.push_back({"Content-Encoding", "gzip"});
    a.body = gzip ? file->gzip : file->body;
  }
  s_.metrics.count_request("static", a.status);
  respond(std::move(a));
  return true;
}

void HttpRoutes::api(std::shared_ptr<HttpRequest> req, Respond respond, ToLoop to_loop) {
  const auto started = s_.clock.monotonic_ns();
  auto route = std::make_shared<std::string>("unmatched");
  // Counts, times and logs the answer, then sends it.
  auto finish = [this, started, route, method = req->method, respond = std::move(respond)](ApiResponse out) {
    s_.metrics.count_request(*route, out.status);
    const double seconds = static_cast<double>(s_.clock.monotonic_ns() - started) / 1e9;
    s_.metrics.observe_request(seconds);
    if (out.status >= 500) {
      log::warn("request", {{"method", method}, {"route", *route}, {"status", out.status}});
    } else if (log::enabled(log::Level::Debug)) {  // the fields are a JSON object: build them only when written
      log::debug("request", {{"method", method}, {"route", *route}, {"status", out.status}, {"ms", seconds * 1000}});
    }
    respond(from_api(std::move(out)));
  };

  if (!is_api_path(req->path)) return finish(error_response(404, "not_found", "no such route"));
  std::optional<std::string> account;
  try {
    account = auth_.account_for(req->authorization);
  } catch (...) {
    return finish(failure_response(req->path, std::current_exception()));
  }
  if (!account) {
    ApiResponse r = error_response(401, "unauthorized", "missing or invalid API key");
    r.headers.push_back({"WWW-Authenticate", "Bearer"});
    return finish(std::move(r));
  }
  RouteMiss miss;
  auto match = match_route(req->method, req->path, miss);
  if (!match) {
    return finish(miss == RouteMiss::MethodNotAllowed
                      ? error_response(405, "method_not_allowed", "method not allowed on this route")
                      : error_response(404, "not_found", "no such route"));
  }
  *route = match->op->path;
  // Another account's path is indistinguishable from an unknown one.
  if (match->params["account"] != *account) return finish(not_found("account"));
  ApiRequest api;
  api.op = match->handler;
  api.account_id = *account;
  api.input = coerce_string_params(*match, string_params(*req));
  if (!req->body.empty() && !is_form(*req)) {
    auto body = parse_json_object_body(req->body);
    if (!body.ok()) return finish(validation_error(body.errors()));
    for (const auto& item : body.value().items()) api.input[item.key()] = item.value();
  }
  for (const auto& [name, value] : match->params)
    if (name != "account") api.path_params[name] = value;
  if (match->function_surface()) {
    // The REST handler's path parameters arrive as ordinary parameters on the function surface.
    for (const auto& p : match->handler->parameters) {
      if (p.in != hookwork::ops::ParamIn::Path || p.name == "account") continue;
      auto it = api.input.find(p.name);
      if (it == api.input.end() || !(it->is_string() || it->is_number_integer()))
        return finish(validation_error({{p.name, "required", "is required"}}));
      api.path_params[p.name] = it->is_string() ? it->get<std::string>() : std::to_string(it->get<long long>());
      api.input.erase(p.name);
    }
  }
  api.idempotency_key = req->idempotency_key;
  api.raw_body = std::move(req->body);
  // A function answers with its own success status (the table's), e.g. 200 where REST creates with 201.
  auto answer = [finish, handler_status = match->handler->success_status,
                 op_status = match->op->success_status](ApiResponse out) {
    if (out.status == handler_status) out.status = op_status;
    finish(std::move(out));
  };
  const std::string& name = match->handler->name;
  auto async = async_api_handlers().find(name);
  if (async != async_api_handlers().end()) {
    auto on_loop = [to_loop = std::move(to_loop), answer](ApiResponse out) {
      auto shared = std::make_shared<ApiResponse>(std::move(out));
      to_loop([answer, shared] { answer(std::move(*shared)); });
    };
    try {
      return async->second(s_, std::move(api), on_loop);
    } catch (...) {
      return finish(failure_response(req->path, std::current_exception()));
    }
  }
  const ApiHandler& handler = api_handlers().at(name);
  auto shared = std::make_shared<ApiRequest>(std::move(api));
  run_blocking_([this, req, shared, &handler, answer, finish] {
    ApiResponse out;
    try {
      out = handler(s_, *shared);
    } catch (...) {
      return finish(failure_response(req->path, std::current_exception()));
    }
    answer(std::move(out));
  });
}

}  // namespace hookwork::runner
