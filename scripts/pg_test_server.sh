#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server on loopback for the store's tests.
#
#   eval "$(scripts/pg_test_server.sh start DIR)"   # sets CORDON_TEST_POSTGRES_URL
#   scripts/pg_test_server.sh stop DIR
#
# The cluster lives in DIR (created by initdb, trust authentication, listening on 127.0.0.1
# only, on a free port) and is owned by the `postgres` user when run as root (the server refuses
# to run as root). Prints nothing and exits 0 when PostgreSQL 15 is not installed, so that the
# tests skip their PostgreSQL half with a message.
set -euo pipefail
action=${1:?usage: pg_test_server.sh start|stop DIR}
dir=${2:?usage: pg_test_server.sh start|stop DIR}
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || { echo "pg_test_server: PostgreSQL 15 is not installed" >&2; exit 0; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 >"$dir/initdb.log" 2>&1
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null ||
           echo $((20000 + RANDOM % 20000)))
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
    echo "export CORDON_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg_test_server.sh start|stop DIR" >&2; exit 2 ;;
esac
