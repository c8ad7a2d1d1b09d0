#!/usr/bin/env bash
# Renders the desktop app on a virtual X display against the contract replay server, one scene per
# run, saves OUT_DIR/native-<scene>.png and checks the pictures.
# Usage: run-native-screenshots.sh XVFB_RUN APP REPLAY_SERVER CONTRACT_DIR OUT_DIR NODE CHECKER
set -euo pipefail
xvfb_run=$1 app=$2 replay_server=$3 contract_dir=$4 out_dir=$5 node=$6 checker=$7
size_w=1280 size_h=800
# A fixed clock, a few hours after the contract was recorded: stable dates and expiry badges.
now=2026-11-28T09:00:00.000Z

work=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$replay_server" --port-file "$work/port" --now "$now" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.1; done
[ -s "$work/port" ] || { echo "the replay server did not start"; cat "$work/server.log"; exit 1; }
url="http://127.0.0.1:$(cat "$work/port")"

# The recorded admin signs in through the app's own login request, as a user would.
login="$contract_dir/008-login.json"
email=$("$node" -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).request.body.email)' "$login")
export IMTOKENS_PASSWORD
IMTOKENS_PASSWORD=$("$node" -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).request.body.password)' "$login")

mkdir -p "$out_dir"
names=()
shoot() { # NAME [app options...]
  local name=$1
  shift
  local file="$out_dir/native-$name.png"
  rm -f "$file"
  "$xvfb_run" -a -s "-screen 0 ${size_w}x${size_h}x24" \
    "$app" --url "$url" --now "$now" --size "${size_w}x${size_h}" --screenshot "$file" --frames 3 "$@"
  names+=("$name")
}

shoot list-light --email "$email" --theme light
shoot list-dark --email "$email" --theme dark
shoot create-custom --email "$email" --scene create-custom
shoot create-custom-dark --email "$email" --scene create-custom --theme dark
shoot banner --email "$email" --scene banner
shoot edit --email "$email" --scene edit
shoot delete-dialog --email "$email" --scene delete-dialog
shoot regenerate-dialog --email "$email" --scene regenerate-dialog
shoot list-french --email "$email" --locale fr
shoot login # no credentials: the login screen
"$node" "$checker" "$size_w" "$size_h" "$out_dir" "${names[@]}"
