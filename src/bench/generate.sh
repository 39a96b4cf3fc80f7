#!/usr/bin/env bash
# Generates the benchmark data set (docs/benchmarks.md, "Data set"; docs/adr/0020) into the database
# that the run command uses, with the demo users and tracks (as -Dparley.demo=true applies them).
#
#   src/bench/generate.sh [h2|postgresql] [--proposals 100000] [--seed 20261130]
#                         [--anchor 2026-11-30T00:00:00Z] [--if-absent]
#
# h2 (the default): the H2 file database of the run command, $PARLEY_DATA_DIR/parley, where
#   PARLEY_DATA_DIR is what you pass the server as -Dparley.data.dir (default ~/.parley).
#   Stop the server first: it holds the file's lock.
# postgresql: $PARLEY_DB_URL (default jdbc:postgresql://localhost:5432/parley) as the schema's
#   owner, $PARLEY_DB_OWNER (default parley_owner) with $PARLEY_DB_OWNER_PASSWORD; create the
#   database first with deploy/postgresql/create-database.sh.
# A second run into the same database is refused, unless --if-absent makes it do nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."

db="${1:-h2}"
[ $# -gt 0 ] && shift
case "$db" in
  h2)
    dir="${PARLEY_DATA_DIR:-$HOME/.parley}"
    mkdir -p "$dir"
    url="jdbc:h2:file:$(cd "$dir" && pwd)/parley"
    user=sa
    password=sa
    ;;
  postgresql)
    url="${PARLEY_DB_URL:-jdbc:postgresql://localhost:5432/parley}"
    user="${PARLEY_DB_OWNER:-parley_owner}"
    password="${PARLEY_DB_OWNER_PASSWORD:?set PARLEY_DB_OWNER_PASSWORD (password of the schema owner)}"
    ;;
  *)
    sed -n '2,/^set -euo/s/^# \{0,1\}//p' "$0" | sed '$d' >&2
    exit 2
    ;;
esac

exec ./mvnw -B -q -Pbench-data test-compile exec:java \
  -Dgenerate.args="--jdbc-url $url --user $user --password $password --demo $*"
