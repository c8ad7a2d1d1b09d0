#!/usr/bin/env bash
# ImTokens beside Strapi's own API Tokens page, in one run (a benchmark, not a test; CI does not run it).
# Builds the web bundle, copies backend/ into a throw-away directory with Strapi's admin panel switched
# on (serveAdminPanel: true) and built for production (`strapi build`, from the packages the project's
# lock file installed), starts that one Strapi on a fresh SQLite database serving both
# /admin/settings/api-tokens and /app/, seeds the tokens through the admin API, and measures both pages
# in the headless Chromium the browser tests use (bench.mjs). Prints the table; JSON goes to --json.
#   bench/vs-strapi/run.sh [--runs 5] [--counts 100,1000,10000] [--json FILE] [--cap-ms 60000]
#
# Environment: PORT (default 1415), IMT_JOBS (build jobs, default 2), IMT_SKIP_SETUP=1,
#   IMT_VS_STRAPI_DIR: reuse (or create and keep) this directory for the copy and its admin build
#   instead of a throw-away one (the admin build takes minutes).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export PORT=${PORT:-1415} HOST=127.0.0.1 STRAPI_TELEMETRY_DISABLED=true
jobs=${IMT_JOBS:-2}
log() { printf '[vs-strapi] %s\n' "$*"; }

[ "${IMT_SKIP_SETUP:-}" = 1 ] || "$root/scripts/setup.sh"

log "building the web bundle (preset wasm)"
(cd "$root" && cmake --preset wasm >/dev/null && cmake --build --preset wasm -j "$jobs" --target imt_web_bundle >/dev/null)

if [ -n "${IMT_VS_STRAPI_DIR:-}" ]; then
  copy=$IMT_VS_STRAPI_DIR
  keep=1
else
  copy=$(mktemp -d /tmp/imtokens-vs-strapi.XXXXXX)
  keep=0
fi
strapi_pid=
cleanup() {
  if [ -n "$strapi_pid" ]; then
    kill -TERM "$strapi_pid" 2>/dev/null || true
    wait "$strapi_pid" 2>/dev/null || true
  fi
  if [ "$keep" = 0 ]; then rm -rf "$copy"; fi
}
trap cleanup EXIT

# The copy: the project's backend as committed, its own .env and database, node_modules hard-linked
# (same packages, nothing downloaded; a build that writes caches writes them into the copy).
mkdir -p "$copy"
(cd "$root/backend" && tar --exclude=./node_modules --exclude=./.tmp --exclude=./.env --exclude=./build \
  --exclude=./public/app -cf - .) | tar -xf - -C "$copy"
if [ ! -e "$copy/node_modules" ]; then
  modules=$(readlink -f "$root/backend/node_modules")
  cp -al "$modules" "$copy/node_modules" 2>/dev/null || cp -a "$modules" "$copy/node_modules"
fi
sed -i 's/serveAdminPanel: false/serveAdminPanel: true/' "$copy/config/admin.js"
grep -q 'serveAdminPanel: true' "$copy/config/admin.js" || { log "could not switch the admin panel on"; exit 1; }
rm -rf "$copy/.tmp" # a fresh database every run: only the seeded tokens
mkdir -p "$copy/public/app"
for file in imtokens.mjs imtokens-app.js imtokens-app.wasm index.html standalone.mjs; do
  cp "$root/build/wasm/app/$file" "$copy/public/app/"
done
(cd "$copy" && node scripts/ensure-env.mjs >/dev/null)

export NODE_ENV=production
if [ ! -f "$copy/build/index.html" ]; then
  log "building Strapi's admin panel for production in $copy (takes minutes)"
  (cd "$copy" && nice -n 10 node node_modules/@strapi/strapi/bin/strapi.js build --silent)
fi

log "starting Strapi on http://$HOST:$PORT (admin panel and /app/, one SQLite database)"
(cd "$copy" && exec node node_modules/@strapi/strapi/bin/strapi.js start >"$copy/strapi.log" 2>&1) &
strapi_pid=$!
for _ in $(seq 1 180); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$HOST:$PORT/_health" || true)" = 204 ] && break
  kill -0 "$strapi_pid" 2>/dev/null || { tail -30 "$copy/strapi.log" >&2; exit 1; }
  sleep 1
done
(cd "$copy" && STRAPI_URL="http://$HOST:$PORT" node scripts/bootstrap.mjs >/dev/null)

cd "$here"
IMT_VS_STRAPI_COPY="$copy" IMT_STRAPI_SESSION="$copy/.tmp/session.json" node bench.mjs --base "http://$HOST:$PORT" "$@"
