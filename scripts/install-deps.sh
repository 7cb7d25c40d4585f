#!/usr/bin/env bash
# Installs what Hookwork needs from Debian 12 packages, only what is missing.
# Usage: scripts/install-deps.sh [group ...]   (default: all)
# Groups: build core runner wasm browser samples
# `apt-get update` runs at most once, and only when something must be installed.
set -euo pipefail

declare -A GROUP
GROUP[build]="cmake g++ ninja-build pkg-config git ca-certificates"
GROUP[core]="nlohmann-json3-dev catch2 libboost-json1.81-dev libboost1.81-dev libbenchmark-dev libssl-dev"
GROUP[runner]="libcurl4-openssl-dev libsqlite3-dev sqlite3 libpq-dev libpqxx-dev libcli11-dev libcpp-httplib-dev postgresql wrk curl"
GROUP[wasm]="emscripten node-acorn"
GROUP[browser]="chromium"
GROUP[samples]="bash curl wget httpie python3-requests php-cli php-curl golang-go ruby default-jdk-headless g++ libcurl4-openssl-dev mono-mcs mono-runtime libmono-system-net-http4.0-cil"

groups=("$@")
[ ${#groups[@]} -eq 0 ] && groups=(build core runner wasm browser samples)

wanted=()
for g in "${groups[@]}"; do
  [ -n "${GROUP[$g]+x}" ] || { echo "install-deps: unknown group '$g' (known: ${!GROUP[*]})" >&2; exit 2; }
  for p in ${GROUP[$g]}; do wanted+=("$p"); done
done
# Node.js and npm: keep the machine's own when present (a newer one may be installed), else Debian's.
if ! command -v node >/dev/null 2>&1; then wanted+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then wanted+=(npm); fi

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything for [${groups[*]}] is installed"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
