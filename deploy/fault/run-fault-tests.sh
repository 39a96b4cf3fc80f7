#!/usr/bin/env bash
# The fault tests of issue 5 (docs/operations.md, "Fault tests"), one command:
#   1. crash durability on H2: 20 × kill -9 of the server under load, then reconcile;
#   2. crash durability on PostgreSQL, the same;
#   3. failover: two cluster nodes on PostgreSQL behind HAProxy, the node serving two browser users
#      killed with kill -9, both go on on the other node.
# Needs: PostgreSQL running with a database made by deploy/postgresql/create-database.sh and the
# PARLEY_DB_* variables exported (deploy/README.md, PostgreSQL); haproxy, chromium, chromedriver.
# Options: FAULT_KILLS (default 20), FAULT_USERS (virtual users of the load, default 4),
# FAULT_ONLY=h2|postgresql (one database only). Prints the FAULT summary lines at the end.
# Takes about 22 minutes on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

kills="${FAULT_KILLS:-20}"
users="${FAULT_USERS:-4}"
logs=target/fault-logs
mkdir -p "$logs"
status=0

run() {
  local db="$1"
  shift
  echo "== fault tests on $db"
  if ! ./mvnw -B -P 'fault,!server-its' -Dparley.db="$db" -Dparley.fault.kills="$kills" \
      -Dparley.fault.users="$users" "$@" verify > "$logs/$db.log" 2>&1; then
    echo "   FAILED: see $logs/$db.log"
    status=1
  fi
  mkdir -p "$logs"
}

if [ "${FAULT_ONLY:-h2}" != postgresql ]; then
  run h2
fi
if [ "${FAULT_ONLY:-postgresql}" != h2 ]; then
  : "${PARLEY_DB_PASSWORD:?export the PARLEY_DB_* variables (deploy/README.md, PostgreSQL)}"
  run postgresql -Pcluster
fi

echo "== summary"
grep -h '^FAULT' "$logs"/*.log || echo "no FAULT line: the tests did not get that far"
exit "$status"
