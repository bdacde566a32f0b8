#!/bin/sh
# `puerta package --qr FILE.png --qr FILE.svg`: the printed link as a QR code,
# read back by a real decoder (zbar's zbarimg, Debian's zbar-tools) to
# exactly the link, key included. The SVG is drawn by Chromium first.
# usage: qr_code.sh PUERTA SOURCE_DIR WORK_DIR   (exit 77 without zbarimg)
puerta=$1 src=$2 work=$3
. "$(dirname "$0")/lib.sh"
command -v zbarimg > /dev/null || { echo "zbarimg is missing (zbar-tools): skipped"; exit 77; }
list=$src/assets/sample/walk-list.csv script=$src/assets/scripts/pledge-to-vote.json

run "$puerta" package --list "$list" --script "$script" --unsealed-exports --base-url https://vecinos.example.org/canvass \
  --qr "$work/east.png" --qr "$work/east.svg" --out "$work/east.turf"
expect_code 0 "package --qr"
link=$(sed -n 's/^link: //p' "$work/out")
case $link in https://vecinos.example.org/canvass/\?turf=east.turf\#k=*) ;; *) fail "the link: $link" ;; esac
expect_out "east.png: the link as a QR code" "package --qr names the image"

[ "$(head -c 8 "$work/east.png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] || fail "east.png is not a PNG"
decoded=$(zbarimg -q --raw "$work/east.png" 2> "$work/zbar.err") || fail "zbarimg read nothing in east.png: $(cat "$work/zbar.err")"
[ "$decoded" = "$link" ] || fail "east.png decodes to \"$decoded\", not \"$link\""

grep -q '<svg xmlns="http://www.w3.org/2000/svg"' "$work/east.svg" || fail "east.svg is not an SVG"
if command -v chromium > /dev/null; then
  chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/chromium" \
    --screenshot="$work/svg.png" --window-size=480,480 "file://$work/east.svg" > /dev/null 2>&1 || true
  decoded=$(zbarimg -q --raw "$work/svg.png" 2> "$work/zbar.err") || fail "zbarimg read nothing in the drawn SVG"
  [ "$decoded" = "$link" ] || fail "east.svg decodes to \"$decoded\", not \"$link\""
fi

# Another kind of image is a usage error; a failure writes neither package nor image.
run "$puerta" package --list "$list" --script "$script" --unsealed-exports --qr "$work/east.gif" --out "$work/gif.turf"
expect_code 2 "--qr FILE.gif"
expect_err "--qr" "--qr FILE.gif"
[ ! -e "$work/gif.turf" ] || fail "--qr FILE.gif wrote the package"
run "$puerta" package --list "$list" --script "$script" --qr "$work/refused.png" --out "$work/refused.turf"
expect_code 1 "a named list without --key, with --qr"
[ ! -e "$work/refused.png" ] || fail "a refused package wrote its QR code"
echo "qr code ok"
