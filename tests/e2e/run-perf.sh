#!/usr/bin/env bash
# Prints the web page's performance figures (tests/e2e/perf.mjs) against the real Strapi: deploys the
# bundle as a deployment serves it, then measures with Strapi up (scripts/strapi.sh run, which stops
# Strapi afterwards if it started it).
#   run-perf.sh BUNDLE_DIR [perf.mjs options]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=${1:?usage: run-perf.sh BUNDLE_DIR [options]}
shift

"$root/scripts/deploy-web.sh" "$bundle"
cd "$here"
exec "$root/scripts/strapi.sh" run node perf.mjs "$@"
