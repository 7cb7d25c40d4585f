#pragma once
// What the runner answers on each path, independent of the HTTP library: /healthz,
// /metrics, /openapi.json, the activation pages, the API's REST and function
// surfaces and the playground's files. It runs on the server's event loops and
// never makes one wait for a commit: handlers that may wait on the store go to
// the blocking pool the server hands in, and a publish answers from the store's
// writer thread once its group commit is durable. The only store reads on a loop
// are the cache misses of API keys and of an account's hooks (one each, then cached).
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "auth.hpp"
#include "hookwork/model.hpp"
#include "services.hpp"

namespace hookwork::runner {

class StaticFiles;

struct HttpRequest {
  std::string method;  // HEAD arrives as "GET" with head = true
  bool head = false;
  std::string path;    // percent-decoded
  std::string query;   // after "?", as sent
  std::string authorization;
  std::string content_type;
  std::string accept_encoding;
  std::string if_none_match;
  std::optional<std::string> idempotency_key;
  std::string body;
};

struct HttpAnswer {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  Headers headers;  // besides Content-Type, Content-Length and Connection
};

class HttpRoutes {
 public:
  using Respond = std::function<void(HttpAnswer)>;             // exactly once, from any thread
  using Task = std::function<void()>;
  using ToLoop = std::function<void(Task)>;                    // runs the task on the request's event loop
  using RunBlocking = std::function<void(std::function<void()>)>;  // runs the task on a thread that may block

  HttpRoutes(Services& services, const std::string& playground_dir, RunBlocking run_blocking);
  ~HttpRoutes();

  // `to_loop` brings an answer made on another thread (the store's writer) back to the loop
  // before it is counted and encoded, so the single writer spends its time on commits.
  void handle(HttpRequest req, Respond respond, ToLoop to_loop);
  // The JSON error for what the transport refuses itself (400, 408, 413, 431), counted as "unmatched".
  HttpAnswer refused(int status, const std::string& message);

 private:
  void api(std::shared_ptr<HttpRequest> req, Respond respond, ToLoop to_loop);
  bool static_file(const HttpRequest& req, const Respond& respond);

  Services& s_;
  Authenticator auth_;
  std::unique_ptr<StaticFiles> static_files_;
  RunBlocking run_blocking_;
};

}  // namespace hookwork::runner
