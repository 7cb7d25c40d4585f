#pragma once
// `hookwork` command line: serve, accounts create|list, version.
namespace hookwork::runner {

int run_cli(int argc, char** argv);

}  // namespace hookwork::runner
