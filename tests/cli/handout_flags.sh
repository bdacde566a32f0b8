#!/bin/sh
# Attempts from a device first seen after its turf was handed out are flagged
# (issue 10, "Forged exports"), through the real binary: `puerta package`
# records the hand-out beside the organizer's keys; phones' files made by the
# app's own code (tests/cli/make_exports.cpp) are opened and exported against
# that record. Flagged files are still opened and their attempts kept.
# usage: handout_flags.sh PUERTA SOURCE_DIR WORK_DIR MAKE_EXPORTS
puerta=$1 src=$2 work=$3 make_exports=$4
. "$(dirname "$0")/lib.sh"
handed_out=1790000000  # 2026-09-21 14:13 UTC

no_flag() { if grep -q "FLAGGED" "$work/err"; then fail "$1: flagged: $(cat "$work/err")"; fi; }

"$puerta" keys new --out "$work/org" > /dev/null
run env SOURCE_DATE_EPOCH=$handed_out "$puerta" package --list "$src/assets/sample/walk-list.csv" \
  --script "$src/assets/scripts/pledge-to-vote.json" --key "$work/org.public" --name "Flag test" \
  --plain-package --made-up-voters --out "$work/flag.turf"
expect_code 0 "package"
turf=$(sed -n 's/^.*flag.turf: \([^,]*\),.*/\1/p' "$work/out")
package=$(sed -n 's/^handed out: package \([0-9a-f]*\) at 2026-09-21 14:13 UTC, recorded in .*/\1/p' "$work/out")
[ -n "$turf" ] && [ ${#package} = 16 ] || fail "package output: $(cat "$work/out")"
expect_out "recorded in $work/puerta-handouts.jsonl" "the hand-out goes beside the keys"
grep -qF "{\"turf_id\":\"$turf\",\"package_id\":\"$package\",\"handed_out_unix\":$handed_out}" "$work/puerta-handouts.jsonl" ||
  fail "hand-out record: $(cat "$work/puerta-handouts.jsonl")"

# Without --key or --records nothing is recorded (never beside --out: often the published web folder).
mkdir "$work/web"
run "$puerta" package --list "$src/assets/sample/walk-list.csv" --script "$src/assets/scripts/pledge-to-vote.json" \
  --unsealed-exports --plain-package --made-up-voters --out "$work/web/demo.turf"
expect_code 0 "package without a key"
expect_out "not recorded (no --key or --records)" "says the hand-out was not recorded"
expect_err "the hand-out was not recorded" "and why it matters"
[ "$(ls "$work/web")" = "demo.turf" ] || fail "package wrote beside --out: $(ls "$work/web")"

mkdir "$work/phones" "$work/early"
p=$work/phones e=$work/early
devices=$("$make_exports" "$work/flag.turf" "$p" $((handed_out + 3600)))
a=$(echo "$devices" | sed -n 's/^A=\([0-9a-f]*\) B=.*/\1/p')
b=$(echo "$devices" | sed -n 's/.* B=\([0-9a-f]*\)$/\1/p')
early=$("$make_exports" "$work/flag.turf" "$e" $((handed_out - 86400)))
c=$(echo "$early" | sed -n 's/^A=\([0-9a-f]*\) B=.*/\1/p')
[ ${#a} = 16 ] && [ ${#b} = 16 ] && [ ${#c} = 16 ] || fail "device ids: $devices / $early"

# The first device to send in its package is not flagged; the opened file
# keeps the turf and package from inside the signature.
run "$puerta" open "$p/ana.jsonl.sealed" --key "$work/org.secret" --out "$work/ana.jsonl"
expect_code 0 "open the first device's file"
no_flag "the first device"
head -n 1 "$work/ana.jsonl" | grep -qF "\"turf_id\":\"$turf\",\"package_id\":\"$package\"" ||
  fail "the opened file's header: $(head -n 1 "$work/ana.jsonl")"
grep -qF "\"device\":\"$a\"" "$work/puerta-devices.jsonl" || fail "device $a not recorded"

# A second device for the same package is flagged, naming the file, the
# device, the turf and why; the file is still opened.
run "$puerta" open "$p/ben.jsonl.sealed" --key "$work/org.secret" --out "$work/ben.jsonl"
expect_code 0 "a flagged file still opens"
expect_err "FLAGGED: $p/ben.jsonl.sealed: device $b, turf $turf, 2 attempt(s): turf $turf (package $package) was sent in first by device $a ($p/ana.jsonl.sealed, " "a second device"
expect_err "add --accept-device $b" "how to accept it"
expect_err "flagged: 2 attempt(s) in 1 file(s)" "the summary"
[ -s "$work/ben.jsonl" ] || fail "the flagged file was not written"
# The order is kept across runs: the first device stays unflagged.
run "$puerta" open "$p/ana.jsonl.sealed" --key "$work/org.secret"
no_flag "the first device, a second time"

# export flags the same device from the opened files; its attempts stay in the output.
run "$puerta" export "$work/ana.jsonl" "$work/ben.jsonl" --format csv --records "$work"
expect_code 0 "export with a flagged file"
expect_err "FLAGGED: $work/ben.jsonl: device $b, turf $turf, 2 attempt(s): turf $turf (package $package) was sent in first by device $a" "export flags the second device"
expect_err "flagged: 2 attempt(s) in 1 file(s) come from devices flagged above; they are kept in the output" "export's summary"
expect_out "6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b" "the flagged device's own attempt is kept"
if grep -q "FLAGGED: $work/ana.jsonl" "$work/err"; then fail "export flagged the first device: $(cat "$work/err")"; fi
# Within one run, files count in the order given (a fresh record: B's signed file first).
mkdir "$work/fresh" && cp "$work/puerta-handouts.jsonl" "$work/fresh/"
run "$puerta" export "$p/ben.jsonl" "$work/ana.jsonl" --format jsonl --records "$work/fresh"
expect_code 0 "export into fresh records"
expect_err "FLAGGED: $work/ana.jsonl: device $a, turf $turf, 1 attempt(s): turf $turf (package $package) was sent in first by device $b ($p/ben.jsonl" "the later file of one run"

# An accepted device (the canvasser's new phone) is not flagged, then or later.
run "$puerta" open "$p/ben.jsonl.sealed" --key "$work/org.secret" --accept-device "$b"
expect_code 0 "accept a device"
no_flag "an accepted device"
run "$puerta" open "$p/ben.jsonl.sealed" --key "$work/org.secret"
no_flag "an accepted device, on the next run"
grep -qF "\"device\":\"$b\",\"first_seen_unix\":" "$work/puerta-devices.jsonl" && grep -q "\"accepted\":true" "$work/puerta-devices.jsonl" ||
  fail "the acceptance is not recorded: $(cat "$work/puerta-devices.jsonl")"
run "$puerta" open "$p/ana.jsonl.sealed" --key "$work/org.secret" --accept-device 0123456789abcdef
expect_err "--accept-device 0123456789abcdef: no file given came from that device" "an acceptance that matches nothing"
run "$puerta" open "$p/ana.jsonl.sealed" --key "$work/org.secret" --accept-device NOT-AN-ID
expect_code 2 "a malformed device id"
expect_err "--accept-device" "a malformed device id names the option"

# Attempts dated before the hand-out are flagged, even from the first device seen.
mkdir "$work/r2" && cp "$work/puerta-handouts.jsonl" "$work/r2/"
run "$puerta" open "$e/ana.jsonl.sealed" --key "$work/org.secret" --records "$work/r2"
expect_code 0 "open a file dated before the hand-out"
expect_err "FLAGGED: $e/ana.jsonl.sealed: device $c, turf $turf, 1 attempt(s): its attempts are dated from 2026-09-20 14:13 UTC, before turf $turf (package $package) was handed out (2026-09-21 14:13 UTC): no phone had the turf then" "attempts before the hand-out"

# A package with no hand-out in the records is flagged.
mkdir "$work/r3"
run "$puerta" open "$p/ana.jsonl.sealed" --key "$work/org.secret" --records "$work/r3"
expect_code 0 "open with no hand-out recorded"
expect_err "FLAGGED: $p/ana.jsonl.sealed: device $a, turf $turf, 1 attempt(s): no hand-out of turf $turf (package $package) is recorded" "no hand-out"

# A file from before exports named their turf still opens, with a note.
run "$puerta" open "$p/old.jsonl.sealed" --key "$work/org.secret" --out "$work/old.jsonl"
expect_code 0 "open a file without a turf id"
expect_err "note: $p/old.jsonl.sealed: it names no turf" "the note"
no_flag "a file without a turf id"
# And a spreadsheet file says it is not the one checked.
run "$puerta" open "$p/ana-csv.csv.sealed" --key "$work/org.secret"
expect_code 0 "open a spreadsheet file"
expect_err "a spreadsheet or VAN file names no turf" "the spreadsheet note"

# export without records says the devices were not checked.
run "$puerta" export "$work/ana.jsonl" --format csv
expect_code 0 "export without records"
expect_err "the devices were not checked against your hand-outs" "no records folder"

# A damaged record stops the command, naming file, line and field; nothing is written.
mkdir "$work/r4" && cp "$work/puerta-handouts.jsonl" "$work/r4/"
printf '{"format":"puerta-devices","format_version":1}\n{"turf_id":"%s","package_id":"zz","device":"%s","first_seen_unix":1,"first_file":"x","accepted":false}\n' \
  "$turf" "$a" > "$work/r4/puerta-devices.jsonl"
run "$puerta" open "$p/ana.jsonl.sealed" --key "$work/org.secret" --records "$work/r4" --out "$work/never.jsonl"
expect_code 1 "a damaged record"
expect_err "$work/r4/puerta-devices.jsonl: line 2: \$.package_id: expected 16 lowercase hex digits" "the damaged record named"
[ ! -e "$work/never.jsonl" ] || fail "a damaged record still let open write"
run "$puerta" open "$p/ana.jsonl.sealed" --key "$work/org.secret" --records "$work/missing"
expect_code 1 "a records folder that does not exist"
expect_err "the records folder $work/missing does not exist" "a missing records folder"
echo "handout flags ok"
