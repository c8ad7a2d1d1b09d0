#!/usr/bin/env bash
# The soak: `cycles` (default 500) rounds of create -> copy -> dismiss -> regenerate -> delete in one
# browser page against the real Strapi (tests/e2e/soak.mjs), loopback only. Prints the wasm memory
# every 50 cycles (a quarter of a shorter run); fails when it grew by more than 10% after that, when a
# key of any cycle is left in wasm memory, or on any console error. Not part of CI's full run: CI runs
# 20 cycles of it from scripts/test.sh.
#   scripts/soak.sh [cycles]     PORT (Strapi's port, default 1337), IMT_DB (sqlite or postgres)
#   IMT_WEB_BUNDLE               the built web bundle (default build/wasm/app: cmake --build --preset wasm)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cycles=${1:-500}
bundle=${IMT_WEB_BUNDLE:-$root/build/wasm/app}
if [ ! -f "$bundle/imtokens-app.wasm" ]; then
  echo "[soak] no web bundle in $bundle: cmake --preset wasm && cmake --build --preset wasm" >&2
  exit 2
fi
"$root/scripts/deploy-web.sh" --demo "$bundle"
cd "$root/tests/e2e"
exec "$root/scripts/strapi.sh" run node soak.mjs "$cycles"
