# The Node package against the WASM build: vectors byte-identical to native, interop with
# standardwebhooks / svix / @octokit/webhooks-methods / stripe, npm pack + offline install.
# Needs 10-native.sh (native vector outputs) and 20-wasm.sh (node/dist) first.
set -euo pipefail
./scripts/npm-deps.sh
node --test tests/node/
