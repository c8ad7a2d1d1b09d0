#!/usr/bin/env bash
# Runs the local Strapi backend (backend/) on 127.0.0.1:${PORT:-1337}.
#   start       start in the background, wait until healthy, then run the bootstrap
#   stop        stop the background instance
#   status      say whether it runs and answers
#   foreground  run attached to this terminal (Ctrl+C stops it)
#   run CMD...  start it unless it runs, run CMD with IMT_STRAPI_URL set to its address, then stop it
#               again if this call started it; exits with CMD's status, or 125 if Strapi did not start
# A JavaScript Strapi project needs no build for `strapi start`, and the admin UI is not
# served (config/admin.js), so nothing is built here.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
backend="$root/backend"
tmp="$backend/.tmp"
pidfile="$tmp/strapi.pid"
logfile="$tmp/strapi.log"

export HOST=127.0.0.1
export PORT="${PORT:-1337}"
export STRAPI_TELEMETRY_DISABLED=true
base="http://$HOST:$PORT"
strapi_cmd=(node node_modules/@strapi/strapi/bin/strapi.js start)

log() { printf '[strapi] %s\n' "$*"; }

healthy() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/_health" || true)" = 204 ]; }

running_pid() { # prints the pid of our background instance if it is alive
  [ -f "$pidfile" ] || return 1
  local pid
  pid=$(cat "$pidfile")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && printf '%s\n' "$pid"
}

prepare() {
  if [ ! -f "$backend/node_modules/@strapi/strapi/bin/strapi.js" ]; then
    log "backend dependencies are missing: run scripts/setup.sh first"
    exit 1
  fi
  mkdir -p "$tmp"
  node "$backend/scripts/ensure-env.mjs"
}

wait_healthy() { # pid

  for _ in $(seq 1 120); do
    if healthy; then return 0; fi
    if ! kill -0 "$1" 2>/dev/null; then
      log "Strapi exited during start-up"
      return 1
    fi
    sleep 1
  done
  log "Strapi did not become healthy within 120 s"
  return 1
}

bootstrap() { STRAPI_URL="$base" node "$backend/scripts/bootstrap.mjs"; }

cmd_start() {
  local pid
  if pid=$(running_pid); then
    log "already running (pid $pid) on $base"
    bootstrap
    return
  fi
  if healthy; then
    log "something else already answers on $base; not starting a second instance"
    exit 1
  fi
  prepare
  log "starting on $base (log: $logfile)"
  (cd "$backend" && exec setsid nohup "${strapi_cmd[@]}" >>"$logfile" 2>&1 </dev/null) &
  pid=$!
  echo "$pid" >"$pidfile"
  if ! wait_healthy "$pid"; then
    tail -n 30 "$logfile" >&2
    cmd_stop >/dev/null
    exit 1
  fi
  log "healthy (pid $pid)"
  bootstrap
}

stop_pid() { # pid
  local pid=$1
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  log "pid $pid ignored SIGTERM for 20 s; sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
}

cmd_stop() {
  local pid
  if pid=$(running_pid); then
    log "stopping pid $pid"
    stop_pid "$pid"
    log "stopped"
  else
    log "not running"
  fi
  rm -f "$pidfile"
}

cmd_status() {
  local pid
  if pid=$(running_pid); then
    if healthy; then log "running (pid $pid) and healthy on $base"; else log "running (pid $pid) but $base/_health does not answer"; fi
  elif healthy; then
    log "not started by this script, but something answers on $base"
  else
    log "not running"
    return 3
  fi
}

cmd_foreground() {
  local pid
  if pid=$(running_pid); then
    log "already running in the background (pid $pid); use '$0 stop' first"
    exit 1
  fi
  prepare
  (cd "$backend" && exec "${strapi_cmd[@]}") &
  pid=$!
  echo "$pid" >"$pidfile"
  # shellcheck disable=SC2064 # the pid is fixed now
  trap "stop_pid $pid; rm -f '$pidfile'; exit 130" INT TERM
  if wait_healthy "$pid"; then
    bootstrap || log "bootstrap failed; Strapi keeps running"
    log "Strapi runs on $base; Ctrl+C stops it"
  fi
  local rc=0
  wait "$pid" || rc=$?
  rm -f "$pidfile"
  return "$rc"
}

cmd_run() { # CMD...
  local started=0 rc=0
  running_pid >/dev/null || started=1
  # A trap, so that a failed or interrupted (Ctrl+C) run also stops what it started.
  # shellcheck disable=SC2064 # whether this call started Strapi is fixed now
  trap "if [ $started = 1 ]; then cmd_stop; fi" EXIT
  if ! (cmd_start); then
    log "could not start Strapi on $base; not running: $*"
    return 125
  fi
  IMT_STRAPI_URL="$base" "$@" || rc=$?
  return "$rc"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  foreground) cmd_foreground ;;
  restart) cmd_stop && cmd_start ;;
  run)
    shift
    [ "$#" -gt 0 ] || { echo "usage: $0 run CMD [ARG...]" >&2; exit 2; }
    cmd_run "$@"
    ;;
  *)
    echo "usage: $0 start|stop|status|foreground|restart|run CMD [ARG...]" >&2
    exit 2
    ;;
esac
