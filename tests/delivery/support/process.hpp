#pragma once
// A real child process for tests: started with arguments, its stdout read
// line by line until it prints "listening on http://HOST:PORT", stopped by the
// test (SIGTERM, or SIGKILL to simulate a crash). The destructor kills it.
#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace hookwork::testing {

class ChildProcess {
 public:
  ChildProcess(const std::string& program, const std::vector<std::string>& args);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // Waits for a stdout line containing `marker`; returns the line ("" on timeout or exit).
  std::string wait_for_line(const std::string& marker, std::chrono::milliseconds timeout = std::chrono::seconds(20));
  // Reads the port from "listening on http://127.0.0.1:PORT"; throws if it never appears.
  int wait_for_port();
  // Every stdout line read so far.
  const std::vector<std::string>& lines() const { return lines_; }

  int stop(int signal_number);  // sends the signal, waits, returns the exit status (or -signal)
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  std::string pending_;
  std::vector<std::string> lines_;
};

}  // namespace hookwork::testing
