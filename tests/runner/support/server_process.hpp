#pragma once
// Starts the real `hookwork` binary as a child process and stops it.
#include <sys/types.h>

#include <string>
#include <vector>

namespace hookwork::test {

// A fresh directory under $TMPDIR, removed with its files on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};
// Runs `hookwork <args>` to completion.
CommandResult run_hookwork(const std::vector<std::string>& args, const std::vector<std::string>& env = {});

class ServerProcess {
 public:
  // Starts `hookwork serve --listen 127.0.0.1:0 <args>` and waits for "listening on http://...".
  explicit ServerProcess(std::vector<std::string> args, const std::vector<std::string>& env = {});
  ~ServerProcess();  // SIGKILL if still running

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  const std::string& stdout_text() const { return out_; }
  // The first "hwk_..." API key the server printed ("" if none).
  std::string printed_api_key() const;
  // SIGTERM (or `sig`) and wait; returns the exit status (128+signal when killed).
  int stop(int sig = 15);
  std::string stderr_text() const;

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::string out_;
  std::string err_path_;
};

}  // namespace hookwork::test
