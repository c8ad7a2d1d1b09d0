#!/usr/bin/env bash
# Puts the web bundle (default build/wasm/app) into Strapi's public folder, where it is served at
# /app/ on the same origin as the /admin API.
#   deploy-web.sh [BUNDLE_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bundle=${1:-$root/build/wasm/app}
if [ ! -f "$bundle/imtokens-app.wasm" ]; then
  echo "[deploy] no web bundle in $bundle: build the wasm preset first" >&2
  exit 1
fi
target="$root/backend/public/app"
rm -rf "$target"
mkdir -p "$target"
cp "$bundle"/*.html "$bundle"/*.mjs "$bundle"/*.js "$bundle"/*.wasm "$target"/
echo "[deploy] web bundle copied to backend/public/app/ (served at /app/)"
