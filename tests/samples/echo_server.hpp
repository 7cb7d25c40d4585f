#pragma once
// A minimal HTTP/1.1 server on 127.0.0.1 (port 0) that records each request's
// raw method, request target, headers and body bytes, and answers 200.
// Raw sockets on purpose: nothing between the client and the recorded bytes.
#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace hookwork::test {

struct RecordedRequest {
  std::string method;
  std::string target;                                        // as on the request line
  std::vector<std::pair<std::string, std::string>> headers;  // in order received
  std::string body;                                          // de-chunked when chunked

  // First value of the header (case-insensitive name); `found` false when absent.
  std::string header(const std::string& name, bool* found = nullptr) const;
};

class EchoServer {
 public:
  EchoServer();   // listening when constructed
  ~EchoServer();  // stops and joins
  EchoServer(const EchoServer&) = delete;
  EchoServer& operator=(const EchoServer&) = delete;

  int port() const { return port_; }
  std::vector<RecordedRequest> take();  // requests received since the last take()

 private:
  void serve();
  void handle(int fd);

  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::mutex mutex_;
  std::vector<RecordedRequest> received_;
  std::thread thread_;
};

}  // namespace hookwork::test
