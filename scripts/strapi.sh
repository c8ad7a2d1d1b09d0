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
#
# Environment:
#   PORT               Strapi's port (default 1337)
#   IMT_DB             sqlite (default) or postgres: a throw-away PostgreSQL cluster (Debian's
#                      postgresql, /usr/lib/postgresql/*/bin) in a temporary directory, on 127.0.0.1
#                      and a free port, trust authentication on 127.0.0.1 only; `stop` (or the end of
#                      `run`) stops it and removes it
#   IMT_STRAPI_STATE   the directory for the pid, log, SQLite file and session.json (default
#                      backend/.tmp; backend/.tmp/postgres for IMT_DB=postgres), so two instances on
#                      two ports keep apart
#   IMT_ALLOWED_ORIGINS  origins besides Strapi's own that get CORS answers (config/middlewares.js)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
backend="$root/backend"
db=${IMT_DB:-sqlite}
case "$db" in
  sqlite) default_state="$backend/.tmp" ;;
  postgres) default_state="$backend/.tmp/postgres" ;;
  *) echo "IMT_DB must be sqlite or postgres, not '$db'" >&2; exit 2 ;;
esac
tmp="${IMT_STRAPI_STATE:-$default_state}"
pidfile="$tmp/strapi.pid"
logfile="$tmp/strapi.log"
pg_dirfile="$tmp/postgres.dir" # where this instance's cluster lives, while it runs

export HOST=127.0.0.1
export PORT="${PORT:-1337}"
export STRAPI_TELEMETRY_DISABLED=true
if [ "$tmp" != "$backend/.tmp" ]; then
  export DATABASE_FILENAME="$tmp/data.db" IMT_STRAPI_SESSION="$tmp/session.json"
fi
base="http://$HOST:$PORT"
strapi_cmd=(node node_modules/@strapi/strapi/bin/strapi.js start)

log() { printf '[strapi] %s\n' "$*"; }

# --- PostgreSQL (IMT_DB=postgres) ---------------------------------------------------------------
pg_bin() {
  local dir
  dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -1)
  [ -x "$dir/initdb" ] || { log "PostgreSQL is not installed (Debian package postgresql): run scripts/setup.sh"; return 1; }
  printf '%s\n' "$dir"
}
# initdb and the server refuse to run as root: as root they run as Debian's postgres user.
as_pg_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

pg_start() {
  local bin dir port
  bin=$(pg_bin) || return 1
  dir=$(mktemp -d /tmp/imtokens-pg.XXXXXX)
  echo "$dir" >"$pg_dirfile"
  [ "$(id -u)" != 0 ] || chown postgres: "$dir"
  port=$(free_port)
  log "PostgreSQL: a throw-away cluster in $dir on 127.0.0.1:$port"
  as_pg_owner "$bin/initdb" -D "$dir/data" -U strapi --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; return 1; }
  # Trust, on loopback only: no socket file outside the cluster's own directory, no other host.
  printf 'host all strapi 127.0.0.1/32 trust\n' >"$dir/data/pg_hba.conf"
  as_pg_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >/dev/null ||
    { cat "$dir/server.log" >&2; return 1; }
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U strapi imtokens
  export DATABASE_CLIENT=postgres DATABASE_HOST=127.0.0.1 DATABASE_PORT=$port DATABASE_NAME=imtokens DATABASE_USERNAME=strapi
}

pg_stop() {
  [ -f "$pg_dirfile" ] || return 0
  local bin dir
  dir=$(cat "$pg_dirfile")
  if [ -d "$dir/data" ] && bin=$(pg_bin); then
    as_pg_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  case "$dir" in /tmp/imtokens-pg.*) rm -rf "$dir" ;; esac
  rm -f "$pg_dirfile"
  log "PostgreSQL cluster stopped and removed"
}

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
  if [ "$db" = postgres ]; then
    pg_stop # a cluster left by an earlier instance of this state directory
    if ! pg_start; then
      pg_stop
      exit 1
    fi
  fi
  log "starting on $base with $db (log: $logfile)"
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
  pg_stop
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
  if [ "$db" = postgres ]; then pg_stop; pg_start || { pg_stop; exit 1; }; fi
  (cd "$backend" && exec "${strapi_cmd[@]}") &
  pid=$!
  echo "$pid" >"$pidfile"
  # shellcheck disable=SC2064 # the pid is fixed now
  trap "stop_pid $pid; rm -f '$pidfile'; pg_stop; exit 130" INT TERM
  if wait_healthy "$pid"; then
    bootstrap || log "bootstrap failed; Strapi keeps running"
    log "Strapi runs on $base; Ctrl+C stops it"
  fi
  local rc=0
  wait "$pid" || rc=$?
  rm -f "$pidfile"
  pg_stop
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
