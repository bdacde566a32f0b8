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

printf 'not a link\n' > "$work/junk.txt"
run "$probe" "$work/junk.png" < "$work/junk.txt"
expect_out "qr on screen: no" "no code without a link"
# The command itself: piped text without a link is refused before any window opens.
run "$puerta" handout < "$work/junk.txt"
expect_code 1 "puerta handout with no link on standard input"
expect_err "standard input holds no turf link" "puerta handout with no link on standard input"
echo "handout qr ok"
