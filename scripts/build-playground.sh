#!/usr/bin/env bash
# Assembles the servable playground in build/playground/: the page (playground/) plus the browser
# module and its WASM (web/, built by scripts/build-wasm.sh) under web/, so the page's import
# "../web/hookwork.js" resolves the same way from `hookwork serve --playground-dir build/playground`,
# from any static server of that folder, and from a static server of the repo root (/playground/).
# Prints the size a browser downloads (raw and gzip) — docs/benchmarks.md "Playground".
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/playground
if [ ! -f web/hookwork.js ] || [ ! -f web/dist/hookwork.wasm ]; then
  echo "build-playground: web/hookwork.js or web/dist/hookwork.wasm missing: run scripts/build-wasm.sh first" >&2
  exit 1
fi
tmp="$out.tmp.$$"
rm -rf "$tmp"
mkdir -p "$tmp/web/dist"
cp -r playground/. "$tmp/"
# The web module's own sources (no tests, no typings: the browser needs neither) and its build output.
find web -maxdepth 1 -name '*.js' -exec cp {} "$tmp/web/" \;
cp web/dist/hookwork.js web/dist/hookwork.wasm "$tmp/web/dist/"
rm -rf "$out"
mv "$tmp" "$out"

raw=0; gz=0; n=0
while IFS= read -r -d '' f; do
  raw=$((raw + $(stat -c %s "$f"))); gz=$((gz + $(gzip -9 -c "$f" | wc -c))); n=$((n + 1))
done < <(find "$out" -type f -print0)
echo "build-playground: $n files, $raw bytes raw, $gz bytes gzip (-9, per file) -> $out"
