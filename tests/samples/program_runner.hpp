#pragma once
// Runs one generated sample with its real toolchain in a folder of its own.
#include <string>

namespace hookwork::test {

struct ProgramRun {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// The toolchain command(s) a target needs, checked once: "" when all are on PATH,
// else the missing command names.
std::string missing_toolchain(const std::string& target_id);

// Writes `code` as `filename` into `dir` (created) and runs it; 120 s limit.
// Proxy variables are cleared so every client talks to 127.0.0.1 directly.
ProgramRun run_program(const std::string& target_id, const std::string& code, const std::string& filename,
                       const std::string& dir);

}  // namespace hookwork::test
