#!/bin/sh
# The organizer's workspace (native/desk/), drawn headless by its own code
# (desk_probe) on a campaign of three canvassers' sealed files from two
# organizations (tests/cli/make_campaign_exports.cpp, as cli.campaign_collect
# makes them): the Results view shows the same totals as `puerta report`, in
# English, Spanish, Chinese and Korean with no character drawn as a box;
# Review lists every collected file; rejecting one file there takes its
# results out of the counts, as `puerta report` then says too.
# Screenshots: WORK_DIR/desk-*.png.
# usage: desk.sh PUERTA PROBE SOURCE_DIR WORK_DIR MAKE_EXPORTS
puerta=$1 probe=$2 src=$3 work=$4 make_exports=$5
. "$src/tests/cli/lib.sh"
script=$src/assets/scripts/pledge-to-vote.json
db=$work/campaign.sqlite
for org in vecinos juntos; do
  "$puerta" keys new --out "$work/$org" > /dev/null
  "$puerta" package --list "$src/assets/sample/walk-list.csv" --script "$script" --key "$work/$org.public" \
    --name "$org turf" --turf-id "$org-east" --organization "$org" --plain-package --made-up-voters \
    --out "$work/$org.turf" > /dev/null || fail "package $org"
done
mkdir -p "$work/phones"
"$make_exports" "$work/vecinos.turf" "$work/juntos.turf" "$work/phones" > "$work/devices" || fail "make the exports"
p=$work/phones
"$puerta" collect --db "$db" --key "$work/vecinos.secret" --key "$work/juntos.secret" --turf "$work/vecinos.turf" \
  --turf "$work/juntos.turf" $p/ana-1.jsonl.sealed $p/ana-2.jsonl.sealed $p/ben.jsonl.sealed $p/cruz-1.jsonl.sealed \
  $p/cruz-2.jsonl.sealed > "$work/collect.out" 2>&1 || fail "collect: $(cat "$work/collect.out")"

# The CLI's total row (--by org): total,attempts,doors,contacted,conversations,rate,support...
cli_total() {
  "$puerta" report --db "$db" --by org --format csv --out "$work/report.csv" || fail "puerta report"
  sed -n 's/\r$//; s/^total,\([0-9]*\),\([0-9]*\),[0-9]*,\([0-9]*\),[^,]*,\([0-9]*\).*/attempts=\1 doors=\2 conversations=\3 support=\4/p' \
    "$work/report.csv"
}
expected=$(cli_total)
[ -n "$expected" ] || fail "no total row in puerta report: $(cat "$work/report.csv")"

for lang in en es zh ko; do
  run "$probe" "$db" results $lang "$work/desk-results-$lang.png" --by org,canvasser
  expect_code 0 "draw Results in $lang"
  expect_out "total: $expected" "Results in $lang shows puerta report's total"
  expect_out "rows: 3" "one row per canvasser (Ana, Ben, Cruz)"
  expect_out "replacement glyphs: 0" "every character of Results in $lang has a glyph"
done
run "$probe" "$db" results zh "$work/desk-results-zh-labels.png" --label "对话" --label "志愿者" --label "结果"
expect_out "on screen: 志愿者" "the grouping is offered in Chinese"
expect_out "on screen: 结果" "the sidebar is in Chinese"

run "$probe" "$db" review en "$work/desk-review-en.png"
expect_code 0 "draw Review"
[ "$(grep -c '^batch: ' "$work/out")" = 5 ] || fail "Review lists $(grep -c '^batch: ' "$work/out") of the 5 collected files"
expect_out "batch: 3 " "Ben's file is listed"

# Reject Ben's file (batch 3) from the desk: its results leave the counts,
# for the desk and for `puerta report` alike; the file shows as rejected.
run "$probe" "$db" review ko "$work/desk-review-ko.png" --reject 3
expect_code 0 "reject a file from the desk"
expect_out "batch: 3 rejected" "Review shows Ben's file rejected"
expect_out "replacement glyphs: 0" "every character of Review in Korean has a glyph"
after=$(cli_total)
[ "$after" != "$expected" ] || fail "rejecting Ben's file changed nothing in puerta report ($after)"
run "$probe" "$db" results en "$work/desk-results-after.png"
expect_out "total: $after" "the desk's total after the rejection is puerta report's"

# Confirming a permanent result from the desk clears its flag (one fewer standing).
run "$probe" "$db" review en "$work/desk-review-before-confirm.png"
flags_before=$(sed -n 's/^flags: //p' "$work/out")
[ "${flags_before:-0}" -gt 0 ] || fail "no standing flag to confirm"
run "$probe" "$db" review en "$work/desk-review-confirm.png" --confirm-first
expect_code 0 "confirm a permanent result from the desk"
expect_out "confirmed: " "the desk confirmed one"
expect_out "flags: $((flags_before - 1))" "its flag no longer stands"

# Files dropped on the desk are collected as `puerta collect` does: a new
# campaign takes Ben's file whole; dropped again, nothing is added twice;
# without the key that opens it, refused with the reason.
run "$probe" "$work/dropped.sqlite" campaign vi "$work/desk-campaign-vi.png" --key "$work/vecinos.secret" \
  --collect "$p/ben.jsonl.sealed" --collect "$p/ben.jsonl.sealed" --collect "$p/cruz-1.jsonl.sealed"
expect_code 0 "draw Campaign in Vietnamese"
expect_out "replacement glyphs: 0" "every character of Campaign in Vietnamese has a glyph"
ben_new=$(sed -n 's/.*ben.jsonl.sealed: \([0-9]*\) new.*/\1/p' "$work/collect.out")
expect_out "collected: ben.jsonl.sealed $ben_new new, 0 already had, 0 rejected" "Ben's file collected whole"
expect_out "collected: ben.jsonl.sealed 0 new, $ben_new already had, 0 rejected" "Ben's file again adds nothing"
expect_out "collected: cruz-1.jsonl.sealed 0 new, 0 already had, 1 rejected" "Cruz's file needs the Juntos key"
# Turfs: a voter file on the map. Everything selected is what `puerta list
# inspect` counts; a rectangle around Esperanza St's north side holds the
# doors and people a count of the file's rows inside it gives.
voters=$src/assets/sample/walk-list.csv
"$puerta" list inspect "$voters" > "$work/inspect.json" || fail "list inspect"
households=$(sed -n 's/.*"households":\([0-9]*\).*/\1/p' "$work/inspect.json")
people=$(sed -n 's/.*"voters":\([0-9]*\).*/\1/p' "$work/inspect.json")
run "$probe" "$db" turfs ko "$work/desk-turfs-ko.png" --voters "$voters" --select 37.3,-121.9,37.4,-121.8
expect_code 0 "draw Turfs in Korean"
expect_out "selected: doors=$households people=$people " "everything selected is the whole file"
expect_out "replacement glyphs: 0" "every character of Turfs in Korean has a glyph"
box="37.35,-121.8810,37.3510,-121.8790"
by_rows=$(python3 - "$voters" "$box" <<'PY'
import csv, sys
lat0, lon0, lat1, lon1 = map(float, sys.argv[2].split(","))
inside = [r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))
          if lat0 <= float(r["latitude"]) <= lat1 and lon0 <= float(r["longitude"]) <= lon1]
print("doors=%d people=%d" % (len({(r["address"], r["unit"]) for r in inside}), len(inside)))
PY
)
run "$probe" "$db" turfs en "$work/desk-turfs-en.png" --voters "$voters" --select "$box"
expect_out "selected: $by_rows " "the rectangle's count is the rows inside it"
# Cutting on the desk: auto-cut gives the turfs `puerta cut` gives (the same
# doors per turf, and files that are the same bytes), saved 0600; merging two
# turfs makes one of their doors together; undo takes the merge back, and
# then the cut.
"$puerta" cut "$voters" --doors 6 --out "$work/cli-cut" --json > "$work/cli-cut.json" 2> /dev/null || fail "puerta cut"
cli_sizes=$(grep '"turf":' "$work/cli-cut.json" | sed -n 's/.*"doors":\([0-9]*\),"people".*/\1/p' | tr '\n' ' ')
cli_turfs=$(grep -c '"turf":' "$work/cli-cut.json")
run "$probe" "$db" turfs es "$work/desk-cut-es.png" --voters "$voters" --cut 6 --save "$work/desk-cut"
expect_code 0 "cut and save on the desk"
expect_out "turfs: $cli_turfs $(echo $cli_sizes)" "the desk cuts as puerta cut does"
expect_out "not in a turf: 0" "every door in a turf"
diff -r "$work/cli-cut" "$work/desk-cut" > "$work/cut.diff" || fail "the desk's turf files differ from puerta cut's: $(head -5 "$work/cut.diff")"
[ "$(stat -c %a "$work/desk-cut")" = 700 ] || fail "the turf folder is readable by others"
for f in "$work"/desk-cut/*.csv; do [ "$(stat -c %a "$f")" = 600 ] || fail "$f is readable by others"; done
first=$(echo $cli_sizes | cut -d' ' -f1) second=$(echo $cli_sizes | cut -d' ' -f2)
run "$probe" "$db" turfs en "$work/desk-merge.png" --voters "$voters" --cut 6 --merge 0,1
expect_out "turfs: $((cli_turfs - 1)) $((first + second)) " "turfs 1 and 2 merged into one of their doors together"
run "$probe" "$db" turfs en "$work/desk-undo.png" --voters "$voters" --cut 6 --merge 0,1 --undo 1
expect_out "turfs: $cli_turfs $(echo $cli_sizes)" "undo takes the merge back"
run "$probe" "$db" turfs en "$work/desk-undo2.png" --voters "$voters" --cut 6 --merge 0,1 --undo 2
expect_out "turfs: 0" "a second undo takes the cut back"
expect_out "not in a turf: $households" "every door out of a turf again"
# Canvassers and their languages: each turf's suggestion is puerta cut's.
printf 'name,languages\nAna Reyes,en es\nMinh Tran,vi en\nJi-woo Park,ko\n' > "$work/crew.csv"
"$puerta" cut "$voters" --doors 6 --canvassers "$work/crew.csv" --out "$work/crew-cut" --json 2> /dev/null \
  | sed -n 's/.*"canvasser":"\([^"]*\)".*/canvasser: \1/p' > "$work/crew-cli"
[ "$(wc -l < "$work/crew-cli")" -ge 3 ] || fail "puerta cut suggested nobody: $(cat "$work/crew-cli")"
run "$probe" "$db" turfs en "$work/desk-crew.png" --voters "$voters" --cut 6 --canvassers "$work/crew.csv"
grep '^canvasser: ' "$work/out" > "$work/crew-desk"
diff "$work/crew-cli" "$work/crew-desk" > /dev/null || fail "the desk suggests other canvassers: $(cat "$work/crew-desk")"
echo "desk ok"
