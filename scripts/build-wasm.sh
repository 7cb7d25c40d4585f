#!/usr/bin/env bash
# Builds hookwork.wasm + its ES-module glue with Debian's Emscripten and copies both into
# node/dist/ and web/dist/ (gitignored build outputs), plus the shared wrapper web/api.js
# for the Node package. Idempotent: Ninja rebuilds only what changed,
# files are copied only when they differ.
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian's emcc runs JS tools that need Node modules from the system folder.
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
build=build/wasm
# Configuring again is quick and picks up preset changes (the build type).
emcmake cmake --preset wasm >/dev/null
cmake --build "$build" -j "${HOOKWORK_JOBS:-2}" --target hookwork_wasm
cp_if_changed() { cmp -s "$1" "$2" || cp "$1" "$2"; }
for dest in node/dist web/dist; do
  mkdir -p "$dest"
  for f in hookwork.js hookwork.wasm; do
    cp_if_changed "$build/wasm/$f" "$dest/$f"
  done
done
# One wrapper source for both hosts: the Node package ships copies of web/api.js and its types.
cp_if_changed web/api.js node/dist/api.js
cp_if_changed web/types.d.ts node/dist/types.d.ts
rm -f node/dist/api.d.ts  # older builds copied it
wasm="$build/wasm/hookwork.wasm"
echo "build-wasm: $(stat -c %s "$wasm") bytes raw, $(gzip -9 -c "$wasm" | wc -c) bytes gzip -> node/dist web/dist"
