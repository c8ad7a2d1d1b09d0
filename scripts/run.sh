#!/usr/bin/env bash
# Runs ImTokens: installs what is missing, builds the WebAssembly app and serves it on 127.0.0.1.
# Ctrl+C stops the server.
#
# Knobs (environment): IMT_PORT (default 8080), IMT_JOBS (parallel build jobs).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}" # Debian's emcc needs it for -O2+ links
port=${IMT_PORT:-8080}
jobs=${IMT_JOBS:-$(nproc)}

"$root/scripts/setup.sh"

echo "[run] building the WebAssembly app (preset wasm)"
cmake --preset wasm >/dev/null
cmake --build --preset wasm -j "$jobs" --target imtokens_smoke_web imtokens_web_shell
web_dir="$root/build/wasm/web"

# Backend (next step): start the Strapi project in backend/, wait for /_health, copy "$web_dir" into
# backend/public/app/ so the page is same-origin with /admin, and print the URL and credentials here.

exec node "$root/tests/e2e/lib/static-server.mjs" "$web_dir" "$port"
