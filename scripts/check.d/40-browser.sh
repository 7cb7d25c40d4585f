# The browser module in Debian's Chromium (playwright-core, no downloaded browser), served
# from 127.0.0.1: vectors byte-identical to native. Needs 10-native.sh and 20-wasm.sh first.
set -euo pipefail
./scripts/npm-deps.sh
node --test tests/browser/
