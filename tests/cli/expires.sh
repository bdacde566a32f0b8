#!/bin/sh
# `puerta package --expires YYYY-MM-DD`: the turf's last day. A value that is
# not a calendar day, or a day already over where the turf is, is a
# command-line error naming --expires and the value, and nothing is written;
# a good one goes inside the package (in the encrypted payload: the file on
# the server does not show it) as format version 2.
# usage: expires.sh PUERTA SOURCE_DIR WORK_DIR
puerta=$1 src=$2 work=$3
. "$(dirname "$0")/lib.sh"
list=$src/assets/sample/walk-list.csv script=$src/assets/scripts/pledge-to-vote.json
package() { run "$puerta" package --list "$list" --script "$script" --unsealed-exports "$@"; }

for bad in 2026-02-30 2026-13-01 12/12/2026 2026-12-1 tomorrow "" "2026-12-12T18:00"; do
  package --expires "$bad" --out "$work/bad.turf"
  expect_code 2 "--expires '$bad'"
  expect_err "--expires" "--expires '$bad'"
  expect_err "is not a date written YYYY-MM-DD" "--expires '$bad'"
  [ ! -e "$work/bad.turf" ] || fail "--expires '$bad' wrote a package"
done

# Yesterday where the turf is (UTC+14: a day that is over everywhere on Earth).
yesterday=$(date -u -d '-2 days' +%F)
package --expires "$yesterday" --utc-offset 840 --out "$work/past.turf"
expect_code 2 "--expires $yesterday"
expect_err "--expires: $yesterday is already over (today is " "--expires in the past"
[ ! -e "$work/past.turf" ] || fail "a past --expires wrote a package"

# Today, where the turf is, is still a working day.
today=$(date -u +%F)
package --expires "$today" --out "$work/today.turf"
expect_code 0 "--expires today ($today)"
expect_out "last day $today" "--expires today"

# A day ahead: inside the package, never in the clear beside it.
ahead=$(date -u -d '+30 days' +%F)
package --expires "$ahead" --out "$work/ahead.turf"
expect_code 0 "--expires $ahead"
expect_out "last day $ahead" "the summary names the last day"
head -c 4 "$work/ahead.turf" | grep -q PTK2 || fail "the package is not encrypted (and compressed: PTK2)"
! grep -q "$ahead" "$work/ahead.turf" || fail "the last day is in the clear in the encrypted package"

package --expires "$ahead" --plain-package --made-up-voters --no-font --out "$work/plain.turf"  # a font would make it version 3
expect_code 0 "--expires with --plain-package"
grep -q "\"expires\": \"$ahead\"" "$work/plain.turf" || fail "no expires in the package: $(head -c 400 "$work/plain.turf")"
grep -q '"format_version": 2,' "$work/plain.turf" || fail "a package with a last day is not version 2"

# Without --expires the package stays version 1 (older phones open it).
package --plain-package --made-up-voters --no-font --out "$work/open-ended.turf"
expect_code 0 "no --expires"
grep -q '"format_version": 1,' "$work/open-ended.turf" || fail "a package without a last day is not version 1"
! grep -q '"expires"' "$work/open-ended.turf" || fail "expires written without --expires"
echo "expires ok"
