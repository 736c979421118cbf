#!/usr/bin/env bash
# Installs and starts a PostgreSQL server on loopback for the storage tests, on a fresh Debian or
# Ubuntu machine, as root. Idempotent: re-running reuses the cluster, user and database.
# Prints the line to evaluate, e.g.:   eval "$(.ci/install-storage.sh | tail -n 1)"
#   export DATABASE_URL=postgres://tdkt:tdkt@127.0.0.1:5432/tdkt
# Environment: TDKT_PG_USER, TDKT_PG_PASSWORD, TDKT_PG_DB (default tdkt), TDKT_PG_FORCE_APT=1 to
# run apt-get even when a server is already installed.
set -euo pipefail

user="${TDKT_PG_USER:-tdkt}"
password="${TDKT_PG_PASSWORD:-tdkt}"
db="${TDKT_PG_DB:-tdkt}"
log() { printf '[install-storage] %s\n' "$*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  log "must run as root (apt-get, pg_ctlcluster)"; exit 1
fi

have_server() { compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; }

if ! have_server || [ "${TDKT_PG_FORCE_APT:-0}" = 1 ]; then
  log "installing PostgreSQL from the distribution's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y --no-install-recommends postgresql postgresql-contrib >&2 || apt-get install -y postgresql >&2
fi
have_server || { log "no PostgreSQL server binary after apt-get install"; exit 1; }

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
log "PostgreSQL ${version}"

if command -v pg_lsclusters >/dev/null 2>&1; then
  # Debian's postgresql-common: one cluster per version, started with pg_ctlcluster (no systemd needed)
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v { found = 1 } END { exit !found }'; then
    log "creating cluster ${version}/main"
    pg_createcluster "$version" main >&2
  fi
  cluster="$(pg_lsclusters -h | awk -v v="$version" '$1 == v { print $2; exit }')"
  port="$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3; exit }')"
  conf="/etc/postgresql/${version}/${cluster}/postgresql.conf"
  # loopback only
  if ! grep -Eq "^listen_addresses *= *'(localhost|127\.0\.0\.1)'" "$conf"; then
    printf "\nlisten_addresses = '127.0.0.1'\n" >>"$conf"
  fi
  if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c && $4 == "online" { found = 1 } END { exit !found }'; then
    log "starting cluster ${version}/${cluster} on port ${port}"
    pg_ctlcluster "$version" "$cluster" start >&2
  fi
else
  # other layouts: a private cluster under /var/lib/tdkt-postgres, started with pg_ctl
  bin="/usr/lib/postgresql/${version}/bin"
  data=/var/lib/tdkt-postgres
  port=5432
  id postgres >/dev/null 2>&1 || useradd --system --home "$data" postgres
  if [ ! -s "$data/PG_VERSION" ]; then
    install -d -o postgres -m 700 "$data"
    runuser -u postgres -- "$bin/initdb" -D "$data" --auth-local=peer --auth-host=scram-sha-256 -E UTF8 >&2
  fi
  install -d -o postgres /var/run/postgresql
  runuser -u postgres -- "$bin/pg_ctl" -D "$data" -l "$data/server.log" -o "-c listen_addresses=127.0.0.1 -p $port" -w status >/dev/null 2>&1 ||
    runuser -u postgres -- "$bin/pg_ctl" -D "$data" -l "$data/server.log" -o "-c listen_addresses=127.0.0.1 -p $port" -w start >&2
fi

psql_admin() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; }
for _ in $(seq 1 30); do psql_admin -c 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
psql_admin -c 'SELECT 1' >/dev/null || { log "the server does not answer on port ${port}"; exit 1; }

# user and database (names and password passed as psql variables, quoted by psql)
psql_admin -v u="$user" -v p="$password" <<'SQL' >&2
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'u', :'p') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'u', :'p') \gexec
SQL
psql_admin -v u="$user" -v d="$db" <<'SQL' >&2
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'d', :'u') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'d') \gexec
SQL

url="postgres://${user}:${password}@127.0.0.1:${port}/${db}"
PGPASSWORD="$password" psql "postgresql://${user}@127.0.0.1:${port}/${db}" -qAt -c 'SELECT 1' >/dev/null ||
  { log "cannot log in as ${user} over TCP on 127.0.0.1:${port}"; exit 1; }
log "ready; run the storage tests with DATABASE_URL set (and TDKT_REQUIRE_TOOLS=1 to forbid skipping)"
echo "export DATABASE_URL=${url}"
