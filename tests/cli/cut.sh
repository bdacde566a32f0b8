#!/bin/sh
# `puerta cut`: a voter file of 600-odd households on a street grid (four
# precincts, four languages, some apartment buildings) cut into turfs of
# about 50 doors. Every door lands in exactly one turf file, each file is one
# `puerta package` accepts, files and folder are the organizer's alone, and
# nothing is replaced without --force. Then by precinct, with canvassers and
# their languages, after a first pass, and with totals that cannot divide.
# usage: cut.sh PUERTA SOURCE_DIR WORK_DIR
puerta=$1 src=$2 work=$3
. "$(dirname "$0")/lib.sh"
script=$src/assets/scripts/pledge-to-vote.json

# 24 streets x 26 buildings; every 7th building holds 4 units. Languages by
# building: es, vi, en, zh in turn; precinct by quarter.
voters=$work/voters.csv
awk 'BEGIN {
  print "id,first_name,last_name,address,unit,city,zip,latitude,longitude,phone,language,precinct"
  n = 0
  for (s = 0; s < 24; s++) for (b = 0; b < 26; b++) {
    units = (b % 7 == 3) ? 4 : 1
    split("es vi en zh", langs, " ")
    lang = langs[(s * 26 + b) % 4 + 1]
    precinct = "P" (s < 12 ? "S" : "N") (b < 13 ? "W" : "E")
    for (u = 1; u <= units; u++) {
      n++
      unit = units > 1 ? u "A" : ""
      printf "V%d,Name%d,Family%d,%d Street %d,%s,San Miguel,95112,%.6f,%.6f,555-01%02d,%s,%s\n",
        n, n, n, 100 + b * 2, s + 1, unit, 37.33 + s * 0.0009, -121.88 + b * 0.00025, n % 100, lang, precinct
    }
  }
}' > "$voters"
households=$(awk -F, 'NR > 1 { print $4 "|" $5 }' "$voters" | sort -u | wc -l)

run "$puerta" cut "$voters" --doors 50 --out "$work/turfs"
expect_code 0 "cut --doors 50"
expect_out "turf" "the table's header"
expect_err "doors, " "the summary"
turfs=$(ls "$work/turfs" | wc -l)
[ "$turfs" = "$(grep -c '^Turf ' "$work/out")" ] || fail "$turfs files but the table lists $(grep -c '^Turf ' "$work/out") turfs"
[ "$turfs" -ge 12 ] || fail "only $turfs turfs of ~50 for $households doors"
[ "$(stat -c %a "$work/turfs")" = 700 ] || fail "the folder is mode $(stat -c %a "$work/turfs"), not 700"
# Every door in exactly one file; every turf within 45-55 doors.
total=0
for f in "$work"/turfs/*.csv; do
  [ "$(stat -c %a "$f")" = 600 ] || fail "$f is mode $(stat -c %a "$f"), not 600"
  doors=$(awk -F, 'NR > 1 { print $4 "|" $5 }' "$f" | sort -u | wc -l)
  [ "$doors" -ge 45 ] && [ "$doors" -le 55 ] || fail "$f has $doors doors, not 45-55"
  total=$((total + doors))
done
[ "$total" = "$households" ] || fail "the turfs hold $total doors; the file has $households"
dups=$(cat "$work"/turfs/*.csv | awk -F, '$1 != "id" { print $1 }' | sort | uniq -d | head -3)
[ -z "$dups" ] || fail "voters in two turfs: $dups"
[ "$(cat "$work"/turfs/*.csv | grep -vc '^id,')" = "$(grep -vc '^id,' "$voters")" ] || fail "voters lost or added"

# Each file is a turf `puerta package` builds, with the doors the table says.
mkdir "$work/records"
first=$(ls "$work"/turfs/*.csv | head -1)
first_doors=$(awk '/^Turf 1 / { print $3 }' "$work/out")
run "$puerta" package --list "$first" --script "$script" --unsealed-exports --records "$work/records" --out "$work/t1.turf"
expect_code 0 "package --list $first"
expect_out "$first_doors households" "the package holds the turf's doors"

# Nothing replaced without --force.
run "$puerta" cut "$voters" --doors 50 --out "$work/turfs"
expect_code 1 "cut into a folder of turfs again"
expect_err "already exists; add --force" "refusing to replace"
run "$puerta" cut "$voters" --doors 50 --out "$work/turfs" --force --json
expect_code 0 "cut --force --json"
grep -q '^{"turf":"Turf 1","file":".*","group":"","by_street":false,"doors":[0-9]*,"people":[0-9]*,"languages":{.*},"route_meters":[0-9]*,' "$work/out" ||
  fail "no JSON line per turf: $(head -c 600 "$work/out")"
tail -1 "$work/out" | grep -q "^{\"summary\":{\"turfs\":$turfs,\"doors\":$households,\"people\":[0-9]*,\"problems\":\[\]}}\$" ||
  fail "no summary line: $(tail -1 "$work/out")"

# By precinct: every turf's voters share one precinct, named in the turf.
run "$puerta" cut "$voters" --doors 40 --by-column Precinct --out "$work/by-precinct"
expect_code 0 "cut --by-column Precinct"
for f in "$work"/by-precinct/*.csv; do
  values=$(awk -F, 'NR > 1 { print $12 }' "$f" | tr -d '\r' | sort -u)
  [ "$(echo "$values" | wc -l)" = 1 ] || fail "$f mixes precincts: $values"
  case "$(basename "$f")" in "$(echo "$values" | tr 'A-Z' 'a-z')"-*) ;; *) fail "$f is not named by its precinct $values" ;; esac
done
run "$puerta" cut "$voters" --doors 40 --by ward --out "$work/by-ward"
expect_code 1 "cut --by-column ward"
expect_err 'no voter has a column "ward"; columns to cut by: city, zip, precinct' "an unknown column"
[ ! -e "$work/by-ward" ] || fail "an unknown column still wrote turfs"

# Canvassers: a bad row is named; Spanish and Vietnamese speakers are
# suggested where those voters are, and a language nobody speaks warned.
printf 'name,languages\nAna Reyes,es en\nMinh Tran,vi\n,zh\n' > "$work/bad-crew.csv"
run "$puerta" cut "$voters" --doors 50 --canvassers "$work/bad-crew.csv" --out "$work/crew-bad"
expect_code 1 "a canvasser without a name"
expect_err "bad-crew.csv, row 4, column \"name\": no name" "the bad row named"
printf 'name,languages\nAna Reyes,Spanish English\nMinh Tran,"vi, en"\nSam Lee,en\n' > "$work/crew.csv"
run "$puerta" cut "$voters" --doors 50 --canvassers "$work/crew.csv" --out "$work/crew"
expect_code 0 "cut --canvassers"
grep -E '^Turf [0-9]+ .* Ana Reyes +es [0-9]+' "$work/out" >/dev/null || fail "no Spanish turf went to Ana: $(cat "$work/out")"
grep -E '^Turf [0-9]+ .* Minh Tran +vi [0-9]+' "$work/out" >/dev/null || fail "no Vietnamese turf went to Minh: $(cat "$work/out")"
grep -E '^Turf [0-9]+ .* zh [0-9]+.*WARNING: nobody speaks zh' "$work/out" >/dev/null || fail "no warning for Chinese: $(cat "$work/out")"
if grep -E 'Minh Tran +es [0-9]+' "$work/out" >/dev/null; then fail "a Spanish turf went to Minh, who speaks no Spanish"; fi

# A second pass: V1 spoke with us, V2 moved, V3 was not home: V1 and V2 are
# left out, V3 carries "Not Home" and its date into its turf's file.
line() {
  printf '{"attempt_id":"%032d","version":1,"recorded_unix":1763740800,"voter_id":"%s","voter_name":"x","household_id":"h1","time_unix":1763740800,"canvasser":"Ana","organization":"","campaign":"","channel":"door","result":"%s","answers":%s,"script_id":"pledge-to-vote","script_version":1,"language":"","notes":"","follow_up_due_unix":0,"follow_up_language":"","practice":false}\n' "$1" "$2" "$3" "$4"
}
{ echo '{"format":"puerta-attempts","format_version":1}'
  line 1 V1 canvassed '{"pledge":["yes"]}'; line 2 V2 moved '{}'; line 3 V3 not_home '{}'; line 4 X9 not_home '{}'; } > "$work/pass1.jsonl"
run "$puerta" cut "$voters" --doors 50 --previous "$work/pass1.jsonl" --out "$work/pass2"
expect_code 0 "cut --previous"
expect_err "previous pass: 2 voter(s) reached left out (canvassed 1, moved 1), 2 door(s) with nobody left; 1 voter(s) carry their last result" "the pass summary"
expect_err "the previous results name 1 voter(s) not in $voters (another voter file?): they were not used" "a voter from elsewhere"
! grep -qE '^V(1|2),' "$work"/pass2/*.csv || fail "a voter reached is in a turf of the second pass"
grep -h '^V3,' "$work"/pass2/*.csv | grep -q ',Not Home,2025-11-21' || fail "V3 does not carry its last result: $(grep -h '^V3,' "$work"/pass2/*.csv)"
# A follow-up turf in Vietnamese: V5 heard speaking Vietnamese, V6 (who
# prefers Vietnamese) asked to come back; V7's Spanish and V3's Not home stay out.
fu() {
  printf '{"attempt_id":"%032d","version":1,"recorded_unix":1763740800,"voter_id":"%s","voter_name":"x","household_id":"h1","time_unix":1763740800,"canvasser":"Ana","organization":"","campaign":"","channel":"door","result":"%s","answers":{},"script_id":"","script_version":0,"language":"","notes":"","follow_up_due_unix":0,"follow_up_language":"%s","practice":false}\n' "$1" "$2" "$3" "$4"
}
v6=$(awk -F, '$11 == "vi" { print $1; exit }' "$voters")
{ echo '{"format":"puerta-attempts","format_version":1}'
  fu 5 V5 language_barrier vi; fu 6 "$v6" come_back ""; fu 7 V7 language_barrier es; fu 8 V3 not_home ""; } > "$work/follow.jsonl"
run "$puerta" cut "$voters" --doors 50 --previous "$work/follow.jsonl" --follow-ups Vietnamese --out "$work/follow"
expect_code 0 "cut --follow-ups Vietnamese"
[ "$(cat "$work"/follow/*.csv | grep -vc '^id,')" = 2 ] || fail "the follow-up turf is not V5 and $v6: $(cat "$work"/follow/*.csv)"
grep -hq '^V5,.*,Language Barrier,' "$work"/follow/*.csv || fail "V5 is not in the follow-up turf"
grep -hq "^$v6,.*,Come Back," "$work"/follow/*.csv || fail "$v6 is not in the follow-up turf"
expect_err "previous pass: 910 voter(s) without a follow-up in vi left out" "the follow-up summary"
expect_err "2 doors are fewer than a turf of 45-55 doors: cut into 1 turf of 2" "2 doors said too few"
run "$puerta" cut "$voters" --doors 50 --follow-ups vi --out "$work/follow-alone"
expect_code 2 "--follow-ups without --previous"
expect_err "--previous" "--follow-ups needs --previous"

echo '{"format":"puerta-attempts","format_version":1}' > "$work/broken.jsonl"; echo '{"attempt_id":' >> "$work/broken.jsonl"
run "$puerta" cut "$voters" --doors 50 --previous "$work/broken.jsonl" --out "$work/pass-broken"
expect_code 1 "a broken results file"
expect_err "broken.jsonl: line 2" "the broken line named"

# A sealed results file is opened first, not read as lines of nonsense.
run "$puerta" cut "$voters" --doors 50 --previous "$data/sealed/responses.jsonl.sealed" --out "$work/pass-sealed"
expect_code 1 "a sealed results file"
expect_err "responses.jsonl.sealed is sealed: open it first" "the sealed file refused"
[ ! -e "$work/pass-sealed" ] || fail "a sealed results file still wrote turfs"

# 130 doors cannot make turfs of 90-110: said, and cut into one.
head -131 "$voters" > "$work/small.csv"
small=$(awk -F, 'NR > 1 { print $4 "|" $5 }' "$work/small.csv" | sort -u | wc -l)
run "$puerta" cut "$work/small.csv" --doors "$((small * 10 / 13))" --out "$work/small"
expect_code 0 "an awkward total"
expect_err "doors cannot make turfs of" "the awkward total said"
run "$puerta" cut "$work/small.csv" --doors "$((small * 10 / 13))" --out "$work/small" --force --json
tail -1 "$work/out" | grep -q '"problems":\["[0-9]* doors cannot make turfs of' || fail "the summary line lacks the problem: $(tail -1 "$work/out")"
run "$puerta" cut "$voters" --doors 0 --out "$work/zero"
expect_code 2 "--doors 0"
echo "cut ok"
