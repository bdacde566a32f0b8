#!/bin/sh
# `puerta package` refuses a list naming voters without an organizer key:
# the phones' exports would be plain files holding names and answers.
# --unsealed-exports accepts that; a list of bare doors needs neither.
# usage: personal_data.sh PUERTA SOURCE_DIR WORK_DIR
puerta=$1 src=$2 work=$3
. "$(dirname "$0")/lib.sh"
list=$src/assets/sample/walk-list.csv script=$src/assets/scripts/pledge-to-vote.json

run "$puerta" package --list "$list" --script "$script" --out "$work/named.turf"
expect_code 1 "a named list without --key"
expect_err "names voters" "a named list without --key"
expect_err "plain files" "a named list without --key"
expect_err "--key" "a named list without --key"
expect_err "--unsealed-exports" "a named list without --key"
[ ! -e "$work/named.turf" ] || fail "the package was written anyway"

run "$puerta" package --list "$list" --script "$script" --unsealed-exports --out "$work/named.turf"
expect_code 0 "a named list with --unsealed-exports"
expect_out "sealed exports off" "a named list with --unsealed-exports"

run "$puerta" package --list "$list" --script "$script" --key "$data/sealed/test-organizer.public" --out "$work/sealed.turf"
expect_code 0 "a named list with --key"
expect_out "sealed exports on" "a named list with --key"

# Address points name nobody (the first rows of the test file are clean).
head -n 6 "$data/walklists/address_points.csv" > "$work/doors.csv"
run "$puerta" package --list "$work/doors.csv" --script "$script" --out "$work/doors.turf"
expect_code 0 "a list of doors without --key"
expect_out "sealed exports off" "a list of doors without --key"
echo "personal data ok"
