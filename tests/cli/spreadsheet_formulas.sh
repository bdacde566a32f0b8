#!/bin/sh
# Exports made by `puerta export` opened the way a spreadsheet opens them:
# LibreOffice Calc, headless, converts each CSV to a flat ODF spreadsheet
# (.fods, XML) with formula evaluation on, and no cell may come out as a
# formula. Text cells hold what voters and canvassers typed (untrusted);
# numeric answers must still come out as numbers.
#
# A control file written without Puerta proves the conversion does evaluate
# formulas, so the check cannot pass by accident.
# usage: spreadsheet_formulas.sh PUERTA SOURCE_DIR WORK_DIR
# Exits 77 (skipped) when LibreOffice is not installed (Debian: libreoffice-calc-nogui).
puerta=$1 src=$2 work=$3
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/soffice.sh"

# Fields: separator 44 (,), text delimiter 34 ("), charset 76 (UTF-8), from
# line 1, default column formats, English (US), quoted fields not forced to
# text, special numbers detected, ..., evaluate formulas (token 13): the
# most formula-happy reading of a CSV.
to_fods() {
  soffice_convert "$1" fods "CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true"
  fods="$work/out/$(basename "$1" .csv).fods"
  [ -s "$fods" ] || fail "soffice wrote no $fods: $(cat "$work/soffice.log")"
}

printf '\357\273\277a,b\r\n=1+1,-5\r\n' > "$work/control.csv"
to_fods "$work/control.csv"
grep -q 'table:formula=' "$fods" || fail "the control's =1+1 did not become a formula: the check would prove nothing"

# One attempt per dangerous text, in the notes and the voter's name: formulas
# as such, behind spaces, a no-break space, zero-width characters, a BOM,
# an ideographic space, a tab, in full-width signs. Plus numeric answers.
line() {
  printf '{"attempt_id":"%032d","version":1,"recorded_unix":1730548800,"voter_id":"%s","voter_name":"%s","household_id":"h%s","time_unix":1730548800,"canvasser":"Ana","organization":"Org","campaign":"C","channel":"door","result":"%s","answers":%s,"script_id":"%s","script_version":%s,"language":"en","notes":"%s","follow_up_due_unix":0,"follow_up_language":"","practice":false}\n' \
    "$1" "$1" "$2" "$1" "$3" "$4" "$5" "$6" "$2"
}
{
  printf '{"format":"puerta-attempts","format_version":1}\n'
  n=1
  for text in '=1+1' '+1+1' '-1+1' '@SUM(1)' ' =1+1' '   =1+1' '\u00a0=1+1' '\u200b=1+1' '\u200c\u200d=1+1' \
              '\ufeff=1+1' '\u3000=1+1' '\t=1+1' '\r=1+1' '\uff1d1+1' '\uff0b1+1' '\uff0d1+1' '\uff201' \
              '=HYPERLINK(\"http://example.com\",\"x\")' ' \u00a0\u200b =cmd|\u0027 /C calc\u0027!A0'; do
    line "$n" "$text" not_home '{}' '' 0
    n=$((n + 1))
  done
  line 90 'Numbers' canvassed '{"household_size":["-5"],"support":["0.5"],"registered":["yes"]}' test-branching 2
} > "$work/attempts.jsonl"

"$puerta" export "$work/attempts.jsonl" --format csv --out "$work/responses.csv" || fail "export --format csv"
"$puerta" export "$work/attempts.jsonl" --format van --out "$work/van" --script "$src/tests/data/scripts/branching.json" \
  > /dev/null || fail "export --format van"
for csv in responses van-contact-history van-survey-responses; do
  to_fods "$work/$csv.csv"
  if grep -o 'table:formula="[^"]*"' "$fods" | head -3 | grep .; then fail "$csv.csv: a cell became a formula"; fi
done
# Dangerous text survives as text: the export neutralized, it did not drop.
grep -q '<text:p>&apos;=1+1</text:p>' "$work/out/responses.fods" || fail "responses: =1+1 is not there as text"
# Numeric answers are numbers: in the response CSV's answer columns, and in
# VAN's survey responses (the scale; a free number does not go to VAN).
grep -q 'office:value-type="float" office:value="-5"' "$work/out/responses.fods" || fail "responses: -5 is not a number"
survey="$work/out/van-survey-responses.fods"
grep -q 'office:value-type="float" office:value="0.5"' "$survey" || fail "survey responses: 0.5 is not a number"
echo "spreadsheet formulas ok"
