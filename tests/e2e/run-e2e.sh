#!/usr/bin/env bash
# Runs the browser tests against the real Strapi: starts it (scripts/strapi.sh, which also bootstraps
# the dev admins and their sessions), serves the web bundle from its public folder (same origin as
# /admin), runs every tests/e2e/*.test.mjs with node's test runner, then stops Strapi again if this
# script started it.
#   run-e2e.sh BUNDLE_DIR [TEST_FILE ...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=${1:?usage: run-e2e.sh BUNDLE_DIR [TEST_FILE ...]}
shift

started=0
if ! "$root/scripts/strapi.sh" status >/dev/null 2>&1; then started=1; fi
stop() { if [ "$started" = 1 ]; then "$root/scripts/strapi.sh" stop || true; fi; }
trap stop EXIT
"$root/scripts/strapi.sh" start

"$root/scripts/deploy-web.sh" "$bundle"

if [ "$#" -eq 0 ]; then set -- "$here"/*.test.mjs; fi
cd "$here"
# One file at a time: they share one Strapi and its rate limits.
node --test --test-concurrency=1 --test-reporter=spec "$@"
