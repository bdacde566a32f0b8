#!/bin/sh
# Signed exports, through the real binary: files two phones made with the
# app's code (tests/cli/make_exports.cpp) are opened and merged; a forged or
# changed file is refused with nothing written; two devices claiming one
# attempt keep the first, with a warning naming both files and both devices.
# usage: signed_exports.sh PUERTA SOURCE_DIR WORK_DIR MAKE_EXPORTS
puerta=$1 src=$2 work=$3 make_exports=$4
. "$(dirname "$0")/lib.sh"
attempt=5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a

"$puerta" keys new --out "$work/org" > /dev/null
"$puerta" package --list "$src/assets/sample/walk-list.csv" --script "$src/assets/scripts/pledge-to-vote.json" \
  --key "$work/org.public" --name "Signed test" --plain-package --made-up-voters --out "$work/signed.turf" > /dev/null
mkdir "$work/phones"
devices=$("$make_exports" "$work/signed.turf" "$work/phones")
a=$(echo "$devices" | sed -n 's/^A=\([0-9a-f]*\) B=.*/\1/p')
b=$(echo "$devices" | sed -n 's/.* B=\([0-9a-f]*\)$/\1/p')
[ ${#a} = 16 ] && [ ${#b} = 16 ] && [ "$a" != "$b" ] || fail "device ids: $devices"
p=$work/phones

# A real export opens, and open names the phone that signed it.
run "$puerta" open "$p/ana.jsonl.sealed" --key "$work/org.secret" --out "$work/ana.jsonl"
expect_code 0 "open a signed export"
expect_err "signed by device $a" "open names the device"
head -c 4 "$work/ana.jsonl" | grep -q '{"fo' || fail "the opened file is not the payload: $(head -c 20 "$work/ana.jsonl")"
grep -q "\"device\":\"$a\"" "$work/ana.jsonl" || fail "the attempts do not name device $a"
run "$puerta" open "$p/ana-csv.csv.sealed" --key "$work/org.secret"
expect_code 0 "open a signed spreadsheet"
expect_err "signed by device $a" "open names the spreadsheet's device"
expect_out ",canvassed," "the spreadsheet's payload on standard output"

# A changed payload, another phone's signature over A's attempts, no signature: refused, nothing written.
for forged in tampered borrowed unsigned; do
  run "$puerta" open "$p/$forged.jsonl.sealed" --key "$work/org.secret" --out "$work/$forged.jsonl"
  expect_code 1 "open $forged"
  expect_err "refused, nothing was written" "open $forged"
  [ ! -e "$work/$forged.jsonl" ] || fail "open $forged wrote $work/$forged.jsonl"
done
run "$puerta" open "$p/tampered.jsonl.sealed" --key "$work/org.secret"
expect_err "the signature does not match" "a changed payload"
run "$puerta" open "$p/borrowed.jsonl.sealed" --key "$work/org.secret"
expect_err "signed by device $b but attempt $attempt version 1 says it was recorded by device $a" "attempts from another device"
run "$puerta" open "$p/unsigned.jsonl.sealed" --key "$work/org.secret"
expect_err "not signed by a phone" "no signature"
run "$puerta" open "$p/unsigned.jsonl.sealed" --key "$work/org.secret" --unsigned --out "$work/unsigned.jsonl"
expect_code 0 "--unsigned opens a file from before signing"
expect_err "NOT SIGNED" "--unsigned says so"

# Two devices claim one attempt: B's versions (even its later version 2) are
# refused, A's Canvassed is kept; the warning names the attempt, both files and both devices.
"$puerta" open "$p/ben.jsonl.sealed" --key "$work/org.secret" --out "$work/ben-opened.jsonl" 2> /dev/null
run "$puerta" export "$work/ana.jsonl" "$work/ben-opened.jsonl" --format csv
expect_code 0 "export two phones' files"
expect_err "attempt $attempt version 1 in $work/ben-opened.jsonl comes from device $b, but $work/ana.jsonl has it from device $a; refused: the attempt from device $a in $work/ana.jsonl was kept" "the first claim kept"
expect_err "attempt $attempt version 2 in $work/ben-opened.jsonl comes from device $b" "a later version refused too"
expect_out ",canvassed," "A's result kept"
if grep -q "refused" "$work/out"; then fail "B's refused replaced A's canvassed: $(cat "$work/out")"; fi

# export reads a phone's signed (unsealed) file itself, and names its device.
run "$puerta" export "$work/ana.jsonl" "$p/ben.jsonl" --format jsonl
expect_code 0 "export a signed file"
expect_err "$p/ben.jsonl: signed by device $b" "export names a signed file's device"
expect_err "$work/ana.jsonl: not signed; its attempts name device $a" "export names an opened file's devices"
expect_err "comes from device $b, but $work/ana.jsonl has it from device $a" "the claim refused from a signed file too"
# A phone's signed file from a turf without sealed exports opens without a key.
run "$puerta" open "$p/ben.jsonl" --out "$work/ben-plain.jsonl"
expect_code 0 "open a signed, unsealed file"
expect_err "signed by device $b" "open names the device of an unsealed file"
cmp -s "$work/ben-plain.jsonl" "$work/ben-opened.jsonl" || fail "the unsealed file's payload differs from the sealed one's"
run "$puerta" open "$p/ben.jsonl.sealed"
expect_code 2 "open a sealed file without --key"
expect_err "--key is required" "open a sealed file without --key"

# ... and refuses one whose signature fails (a byte of the payload changed).
cp "$p/ben.jsonl" "$work/ben-changed.jsonl"
printf 'X' | dd of="$work/ben-changed.jsonl" bs=1 seek=150 conv=notrunc 2> /dev/null
run "$puerta" export "$work/ben-changed.jsonl" --format csv --out "$work/never.csv"
expect_code 1 "export a changed signed file"
expect_err "$work/ben-changed.jsonl: refused: the signature does not match" "export refuses a changed file"
[ ! -e "$work/never.csv" ] || fail "export wrote output from a refused file"
run "$puerta" open "$work/ben-changed.jsonl" --out "$work/never.jsonl"
expect_code 1 "open a changed signed file"
expect_err "the signature does not match" "open refuses a changed unsealed file"
[ ! -e "$work/never.jsonl" ] || fail "open wrote a refused file"
echo "signed exports ok"
