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

if [ "${1:-}" = --presets ]; then run_presets; else main; fi
