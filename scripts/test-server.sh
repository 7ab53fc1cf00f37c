#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (docs/server.md, "Tests"): initdb and pg_ctl
# from Debian's postgresql package, on 127.0.0.1 at a free port, in a folder of its own.
#
#   scripts/test-server.sh start DIR   prints the variables the tests read (eval its output)
#   scripts/test-server.sh stop DIR    stops the cluster and removes DIR
#
# PostgreSQL refuses to run as root: as root the cluster runs as the postgres system user.
# Logins use passwords (scram-sha-256) on TCP only, so the tests meet the same authentication
# as a real server; the administrator's password is in a pgpass file (PGPASSFILE), never on a
# command line. fsync is off: the cluster lives for one test run.
set -euo pipefail

cmd="${1:-}"
dir="${2:-}"
if [ -z "$cmd" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "test-server.sh: PostgreSQL's initdb not found (package postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$cmd" in
start)
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    data="$dir/data"
    secret="$(head -c 18 /dev/urandom | base64 | tr '+/' 'xy')"
    printf '%s\n' "$secret" >"$dir/pwfile"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$dir"
        chmod 700 "$dir"
    fi
    as_owner "$bin/initdb" -D "$data" -U sr_admin --pwfile="$dir/pwfile" -A scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 --lc-collate=C --lc-ctype=C.UTF-8 >"$dir/initdb.log" 2>&1
    rm -f "$dir/pwfile"
    # A free port: ask the kernel for one, then let PostgreSQL take it.
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    cat >>"$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 128MB
CONF
    as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start >/dev/null
    printf '127.0.0.1:%s:*:sr_admin:%s\n' "$port" "$secret" >"$dir/pgpass"
    chmod 600 "$dir/pgpass"
    [ "$(id -u)" -eq 0 ] && chown "$(id -u):$(id -g)" "$dir/pgpass"
    echo "export PGPASSFILE='$dir/pgpass'"
    echo "export SAFERETURN_TEST_SERVER='postgresql://sr_admin@127.0.0.1:$port/postgres?sslmode=disable'"
    echo "export SAFERETURN_TEST_SERVER_DIR='$dir'"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
