#!/bin/sh
# The printed campaign report (`puerta report --format pdf`), read back with
# poppler-utils: the totals and every group's name are in it as text (a
# Chinese organization and a Korean canvasser as characters, not boxes: the
# Noto CJK font embedded), the four charts' headings, the headings in Korean
# with --language ko, A4 when asked, and page 1 rendered to PNG (to look at:
# WORK_DIR/report-1.png).
# usage: campaign_report_pdf.sh PUERTA SOURCE_DIR WORK_DIR MAKE_EXPORTS
#        (exit 77 without poppler-utils)
puerta=$1 src=$2 work=$3 make_exports=$4 store_kind=sqlite
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/campaign_store_lib.sh"
for tool in pdftotext pdfinfo pdffonts pdftoppm; do
  command -v $tool > /dev/null || { echo "$tool is missing (poppler-utils): skipped"; exit 77; }
done
make_phones "$make_exports"
# Ana's and Ben's files as the phones sent them; Cruz's opened, his
# organization and name turned into Chinese and Korean (an opened file is
# collected as it is).
"$puerta" open "$p/cruz-2.jsonl.sealed" --key "$work/juntos.secret" --out "$work/cruz.jsonl" 2> /dev/null
sed 's/"organization":"Juntos"/"organization":"华人互助会"/; s/"canvasser":"Cruz"/"canvasser":"김민준"/' \
  "$work/cruz.jsonl" > "$work/cjk.jsonl"
db=$work/campaign.sqlite
"$puerta" collect --db "$db" $keys --turf "$work/vecinos.turf" --turf "$work/juntos.turf" \
  "$p/ana-2.jsonl.sealed" "$p/ben.jsonl.sealed" "$work/cjk.jsonl" > /dev/null || fail "collect"

run "$puerta" report --db "$db" --by org,canvasser --format pdf --out "$work/report.pdf"
expect_code 0 "report as pdf"
"$puerta" report --db "$db" --by org,canvasser --format csv --out "$work/report.csv"
pdftotext -layout "$work/report.pdf" "$work/report.txt"
for name in "华人互助会" "김민준" Vecinos Ana Ben "Campaign report" "Results by day" "Answers per question (IDs)" \
  "Contact rate per canvasser" "Follow-ups waiting, by language"; do
  grep -qF "$name" "$work/report.txt" || fail "the PDF lacks \"$name\": $(cat "$work/report.txt")"
done
pdffonts "$work/report.pdf" | grep -E 'NotoSansCJK' | awk '$(NF-4) == "yes"' | grep -q . \
  || fail "no embedded Noto Sans CJK font: $(pdffonts "$work/report.pdf")"
# The total row: the same numbers as the CSV's (attempts, doors, households, conversations, rate, IDs, follow-ups).
total=$(python3 -c '
import csv, sys
row = [r for r in csv.reader(open(sys.argv[1], encoding="utf-8-sig")) if r and r[0] == "total"][0]
print(" ".join(row[2:6] + ["%.1f %%" % (float(row[6]) * 100)] + row[7:9]))' "$work/report.csv")
[ -n "$total" ] || fail "no total row in the csv: $(cat "$work/report.csv")"
printed=$(sed -n 's/^ *Total  *//p' "$work/report.txt" | tr -s ' ')
[ "$printed" = "$total" ] || fail "the printed total \"$printed\" is not the report's \"$total\""
# Each canvasser's row: the organization, the name and their attempts.
sed '1d; $d; s/\r$//' "$work/report.csv" | while IFS=, read -r org canvasser attempts rest; do
  grep -E "^ *$org +$canvasser +$attempts " "$work/report.txt" > /dev/null \
    || fail "the row of $org / $canvasser ($attempts attempts) is not printed: $(cat "$work/report.txt")"
done
[ "$(pdfinfo "$work/report.pdf" | sed -n 's/^Page size: *//p')" = "612 x 792 pts (letter)" ] || fail "not US Letter"
grep -q "Page 1 of $(pdfinfo "$work/report.pdf" | sed -n 's/^Pages: *//p')" "$work/report.txt" || fail "page numbers"
pdftoppm -f 1 -l 1 -r 60 -png "$work/report.pdf" "$work/report"
[ -s "$work/report-1.png" ] || fail "page 1 did not render"

# In Korean, on A4.
run "$puerta" report --db "$db" --by org --format pdf --language ko --paper a4 --out "$work/report-ko.pdf"
expect_code 0 "report as pdf in Korean"
pdftotext "$work/report-ko.pdf" "$work/report-ko.txt"
for words in "캠페인 보고서" "날짜별 결과" "봉사자별 대화 비율" "합계" "华人互助会"; do
  grep -qF "$words" "$work/report-ko.txt" || fail "the Korean PDF lacks \"$words\": $(cat "$work/report-ko.txt")"
done
pdfinfo "$work/report-ko.pdf" | grep -q "^Page size: *595.* x 841.*(A4)" || fail "not A4"

# A pdf needs a file; an unknown language is refused.
run "$puerta" report --db "$db" --format pdf
expect_code 2 "pdf without --out"
expect_err "needs --out PATH" "says why"
run "$puerta" report --db "$db" --format pdf --language fr --out "$work/fr.pdf"
expect_code 2 "an unknown language"
echo "campaign report pdf ok"
