#!/usr/bin/env bash
# Puts the web bundle (default build/wasm/app) into Strapi's public folder, where it is served at
# /app/ on the same origin as the /admin API: the component and the standalone page, nothing else.
# --demo adds the embedding demo (a plain admin layout around the component), which scripts/run.sh
# and the browser tests open; it is a demonstration, not part of a deployment.
#   deploy-web.sh [--demo] [BUNDLE_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
demo=0
if [ "${1:-}" = --demo ]; then
  demo=1
  shift
fi
bundle=${1:-$root/build/wasm/app}

# The component (its ES module, the Emscripten glue and the wasm) and the standalone page.
served=(imtokens.mjs imtokens-app.js imtokens-app.wasm index.html standalone.mjs)
demo_files=(embed-demo.html embed-demo.mjs)
files=("${served[@]}")
if [ "$demo" = 1 ]; then files+=("${demo_files[@]}"); fi

for file in "${files[@]}"; do
  if [ ! -f "$bundle/$file" ]; then
    echo "[deploy] $bundle/$file is missing: build the wasm preset first" >&2
    exit 1
  fi
done
target="$root/backend/public/app"
rm -rf "$target"
mkdir -p "$target"
for file in "${files[@]}"; do cp "$bundle/$file" "$target/"; done
echo "[deploy] ${files[*]} copied to backend/public/app/ (served at /app/)"
