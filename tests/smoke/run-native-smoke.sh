#!/usr/bin/env bash
# Runs the native smoke app on a virtual X display, then checks the screenshot it wrote.
# Usage: run-native-smoke.sh XVFB_RUN SMOKE_APP SCREENSHOT NODE CHECK_PNG
set -euo pipefail
xvfb_run=$1 app=$2 screenshot=$3 node=$4 check_png=$5
mkdir -p "$(dirname "$screenshot")"
rm -f "$screenshot"
"$xvfb_run" -a -s "-screen 0 1280x800x24" "$app" --screenshot "$screenshot" --frames 3
"$node" "$check_png" "$screenshot"
