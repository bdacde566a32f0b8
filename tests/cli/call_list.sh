#!/bin/sh
# `puerta package --channel phone|text`: a call or text list. Voters sharing a
# number are one entry, numbers are E.164, each voter left out (Do Not Call,
# no usable number, a landline on a text list) is named with why and counted,
# and the package says its channel as format version 3. A list with nobody
# to call writes nothing.
# usage: call_list.sh PUERTA SOURCE_DIR WORK_DIR
puerta=$1 src=$2 work=$3
. "$(dirname "$0")/lib.sh"
list=$data/walklists/call_list.csv script=$src/assets/scripts/pledge-to-vote.json
package() { run "$puerta" package --list "$list" --script "$script" --unsealed-exports --plain-package --made-up-voters "$@"; }

package --channel phone --out "$work/calls.turf"
expect_code 0 "--channel phone"
expect_out "left out: voter CL-5: marked Do Not Call (column \"do_not_call\")" "Do Not Call named"
expect_out "left out: voter CL-4: phone number: has too few digits for its country" "a short number named"
expect_out "left out: voter CL-6: no phone number" "no number named"
expect_out "phone list: 3 of 6 voters on 2 numbers; left out 1 marked Do Not Call, Do Not Text or Opted Out, 2 without a usable number" "the counts"
expect_out "2 households, 3 voters" "the summary"
expect_out ", phone list" "the summary names the channel"
grep -q '"format_version": 3,' "$work/calls.turf" || fail "a call list is not version 3"
grep -q '"channel": "phone"' "$work/calls.turf" || fail "no channel in the package"
grep -q '"phone": "+14085550101"' "$work/calls.turf" || fail "numbers are not E.164"
grep -q '"id": "tel-14085550101"' "$work/calls.turf" || fail "the shared number is not one entry"
! grep -q '"CL-5"' "$work/calls.turf" || fail "a Do Not Call voter is in the call list"

package --channel text --out "$work/texts.turf"
expect_code 0 "--channel text"
expect_out "left out: voter CL-1: the number is a landline, which cannot receive texts" "a landline named"
expect_out "text list: 1 of 6 voters on 1 number;" "the text counts"
expect_out ", 2 on landlines" "landlines counted"
grep -q '"channel": "text"' "$work/texts.turf" || fail "no text channel in the package"

package --channel phone --call-again 45 --out "$work/cooldown.turf"
expect_code 0 "--call-again 45"
grep -q '"call_again_minutes": 45' "$work/cooldown.turf" || fail "no cooldown in the package"
for bad in 0 -5 soon 99999; do
  package --channel phone --call-again "$bad" --out "$work/bad.turf"
  expect_code 2 "--call-again $bad"
  expect_err "must be whole minutes, 1 to 43200" "--call-again $bad"
done
package --call-again 45 --out "$work/doors-cooldown.turf"
expect_code 2 "--call-again on doors"
expect_err "--call-again is for a call list" "--call-again on doors"

# Doors stay the default and stay version 1.
package --out "$work/doors.turf"
expect_code 0 "doors"
grep -q '"format_version": 1,' "$work/doors.turf" || fail "a door package changed version"
! grep -q '"channel"' "$work/doors.turf" || fail "a door package names a channel"

package --channel fax --out "$work/fax.turf"
expect_code 2 "--channel fax"
expect_err "--channel" "--channel fax named"
package --channel phone --country FR --out "$work/fr.turf"
expect_code 2 "--country FR"
expect_err "is not a country Puerta reads numbers of" "--country FR"

# Nobody to text: nothing written, and why.
printf 'id,first_name,last_name,address,city,zip,phone\nX-1,Ana,Reyes,1 Main St,Riverton,10001,555-0101\n' > "$work/none.csv"
run "$puerta" package --list "$work/none.csv" --script "$script" --unsealed-exports --channel text --out "$work/none.turf"
expect_code 1 "no usable number"
expect_err "no voter has a number to text" "nobody to text"
[ ! -e "$work/none.turf" ] || fail "a text list of nobody was written"
echo "call list ok"
