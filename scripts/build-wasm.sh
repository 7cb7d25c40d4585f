#!/usr/bin/env bash
# Builds hookwork.wasm + its ES-module glue with Debian's Emscripten and copies both
# into node/dist/ and web/dist/ (gitignored build outputs). Idempotent: configures once,
# Ninja rebuilds only what changed, files are copied only when they differ.
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian's emcc runs JS tools that need Node modules from the system folder.
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
build=build/wasm
if [ ! -f "$build/build.ninja" ]; then
  emcmake cmake --preset wasm >/dev/null
fi
cmake --build "$build" -j "${HOOKWORK_JOBS:-2}" --target hookwork_wasm
for dest in node/dist web/dist; do
  mkdir -p "$dest"
  for f in hookwork.js hookwork.wasm; do
    cmp -s "$build/wasm/$f" "$dest/$f" || cp "$build/wasm/$f" "$dest/$f"
  done
done
wasm="$build/wasm/hookwork.wasm"
echo "build-wasm: $(stat -c %s "$wasm") bytes raw, $(gzip -9 -c "$wasm" | wc -c) bytes gzip -> node/dist web/dist"
