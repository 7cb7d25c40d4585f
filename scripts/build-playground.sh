#!/usr/bin/env bash
# Assembles the servable playground in build/playground/: the page (playground/) plus the browser
# module and its WASM (web/, built by scripts/build-wasm.sh) under web/, so the page's import
# "../web/hookwork.js" resolves the same way from `hookwork serve --playground-dir build/playground`,
# from any static server of that folder, and from a static server of the repo root (/playground/).
#
# The assembled index.html gets, in place of its "preloads" marker, a <link rel="preload" as="fetch"
# crossorigin> for the .wasm (the page's js/core.js claims it with fetch()) and a
# <link rel="modulepreload"> for every module of the static import graph of js/main.js and
# web/hookwork.js: the browser fetches all of it in parallel while it parses the HTML, instead of
# discovering one level of imports per round trip. Modules only reached by a literal dynamic
# import() are not preloaded (they stay lazy). The source page works without the links.
#
# Every file then gets a gzip copy next to it (FILE.gz, gzip -9 -n: byte-identical from run to
# run) that a server may send as FILE with Content-Encoding: gzip to a client accepting gzip.
# Prints the size a browser downloads (raw and gzip) — docs/benchmarks.md "Playground".
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/playground
if [ ! -f web/hookwork.js ] || [ ! -f web/dist/hookwork.wasm ]; then
  echo "build-playground: web/hookwork.js or web/dist/hookwork.wasm missing: run scripts/build-wasm.sh first" >&2
  exit 1
fi
tmp="$out.tmp.$$"
trap 'rm -rf "$tmp"' EXIT
rm -rf "$tmp"
mkdir -p "$tmp/web/dist"
cp -r playground/. "$tmp/"
# The web module's own sources (no tests, no typings: the browser needs neither) and its build output.
find web -maxdepth 1 -name '*.js' -exec cp {} "$tmp/web/" \;
cp web/dist/hookwork.js web/dist/hookwork.wasm "$tmp/web/dist/"

# ---- preloads: the static import graph, breadth first from the entry points ---------------------
# Static imports are one-line `import … from '…'`, `export … from '…'` or `import '…'` statements
# (the style of playground/ and web/); a relative specifier that names no file fails the build.
static_imports() {
  sed -nE "s/^[[:space:]]*(import|export)([^'\"]*[[:space:]]from)?[[:space:]]*['\"](\.{1,2}\/[^'\"]+)['\"].*/\3/p" "$1"
}
queue=(js/main.js web/hookwork.js)
graph=()
declare -A seen=()
while [ "${#queue[@]}" -gt 0 ]; do
  mod="${queue[0]}"; queue=("${queue[@]:1}")
  [ -n "${seen[$mod]:-}" ] && continue
  seen[$mod]=1
  if [ ! -f "$tmp/$mod" ]; then echo "build-playground: module $mod (imported by the page) is missing" >&2; exit 1; fi
  graph+=("$mod")
  while IFS= read -r spec; do
    dep="$(realpath -m --relative-to="$tmp" "$tmp/$(dirname "$mod")/$spec")"
    queue+=("$dep")
  done < <(static_imports "$tmp/$mod")
done
wasm=web/dist/hookwork.wasm
links="  <link rel=\"preload\" href=\"$wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>"
for mod in "${graph[@]}"; do links+=$'\n'"  <link rel=\"modulepreload\" href=\"$mod\">"; done
marker='<!-- preloads: written here by scripts/build-playground.sh -->'
if ! grep -qF "$marker" "$tmp/index.html"; then
  echo "build-playground: playground/index.html lacks the line '$marker'" >&2
  exit 1
fi
LINKS="$links" MARKER="$marker" awk '{ if (index($0, ENVIRON["MARKER"])) print ENVIRON["LINKS"]; else print }' \
  "$tmp/index.html" > "$tmp/index.html.new"
mv "$tmp/index.html.new" "$tmp/index.html"

# ---- FILE.gz next to every file ---------------------------------------------------------------
while IFS= read -r -d '' f; do gzip -9 -n -c "$f" > "$f.gz"; done < <(find "$tmp" -type f -print0)

rm -rf "$out"
mv "$tmp" "$out"
trap - EXIT

raw=0; gz=0; n=0
while IFS= read -r -d '' f; do
  raw=$((raw + $(stat -c %s "$f"))); gz=$((gz + $(stat -c %s "$f.gz"))); n=$((n + 1))
done < <(find "$out" -type f ! -name '*.gz' -print0)
echo "build-playground: $n files ($((${#graph[@]})) modules preloaded), $raw bytes raw, $gz bytes gzip (-9, per file, FILE.gz) -> $out"
