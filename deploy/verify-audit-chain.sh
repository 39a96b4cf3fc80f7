#!/bin/sh
# Verifies Parley's hash-chained audit trail (docs/adr/0009) and prints the verdict in one line:
#   Audit chain: intact, N events, head POSITION:HASH
#   Audit chain: BROKEN at event ID, position P: PROBLEM: what is wrong (K events intact before it)
# Exit status: 0 intact, 1 broken, 2 could not verify. File the head it prints; pass it as --anchor
# next time to prove that the chain was not rewritten since (deploy/README.md).
#
# Online, against a running server, as a user with the AUDITOR role (GET /api/audit/verification):
#   deploy/verify-audit-chain.sh --url https://parley.example.org --user auditor [--anchor P:HASH]
#   The password comes from PARLEY_PASSWORD, or is asked for.
#
# Offline, straight over JDBC against the database of a stopped server (or a copy of it):
#   deploy/verify-audit-chain.sh --jdbc 'jdbc:h2:file:/srv/parley/parley' \
#       --driver "$WILDFLY/modules/system/layers/base/com/h2database/h2/main/h2-2.2.224.jar" \
#       [--war target/parley.war] [--db-user sa] [--anchor P:HASH]
#   The database password comes from PARLEY_DB_PASSWORD (H2 as 10-datasource.cli sets it up: sa).
#   H2 file databases are opened read-only and never created.
set -eu

usage() {
  sed -n '2,/^set -eu/s/^# \{0,1\}//p' "$0" >&2
  exit 2
}

url= user= jdbc= driver= war= dbuser=sa anchor=
while [ $# -gt 0 ]; do
  case "$1" in
    --url) url=${2:?}; shift 2 ;;
    --user) user=${2:?}; shift 2 ;;
    --jdbc) jdbc=${2:?}; shift 2 ;;
    --driver) driver=${2:?}; shift 2 ;;
    --war) war=${2:?}; shift 2 ;;
    --db-user) dbuser=${2:?}; shift 2 ;;
    --anchor) anchor=${2:?}; shift 2 ;;
    *) usage ;;
  esac
done

if [ -n "$url" ] && [ -n "$user" ] && [ -z "$jdbc" ]; then
  password=${PARLEY_PASSWORD:-}
  if [ -z "$password" ]; then
    printf 'Password of %s: ' "$user" >&2
    stty -echo 2>/dev/null || true
    read -r password
    stty echo 2>/dev/null || true
    printf '\n' >&2
  fi
  query=
  [ -n "$anchor" ] && query="?anchor=$anchor"
  body=$(mktemp)
  trap 'rm -f "$body"' EXIT
  # The credentials go to curl on standard input, never on a command line that ps would show.
  status=$(printf 'user = "%s:%s"\n' "$user" "$password" |
    curl --silent --show-error --config - --output "$body" --write-out '%{http_code}' \
      --header 'Accept: application/json' "${url%/}/api/audit/verification$query") || {
    echo "Could not reach $url" >&2
    exit 2
  }
  if [ "$status" != 200 ]; then
    echo "Could not verify the audit chain: HTTP $status $(cat "$body")" >&2
    exit 2
  fi
  summary=$(sed -n 's/.*"summary":"\([^"]*\)".*/\1/p' "$body")
  echo "Audit chain: $summary"
  if grep -q '"intact":true' "$body"; then exit 0; else exit 1; fi
fi

if [ -n "$jdbc" ] && [ -n "$driver" ] && [ -z "$url" ]; then
  here=$(cd "$(dirname "$0")" && pwd)
  war=${war:-$here/../target/parley.war}
  [ -f "$war" ] || { echo "No WAR at $war (build it, or pass --war)" >&2; exit 2; }
  [ -f "$driver" ] || { echo "No JDBC driver at $driver" >&2; exit 2; }
  classes=$(mktemp -d)
  trap 'rm -rf "$classes"' EXIT
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$war" 'WEB-INF/classes/*' -d "$classes"
  else
    (cd "$classes" && jar xf "$war" WEB-INF/classes)
  fi
  set +e
  PARLEY_DB_PASSWORD=${PARLEY_DB_PASSWORD:-} java -cp "$classes/WEB-INF/classes:$driver" \
    org.parley.audit.infrastructure.VerifyAuditChain "$jdbc" "$dbuser" ${anchor:+--anchor "$anchor"}
  exit $?
fi

usage
