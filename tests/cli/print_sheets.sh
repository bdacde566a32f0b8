#!/bin/sh
# `puerta print turf|walk|script`: the PDFs read back with poppler-utils as a
# printer or a reader would. Every voter of the turf is on the walk sheet
# (Chinese and Korean names as characters, not boxes: pdffonts shows the Noto
# CJK font embedded and pdftotext returns the characters), the pages are
# numbered and count their doors, A4 and US Letter are the sizes asked for,
# the turf sheet's QR code decodes to the link (zbarimg), the booklet writes
# out its branching, and an encrypted package without its key, or with a
# wrong one, prints nothing.
# usage: print_sheets.sh PUERTA SOURCE_DIR WORK_DIR   (exit 77 without poppler-utils)
puerta=$1 src=$2 work=$3
. "$(dirname "$0")/lib.sh"
for tool in pdftotext pdfinfo pdffonts pdftoppm; do
  command -v $tool > /dev/null || { echo "$tool is missing (poppler-utils): skipped"; exit 77; }
done
script=$src/assets/scripts/pledge-to-vote.json

# The sample walk list and two households whose names are written in Hanzi and Hangul.
list=$work/voters.csv
cp "$src/assets/sample/walk-list.csv" "$list"
printf '%s\n' "PV-9001,秀英,王,300 Jade Ct,,San Miguel,95112,37.35110,-121.88110,,zh," \
  "PV-9002,민준,김,304 Jade Ct,,San Miguel,95112,37.35110,-121.88060,,ko," >> "$list"
voters=$(($(wc -l < "$list") - 1))

run "$puerta" package --list "$list" --script "$script" --unsealed-exports --name "Eastside, Saturday" \
  --organization "Vecinos Unidos" --base-url https://vecinos.example.org/canvass \
  --expires "$(date -u -d '+10 days' +%F)" --out "$work/east.turf"
expect_code 0 "package"
last_day=$(LC_ALL=C date -u -d '+10 days' '+%-d %b')  # as the phone says it: "Until 12 Dec"
link=$(sed -n 's/^link: //p' "$work/out")
key=${link##*#k=}
doors=$(sed -n 's/.*, \([0-9]*\) households,.*/\1/p' "$work/out")
[ -n "$key" ] && [ -n "$doors" ] || fail "package printed no link or count: $(cat "$work/out")"

pages() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
page_size() { pdfinfo "$1" | sed -n 's/^Page size: *//p'; }
# has_cjk_font PDF WHAT: a Noto Sans CJK face embedded (emb column "yes").
has_cjk_font() {
  pdffonts "$1" | grep -E 'NotoSans(Mono)?CJK' | awk '$(NF-4) == "yes"' | grep -q . ||
    fail "$2: no embedded Noto Sans CJK font: $(pdffonts "$1")"
}

# --- walk sheet, A4 -----------------------------------------------------------
run "$puerta" print walk "$work/east.turf#k=$key" --paper a4 --out "$work/walk-a4.pdf"
expect_code 0 "print walk --paper a4"
case $(page_size "$work/walk-a4.pdf") in *"(A4)"*) ;; *) fail "walk-a4.pdf is $(page_size "$work/walk-a4.pdf")" ;; esac
[ "$(stat -c %a "$work/walk-a4.pdf")" = 600 ] || fail "the walk sheet names voters but is mode $(stat -c %a "$work/walk-a4.pdf")"
pdftotext "$work/walk-a4.pdf" "$work/walk.txt"
has_cjk_font "$work/walk-a4.pdf" "walk sheet"
# Every voter: "given family", or family first (Vietnamese; Hanzi and Hangul with no space).
tail -n +2 "$list" | while IFS=, read -r id first last rest; do
  grep -qF -- "$first $last" "$work/walk.txt" || grep -qF -- "$last $first" "$work/walk.txt" ||
    grep -qF -- "$last$first" "$work/walk.txt" || fail "voter $id ($first $last) is not on the walk sheet"
done
grep -qF "王秀英" "$work/walk.txt" || fail "the Chinese name is not on the walk sheet as characters"
grep -qF "김민준" "$work/walk.txt" || fail "the Korean name is not on the walk sheet as characters"
n=$(pages "$work/walk-a4.pdf")
[ "$n" -ge 2 ] || fail "$doors doors fit on $n page(s): the sheet is not readable at arm's length"
for p in $(seq 1 "$n"); do
  grep -qF "Page $p of $n" "$work/walk.txt" || fail "walk sheet: no \"Page $p of $n\""
done
# The doors counted on each page add up to the turf's doors, each page's
# range starts where the last one ended, and the last door is on the last page.
sum=$(sed -n 's/^Doors on this page: \([0-9]*\)$/\1/p' "$work/walk.txt" | awk '{ s += $1 } END { print s }')
[ "$sum" = "$doors" ] || fail "doors on the pages add up to $sum, not $doors"
grep -qF "$doors of $doors doors" "$work/walk.txt" || fail "walk sheet: the running count never reaches $doors of $doors"
grep -qF "${doors}a" "$work/walk.txt" || fail "walk sheet: no code ${doors}a for the last door's first person"

# --- the same sheet on US Letter ----------------------------------------------
run "$puerta" print walk "$work/east.turf#k=$key" --paper letter --out "$work/walk-letter.pdf"
expect_code 0 "print walk --paper letter"
case $(page_size "$work/walk-letter.pdf") in "612 x 792 pts (letter)") ;; *) fail "walk-letter.pdf is $(page_size "$work/walk-letter.pdf")" ;; esac
pdftotext "$work/walk-letter.pdf" - | grep -qF "김민준" || fail "the Letter walk sheet lacks the Korean name"

# --- turf sheet: one page, the link as a QR code ----------------------------------
run "$puerta" print turf "$work/east.turf" --link "$link" --out "$work/turf.pdf"
expect_code 0 "print turf --link"
[ "$(pages "$work/turf.pdf")" = 1 ] || fail "the turf sheet takes $(pages "$work/turf.pdf") pages"
case $(page_size "$work/turf.pdf") in "612 x 792 pts (letter)") ;; *) fail "turf.pdf is $(page_size "$work/turf.pdf")" ;; esac
pdftotext "$work/turf.pdf" "$work/turf.txt"
has_cjk_font "$work/turf.pdf" "turf sheet"
speakers() { awk -F, -v l="$1" 'NR > 1 && $11 == l' "$list" | wc -l; }
for text in "Eastside, Saturday" "Vecinos Unidos" "$doors doors in this turf" "$voters people" \
  "中文 $(speakers zh)" "한국어 $(speakers ko)" "Español $(speakers es)" "Until $last_day" \
  "怎样走访这个片区" "이 구역을 방문하는 방법" "Cách đi gõ cửa khu vực này"; do
  grep -qF -- "$text" "$work/turf.txt" || fail "turf sheet lacks \"$text\""
done
# The link, key included, wrapped over lines as the column needs.
tr -d '\n' < "$work/turf.txt" | grep -qF -- "$link" || fail "turf sheet lacks the link $link"
if command -v zbarimg > /dev/null; then
  pdftoppm -r 150 -png "$work/turf.pdf" "$work/turf"
  decoded=$(zbarimg -q --raw "$work/turf-1.png" 2> "$work/zbar.err") || fail "zbarimg read no QR code on the turf sheet"
  [ "$decoded" = "$link" ] || fail "the turf sheet's QR code decodes to \"$decoded\", not \"$link\""
fi

# --- script booklet: languages side by side, branching written out --------------
run "$puerta" print script "$script" --languages en,zh,ko --paper a4 --out "$work/script.pdf"
expect_code 0 "print script"
pdftotext "$work/script.pdf" - | tr '\n' ' ' > "$work/script.txt"  # one line: a column wraps its sentences
has_cjk_font "$work/script.pdf" "script booklet"
for text in "Pledge to vote" "投票承诺" "투표 약속" "Only if the answer to Q2 is one of: No or Not sure" \
  "Only if the answer to Q3 is No" "仅当第 2 题的回答是" "Tick one" "Page 1 of"; do
  grep -qF -- "$text" "$work/script.txt" || fail "script booklet lacks \"$text\""
done
[ "$(stat -c %a "$work/script.pdf")" = 644 ] || fail "the booklet names nobody but is mode $(stat -c %a "$work/script.pdf")"

# Conditions with comparisons, and the script's title in each language.
run "$puerta" print script "$src/assets/scripts/issue-id-know-your-rights.json" --languages en,es --out "$work/kyr.pdf"
expect_code 0 "print script (know your rights)"
pdftotext "$work/kyr.pdf" - | tr '\n' ' ' > "$work/kyr.txt"
for text in "Only if the answer to Q6 is ≤ 2" "Solo si la respuesta a P6 es ≤ 2" "Tick all that apply" "Only if the answer to Q3 is"; do
  grep -qF -- "$text" "$work/kyr.txt" || fail "know-your-rights booklet lacks \"$text\""
done

# --- from the organizer's files: the organization's own door results ------------
printf '%s\n' '{"door": ["canvassed", "not_home", "come_back"], "labels": {"not_home": {"en": "Nobody came"}}}' > "$work/results.json"
run "$puerta" print walk --list "$list" --results "$work/results.json" --name "From the list" --languages en --out "$work/list.pdf"
expect_code 0 "print walk --list --results"
pdftotext "$work/list.pdf" "$work/list.txt"
grep -qF "Nobody came" "$work/list.txt" || fail "the walk sheet lacks the organization's label \"Nobody came\""
grep -qF "Come back later" "$work/list.txt" || fail "the walk sheet lacks the door result Come back later"
! grep -qF "Refused" "$work/list.txt" || fail "the walk sheet offers Refused, which the turf's result codes leave out"
grep -qF "From the list" "$work/list.txt" || fail "the walk sheet lacks --name"

# The sheet's words in Chinese.
run "$puerta" print walk "$work/east.turf#k=$key" --languages zh --out "$work/walk-zh.pdf"
expect_code 0 "print walk --languages zh"
pdftotext "$work/walk-zh.pdf" - | grep -qF "第 1 页，共" || fail "the Chinese walk sheet has no Chinese page number"

# Without a font for Chinese and Korean (only Noto Sans, Latin), the sheet is
# refused, naming the text, rather than printed with boxes.
mkdir -p "$work/fontconfig"
cat > "$work/fontconfig/fonts.conf" << CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/usr/share/fonts/truetype/noto</dir><cachedir>$work/fontconfig/cache</cachedir></fontconfig>
CONF
run env FONTCONFIG_FILE="$work/fontconfig/fonts.conf" "$puerta" print walk "$work/east.turf#k=$key" --out "$work/boxes.pdf"
expect_code 1 "print walk without a CJK font"
expect_err "it would print as empty boxes" "print walk without a CJK font"

# --- what prints nothing ------------------------------------------------------
run "$puerta" print walk "$work/east.turf#k=$key" --list "$list" --out "$work/both.pdf"
expect_code 1 "a package and --list"
expect_err "print from one of them" "a package and --list"
run "$puerta" print walk "$work/east.turf" --out "$work/nokey.pdf"
expect_code 1 "an encrypted package without its key"
expect_err "east.turf is encrypted and no key was given" "an encrypted package without its key"
run "$puerta" print walk "$work/east.turf#k=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" --out "$work/wrongkey.pdf"
expect_code 1 "a wrong key"
run "$puerta" print walk "$work/east.turf#k=$key" --paper a5 --out "$work/a5.pdf"
expect_code 2 "--paper a5"
expect_err "--paper" "--paper a5"
for f in nokey wrongkey a5 boxes both; do [ ! -e "$work/$f.pdf" ] || fail "$f.pdf was written"; done
echo "print sheets ok"
