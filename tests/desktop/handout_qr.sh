#!/bin/sh
# The desktop's "Hand out a turf" window shows the link `puerta package`
# printed as a QR code drawn with ImGui rectangles: drawn headless by the
# window's own code (handout_qr_probe), saved as a PNG, read back by zbarimg
# (zbar-tools) to exactly the link. With the turf file it was made for, the
# window says the link opens it; with another turf's file, that it does not.
# The key never appears on a command line or in the output.
# usage: handout_qr.sh PUERTA PROBE SOURCE_DIR WORK_DIR   (exit 77 without zbarimg)
puerta=$1 probe=$2 src=$3 work=$4
. "$src/tests/cli/lib.sh"
command -v zbarimg > /dev/null || { echo "zbarimg is missing (zbar-tools): skipped"; exit 77; }
list=$src/assets/sample/walk-list.csv script=$src/assets/scripts/pledge-to-vote.json

for turf in east west; do
  "$puerta" package --list "$list" --script "$script" --unsealed-exports --base-url https://vecinos.example.org/canvass \
    --out "$work/$turf.turf" > "$work/$turf.printed" 2> /dev/null || fail "puerta package $turf"
done
link=$(sed -n 's/^link: //p' "$work/east.printed")
case $link in https://vecinos.example.org/canvass/\?turf=east.turf\#k=*) ;; *) fail "puerta package printed no link" ;; esac

run "$probe" "$work/east.png" "$work/east.turf" < "$work/east.printed"
expect_code 0 "the probe drew the window"
expect_out "qr on screen: yes" "the code is on screen"
expect_out "message: This link opens east.turf." "the window checks the link against its turf"
grep -qF -- "${link#*#k=}" "$work/out" && fail "the probe printed the key"
decoded=$(zbarimg -q --raw "$work/east.png" 2> "$work/zbar.err") || fail "zbarimg read nothing in the window: $(cat "$work/zbar.err")"
[ "$decoded" = "$link" ] || fail "the code on screen decodes to something else (${#decoded} characters, the link has ${#link})"

# In Chinese (CJK glyphs in the window's font): the same code, the message in Chinese.
run env PUERTA_HANDOUT_LANG=zh "$probe" "$work/east-zh.png" "$work/east.turf" < "$work/east.printed"
expect_out "message: 这个链接能打开 east.turf。" "the window in Chinese"
decoded=$(zbarimg -q --raw "$work/east-zh.png" 2> "$work/zbar.err") || fail "zbarimg read nothing in the Chinese window"
[ "$decoded" = "$link" ] || fail "the Chinese window's code decodes to something else"

run "$probe" "$work/mismatch.png" "$work/west.turf" < "$work/east.printed"
expect_out "message: This link does not open west.turf" "another turf's file is told apart"

# Print: the window's paper and languages, then the three sheets beside the package.
rm -f "$work"/east-*.pdf
run env PUERTA_HANDOUT_PRINT=a4 PUERTA_HANDOUT_UNTICK=zh "$probe" "$work/east-printed.png" "$work/east.turf" < "$work/east.printed"
expect_code 0 "the probe printed"
for sheet in turf-sheet walk-sheet script-booklet; do
  expect_out "printed: $work/east-$sheet.pdf" "Print wrote the $sheet beside the package"
  [ -s "$work/east-$sheet.pdf" ] || fail "no $work/east-$sheet.pdf"
done
grep -q "print problem" "$work/out" && fail "Print reported a problem: $(cat "$work/out")"
if command -v pdftotext > /dev/null; then
  pdfinfo "$work/east-walk-sheet.pdf" | grep -q "595.* x 841.*pts" || fail "the walk sheet is not A4: $(pdfinfo "$work/east-walk-sheet.pdf" | grep size)"
  pdfinfo "$work/east-turf-sheet.pdf" | grep -q "595.* x 841.*pts" || fail "the turf sheet is not A4"
  pdftotext "$work/east-walk-sheet.pdf" "$work/walk.txt"
  grep -q "Hernández" "$work/walk.txt" || fail "the walk sheet lacks the sample's voters"
  pdftotext "$work/east-script-booklet.pdf" "$work/booklet.txt"
  grep -q "voluntario" "$work/booklet.txt" || fail "the booklet lacks Spanish, which was ticked"
  grep -q "志愿者" "$work/booklet.txt" && fail "the booklet holds Chinese, which was unticked"
fi
[ "$(stat -c %a "$work/east-walk-sheet.pdf")" = 600 ] || fail "the walk sheet (voters' names) is readable by others"
[ "$(stat -c %a "$work/east-turf-sheet.pdf")" = 600 ] || fail "the turf sheet (the link's key) is readable by others"
# Letter, the default paper, when chosen: the sheets are replaced.
run env PUERTA_HANDOUT_PRINT=letter "$probe" "$work/east-letter.png" "$work/east.turf" < "$work/east.printed"
expect_out "printed: $work/east-walk-sheet.pdf" "Print again"
if command -v pdfinfo > /dev/null; then
  pdfinfo "$work/east-walk-sheet.pdf" | grep -q "612 x 792 pts" || fail "printing again on Letter did not replace the A4 sheet"
fi
# A link that does not open the file offers no Print.
run env PUERTA_HANDOUT_PRINT=a4 "$probe" "$work/west-print.png" "$work/west.turf" < "$work/east.printed"
expect_out "printed nothing" "no Print for a link that does not open the file"
[ -e "$work/west-walk-sheet.pdf" ] && fail "a sheet was printed for a turf the link does not open"

printf 'not a link\n' > "$work/junk.txt"
run "$probe" "$work/junk.png" < "$work/junk.txt"
expect_out "qr on screen: no" "no code without a link"
# The command itself: piped text without a link is refused before any window opens.
run "$puerta" handout < "$work/junk.txt"
expect_code 1 "puerta handout with no link on standard input"
expect_err "standard input holds no turf link" "puerta handout with no link on standard input"
echo "handout qr ok"
