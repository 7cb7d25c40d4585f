#pragma once
// The HTTP front: cpp-httplib (see docs/http-server.md for why) with body,
// header and timeout limits, JSON errors for every failure, /healthz,
// /metrics, /openapi.json, the API routes and the playground's static files.
#include <memory>
#include <string>

#include "auth.hpp"
#include "services.hpp"

namespace httplib {
class Server;
}

namespace hookwork::runner {

class StaticFiles;

class HttpServer {
 public:
  HttpServer(Services& services, std::string playground_dir);
  ~HttpServer();

  // Binds (port 0 = any free port); returns the bound port or -1.
  int bind(const std::string& host, int port);
  // Serves until stop(); in-flight requests finish before it returns.
  bool serve();
  void stop();

 private:
  void install_routes();
  // Connections the kernel queues before the server accepts them (capped by net.core.somaxconn).
  static constexpr int kListenBacklog = 1024;
  int listen_socket_ = -1;
  Services& s_;
  std::string playground_dir_;
  Authenticator auth_;
  std::unique_ptr<httplib::Server> server_;
  std::unique_ptr<StaticFiles> static_files_;
};

}  // namespace hookwork::runner
