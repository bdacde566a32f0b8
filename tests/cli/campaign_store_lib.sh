# For tests/cli/campaign_*.sh, sourced after lib.sh: where their campaign
# stores live, so the same test runs on SQLite files and on PostgreSQL.
# $store_kind is "sqlite" (the default) or "postgres"; with postgres the
# server is named by PUERTA_TEST_POSTGRES (tests/postgres/with_postgres.sh:
# a URL ending in "/", its password in PGPASSFILE).

# new_store NAME: prints the --db of a new, empty store, called SCRIPT_NAME (e.g. campaign_collect_campaign).
new_store() {
  if [ "$store_kind" = sqlite ]; then
    echo "$work/$1.sqlite"
    return
  fi
  [ -n "${PUERTA_TEST_POSTGRES:-}" ] || fail "PUERTA_TEST_POSTGRES is not set (run through tests/postgres/with_postgres.sh)"
  # One database per test and store; dropped first if a run before left it.
  # Named after the test script too: ctest runs two scripts at once, and a
  # store both called "campaign" was dropped by one under the other.
  name=$(basename "$0" .sh)_$1
  psql -q -v ON_ERROR_STOP=1 "${PUERTA_TEST_POSTGRES}puerta" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" \
    -c "CREATE DATABASE $name" > /dev/null || fail "cannot make the database $name"
  echo "${PUERTA_TEST_POSTGRES}$name"
}

# make_phones MAKE_EXPORTS: two organizations' keys and turfs (vecinos,
# juntos) in $work, and the three canvassers' sealed files in $work/phones
# (tests/cli/make_campaign_exports.cpp); sets $script, $p, $files and $keys.
make_phones() {
  script=$src/assets/scripts/pledge-to-vote.json
  "$puerta" keys new --out "$work/vecinos" > /dev/null
  "$puerta" keys new --out "$work/juntos" > /dev/null
  for org in vecinos juntos; do
    "$puerta" package --list "$src/assets/sample/walk-list.csv" --script "$script" --key "$work/$org.public" \
      --name "$org turf" --turf-id "$org-east" --organization "$org" --plain-package --made-up-voters \
      --out "$work/$org.turf" > /dev/null
  done
  mkdir "$work/phones"
  "$1" "$work/vecinos.turf" "$work/juntos.turf" "$work/phones" > "$work/devices" || fail "make the exports"
  p=$work/phones
  files="$p/ana-1.jsonl.sealed $p/ana-2.jsonl.sealed $p/ben.jsonl.sealed $p/cruz-1.jsonl.sealed $p/cruz-2.jsonl.sealed"
  keys="--key $work/vecinos.secret --key $work/juntos.secret"
}
