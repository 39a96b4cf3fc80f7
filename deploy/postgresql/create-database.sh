#!/usr/bin/env bash
# Creates Parley's PostgreSQL database and its two roles (docs/adr/0014), run as a PostgreSQL superuser
# (on Debian: as the operating-system user `postgres`, which this script switches to when run as root).
#
#   PARLEY_DB_OWNER_PASSWORD=... PARLEY_DB_PASSWORD=... deploy/postgresql/create-database.sh [--fresh]
#
# - parley_owner ($PARLEY_DB_OWNER) owns the database and its schema; Flyway migrates as it.
# - parley_app ($PARLEY_DB_USER) is what the application connects as. It owns nothing; at every
#   deployment Parley grants it rows of every table, and takes UPDATE and DELETE of audit_event away.
# - --fresh drops the database first (all its data). Without it, an existing database is left as it is.
# Database name: $PARLEY_DB_NAME (default parley). Idempotent without --fresh.
set -euo pipefail

db="${PARLEY_DB_NAME:-parley}"
owner="${PARLEY_DB_OWNER:-parley_owner}"
app="${PARLEY_DB_USER:-parley_app}"
: "${PARLEY_DB_OWNER_PASSWORD:?set PARLEY_DB_OWNER_PASSWORD}"
: "${PARLEY_DB_PASSWORD:?set PARLEY_DB_PASSWORD}"

# psql as a superuser, SQL on standard input; the names and passwords travel as psql variables.
psql_admin() {
  local args=(-X -q -v ON_ERROR_STOP=1 -v db="$db" -v owner="$owner" -v app="$app"
    -v owner_password="$PARLEY_DB_OWNER_PASSWORD" -v app_password="$PARLEY_DB_PASSWORD" -d "$1")
  if [ "$(id -u)" = 0 ] && id postgres > /dev/null 2>&1; then
    runuser -u postgres -- psql "${args[@]}"
  else
    psql "${args[@]}"
  fi
}

if [ "${1:-}" = "--fresh" ]; then
  psql_admin postgres <<'SQL'
DROP DATABASE IF EXISTS :"db" WITH (FORCE);
SQL
fi

# Roles: created when missing, their passwords set every time (a rerun rotates them).
psql_admin postgres <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'owner') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner')
\gexec
SELECT format('CREATE ROLE %I LOGIN', :'app') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app')
\gexec
ALTER ROLE :"owner" PASSWORD :'owner_password';
ALTER ROLE :"app" PASSWORD :'app_password';
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'owner', 'UTF8')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')
\gexec
SQL

# The public schema belongs to the owner; nobody else may create objects in it.
psql_admin "$db" <<'SQL'
ALTER SCHEMA public OWNER TO :"owner";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"owner", :"app";
SQL

echo "PostgreSQL database $db ready: owner $owner, application role $app."
