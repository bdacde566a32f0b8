#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests that run the campaign store
# on PostgreSQL (ctest fixture "postgres", tests/CMakeLists.txt).
#
#   postgres-for-tests.sh start STATE_DIR   prints the connection URL
#   postgres-for-tests.sh stop STATE_DIR    stops it and removes its data folder
#
# Installs nothing (scripts/install-debian-packages.sh installs `postgresql`).
# Without PostgreSQL's binaries `start` says so and exits 77, ctest's "skipped".
#
# The server: a fresh data folder (mktemp -d, owned by the `postgres` system
# user when run as root: PostgreSQL refuses to run as root), listening only
# on 127.0.0.1 on a free port, its unix socket inside the data folder, with
# password (SCRAM) logins over TCP for the role `puerta`. The password is in
# STATE_DIR/pgpass (0600), which the tests name in PGPASSFILE: the URL never
# holds it, as the README asks organizers to do. STATE_DIR/url holds the URL
# of an empty database `puerta`; STATE_DIR/admin_url the superuser's
# (over the socket), with which a test makes a database of its own.
set -euo pipefail

action=${1:-} state=${2:-}
[ -n "$action" ] && [ -n "$state" ] || { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }
bin=${PUERTA_POSTGRES_BIN:-/usr/lib/postgresql/15/bin}

# Runs a PostgreSQL program as the unprivileged owner of the data folder.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  [ -f "$state/datadir" ] || return 0
  local data
  data=$(cat "$state/datadir")
  if [ -f "$data/cluster/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$data/cluster" -m fast -w -t 30 stop >/dev/null || true
  fi
  # Only the folder this script made (its path was recorded at start).
  case "$data" in */puerta-postgres.*) rm -rf "$data" ;; esac
  rm -f "$state/datadir" "$state/url" "$state/admin_url" "$state/pgpass"
}

start() {
  if [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ] || [ ! -x "$bin/pg_isready" ]; then
    echo "postgres-for-tests: no PostgreSQL 15 in $bin (apt-get install postgresql): PostgreSQL tests skipped"
    exit 77
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "postgres-for-tests: running as root, but there is no 'postgres' user to run the server as" >&2
    exit 1
  fi
  stop  # a server left by an interrupted run
  mkdir -p "$state"
  local data password port
  data=$(mktemp -d "${TMPDIR:-/tmp}/puerta-postgres.XXXXXX")
  echo "$data" > "$state/datadir"
  # mktemp -d made it 0700: only its owner (and root, who runs the tests in CI)
  # reaches the socket inside, where logins need no password.
  [ "$(id -u)" -ne 0 ] || chown postgres: "$data"
  password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" | as_owner sh -c "umask 077; cat > '$data/password'"  # never on a command line
  as_owner "$bin/initdb" -D "$data/cluster" -U puerta --pwfile="$data/password" --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C >"$state/initdb.log" 2>&1 \
    || { cat "$state/initdb.log" >&2; stop; exit 1; }
  # fsync=off: a test server's data is thrown away, durability only costs time.
  # A free port: the kernel names one; another program may take it before the
  # server binds it, so a failed start tries again with another.
  local tries
  for tries in 1 2 3 4 5; do
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if as_owner "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off" start >/dev/null; then
      break
    fi
    [ "$tries" -lt 5 ] || { cat "$data/server.log" >&2; stop; exit 1; }
  done
  # pg_ctl -w waited for the socket; pg_isready (each try waits up to 1 s
  # for an answer) proves the TCP port answers too.
  local tries_left=30
  until "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1; do
    tries_left=$((tries_left - 1))
    [ "$tries_left" -gt 0 ] || { echo "postgres-for-tests: no answer on 127.0.0.1:$port" >&2; stop; exit 1; }
  done
  (umask 077; echo "127.0.0.1:$port:*:puerta:$password" > "$state/pgpass")
  echo "postgresql://puerta@127.0.0.1:$port/postgres?host=$data" > "$state/admin_url"
  "$bin/psql" -q -v ON_ERROR_STOP=1 "$(cat "$state/admin_url")" -c "CREATE DATABASE puerta" >/dev/null
  echo "postgresql://puerta@127.0.0.1:$port/puerta" | tee "$state/url"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
