#!/bin/sh
# Receipts close the loop, through the real binary: a phone (the app's own
# code, tests/cli/receipt_phone.cpp) sends its sealed full record, records
# more, `puerta receipt` reads what arrived, and the code it prints marks on
# the phone exactly what arrived; the QR code reads back as the same code.
# usage: receipt.sh PUERTA SOURCE_DIR WORK_DIR RECEIPT_PHONE
puerta=$1 src=$2 work=$3 phone=$4
. "$(dirname "$0")/lib.sh"

"$puerta" keys new --out "$work/org" > /dev/null
"$puerta" package --list "$src/assets/sample/walk-list.csv" --script "$src/assets/scripts/pledge-to-vote.json" \
  --key "$work/org.public" --name "Receipt test" --plain-package --made-up-voters --out "$work/receipt.turf" > /dev/null

# The phone sends 5 results, then records 2 more it has not sent.
run "$phone" "$work/phone" record "$work/receipt.turf" 5 "$work/first.jsonl.sealed"
expect_code 0 "the phone records and sends"
device=$(sed -n 's/^device=//p' "$work/out")
[ ${#device} = 16 ] || fail "device id: $(cat "$work/out")"
run "$phone" "$work/phone" record "$work/receipt.turf" 2 "$work/second.jsonl.sealed"
expect_code 0 "the phone records more"

# A sealed file needs the key, and says so.
run "$puerta" receipt "$work/first.jsonl.sealed"
expect_code 1 "receipt of a sealed file without --key"
expect_err "first.jsonl.sealed: sealed: give the organizer's secret key with --key" "the missing key is named"
expect_err "no receipt was made" "nothing printed without the key"
[ ! -s "$work/out" ] || fail "a receipt was printed for a file that was not read: $(cat "$work/out")"

# Only the first file arrived: its receipt marks those 5, the 2 sent later wait.
run "$puerta" receipt "$work/first.jsonl.sealed" --key "$work/org.secret" --qr "$work/qr"
expect_code 0 "receipt of the first file"
expect_out "device $device: " "the receipt names the phone"
expect_out "(5 results, 5 versions)" "the receipt counts what arrived"
receipt=$(sed -n "s/^device $device: \([0-9A-Z-]*\) .*/\1/p" "$work/out")
echo "$receipt" | grep -Eq '^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$' || fail "not a receipt code: $receipt"
[ -s "$work/qr/$device.png" ] && [ -s "$work/qr/$device.svg" ] || fail "QR codes missing: $(ls "$work/qr")"
if command -v zbarimg > /dev/null; then
  scanned=$(zbarimg --quiet --raw "$work/qr/$device.png" 2> /dev/null)
  [ "$scanned" = "$receipt" ] || fail "the QR code reads \"$scanned\", not \"$receipt\""
fi

# A code typed with one symbol wrong is refused as mistyped, and marks nothing.
last=$(echo "$receipt" | cut -c14)
other=$( [ "$last" = "7" ] && echo 8 || echo 7 )
run "$phone" "$work/phone" apply "$(echo "$receipt" | cut -c1-13)$other"
expect_out "outcome=mistyped received=0 not_received=7" "a mistyped code"

# Typed in lower case without hyphens, as a canvasser might.
typed=$(echo "$receipt" | tr -d - | tr 'A-Z' 'a-z')
run "$phone" "$work/phone" apply "$typed"
expect_code 0 "apply the receipt"
expect_out "outcome=received received=5 not_received=2" "the phone marks what arrived"

# Both files (the second holds the first's versions too): everything arrived.
# The same versions in two files count once; an opened file reads the same.
"$puerta" open "$work/second.jsonl.sealed" --key "$work/org.secret" --out "$work/second.jsonl" 2> /dev/null
run "$puerta" receipt "$work/first.jsonl.sealed" "$work/second.jsonl" --key "$work/org.secret"
expect_code 0 "receipt of both files"
expect_out "device $device: " "the receipt of both"
expect_out "(7 results, 7 versions)" "versions in both files count once"
all=$(sed -n "s/^device $device: \([0-9A-Z-]*\) .*/\1/p" "$work/out")
[ "$all" != "$receipt" ] || fail "the receipt of 7 results is the receipt of 5"
run "$phone" "$work/phone" apply "$all"
expect_out "outcome=received received=7 not_received=0" "everything received"

# A damaged line: no receipt, and the file and line are named.
printf '{"attempt_id":"broken"}\n' >> "$work/second.jsonl"
run "$puerta" receipt "$work/second.jsonl"
expect_code 1 "a damaged file"
expect_err "second.jsonl: line 9" "the damaged line is named"
[ ! -s "$work/out" ] || fail "a receipt was printed for a damaged file"

echo "receipt ok"
