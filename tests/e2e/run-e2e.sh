#!/usr/bin/env bash
# Runs the browser tests against the real Strapi: puts the web bundle and the embedding demo into its
# public folder (same origin as /admin), then runs every tests/e2e/*.test.mjs with node's test runner
# with Strapi up (scripts/strapi.sh run, which also bootstraps the dev admins and their sessions, and
# stops Strapi afterwards if it started it).
#   run-e2e.sh BUNDLE_DIR [TEST_FILE ...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=${1:?usage: run-e2e.sh BUNDLE_DIR [TEST_FILE ...]}
shift

"$root/scripts/deploy-web.sh" --demo "$bundle"
if [ "$#" -eq 0 ]; then set -- "$here"/*.test.mjs; fi
cd "$here"
# One file at a time: they share one Strapi and its rate limits.
exec "$root/scripts/strapi.sh" run node --test --test-concurrency=1 --test-reporter=spec "$@"
