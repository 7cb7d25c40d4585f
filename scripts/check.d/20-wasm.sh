# The WebAssembly build (core + bindings) and its copies for node/ and web/.
set -euo pipefail
./scripts/build-wasm.sh
