# Native build (core, runner, tests, benchmarks) and the C++ suites under CTest.
set -euo pipefail
cmake --preset release >/dev/null
cmake --build --preset release -j "$HOOKWORK_JOBS"
ctest --preset release -j "$HOOKWORK_JOBS"
