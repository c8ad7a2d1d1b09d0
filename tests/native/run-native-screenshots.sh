#!/usr/bin/env bash
# Renders the desktop app on a virtual X display against the contract replay server, one scene per
# run, saves OUT_DIR/native-<scene>.png and checks the pictures.
# Usage: run-native-screenshots.sh XVFB_RUN APP REPLAY_SERVER CONTRACT_DIR OUT_DIR NODE CHECKER SET_XFT_DPI
set -euo pipefail
xvfb_run=$1 app=$2 replay_server=$3 contract_dir=$4 out_dir=$5 node=$6 checker=$7 set_xft_dpi=$8
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
failed=()
shoot() { # NAME WIDTHxHEIGHT [app options...]
  local name=$1 size=$2
  shift 2
  local file="$out_dir/native-$name.png"
  rm -f "$file"
  # A scene that fails is reported at the end; the others still run so every picture can be looked at.
  # A window taller than the virtual screen still renders whole (the back buffer is read).
  if "$xvfb_run" -a -s "-screen 0 ${screen}x24" \
    "$app" --url "$url" --now "$now" --size "$size" --screenshot "$file" --frames 3 "$@"; then
    names+=("$name=$size")
  else
    failed+=("$name")
  fi
}

screen=1280x800
tall=1280x1400 # the create form with its permissions panel below the details
# Views that only read come first; the banner scene creates a token on the replay server.
shoot list-light "$screen" --email "$email" --theme light
shoot list-dark "$screen" --email "$email" --theme dark
shoot list-french "$screen" --email "$email" --locale fr
shoot login "$screen" # no credentials: the login screen
shoot create-custom "$tall" --email "$email" --scene create-custom
shoot create-custom-dark "$tall" --email "$email" --scene create-custom --theme dark
shoot edit "$screen" --email "$email" --scene edit
shoot delete-dialog "$screen" --email "$email" --scene delete-dialog
shoot regenerate-dialog "$screen" --email "$email" --scene regenerate-dialog
shoot banner "$screen" --email "$email" --scene banner

# HiDPI: with Xft.dpi 192 the app opens its 800x500 (logical) window at 1600x1000 pixels and
# rasterises its fonts at twice the size. -noreset keeps the setting after the setter disconnects.
hidpi="$out_dir/native-hidpi-edit.png"
rm -f "$hidpi"
if "$xvfb_run" -a -s "-screen 0 1600x1000x24 -noreset" sh -c '"$1" 192 && shift && exec "$@"' sh \
  "$set_xft_dpi" "$app" --url "$url" --now "$now" --size 800x500 --screenshot "$hidpi" --email "$email" --scene edit; then
  names+=("hidpi-edit=1600x1000")
else
  failed+=("hidpi-edit")
fi
checked=0
if [ "${#names[@]}" -gt 0 ]; then "$node" "$checker" "$out_dir" "${names[@]}" || checked=$?; fi
if [ "${#failed[@]}" -gt 0 ]; then
  echo "the app failed to render: ${failed[*]}"
  exit 1
fi
exit "$checked"
