#!/usr/bin/env bash
# Runs every ImTokens test: installs what is missing (scripts/setup.sh), then configures, builds and
# runs ctest for each CMake preset, reusing the build trees under build/. Prints a summary at the end
# and exits non-zero if anything failed. Runs unattended (CI=true needs nothing else).
#
# Knobs (environment):
#   IMT_TEST_PRESETS  presets to run, in order (default: "native wasm")
#   IMT_TEST_ASAN     "core" (default): the core tests, fuzzing included, under ASan + UBSan (native-asan);
#                     "full": the whole native-asan tree; "0": none
#   IMT_JOBS          parallel build jobs (default: number of CPUs)
#   IMT_SKIP_SETUP=1  skip scripts/setup.sh (when you know everything is installed)
#   IMT_TEST_DB       "sqlite" (default outside CI) or "sqlite postgres" (the default when CI=true): after
#                     the presets, native_e2e and the browser suite run again against Strapi on a
#                     throw-away PostgreSQL (scripts/strapi.sh with IMT_DB=postgres, on port IMT_PG_PORT,
#                     default 1347)
#   IMT_TEST_PG_SUITE browser tests on PostgreSQL: "subset" (default: tokens, faults, CORS, the
#                     session ended elsewhere, and the database's name and text rules) or "all"
#   IMT_TEST_SOAK     cycles of scripts/soak.sh to run against the SQLite Strapi (default 20 when
#                     CI=true, else 0: none)
#   IMT_TEST_FUZZ     seconds per libFuzzer target (scripts/fuzz.sh; default 60 when CI=true, else 0)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

jobs=${IMT_JOBS:-$(nproc)}
read -r -a presets <<<"${IMT_TEST_PRESETS:-native wasm}"
asan=${IMT_TEST_ASAN:-core}
if [ "$asan" != 0 ] && [[ " ${presets[*]} " != *" native-asan "* ]]; then
  presets=("${presets[0]}" native-asan "${presets[@]:1}")
fi

log() { printf '\n[test] %s\n' "$*"; }
# A host that embeds the page from another origin: Strapi answers it (config/middlewares.js), and
# tests/e2e/cors.test.mjs checks that it does, as it checks that a foreign origin gets nothing. Only
# where this script starts Strapi itself: with --presets or --postgres-suite, Strapi is already up
# with whatever list it was given, and the test follows that (it skips the check without one).
case "${1:-}" in --presets | --postgres-suite) ;; *) export IMT_ALLOWED_ORIGINS=${IMT_ALLOWED_ORIGINS-http://127.0.0.1:9998} ;; esac
if [ "${CI:-}" = true ]; then test_db=${IMT_TEST_DB:-sqlite postgres}; else test_db=${IMT_TEST_DB:-sqlite}; fi
if [ "${CI:-}" = true ]; then soak_cycles=${IMT_TEST_SOAK:-20} fuzz_seconds=${IMT_TEST_FUZZ:-60}; else soak_cycles=${IMT_TEST_SOAK:-0} fuzz_seconds=${IMT_TEST_FUZZ:-0}; fi
# The presets run in a second process (see main); the total counts from the first one's start.
export IMT_TEST_STARTED_AT=${IMT_TEST_STARTED_AT:-$(date +%s)}
summary=()
highlights=()
failed=0

# Lines worth repeating from the test logs: Catch2's totals, the fixture count, the pictures' checks,
# the figures, and any test that could not run.
collect_highlights() { # preset
  local log_file="build/$1/Testing/Temporary/LastTest.log"
  [ -f "$log_file" ] || return 0
  while IFS= read -r line; do highlights+=("$1 $line"); done < <(
    awk '/^[0-9]+\/[0-9]+ Testing: / { test = $3 }
         /All tests passed|^test cases:|^assertions:|contract exchanges checked|drawn over the background|^NOT RUN: / ||
         /^ℹ (tests|pass|fail) |table drawn with|frame\(s\) after the click|while idle for|page files \(the bundle\)|everything \(/ {
           print test ": " $0 }' "$log_file")
}

# Everything runs from functions: bash has read all of it before the first step, so editing this
# file while the tests run cannot derail the run.
main() {
  log "set-up"
  if [ "${IMT_SKIP_SETUP:-0}" != 1 ] && ! "$root/scripts/setup.sh"; then
    echo "[test] set-up failed" >&2
    exit 1
  fi

  # One real Strapi for the whole run: the native app's libcurl flows and the browser tests share it.
  # scripts/strapi.sh runs the presets (this script again, with --presets) with it up, and stops it
  # afterwards if it started it; 125 says it could not start.
  log "starting Strapi for the end-to-end tests"
  local status=0
  "$root/scripts/strapi.sh" run "$BASH" "$root/scripts/test.sh" --presets || status=$?
  [ "$status" = 125 ] || exit "$status"
  summary+=("strapi       start FAILED: the end-to-end tests cannot run")
  failed=1
  run_presets
}

# Configures, builds and tests each preset, prints the summary and exits with the result.
run_presets() {
  for preset in "${presets[@]}"; do
    step_start=$SECONDS
    log "$preset: configure"
    if ! cmake --preset "$preset"; then
      summary+=("$(printf '%-12s configure FAILED' "$preset")")
      failed=1
      continue
    fi
    log "$preset: build (-j$jobs)"
    targets=() filter=()
    if [ "$preset" = native-asan ] && [ "$asan" = core ]; then targets=(--target core_tests) filter=(-R '^(core_tests|contract_fixtures)$'); fi
    if ! cmake --build --preset "$preset" -j "$jobs" "${targets[@]}"; then
      summary+=("$(printf '%-12s build FAILED after %ds' "$preset" $((SECONDS - step_start)))")
      failed=1
      continue
    fi
    build_seconds=$((SECONDS - step_start))
    log "$preset: ctest"
    test_start=$SECONDS
    ctest_output="build/$preset/ctest-output.txt"
    ctest --preset "$preset" "${filter[@]}" 2>&1 | tee "$ctest_output"
    ctest_status=${PIPESTATUS[0]}
    collect_highlights "$preset"
    result=$(grep -E 'tests passed, [0-9]+ tests failed out of' "$ctest_output" | tail -1)
    [ -n "$result" ] || result="ctest did not run"
    [ "$ctest_status" = 0 ] || failed=1
    test_seconds=$((SECONDS - test_start))
    summary+=("$(printf '%-12s built in %4ds, tested in %4ds: %s' "$preset" "$build_seconds" "$test_seconds" "$result")")
  done
  if [ "$soak_cycles" != 0 ]; then run_soak; fi
  if [[ " $test_db " == *" postgres "* ]]; then run_on_postgres; fi
  if [ "$fuzz_seconds" != 0 ]; then run_fuzz; fi

  printf '\n===================== ImTokens test summary =====================\n'
  printf '%s\n' "${summary[@]}"
  if [ "${#highlights[@]}" -gt 0 ]; then
    printf -- '-----------------------------------------------------------------\n'
    printf '%s\n' "${highlights[@]}"
  fi
  printf -- '-----------------------------------------------------------------\n'
  printf 'screenshots: build/screenshots/\n'
  if [ "$failed" = 0 ]; then
    printf 'RESULT: PASS in %ds\n' $(($(date +%s) - IMT_TEST_STARTED_AT))
  else
    printf 'RESULT: FAIL in %ds\n' $(($(date +%s) - IMT_TEST_STARTED_AT))
  fi
  exit "$failed"
}

# A short soak (scripts/soak.sh) against the SQLite Strapi that is up: memory flat, no key left.
run_soak() {
  local start=$SECONDS status=0
  if [ ! -f build/wasm/app/imtokens-app.wasm ]; then
    summary+=("$(printf '%-12s NOT RUN: no web bundle (the wasm preset did not build)' soak)")
    failed=1
    return
  fi
  log "soak: $soak_cycles cycles (scripts/soak.sh)"
  "$root/scripts/soak.sh" "$soak_cycles" 2>&1 | tee build/soak-output.txt
  status=${PIPESTATUS[0]}
  while IFS= read -r line; do highlights+=("soak: $line"); done < <(grep -E '^\[soak\] (growth|none of|console errors|FAIL)' build/soak-output.txt)
  local outcome=PASS
  [ "$status" = 0 ] || { outcome="FAIL (status $status)"; failed=1; }
  summary+=("$(printf '%-12s tested in %4ds: %s (%s cycles)' soak $((SECONDS - start)) "$outcome" "$soak_cycles")")
}

# Each libFuzzer target for a while (scripts/fuzz.sh): a crash fails the run; no libFuzzer skips it.
run_fuzz() {
  local start=$SECONDS status=0
  log "fuzz: each target for ${fuzz_seconds}s (scripts/fuzz.sh)"
  "$root/scripts/fuzz.sh" "$fuzz_seconds" 2>&1 | tee build/fuzz-output.txt
  status=${PIPESTATUS[0]}
  while IFS= read -r line; do highlights+=("fuzz: $line"); done < <(grep -E '^(fuzz_[a-z]+ |target )' build/fuzz-output.txt)
  local outcome=PASS
  case "$status" in
    0) ;;
    3) outcome="SKIPPED: $(grep -o 'SKIPPED: .*' build/fuzz-output.txt | head -1 | cut -c10-)" ;;
    *) outcome="FAIL (status $status)"; failed=1 ;;
  esac
  summary+=("$(printf '%-12s ran in %4ds: %s (%ss per target)' fuzz $((SECONDS - start)) "$outcome" "$fuzz_seconds")")
}

# The end-to-end tests once more, against Strapi on a throw-away PostgreSQL cluster of its own (the
# SQLite instance keeps running on its port meanwhile).
run_on_postgres() {
  local start=$SECONDS status=0
  log "postgres: native_e2e and the browser tests against Strapi on PostgreSQL"
  IMT_DB=postgres PORT=${IMT_PG_PORT:-1347} "$root/scripts/strapi.sh" run "$BASH" "$root/scripts/test.sh" --postgres-suite ||
    status=$?
  [ "$status" = 0 ] || failed=1
  local outcome=PASS
  [ "$status" = 0 ] || outcome="FAIL (status $status)"
  [ "$status" != 125 ] || outcome="FAIL: Strapi on PostgreSQL did not start"
  summary+=("$(printf '%-12s tested in %4ds: %s (browser tests: %s)' postgres $((SECONDS - start)) "$outcome" "${IMT_TEST_PG_SUITE:-subset}")")
}

# Runs with Strapi on PostgreSQL up (IMT_STRAPI_URL set): whatever the presets built.
postgres_suite() {
  local status=0
  if [ -f build/native/CTestTestfile.cmake ]; then
    ctest --test-dir build/native -R '^native_e2e$' --output-on-failure || status=1
  fi
  if [ -f build/wasm/app/imtokens-app.wasm ]; then
    local files=()
    # The whole suite takes about as long again as on SQLite; tokens and faults cover every write and
    # the unanswered ones, database-rules the names and texts PostgreSQL treats otherwise.
    [ "${IMT_TEST_PG_SUITE:-subset}" = all ] ||
      files=(tokens.test.mjs faults.test.mjs cors.test.mjs session-revoked.test.mjs database-rules.test.mjs)
    IMT_SCREENSHOT_DIR="$root/build/screenshots/postgres" "$root/tests/e2e/run-e2e.sh" build/wasm/app "${files[@]}" || status=1
  fi
  return "$status"
}

case "${1:-}" in
  --presets) run_presets ;;
  --postgres-suite) postgres_suite ;;
  *) main ;;
esac
