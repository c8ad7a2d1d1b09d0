#!/usr/bin/env bash
# Runs ImTokens: installs what is missing, builds the WebAssembly app, starts the local Strapi
# (backend/, SQLite) and serves the app from Strapi's public folder, same-origin with its /admin API.
# Prints the URL and the development accounts. Ctrl+C stops Strapi.
#
# Knobs (environment): PORT (Strapi's, default 1337), IMT_JOBS (parallel build jobs).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

jobs=${IMT_JOBS:-$(nproc)}

"$root/scripts/setup.sh"

echo "[run] building the WebAssembly app (preset wasm)"
cmake --preset wasm >/dev/null
cmake --build --preset wasm -j "$jobs" --target imt_web_bundle
"$root/scripts/deploy-web.sh" --demo "$root/build/wasm/app"

base="http://127.0.0.1:${PORT:-1337}"
if "$root/scripts/strapi.sh" status >/dev/null 2>&1; then
  # Started earlier in the background (e.g. by the tests): it already serves the new bundle.
  "$root/scripts/strapi.sh" start
  echo "[run] ImTokens: $base/app/   embedded in a host page: $base/app/embed-demo.html"
  echo "[run] Strapi keeps running in the background; scripts/strapi.sh stop stops it"
  exit 0
fi
echo "[run] starting Strapi; then ImTokens is at $base/app/ (embedded in a host page: $base/app/embed-demo.html)"
echo "[run] sign in with one of the accounts listed below; Ctrl+C stops Strapi"
exec "$root/scripts/strapi.sh" foreground
