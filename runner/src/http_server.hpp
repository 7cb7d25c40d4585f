#pragma once
// The HTTP front on Boost.Beast (docs/http-server.md says why): event loops, one
// io_context and one thread each, serve the connections; HttpRoutes decides the
// answers. No loop thread waits for a commit: a publish is answered from the
// group commit's completion and the other handlers run on a blocking pool. Limits
// (header and body size, read, write and keep-alive timeouts, requests per
// connection) come from ServeConfig; every refusal is a JSON error. stop() ends
// gracefully: no new connections, idle ones closed, requests in flight answered.
#include <memory>
#include <string>

#include "services.hpp"

namespace hookwork::runner {

class HttpServer {
 public:
  HttpServer(Services& services, std::string playground_dir);
  ~HttpServer();

  // Binds (port 0 = any free port); returns the bound port or -1.
  int bind(const std::string& host, int port);
  // Serves until stop(); in-flight requests finish before it returns.
  bool serve();
  void stop();

  struct Impl;  // Beast and Asio stay in http_server.cpp (a Beast translation unit compiles slowly)

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace hookwork::runner
