#!/usr/bin/env bash
# The run command: installs what is missing, builds the runner (and the
# playground when its build exists) and starts `hookwork serve` on its
# embedded SQLite default with the playground at http://127.0.0.1:8080/.
# Extra arguments go to `hookwork serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh build core runner wasm
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target hookwork
if [ -x scripts/build-wasm.sh ]; then ./scripts/build-wasm.sh; fi
if [ -x scripts/build-playground.sh ] && [ -f web/hookwork.js ]; then ./scripts/build-playground.sh; fi
exec ./build/release/runner/hookwork serve "$@"
