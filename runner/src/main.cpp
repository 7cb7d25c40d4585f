#include "cli.hpp"

int main(int argc, char** argv) { return hookwork::runner::run_cli(argc, argv); }
