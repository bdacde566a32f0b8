#!/bin/sh
# Malformed or out-of-range values are command-line errors naming their option
# (`--utc-offset banana` used to be read as 0), and attempts whose times are
# beyond the year 9999 are refused with a message instead of overflowing.
# usage: bad_values.sh PUERTA SOURCE_DIR WORK_DIR
puerta=$1 src=$2 work=$3
. "$(dirname "$0")/lib.sh"
ana=$data/exports/canvasser-ana.jsonl
list=$src/assets/sample/walk-list.csv script=$src/assets/scripts/pledge-to-vote.json

for offset in banana 1.5 900 -721 0x10 "" 99999999999; do
  run "$puerta" export "$ana" --format van --out "$work/fall" --utc-offset "$offset"
  expect_code 2 "export --utc-offset '$offset'"
  expect_err "--utc-offset" "export --utc-offset '$offset'"
  [ ! -e "$work/fall-contact-history.csv" ] || fail "export --utc-offset '$offset' wrote files"
  run "$puerta" package --list "$list" --script "$script" --unsealed-exports --utc-offset "$offset" --out "$work/t.turf"
  expect_code 2 "package --utc-offset '$offset'"
  expect_err "--utc-offset" "package --utc-offset '$offset'"
done
run "$puerta" export "$ana" --format van --out "$work/fall" --utc-offset banana
expect_err "banana" "the bad value is quoted"

# Negative values are values, not options.
run "$puerta" export "$ana" --format van --out "$work/west" --utc-offset -720
expect_code 0 "export --utc-offset -720"
grep -q "11/02/2024" "$work/west-contact-history.csv" || fail "UTC-12 dates: $(cat "$work/west-contact-history.csv")"
run "$puerta" export "$ana" --format van --out "$work/east" --utc-offset +840
expect_code 0 "export --utc-offset +840"
grep -q "11/03/2024" "$work/east-contact-history.csv" || fail "UTC+14 dates: $(cat "$work/east-contact-history.csv")"
run "$puerta" list route "$list" --start -33.8688,151.2093
expect_code 0 "list route --start with a negative latitude"

for start in banana 91,0 37.35 "37.35,-121.88,5"; do
  run "$puerta" list route "$list" --start "$start"
  expect_code 2 "list route --start '$start'"
  expect_err "--start" "list route --start '$start'"
done
run "$puerta" export "$ana" --format xml
expect_code 2 "export --format xml"
expect_err "--format" "export --format xml"

# time_unix at the edge of what is accepted, and past it.
edge() { sed -e "2s/\"time_unix\":1730548800/\"time_unix\":$1/" "$ana" > "$work/time.jsonl"; }
edge 253402300799
run "$puerta" export "$work/time.jsonl" --format csv
expect_code 0 "the last second of 9999"
expect_out "9999-12-31T23:59:59Z" "the last second of 9999"
for time in 253402300800 9223372036854775807; do
  edge "$time"
  run "$puerta" export "$work/time.jsonl" --format van --utc-offset 840 --out "$work/far"
  expect_code 1 "time_unix $time"
  expect_err "after the year 9999" "time_unix $time"
  [ ! -e "$work/far-contact-history.csv" ] || fail "time_unix $time was exported"
done
echo "bad values ok"
