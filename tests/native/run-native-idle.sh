#!/usr/bin/env bash
# Idle check: the desktop app, signed in and showing the list, left alone on a virtual display, must
# sleep rather than redraw. Measures the CPU time it uses over an idle window.
# Usage: run-native-idle.sh XVFB APP REPLAY_SERVER CONTRACT_DIR NODE
set -euo pipefail
xvfb=$1 app=$2 replay_server=$3 contract_dir=$4 node=$5
idle_seconds=5
budget_percent=3

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

wait_for_file() { for _ in $(seq 1 100); do [ -s "$1" ] && return 0; sleep 0.1; done; return 1; }

"$replay_server" --port-file "$work/port" >"$work/server.log" 2>&1 &
pids+=($!)
wait_for_file "$work/port" || { echo "the replay server did not start"; exit 1; }

"$xvfb" -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
pids+=($!)
wait_for_file "$work/display" || { echo "Xvfb did not start"; cat "$work/xvfb.log"; exit 1; }

: >"$work/app.log"
login="$contract_dir/008-login.json"
field() { "$node" -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).request.body[process.argv[2]])' "$login" "$1"; }
IMTOKENS_PASSWORD=$(field password) DISPLAY=":$(cat "$work/display")" \
  "$app" --url "http://127.0.0.1:$(cat "$work/port")" --email "$(field email)" --verbose 2>"$work/app.log" &
app_pid=$!
pids=("$app_pid" "${pids[@]}")

# Signed in and listed: the list request has been answered.
for _ in $(seq 1 100); do grep -q "GET /admin/api-tokens -> 200" "$work/app.log" && break; sleep 0.1; done
grep -q "GET /admin/api-tokens -> 200" "$work/app.log" || { echo "the app did not load the list"; cat "$work/app.log"; exit 1; }

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app_pid/stat"; }

# Settled: after the short settling time that follows the last change, the app stops drawing, and its
# CPU time stands still. Wait for that (half a second without a tick), within a few seconds.
settled=0
last=$(cpu_ticks) still=0
for _ in $(seq 1 50); do
  sleep 0.1
  kill -0 "$app_pid" 2>/dev/null || { echo "the app exited"; cat "$work/app.log"; exit 1; }
  now=$(cpu_ticks)
  if [ "$now" = "$last" ]; then still=$((still + 1)); else still=0; fi
  last=$now
  if [ "$still" -ge 5 ]; then settled=1; break; fi
done
[ "$settled" = 1 ] || { echo "the app was still drawing 5 s after the list loaded"; cat "$work/app.log"; exit 1; }

before=$(cpu_ticks)
sleep "$idle_seconds"
after=$(cpu_ticks)
kill -0 "$app_pid" || { echo "the app exited"; cat "$work/app.log"; exit 1; }
ticks_per_second=$(getconf CLK_TCK)
percent=$(( (after - before) * 100 / (ticks_per_second * idle_seconds) ))
echo "idle CPU over ${idle_seconds}s: $((after - before)) ticks (${percent}% of a core; budget ${budget_percent}%)"
[ "$percent" -le "$budget_percent" ]
