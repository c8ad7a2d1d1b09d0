#!/usr/bin/env bash
# Puts the web bundle (BUNDLE_DIR: build/<preset>/app) into Strapi's public folder, where it is
# served at /app/ on the same origin as the /admin API.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bundle=${1:?usage: deploy-bundle.sh BUNDLE_DIR}
target="$root/backend/public/app"
rm -rf "$target"
mkdir -p "$target"
cp "$bundle"/*.html "$bundle"/*.mjs "$bundle"/*.js "$bundle"/*.wasm "$target"/
echo "[e2e] web bundle deployed to backend/public/app/ (served at /app/)"
