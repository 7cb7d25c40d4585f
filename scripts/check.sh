#!/usr/bin/env bash
# The test command: installs what is missing, builds everything (native and
# wasm) and runs every suite (C++, Node, browser). `.ci/run` calls this.
# Each suite is a script in scripts/check.d/, run in name order; one failing
# suite does not hide the others, and the summary line counts them.
# Usage: scripts/check.sh [suite-name-substring ...]
set -uo pipefail
cd "$(dirname "$0")/.."
export HOOKWORK_ROOT="$PWD"
export HOOKWORK_JOBS="${HOOKWORK_JOBS:-$(nproc)}"

./scripts/install-deps.sh || { echo "install failed"; exit 1; }

passed=0; failed=0; failed_names=()
for suite in scripts/check.d/*.sh; do
  name=$(basename "$suite" .sh)
  if [ $# -gt 0 ]; then
    match=0; for want in "$@"; do [[ "$name" == *"$want"* ]] && match=1; done
    [ $match -eq 1 ] || continue
  fi
  echo "=== suite $name"
  start=$(date +%s)
  if bash "$suite"; then
    passed=$((passed + 1)); echo "=== suite $name passed in $(( $(date +%s) - start ))s"
  else
    failed=$((failed + 1)); failed_names+=("$name"); echo "=== suite $name FAILED in $(( $(date +%s) - start ))s"
  fi
done

[ $failed -eq 0 ] || echo "failed suites: ${failed_names[*]}"
echo "suites: $passed passed, $failed failed"
[ $failed -eq 0 ]
