# The playground page in Chromium: assembled by build-playground.sh (after 20-wasm built the web
# module), served by a static server and by the real runner (built by 10-native).
set -euo pipefail
cmake --build --preset release -j "$HOOKWORK_JOBS" --target hookwork
./scripts/build-playground.sh
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/standardwebhooks ]; then npm ci --no-audit --no-fund; fi
rm -rf test-output/playground
node --test tests/playground/*.test.mjs
