#!/usr/bin/env bash
# Prints the web page's performance figures (tests/e2e/perf.mjs) against the real Strapi, which it
# starts (and stops again) if it is not running.
#   run-perf.sh BUNDLE_DIR [perf.mjs options]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=${1:?usage: run-perf.sh BUNDLE_DIR [options]}
shift
started=0
if ! "$root/scripts/strapi.sh" status >/dev/null 2>&1; then started=1; fi
stop() { if [ "$started" = 1 ]; then "$root/scripts/strapi.sh" stop || true; fi; }
trap stop EXIT
"$root/scripts/strapi.sh" start
"$root/scripts/deploy-web.sh" "$bundle"
cd "$here"
node perf.mjs "$@"
