#include "support/server_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace hookwork::test {
namespace {

std::atomic<int> g_counter{0};

pid_t spawn(const std::vector<std::string>& args, const std::vector<std::string>& env, int out_fd, int err_fd) {
  pid_t pid = fork();
  if (pid != 0) return pid;
  dup2(out_fd, 1);
  dup2(err_fd, 2);
  for (const auto& e : env) putenv(const_cast<char*>(e.c_str()));
  std::vector<char*> argv;
  std::string bin = HOOKWORK_BINARY;
  argv.push_back(bin.data());
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  execv(bin.c_str(), argv.data());
  _exit(127);
}

std::string read_all(int fd) {
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  return out;
}

int decode_status(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

}  // namespace

TempDir::TempDir() {
  const char* base = std::getenv("TMPDIR");
  path_ = std::string(base ? base : "/tmp") + "/hookwork-test-" + std::to_string(getpid()) + "-" +
          std::to_string(g_counter++);
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

CommandResult run_hookwork(const std::vector<std::string>& args, const std::vector<std::string>& env) {
  TempDir dir;
  int out_fd = open(dir.file("out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  int err_fd = open(dir.file("err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  pid_t pid = spawn(args, env, out_fd, err_fd);
  close(out_fd);
  close(err_fd);
  int status = 0;
  waitpid(pid, &status, 0);
  CommandResult r;
  r.exit_code = decode_status(status);
  std::ifstream o(dir.file("out")), e(dir.file("err"));
  std::stringstream so, se;
  so << o.rdbuf();
  se << e.rdbuf();
  r.out = so.str();
  r.err = se.str();
  return r;
}

ServerProcess::ServerProcess(std::vector<std::string> args, const std::vector<std::string>& env) {
  args.insert(args.begin(), {"serve", "--listen", "127.0.0.1:0"});
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
  err_path_ = std::string(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp") + "/hookwork-server-" +
              std::to_string(getpid()) + "-" + std::to_string(g_counter++) + ".err";
  int err_fd = open(err_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  pid_ = spawn(args, env, pipe_fds[1], err_fd);
  close(pipe_fds[1]);
  close(err_fd);
  // Read stdout until the listening line (or the process ends, or 15 s pass).
  std::regex listening(R"(listening on http://127\.0\.0\.1:(\d+))");
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  std::smatch m;
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{pipe_fds[0], POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    char buf[1024];
    ssize_t n = read(pipe_fds[0], buf, sizeof buf);
    if (n <= 0) break;
    out_.append(buf, static_cast<std::size_t>(n));
    if (std::regex_search(out_, m, listening)) {
      port_ = std::stoi(m[1]);
      break;
    }
  }
  // Keep draining nothing more: the server prints only at start. Close our end.
  close(pipe_fds[0]);
  if (port_ == 0) {
    stop(9);
    throw std::runtime_error("hookwork serve did not start; stdout: " + out_ + " stderr: " + stderr_text());
  }
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) stop(9);
  std::remove(err_path_.c_str());
}

std::string ServerProcess::printed_api_key() const {
  std::smatch m;
  if (std::regex_search(out_, m, std::regex(R"(hwk_[0-9a-f]{12}_[0-9a-f]{48})"))) return m[0];
  return "";
}

int ServerProcess::stop(int sig) {
  if (pid_ <= 0) return -1;
  kill(pid_, sig);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return decode_status(status);
}

std::string ServerProcess::stderr_text() const {
  std::ifstream in(err_path_);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace hookwork::test
