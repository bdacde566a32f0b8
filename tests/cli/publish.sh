#!/bin/sh
# `puerta publish OUTDIR --turf FILE#k=KEY ...`: the folder to upload holds
# the web app with .gz and .br copies that decompress to each file exactly,
# the encrypted packages byte for byte, and no key and no voter's name in any
# file (compressed copies read decompressed); the links page with each link
# (its QR codes read back by zbarimg when Chromium and zbar are present) is
# written outside the folder, mode 0600. Refusals write nothing and leave no
# half-made folder: an existing folder, a wrong or missing key, the links page
# inside the folder, a missing parent folder, no web app.
# usage: publish.sh PUERTA SOURCE_DIR WORK_DIR
puerta=$1 src=$2 work=$3
. "$(dirname "$0")/lib.sh"
script=$src/assets/scripts/pledge-to-vote.json
base=https://vecinos.example.org/canvass/

cat > "$work/voters.csv" <<'EOF'
id,first_name,last_name,address,unit,city,zip,latitude,longitude,phone,language,party
PB-1,Eulalia,Vandersloot,17 Juniperhollow Road,,San Miguel,95112,37.35110,-121.88110,408-555-9137,es,
PB-2,Cornelius,Abernathy-Ruiz,17 Juniperhollow Road,,San Miguel,95112,37.35110,-121.88110,,en,
PB-3,Thảo,Nguyễn Bích,5 Larkspurview Ct,,San Miguel,95112,37.35150,-121.88050,669-555-4826,vi,
EOF
names="Eulalia Vandersloot Cornelius Abernathy-Ruiz Juniperhollow Larkspurview 408-555-9137 4085559137 Bích"

# Two encrypted packages, their links (with the keys) as `puerta package` prints them.
for turf in east west; do
  run "$puerta" package --list "$work/voters.csv" --script "$script" --unsealed-exports --base-url "$base" \
    --out "$work/$turf.turf"
  expect_code 0 "package $turf"
  sed -n 's/^link: //p' "$work/out" > "$work/$turf.link"
done
east_link=$(cat "$work/east.link") west_link=$(cat "$work/west.link")
east_key=${east_link##*#k=} west_key=${west_link##*#k=}
[ ${#east_key} = 43 ] && [ ${#west_key} = 43 ] || fail "no key in the links: $east_link $west_link"

# A web app as scripts/build.sh lays it out, small: files that shrink, an
# image that does not, a stale .gz, and a turf package left beside the app.
web=$work/web
mkdir -p "$web/assets/fonts"
i=0; while [ $i -lt 200 ]; do echo "<p>Puerta opens the turf link $i</p>"; i=$((i + 1)); done > "$web/index.html"
i=0; while [ $i -lt 300 ]; do echo "function step$i() { return $i; }"; i=$((i + 1)); done > "$web/index.js"
cat "$web/index.js" "$web/index.html" > "$web/index.wasm"
i=0; while [ $i -lt 50 ]; do echo "const VERSION_$i = 'test';"; i=$((i + 1)); done > "$web/sw.js"
cp "$web/index.html" "$web/assets/fonts/ui-cjk.ttc"
echo '{"name": "sample"}' > "$web/sample.turf"
head -c 4000 /dev/urandom > "$web/icon.png"
echo stale > "$web/index.js.gz"
cp "$work/west.turf" "$web/left-here.turf"

site=$work/site links=$work/site.links.html
run "$puerta" publish "$site" --web "$web" --turf "$work/east.turf#k=$east_key" --turf "$work/west.turf#k=$west_key" \
  --base-url "$base"
expect_code 0 "publish"
expect_out "2 turf packages" "publish"
expect_err "site.links.html holds every turf's key: never upload it" "publish warns about the links page"
expect_err "left out $web/left-here.turf" "publish names the turf it left out"

# The app, each copy decompressing to its file; nothing made for the image or the packages.
for f in index.html index.js index.wasm sw.js assets/fonts/ui-cjk.ttc; do
  cmp -s "$web/$f" "$site/$f" || fail "$f differs from the web app's"
  gzip -dc "$site/$f.gz" | cmp -s - "$web/$f" || fail "$f.gz does not decompress to $f"
  if command -v brotli > /dev/null; then
    brotli -dc "$site/$f.br" | cmp -s - "$web/$f" || fail "$f.br does not decompress to $f"
  fi
  [ "$(stat -c %s "$site/$f.br")" -lt "$(stat -c %s "$site/$f.gz")" ] || fail "$f.br is not smaller than $f.gz"
done
cmp -s "$web/icon.png" "$site/icon.png" || fail "icon.png differs"
[ ! -e "$site/icon.png.gz" ] && [ ! -e "$site/icon.png.br" ] || fail "a compressed copy of random bytes was kept"
cmp -s "$web/sample.turf" "$site/sample.turf" || fail "the app's sample turf is missing"
[ ! -e "$site/left-here.turf" ] || fail "a turf package left in the web app's folder was published"
for turf in east west; do
  cmp -s "$work/$turf.turf" "$site/$turf.turf" || fail "$turf.turf is not the package as made"
  [ ! -e "$site/$turf.turf.gz" ] && [ ! -e "$site/$turf.turf.br" ] || fail "a compressed copy of $turf.turf"
done
[ "$(stat -c %a "$site")" = 755 ] || [ "$(stat -c %a "$site")" = 750 ] || fail "site is mode $(stat -c %a "$site")"
ls "$work" | grep -q publishing && fail "a staging folder was left: $(ls "$work")"

# No key and no voter's name in any file of the folder, compressed copies decompressed.
find "$site" -type f | while read -r f; do
  case $f in
    *.gz) gzip -dc "$f" ;;
    *.br) if command -v brotli > /dev/null; then brotli -dc "$f"; else cat "$f"; fi ;;
    *) cat "$f" ;;
  esac > "$work/plain"
  for needle in "$east_key" "$west_key" $names; do
    if grep -qF -- "$needle" "$work/plain"; then fail "$f holds \"$needle\""; fi
  done
done

# The links page: outside the folder, its owner's only, both links exactly.
[ "$(stat -c %a "$links")" = 600 ] || fail "the links page is mode $(stat -c %a "$links")"
grep -qF "href=\"$east_link\"" "$links" && grep -qF "href=\"$west_link\"" "$links" || fail "the links page lacks a link"
[ "$(grep -c '<svg xmlns=' "$links")" = 2 ] || fail "the links page has not one QR code per turf"
if command -v zbarimg > /dev/null && command -v chromium > /dev/null; then
  chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/chromium" \
    --screenshot="$work/links.png" --window-size=800,1400 "file://$links" > /dev/null 2>&1 || true
  zbarimg -q --raw "$work/links.png" > "$work/decoded" 2> "$work/zbar.err" || fail "zbarimg read nothing in links.html"
  grep -qxF "$east_link" "$work/decoded" && grep -qxF "$west_link" "$work/decoded" ||
    fail "the QR codes decode to $(cat "$work/decoded")"
fi

# An existing folder is kept unless --force; --force swaps in a whole new one.
inode=$(stat -c %i "$site")
run "$puerta" publish "$site" --web "$web" --turf "$work/east.turf#k=$east_key"
expect_code 1 "publish over an existing folder"
expect_err "already exists; add --force" "publish over an existing folder"
[ "$(stat -c %i "$site")" = "$inode" ] && [ -e "$site/west.turf" ] || fail "the refused publish changed the folder"
run "$puerta" publish "$site" --web "$web" --turf "$work/east.turf#k=$east_key" --force --base-url "$base"
expect_code 0 "publish --force"
[ "$(stat -c %i "$site")" != "$inode" ] && [ ! -e "$site/west.turf" ] && [ -e "$site/east.turf" ] ||
  fail "--force did not replace the folder"
grep -qF "$west_link" "$links" && fail "the links page still names the turf no longer published"
ls "$work" | grep -q publishing && fail "the old folder was left: $(ls "$work")"

# Refusals: exit 1, the reason, and nothing written.
run "$puerta" publish "$work/wrong" --web "$web" --turf "$work/east.turf#k=$west_key"
expect_code 1 "another package's key"
expect_err "east.turf: the link's key does not open this turf package" "another package's key"
run "$puerta" publish "$work/wrong" --web "$web" --turf "$work/east.turf"
expect_code 1 "no key"
expect_err "east.turf#k=KEY" "no key"
run "$puerta" publish "$work/wrong" --web "$web" --turf "$work/east.turf#k=$east_key" --links "$work/wrong/links.html"
expect_code 1 "the links page inside the folder"
expect_err "must never be uploaded with the folder" "the links page inside the folder"
run "$puerta" publish "$work/missing/site" --web "$web"
expect_code 1 "a missing parent folder"
expect_err "No such file or directory" "a missing parent folder"
run "$puerta" publish "$work/wrong" --web "$work"
expect_code 1 "no web app"
expect_err "is not the phone web app" "no web app"
run "$puerta" publish "$work/wrong" --web "$web" --turf "$work/voters.csv"
expect_code 1 "a file not named .turf"
expect_err "must end in .turf" "a file not named .turf"
run "$puerta" publish "$web/site" --web "$web"
expect_code 1 "a folder inside the web app's"
expect_err "lie one inside the other" "a folder inside the web app's"
[ ! -e "$work/wrong" ] && [ ! -e "$work/wrong.links.html" ] && [ ! -e "$web/site" ] || fail "a refused publish wrote something"
ls "$work" | grep -q publishing && fail "a refused publish left a staging folder: $(ls "$work")"

# The test build (its loader names the test hooks) is published, with a note.
echo 'Module["_puerta_debug_json"] = 1;' >> "$web/index.js"
run "$puerta" publish "$work/test-build" --web "$web"
expect_code 0 "publish the test build"
expect_err "is the test build" "publish the test build"
echo "publish ok"
