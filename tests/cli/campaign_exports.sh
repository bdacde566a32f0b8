#!/bin/sh
# What leaves the organizer's desk: the same three canvassers' sealed files
# as cli.campaign_collect, collected into a campaign store, then
#  - csv and VAN from the store hold back flagged attempts (counted by why),
#    a batch approved at once lets them go, a rejected attempt and a rejected
#    batch never leak into either, an unconfirmed Deceased never reaches VAN;
#  - the lossless jsonl holds every version, rejected ones included, and
#    collected into a fresh store gives the same store (its own jsonl, byte
#    for byte, and the same report);
#  - the follow-up list by language against a hand count (hand_count.py --followups).
# usage: campaign_exports.sh PUERTA SOURCE_DIR WORK_DIR MAKE_EXPORTS [STORE]
puerta=$1 src=$2 work=$3 make_exports=$4 store_kind=${5:-sqlite}
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/campaign_store_lib.sh"
db=$(new_store campaign)
make_phones "$make_exports"
"$puerta" collect --db "$db" $keys --turf "$work/vecinos.turf" --turf "$work/juntos.turf" $files > /dev/null \
  || fail "collect"
for f in ana-2:vecinos ben:vecinos cruz-2:juntos; do
  "$puerta" open "$p/${f%%:*}.jsonl.sealed" --key "$work/${f##*:}.secret" --out "$work/${f%%:*}.jsonl" 2> /dev/null
done
opened="$work/ana-2.jsonl $work/ben.jsonl $work/cruz-2.jsonl"
id_of() { sed -n "s/.*\"attempt_id\":\"\\([0-9a-f]*\\)\".*\"result\":\"$2\".*/\\1/p" "$work/$1.jsonl" | head -1; }
deceased=$(id_of ana-2 deceased)
talk=$(sed -n '2s/.*"attempt_id":"\([0-9a-f]*\)".*"result":"canvassed".*/\1/p' "$work/ana-2.jsonl")
talk_voter=$(sed -n '2s/.*"voter_id":"\([^"]*\)".*/\1/p' "$work/ana-2.jsonl")
[ -n "$deceased" ] && [ -n "$talk" ] && [ -n "$talk_voter" ] || fail "the test files lack a Deceased or a conversation"
# data rows of a CSV (no BOM line, header)
data_rows() { sed '1d' "$1" | grep -c . || true; }

# Flagged attempts (no location where the door has coordinates; permanent
# results) wait: held back, and counted by why.
run "$puerta" export --db "$db" --format csv --out "$work/held.csv"
expect_code 0 "export csv from the store"
expect_err "held back: has issues: location_missing" "held back by flag"
expect_err "puerta review --approve or --confirm lets them go" "says what lets them go"
exported=$(sed -n 's/^puerta: \([0-9]*\) attempt(s) exported.*/\1/p' "$work/err")
[ "$(data_rows "$work/held.csv")" = "$exported" ] || fail "csv rows $(data_rows "$work/held.csv") != $exported exported"

# Approve every batch at once; reject Ana's first conversation and Ben's whole batch.
for batch in 1 2 3 4 5; do
  run "$puerta" review --db "$db" --batch "$batch" --approve
  expect_code 0 "approve batch $batch"
  expect_out "batch $batch: " "approve batch $batch says so"
done
expect_out "attempt(s) approved; the batch is approved" "the last batch is approved"
run "$puerta" flags --db "$db"
expect_out "5 file(s) collected, 0 with issues or rejected" "every batch approved"
run "$puerta" review --db "$db" --reject "$talk"
expect_code 0 "reject one attempt"
run "$puerta" review --db "$db" --batch 3 --reject
expect_code 0 "reject Ben's batch"
expect_out "batch 3: 7 attempt(s) rejected; the batch is rejected" "Ben's seven attempts"
run "$puerta" flags --db "$db"
expect_out "batch 3 ($p/ben.jsonl.sealed): rejected" "flags lists the rejected batch"
run "$puerta" review --db "$db" --batch 3 --reject "$talk"
expect_code 2 "--batch with an attempt id"
expect_err "give --reject or --approve alone" "says how --batch is used"
run "$puerta" review --db "$db" --batch 99 --approve
expect_code 1 "an unknown batch"
expect_err "no import batch 99" "names the batch"

# csv: everything but the rejected; the unconfirmed Deceased (approved) is in it.
run "$puerta" export --db "$db" --format csv --out "$work/responses.csv"
expect_code 0 "export csv"
expect_err "21 attempt(s) exported, 8 held back: rejected 8" "one attempt and Ben's seven held back as rejected"
grep -q "$talk" "$work/responses.csv" && fail "the rejected attempt leaked into the csv"
grep -q ",Ben," "$work/responses.csv" && fail "Ben's rejected batch leaked into the csv"
grep -q "$deceased" "$work/responses.csv" || fail "the approved Deceased is not in the csv"
# 29 attempts in the store, 8 rejected.
[ "$(data_rows "$work/responses.csv")" = 21 ] || fail "csv rows: $(data_rows "$work/responses.csv"), expected 21"
[ "$(stat -c %a "$work/responses.csv")" = 600 ] || fail "the csv (voters' names) is readable by others: $(stat -c %a "$work/responses.csv")"

# The workbook: the same attempts as the csv, through the same choice.
run "$puerta" export --db "$db" --format xlsx --out "$work/responses.xlsx"
expect_code 0 "export xlsx"
expect_err "21 attempt(s) exported, 8 held back: rejected 8" "the workbook holds back the same"
[ -s "$work/responses.xlsx" ] || fail "no workbook"

# VAN: the Deceased and the Hostile wait for --confirm.
# No --script: the turfs' scripts were kept whole when collected.
run "$puerta" export --db "$db" --format van --out "$work/van"
expect_code 0 "export van"
grep -q "left out of the survey responses" "$work/err" && fail "the store's scripts were not used: $(cat "$work/err")"
[ "$(data_rows "$work/van-survey-responses.csv")" -gt 0 ] || fail "no survey responses from the store's scripts"
grep -q "^$talk_voter,.*,Ana" "$work/van-survey-responses.csv" && fail "Ana's rejected conversation's answers leaked into VAN"
expect_err "deceased not confirmed 1" "the Deceased held back, by code"
expect_err "hostile not confirmed 1" "the Hostile held back, by code"
expect_err "rejected 8" "the rejected held back"
history=$work/van-contact-history.csv
grep -q ",Deceased," "$history" && fail "an unconfirmed Deceased leaked into VAN"
grep -q ",Hostile," "$history" && fail "an unconfirmed Hostile leaked into VAN"
grep -q ",Ben$" "$history" && fail "Ben's rejected batch leaked into VAN"
grep -q "^$talk_voter,.*,Walk,Ana" "$history" && fail "Ana's rejected conversation leaked into VAN"
[ "$(data_rows "$history")" = 19 ] || fail "VAN rows: $(data_rows "$history"), expected 19"
"$puerta" review --db "$db" --confirm "$deceased" > /dev/null || fail "confirm the Deceased"
run "$puerta" export --db "$db" --format van --script "$script" --out "$work/van"
expect_err "20 attempt(s) exported, 9 held back: rejected 8; hostile not confirmed 1" "the confirmed Deceased goes"
grep -q ",Deceased,Walk,Ana" "$history" || fail "the confirmed Deceased is not in VAN"

# The lossless jsonl: every version (29 attempts, 30 versions), rejected ones
# included; collected into a fresh store it is the same store.
run "$puerta" export --db "$db" --format jsonl
expect_code 1 "jsonl of two turfs to standard output"
expect_err "holds the attempts of 2 turfs, one file each: give --out" "says why"
run "$puerta" export --db "$db" --format jsonl --out "$work/all.jsonl"
expect_code 0 "export jsonl"
expect_out "wrote $work/all-juntos-east.jsonl, $work/all-vecinos-east.jsonl" "one file per turf"
head -1 "$work/all-juntos-east.jsonl" | grep -q '"turf_id":"juntos-east","package_id":"' || fail "the header names the turf and package"
for f in all-juntos-east.jsonl all-vecinos-east.jsonl van-contact-history.csv responses.xlsx; do
  [ "$(stat -c %a "$work/$f")" = 600 ] || fail "$f (voters' names) is readable by others: $(stat -c %a "$work/$f")"
done
cat "$work/all-juntos-east.jsonl" "$work/all-vecinos-east.jsonl" > "$work/all.jsonl"
[ "$(wc -l < "$work/all.jsonl")" = 32 ] || fail "jsonl lines: $(wc -l < "$work/all.jsonl"), expected 2 headers + 30"
grep -q "\"attempt_id\":\"$talk\"" "$work/all.jsonl" || fail "the rejected attempt is not in the lossless export"
[ "$(grep -c '"canvasser":"Ben"' "$work/all.jsonl")" = 7 ] || fail "Ben's rejected batch is not in the lossless export"
# Each line exactly as the phones wrote it (the opened files hold the latest of every attempt).
for f in $opened; do
  sed 1d "$f" | while read -r line; do
    grep -qxF -- "$line" "$work/all.jsonl" || fail "a line of $f is not in the lossless export byte for byte"
  done
done
copy=$(new_store copy)
run "$puerta" collect --db "$copy" --turf "$work/vecinos.turf" --turf "$work/juntos.turf" "$work/all-juntos-east.jsonl" \
  "$work/all-vecinos-east.jsonl"
expect_code 0 "collect the lossless export"
expect_out "30 new, 0 already had, 0 rejected" "every version goes back in"
"$puerta" export --db "$copy" --format jsonl --out "$work/copy.jsonl" > /dev/null
for turf in juntos-east vecinos-east; do
  cmp -s "$work/all-$turf.jsonl" "$work/copy-$turf.jsonl" || fail "the copy's lossless export of $turf differs from the store's"
done
"$puerta" report --db "$copy" --by org,canvasser --format csv --out "$work/copy-report.csv"
"$puerta" review --db "$db" --approve "$talk" > /dev/null
"$puerta" review --db "$db" --batch 3 --approve > /dev/null
"$puerta" report --db "$db" --by org,canvasser --format csv --out "$work/report.csv"
cmp -s "$work/report.csv" "$work/copy-report.csv" || fail "the copy counts differently: $(diff "$work/report.csv" "$work/copy-report.csv")"

# Follow-ups by language, against the hand count; one language alone.
run "$puerta" followups --db "$db" --format csv --out "$work/followups.csv"
expect_code 0 "followups"
python3 "$src/tests/cli/hand_count.py" "$script" "$src/assets/sample/walk-list.csv" --followups $opened \
  > "$work/followups-expected.csv"
sed '1d; s/\r$//' "$work/followups.csv" > "$work/followups-actual.csv"
[ "$(wc -l < "$work/followups-expected.csv")" -ge 2 ] || fail "too few follow-ups to test: $(cat "$work/followups-expected.csv")"
diff "$work/followups-expected.csv" "$work/followups-actual.csv" > "$work/diff" || fail "followups != hand count: $(cat "$work/diff")"
head -1 "$work/followups.csv" | grep -q "voter,turf,door,result,date,language" || fail "the header: $(head -1 "$work/followups.csv")"
language=$(sed -n '1s/.*,\([a-z]*\),[^,]*,[^,]*,[^,]*$/\1/p' "$work/followups-expected.csv")
run "$puerta" followups --db "$db" --language "$language" --format json
expect_code 0 "followups in one language"
[ "$(grep -c "\"language\": \"$language\"" "$work/out")" = "$(grep -c ",$language,[^,]*,[^,]*,[^,]*$" "$work/followups-expected.csv")" ] \
  || fail "followups --language $language: $(cat "$work/out")"
grep -q '"language": "' "$work/out" && grep -v "\"language\": \"$language\"" "$work/out" | grep -q '"language"' \
  && fail "followups --language $language lists another language"
# Ben's Come Back leaves the list while his batch is rejected.
"$puerta" review --db "$db" --batch 3 --reject > /dev/null
run "$puerta" followups --db "$db" --format csv
grep -q ",Ben," "$work/out" && fail "a rejected batch's follow-up is listed"

# Usage: a store or files, not both; van from a store needs --out.
run "$puerta" export "$work/ana-2.jsonl" --db "$db" --format csv
expect_code 2 "files and a store"
run "$puerta" export --db "$db" --format van
expect_code 2 "van without --out"
expect_err "needs --out BASE" "says why"
echo "campaign exports ok"
