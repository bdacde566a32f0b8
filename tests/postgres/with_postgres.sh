#!/bin/sh
# Runs a test against the PostgreSQL server of the ctest fixture "postgres"
# (scripts/postgres-for-tests.sh start STATE_DIR), or skips it (exit 77, ctest's
# SKIP_RETURN_CODE) when that server could not start because PostgreSQL is not
# installed. The test finds the server in PUERTA_TEST_POSTGRES (a URL without
# its database name, ending in "/": the test makes its own databases) and the
# password in PGPASSFILE, as libpq reads it; never in the URL.
# usage: with_postgres.sh STATE_DIR COMMAND [ARG]...
state=$1
shift
if [ ! -f "$state/url" ]; then
  if [ -x "${PUERTA_POSTGRES_BIN:-/usr/lib/postgresql/15/bin}/initdb" ]; then
    echo "with_postgres: the test server is not running (ctest fixture \"postgres\": run the test through ctest)" >&2
    exit 1
  fi
  echo "with_postgres: PostgreSQL 15 is not installed (apt-get install postgresql): skipped"
  exit 77
fi
PUERTA_TEST_POSTGRES=$(sed 's|/[^/]*$|/|' "$state/url")
PGPASSFILE=$state/pgpass
export PUERTA_TEST_POSTGRES PGPASSFILE
exec "$@"
