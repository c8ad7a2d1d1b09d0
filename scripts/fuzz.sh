#!/usr/bin/env bash
# Builds the core's libFuzzer targets with clang (-fsanitize=fuzzer,address,undefined) in build/fuzz,
# seeds their corpora from the recorded Strapi exchanges (the catalogue reader's from the shipped
# message catalogues), runs each for [seconds] (default 60) and prints executions, coverage and
# crashes. Exits 1 when any target crashed, 2 when they could not be built, 3 when clang or its
# libFuzzer is missing (scripts/test.sh reports that as skipped).
# Crash inputs are kept in build/fuzz/crashes/<target>/; turn each into a test in tests/core.
#   IMT_JOBS  parallel build jobs (default 2)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
build="$root/build/fuzz"
contract="$root/tests/contract/strapi-5.54.0"
log() { printf '[fuzz] %s\n' "$*"; }

cxx=$(command -v clang++-14 || command -v clang++ || true)
cc=$(command -v clang-14 || command -v clang || true)
if [ -z "$cxx" ] || [ -z "$cc" ]; then
  log "SKIPPED: clang is missing (Debian package clang-14): run scripts/setup.sh"
  exit 3
fi
# clang without its runtime libraries links no fuzzer: say so rather than fail in the build.
mkdir -p "$build"
if ! printf 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }\n' |
  "$cxx" -x c++ -fsanitize=fuzzer,address,undefined -o "$build/libfuzzer-probe" - >/dev/null 2>&1; then
  log "SKIPPED: clang's libFuzzer is missing (Debian package libclang-rt-14-dev): run scripts/setup.sh"
  exit 3
fi

log "configuring and building with $cxx"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" -DIMT_FUZZ=ON -DBUILD_TESTING=OFF >"$build.configure.log" 2>&1 ||
  { cat "$build.configure.log"; exit 2; }
cmake --build "$build" --target fuzz_decoders fuzz_update fuzz_catalogue -j "${IMT_JOBS:-2}" || exit 2

# Seeds: each recorded answer as "<status><body>" (fuzz/fuzz_input.hpp) for the decoders; for
# update(), byte strings that pick actions and recorded answers from the first bytes on.
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds/fuzz_decoders" "$seeds/fuzz_update" "$seeds/fuzz_catalogue"
# The message catalogues as shipped, for the catalogue reader.
cp "$root"/assets/locales/*.json "$seeds/fuzz_catalogue/"
python3 - "$contract" "$seeds" <<'PY'
import json, pathlib, sys, random
contract, seeds = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
files = sorted(p for p in contract.glob("[0-9][0-9][0-9]-*.json"))
for i, path in enumerate(files):
    response = json.loads(path.read_text())["response"]
    body = response.get("body")
    text = body if isinstance(body, str) else ("" if body is None else json.dumps(body))
    (seeds / "fuzz_decoders" / path.stem).write_bytes(b"%03d" % response["status"] + text.encode())
    (seeds / "fuzz_update" / path.stem).write_bytes(random.Random(i).randbytes(256))
print(f"[fuzz] {len(files)} recorded exchanges seeded")
PY

status=0
printf '\n%-15s %12s %8s %8s %8s %8s\n' target executions cov ft corpus crashes
for target in fuzz_decoders fuzz_update fuzz_catalogue; do
  dict="$root/fuzz/strapi.dict"
  [ "$target" != fuzz_catalogue ] || dict="$root/fuzz/catalogue.dict"
  corpus="$build/corpus/$target"
  crashes="$build/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  "$build/fuzz/$target" "$corpus" "$seeds/$target" -dict="$dict" \
    -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$crashes/" -close_fd_mask=1 \
    >"$build/$target.log" 2>&1
  rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/$target.log" | grep -o '[0-9]*$' | tail -1)
  last=$(grep -E '^#[0-9]+' "$build/$target.log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*')
  ft=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*')
  corp=$(grep -o 'corp: [0-9]*' <<<"$last" | grep -o '[0-9]*')
  found=$(find "$crashes" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  printf '%-15s %12s %8s %8s %8s %8s\n' "$target" "${runs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$found"
  if [ "$rc" != 0 ] || [ "$found" != 0 ]; then
    status=1
    log "$target: exit $rc, log $build/$target.log"
  fi
done
exit $status
