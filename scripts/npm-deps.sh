#!/usr/bin/env bash
# Installs the repository's Node dev/test dependencies (package-lock.json) with `npm ci`
# when node_modules is missing or older than the lockfile. No browser is downloaded:
# playwright-core drives Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules
fi
