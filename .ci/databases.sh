#!/usr/bin/env bash
# Real database servers for the engine tests: PostgreSQL and MariaDB on 127.0.0.1 (ports 5432 and
# 3306), each with a non-superuser role `deepfix` (password `deepfix`) owning a database `deepfix`.
#
#   .ci/databases.sh start   # installs the Debian packages when missing, starts what is not running,
#                            # prints `export DEEPFIX_TEST_POSTGRES_URL=... DEEPFIX_TEST_MYSQL_URL=...`
#                            # and, for each server it started itself, its name in DEEPFIX_DB_STARTED
#   .ci/databases.sh stop [postgres] [mysql]   # stops the named servers (default: both) if this
#                                              # script's data folders run them
#
# Idempotent: a server already answering on its port is reused (not restarted), the role and the
# database are created only when missing, and a lock keeps two callers from starting one twice.
# Data lives under $DEEPFIX_DB_DIR (default /tmp/deepfix-databases); the admin side of each server
# is reachable only through a unix socket in that folder (root / postgres), never over TCP.
set -euo pipefail
DIR=${DEEPFIX_DB_DIR:-/tmp/deepfix-databases}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
PG_URL="postgresql+psycopg://deepfix:deepfix@127.0.0.1:5432/deepfix"
MY_URL="mysql+pymysql://deepfix:deepfix@127.0.0.1:3306/deepfix"
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"

log() { echo "databases.sh: $*" >&2; }

install_missing() {
  local missing=()
  [ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || missing+=(postgresql)
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >&2
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
}

pg_up() { "$PGBIN/pg_isready" -q -h 127.0.0.1 -p 5432; }
my_up() { mariadb-admin --protocol=tcp -h 127.0.0.1 -P 3306 -u deepfix -pdeepfix ping >/dev/null 2>&1; }

start_postgres() {
  if pg_up; then log "PostgreSQL already answers on 127.0.0.1:5432: reused"; return 1; fi
  mkdir -p "$DIR/pg"; $SUDO chown postgres "$DIR/pg"; chmod 700 "$DIR/pg"
  if [ ! -f "$DIR/pg/data/PG_VERSION" ]; then
    $SUDO runuser -u postgres -- "$PGBIN/initdb" -D "$DIR/pg/data" --auth-local=peer \
      --auth-host=scram-sha-256 >/dev/null
  fi
  $SUDO runuser -u postgres -- "$PGBIN/pg_ctl" -D "$DIR/pg/data" -l "$DIR/pg/server.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -c port=5432 -c unix_socket_directories=$DIR/pg" >&2 9>&-
  return 0
}

setup_postgres() {
  [ -S "$DIR/pg/.s.PGSQL.5432" ] || return 0   # a server this script does not own: assume it is set up
  local psql=("$SUDO" runuser -u postgres -- psql -q -h "$DIR/pg" -p 5432 -d postgres -v ON_ERROR_STOP=1)
  [ -n "$SUDO" ] || psql=("${psql[@]:1}")
  "${psql[@]}" -tc "SELECT 1 FROM pg_roles WHERE rolname = 'deepfix'" | grep -q 1 || \
    "${psql[@]}" -c "CREATE ROLE deepfix LOGIN PASSWORD 'deepfix' NOSUPERUSER NOCREATEDB NOCREATEROLE"
  "${psql[@]}" -tc "SELECT 1 FROM pg_database WHERE datname = 'deepfix'" | grep -q 1 || \
    "${psql[@]}" -c "CREATE DATABASE deepfix OWNER deepfix"
}

start_mysql() {
  if my_up; then log "MariaDB already answers on 127.0.0.1:3306: reused"; return 1; fi
  mkdir -p "$DIR/mysql"; $SUDO chown mysql "$DIR/mysql"; chmod 700 "$DIR/mysql"
  if [ ! -d "$DIR/mysql/data/mysql" ]; then
    $SUDO mariadb-install-db --user=mysql --datadir="$DIR/mysql/data" --skip-test-db \
      --auth-root-authentication-method=socket >/dev/null
  fi
  $SUDO nohup mariadbd --user=mysql --datadir="$DIR/mysql/data" --bind-address=127.0.0.1 --port=3306 \
    --socket="$DIR/mysql/mysqld.sock" --pid-file="$DIR/mysql/mysqld.pid" \
    --log-error="$DIR/mysql/server.log" >/dev/null 2>&1 9>&- &
  for _ in $(seq 60); do
    mariadb-admin --socket="$DIR/mysql/mysqld.sock" -uroot ping >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  log "MariaDB did not start; see $DIR/mysql/server.log"; exit 1
}

setup_mysql() {
  [ -S "$DIR/mysql/mysqld.sock" ] || return 0
  $SUDO mariadb --socket="$DIR/mysql/mysqld.sock" -uroot <<'SQL'
CREATE DATABASE IF NOT EXISTS deepfix;
CREATE USER IF NOT EXISTS 'deepfix'@'127.0.0.1' IDENTIFIED BY 'deepfix';
CREATE USER IF NOT EXISTS 'deepfix'@'localhost' IDENTIFIED BY 'deepfix';
GRANT ALL PRIVILEGES ON deepfix.* TO 'deepfix'@'127.0.0.1';
GRANT ALL PRIVILEGES ON deepfix.* TO 'deepfix'@'localhost';
GRANT ALL PRIVILEGES ON `deepfix\_%`.* TO 'deepfix'@'127.0.0.1';
GRANT ALL PRIVILEGES ON `deepfix\_%`.* TO 'deepfix'@'localhost';
SQL
}

stop_postgres() {
  [ -f "$DIR/pg/data/postmaster.pid" ] || return 0
  $SUDO runuser -u postgres -- "$PGBIN/pg_ctl" -D "$DIR/pg/data" -m fast -w stop >&2 || true
}

stop_mysql() {
  [ -S "$DIR/mysql/mysqld.sock" ] || return 0
  $SUDO mariadb-admin --socket="$DIR/mysql/mysqld.sock" -uroot shutdown >&2 || true
}

case "${1:-start}" in
  start)
    mkdir -p "$DIR"
    if [ -n "$PGBIN" ] && pg_up && my_up; then   # both running: set up (idempotent), no lock, no start
      setup_postgres >&2; setup_mysql >&2
      echo "export DEEPFIX_TEST_POSTGRES_URL='$PG_URL' DEEPFIX_TEST_MYSQL_URL='$MY_URL' DEEPFIX_DB_STARTED=''"
      exit 0
    fi
    # the servers are started with this lock's descriptor closed (9>&-), so it is never left held
    exec 9>"$DIR.lock"; flock -w 120 9 || { log "another caller holds $DIR.lock"; exit 1; }
    install_missing
    started=()
    if start_postgres; then started+=(postgres); fi
    setup_postgres
    if start_mysql; then started+=(mysql); fi
    setup_mysql
    pg_up || { log "PostgreSQL is not answering on 127.0.0.1:5432"; exit 1; }
    my_up || { log "MariaDB is not answering on 127.0.0.1:3306 as deepfix"; exit 1; }
    echo "export DEEPFIX_TEST_POSTGRES_URL='$PG_URL' DEEPFIX_TEST_MYSQL_URL='$MY_URL' DEEPFIX_DB_STARTED='${started[*]:-}'"
    ;;
  stop)
    shift
    exec 9>"$DIR.lock"; flock -w 120 9 || { log "another caller holds $DIR.lock"; exit 1; }
    for server in "${@:-postgres mysql}"; do
      for name in $server; do
        case $name in postgres) stop_postgres ;; mysql) stop_mysql ;; esac
      done
    done
    ;;
  *) echo "usage: $0 start | stop [postgres] [mysql]" >&2; exit 2 ;;
esac
