#!/bin/sh
# The organizer's desk, end to end: three canvassers' sealed files from two
# organizations (each sealed to its own organizer key), made by the app's own
# code (tests/cli/make_campaign_exports.cpp), collected into a campaign store
# twice; the report's numbers checked against a hand count of the opened
# files (tests/cli/hand_count.py); conflicts, flags, a rejected attempt.
# STORE: sqlite (files in WORK_DIR) or postgres (tests/cli/campaign_store_lib.sh).
# usage: campaign_collect.sh PUERTA SOURCE_DIR WORK_DIR MAKE_EXPORTS [STORE]
puerta=$1 src=$2 work=$3 make_exports=$4 store_kind=${5:-sqlite}
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/campaign_store_lib.sh"
db=$(new_store campaign)
make_phones "$make_exports"

# A sealed file without its organization's key: refused, naming the file.
one_key=$(new_store one_key)
run "$puerta" collect --db "$one_key" --key "$work/vecinos.secret" $p/cruz-1.jsonl.sealed
expect_code 1 "collect without the right key"
expect_out "cruz-1.jsonl.sealed: 0 new, 0 already had, 1 rejected" "the file's counts"
expect_out "rejected: $p/cruz-1.jsonl.sealed: " "the reason names the file"

# Everything, with both keys and the turf (door coordinates, voters, script).
run "$puerta" collect --db "$db" --key "$work/vecinos.secret" --key "$work/juntos.secret" --turf "$work/vecinos.turf" \
  --turf "$work/juntos.turf" $files
expect_code 0 "collect every file"
if grep -q "collecting:" "$work/err"; then fail "a progress line without a terminal or --progress"; fi
ana=$(sed -n 's/^ana=\([0-9a-f]*\) .*/\1/p' "$work/devices")
expect_out "ana-1.jsonl.sealed: 8 new, 0 already had, 0 rejected (sealed, device $ana, batch 1)" "Ana's first file"
expect_out "ana-2.jsonl.sealed: 5 new, 8 already had, 0 rejected" "Ana's second file overlaps her first"
expect_out "cruz-2.jsonl.sealed: 5 new, 5 already had, 0 rejected" "Cruz's second file overlaps his first"
expect_out "collected 5 file(s) into $db: 30 new, 13 already had, 0 rejected" "the summary"
# Each phone's receipt, as `puerta receipt` gives it for the same files.
cp "$work/out" "$work/collect-1.out"
"$puerta" receipt --key "$work/vecinos.secret" $p/ana-1.jsonl.sealed $p/ana-2.jsonl.sealed $p/ben.jsonl.sealed \
  > "$work/receipts-vecinos" || fail "puerta receipt for the vecinos phones"
"$puerta" receipt --key "$work/juntos.secret" $p/cruz-1.jsonl.sealed $p/cruz-2.jsonl.sealed \
  > "$work/receipts-juntos" || fail "puerta receipt for the juntos phone"
[ "$(grep -c '^device ' "$work/collect-1.out")" = 3 ] || fail "collect gave $(grep -c '^device ' "$work/collect-1.out") receipts for 3 phones"
cat "$work/receipts-vecinos" "$work/receipts-juntos" > "$work/receipts-all"
while read -r line; do
  grep -qxF -- "$line" "$work/collect-1.out" || fail "collect's receipts lack \"$line\""
done < "$work/receipts-all"
[ "$store_kind" != sqlite ] || [ "$(stat -c %a "$db")" = 600 ] || fail "the store is readable by others: $(stat -c %a "$db")"
"$puerta" report --db "$db" --by org,day --format csv --out "$work/report-1.csv"

# Twice: nothing new, the same report.
run "$puerta" collect --db "$db" --key "$work/vecinos.secret" --key "$work/juntos.secret" --progress $files
expect_code 0 "collect everything again"
expect_err "collecting: 5 of 5 files, 0 new" "--progress shows progress when stderr is no terminal"
expect_out "collected 5 file(s) into $db: 0 new, 43 already had, 0 rejected" "the second collect adds nothing"
"$puerta" report --db "$db" --by org,day --format csv --out "$work/report-2.csv"
cmp -s "$work/report-1.csv" "$work/report-2.csv" || fail "the report changed after collecting again"

# The hand count, from the files opened as `puerta open` opens them.
for f in ana-2:vecinos ben:vecinos cruz-2:juntos; do
  "$puerta" open "$p/${f%%:*}.jsonl.sealed" --key "$work/${f##*:}.secret" --out "$work/${f%%:*}.jsonl" 2> /dev/null
done
opened="$work/ana-2.jsonl $work/ben.jsonl $work/cruz-2.jsonl"
python3 "$src/tests/cli/hand_count.py" "$script" "$src/assets/sample/walk-list.csv" $opened > "$work/expected.csv"
# The report's rows without the BOM, header and CR.
rows() { sed '1d; s/\r$//' "$1"; }
rows "$work/report-1.csv" > "$work/actual.csv"
[ "$(wc -l < "$work/expected.csv")" -ge 4 ] || fail "the hand count is too small: $(cat "$work/expected.csv")"
diff "$work/expected.csv" "$work/actual.csv" > "$work/diff" || fail "report != hand count: $(cat "$work/diff")"
head -1 "$work/report-1.csv" | grep -q "org,day,attempts,doors_knocked,households_contacted,conversations,contact_rate,support_ids" \
  || fail "the header: $(head -1 "$work/report-1.csv")"

# JSON: the same total, and the answers per question.
run "$puerta" report --db "$db" --format json
expect_code 0 "report as json"
expect_out '"group": "total"' "json total"
expect_out '"pledge": {' "json answers per question"

# Conflicts: Ben's Not home at the door Ana talked with first (and Cruz's
# turf is cut from the same voter file: both talked with that voter).
voter=$(sed -n '2s/.*"voter_id":"\([^"]*\)".*/\1/p' "$work/ana-2.jsonl")
run "$puerta" conflicts --db "$db" --out "$work/conflicts.csv"
expect_code 0 "conflicts"
tr '\n' ' ' < "$work/conflicts.csv" | grep -q "voter,$voter,.*by Ben.*a conversation beats a non-contact; among conversations the latest wins" || \
  fail "the conflict at $voter: $(cat "$work/conflicts.csv")"
grep -q "the latest version counts" "$work/conflicts.csv" || fail "Ana's edited attempt: $(cat "$work/conflicts.csv")"

# Flags: the permanent results wait for confirmation; confirming clears one.
run "$puerta" flags --db "$db"
expect_code 0 "flags"
expect_out "permanent_result: Vecinos / Ana: result deceased" "Ana's Deceased is flagged"
expect_out "permanent_result: Juntos / Cruz: result hostile" "Cruz's Hostile is flagged"
expect_out "batch 1 ($p/ana-1.jsonl.sealed): has_issues" "a batch with flagged attempts has issues"
expect_out "10 file(s) collected" "every file collected, each time, is a batch"
deceased=$(sed -n 's/.*"attempt_id":"\([0-9a-f]*\)".*"result":"deceased".*/\1/p' "$work/ana-2.jsonl")
expect_out "location_missing: Vecinos / Ana: no location reading at a door with coordinates" "no location where the door has coordinates"
run "$puerta" review --db "$db" --confirm "$deceased"
expect_code 0 "confirm"
expect_out "$deceased: has_issues" "confirmed, and still without a location"
run "$puerta" flags --db "$db"
expect_out "result deceased changes the voter for good: confirm it before any VAN export (puerta review --confirm) (confirmed)" "the confirmation shows"
run "$puerta" review --db "$db" --approve "$deceased"
expect_out "$deceased: approved" "approved despite its flags"
run "$puerta" review --db "$db" --reject 0123456789abcdef0123456789abcdef
expect_code 1 "reject an unknown attempt"
expect_err "no attempt 0123456789abcdef0123456789abcdef" "names the unknown attempt"

# Rejecting Ana's first conversation: it leaves the counts, as the hand count says.
talk=$(sed -n '2s/.*"attempt_id":"\([0-9a-f]*\)".*"result":"canvassed".*/\1/p' "$work/ana-2.jsonl")
[ -n "$talk" ] || fail "no conversation on Ana's first line"
run "$puerta" review --db "$db" --reject "$talk"
expect_code 0 "reject"
expect_out "$talk: rejected" "rejected"
"$puerta" report --db "$db" --by org,day --format csv --out "$work/report-3.csv"
python3 "$src/tests/cli/hand_count.py" "$script" "$src/assets/sample/walk-list.csv" --rejected "$talk" $opened > "$work/expected-3.csv"
rows "$work/report-3.csv" > "$work/actual-3.csv"
diff "$work/expected-3.csv" "$work/actual-3.csv" > "$work/diff" || fail "report after reject != hand count: $(cat "$work/diff")"
cmp -s "$work/actual.csv" "$work/actual-3.csv" && fail "rejecting changed nothing"

# Bad input: a damaged line is named by file, line and field; nothing else of it is lost.
head -3 "$work/ben.jsonl" > "$work/damaged.jsonl"
echo '{"attempt_id":"ffffffffffffffffffffffffffffffff","version":1,"result":"nope"}' >> "$work/damaged.jsonl"
run "$puerta" collect --db "$db" "$work/damaged.jsonl"
expect_code 1 "a damaged file"
expect_out "damaged.jsonl: 0 new, 2 already had, 1 rejected (plain, batch" "the damaged file's counts"
expect_out "rejected: $work/damaged.jsonl, line 4, \$." "line and field"
if [ "$store_kind" = sqlite ]; then
  run "$puerta" report --db "$work/nowhere.sqlite" --format csv
  expect_code 1 "no store"
  expect_err "no campaign store there" "says there is no store"
  [ ! -e "$work/nowhere.sqlite" ] || fail "report made a store"
else
  run "$puerta" report --db "${PUERTA_TEST_POSTGRES}nowhere" --format csv
  expect_code 1 "no database"
  expect_err "database \"nowhere\" does not exist" "the server says there is no such database"
  empty=$(new_store empty)
  run "$puerta" report --db "$empty" --format csv
  expect_code 1 "an empty database"
  expect_err "$empty: no campaign store there" "says there is no store"
  run "$puerta" report --db "postgresql://puerta:not-the-password@${empty#postgresql://puerta@}" --format csv
  expect_code 1 "a wrong password"
  expect_err "password authentication failed" "the server refuses the password"
  if grep -q "not-the-password" "$work/err" "$work/out"; then fail "the password was printed"; fi
fi
run "$puerta" report --db "$db" --by org,voter --format csv
expect_code 2 "an unknown grouping"
expect_err "unknown grouping \"voter\"" "names the grouping"
# Two organizers collecting into one store at the same moment: each file
# once, nothing lost (on PostgreSQL writers take turns on an advisory lock,
# on SQLite on the file's lock).
together=$(new_store together)
"$puerta" collect --db "$together" $keys $p/ana-1.jsonl.sealed $p/ana-2.jsonl.sealed $p/ben.jsonl.sealed \
  > "$work/first.out" 2>&1 &
first=$!
"$puerta" collect --db "$together" $keys $p/cruz-1.jsonl.sealed $p/cruz-2.jsonl.sealed > "$work/second.out" 2>&1 \
  || fail "the second organizer's collect: $(cat "$work/second.out")"
wait "$first" || fail "the first organizer's collect: $(cat "$work/first.out")"
run "$puerta" collect --db "$together" $keys $files
expect_out "collected 5 file(s) into $together: 0 new, 43 already had, 0 rejected" "both collects went in whole"
echo "campaign collect ok"
