#include "echo_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <stdexcept>

namespace hookwork::test {
namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// Reads more bytes into `buf`; false on close, error or 10 s of silence.
bool read_more(int fd, std::string& buf) {
  pollfd p{fd, POLLIN, 0};
  if (poll(&p, 1, 10000) <= 0) return false;
  char chunk[65536];
  const ssize_t n = recv(fd, chunk, sizeof chunk, 0);
  if (n <= 0) return false;
  buf.append(chunk, static_cast<std::size_t>(n));
  return true;
}

void send_all(int fd, const std::string& data) {
  std::size_t sent = 0;
  while (sent < data.size()) {
    const ssize_t n = send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;
    sent += static_cast<std::size_t>(n);
  }
}

// Decodes a chunked body starting at buf[pos]; reads more as needed.
bool read_chunked(int fd, std::string& buf, std::size_t pos, std::string& body) {
  for (;;) {
    std::size_t eol;
    while ((eol = buf.find("\r\n", pos)) == std::string::npos)
      if (!read_more(fd, buf)) return false;
    const std::size_t size = std::stoul(buf.substr(pos, eol - pos), nullptr, 16);
    pos = eol + 2;
    while (buf.size() < pos + size + 2)
      if (!read_more(fd, buf)) return false;
    if (size == 0) return true;  // trailers are not used by any sample
    body.append(buf, pos, size);
    pos += size + 2;
  }
}

}  // namespace

std::string RecordedRequest::header(const std::string& name, bool* found) const {
  for (const auto& [n, v] : headers) {
    if (lower(n) == lower(name)) {
      if (found) *found = true;
      return v;
    }
  }
  if (found) *found = false;
  return "";
}

EchoServer::EchoServer() {
  listen_fd_ = socket(AF_INET, SOCK_STREAM, 0);
  if (listen_fd_ < 0) throw std::runtime_error("socket failed");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  if (bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || listen(listen_fd_, 16) != 0)
    throw std::runtime_error("bind/listen failed");
  socklen_t len = sizeof addr;
  getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
  thread_ = std::thread([this] { serve(); });
}

EchoServer::~EchoServer() {
  stop_ = true;
  thread_.join();
  close(listen_fd_);
}

std::vector<RecordedRequest> EchoServer::take() {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::exchange(received_, {});
}

void EchoServer::serve() {
  while (!stop_) {
    pollfd p{listen_fd_, POLLIN, 0};
    if (poll(&p, 1, 50) <= 0) continue;
    const int fd = accept(listen_fd_, nullptr, nullptr);
    if (fd < 0) continue;
    handle(fd);
    close(fd);
  }
}

void EchoServer::handle(int fd) {
  std::string buf;
  std::size_t head_end;
  while ((head_end = buf.find("\r\n\r\n")) == std::string::npos)
    if (!read_more(fd, buf)) return;
  RecordedRequest req;
  std::size_t line_end = buf.find("\r\n");
  const std::string request_line = buf.substr(0, line_end);
  const auto sp1 = request_line.find(' ');
  const auto sp2 = request_line.rfind(' ');
  req.method = request_line.substr(0, sp1);
  req.target = request_line.substr(sp1 + 1, sp2 - sp1 - 1);
  for (std::size_t pos = line_end + 2; pos < head_end;) {
    const std::size_t eol = buf.find("\r\n", pos);
    const std::string line = buf.substr(pos, eol - pos);
    const auto colon = line.find(':');
    req.headers.emplace_back(line.substr(0, colon), trim(line.substr(colon + 1)));
    pos = eol + 2;
  }
  if (lower(req.header("Expect")) == "100-continue") send_all(fd, "HTTP/1.1 100 Continue\r\n\r\n");
  const std::size_t body_start = head_end + 4;
  bool has_length = false;
  const std::string length = req.header("Content-Length", &has_length);
  if (lower(req.header("Transfer-Encoding")).find("chunked") != std::string::npos) {
    if (!read_chunked(fd, buf, body_start, req.body)) return;
  } else if (has_length) {
    const std::size_t n = std::stoul(length);
    while (buf.size() < body_start + n)
      if (!read_more(fd, buf)) return;
    req.body = buf.substr(body_start, n);
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    received_.push_back(req);
  }
  const std::string answer = "{\"received\":true}";
  send_all(fd, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                   std::to_string(answer.size()) + "\r\nConnection: close\r\n\r\n" + answer);
}

}  // namespace hookwork::test
