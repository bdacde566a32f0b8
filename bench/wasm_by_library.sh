#!/usr/bin/env bash
# Where the phone's index.wasm code goes, by library and by the largest
# functions: the production wasm has no function names (bench/first_load.mjs
# can only say "other"), so this links the same objects again with
# --profiling-funcs (names kept, nothing else changed: -Oz -flto as built)
# into a temporary folder and sums wasm-objdump's function sizes by name.
# Prints figures; never fails. About 80 s on 2 cores.
#   bash bench/wasm_by_library.sh        (after scripts/build.sh)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/build/wasm/wasm
link=$dir/CMakeFiles/puerta_web.dir/link.txt
if [ ! -f "$link" ] || ! command -v wasm-objdump > /dev/null; then
  echo "wasm by library: not measured (needs build/wasm and wasm-objdump from wabt)"
  exit 0
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/puerta-wasm-names-XXXXXX")
trap 'rm -rf "$work"' EXIT
# The app's own link line, writing index.js/index.wasm here instead, with names
# (the shell page and preloaded files are not code: left out).
cmd=$(sed -E -e 's/--shell-file [^ ]+//' -e 's/--preload-file=[^ ]+//' -e 's/--exclude-file "[^"]+"//g' \
  -e "s# -o [^ ]+# -o $work/index.js --profiling-funcs#" "$link")
if ! (cd "$dir" && NODE_PATH=${NODE_PATH:-/usr/share/nodejs} eval "$cmd") > "$work/link.log" 2>&1; then
  echo "wasm by library: the link with names failed: $(tail -3 "$work/link.log")"
  exit 0
fi
wasm-objdump -x "$work/index.wasm" 2>/dev/null | sed -nE 's/^ - func\[[0-9]+\] size=([0-9]+) <(.*)>$/\1 \2/p' | c++filt > "$work/funcs"
total=$(awk '{s += $1} END {print s}' "$work/funcs")
echo "index.wasm code by library (raw bytes of function bodies, -Oz -flto, linked again with names; total $((total / 1024)) KB):"
# First match wins, in this order.
awk -v total="$total" '
  function lib(name) {
    if (name ~ /money_get|money_put|moneypunct|time_get|time_put|num_get|num_put|basic_(o|i)stream|basic_ios|streambuf|stringbuf|ios_base|locale|ctype|codecvt|collate|messages|numpunct/) return "libc++ iostreams and locales (cereal archives, ostringstream)";
    if (name ~ /^(ImGui|Im[A-Z]|stbtt|stb_)/) return "Dear ImGui, stb_truetype";
    if (name ~ /SDL|^Emscripten_|^Blit/) return "SDL2";
    if (name ~ /rapidjson/) return "RapidJSON";
    if (name ~ /cereal/) return "cereal";
    if (name ~ /^(crypto_|blake2b|argon2|sodium|randombytes|chacha|poly1305|ge25519|fe25519|sc25519|x25519|salsa|escrypt)/) return "libsodium";
    if (name ~ /stbi|zlib_|zhuffman|zbuild|parse_zlib/) return "stb_image inflate";
    if (name ~ /Tick/) return "the frame (everything LTO inlined into Tick)";
    if (name ~ /puerta::/) return "Puerta";
    if (name ~ /printf|scanf|floatscan|fmt_fp|strto|malloc|free|memcpy|memset|emscripten|^__|^_/) return "libc, Emscripten runtime";
    return "other";
  }
  { size[lib($0 ~ / / ? substr($0, index($0, " ") + 1) : $0)] += $1 }
  END { for (l in size) printf "  %9.1f KB  %5.1f %%  %s\n", size[l] / 1024, 100 * size[l] / total, l }' "$work/funcs" | sort -rn
echo "  largest functions:"
sort -rn "$work/funcs" | head -12 | cut -c1-120 | awk '{printf "  %9.1f KB  %s\n", $1 / 1024, substr($0, index($0, " ") + 1)}'
