#!/bin/sh
# Every command that reads JSON from outside, given a 300 KB file nested
# 150,000 levels deep (it crashed them all with SIGSEGV in the recursive
# parser): each must refuse it with a message naming the nesting, and exit 1.
# usage: deep_json.sh PUERTA SOURCE_DIR WORK_DIR
set -eu
puerta=$1 src=$2 work=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work"

# deep FILE PREFIX SUFFIX: PREFIX, 150,000 '[', a 1, 150,000 ']', SUFFIX.
deep() {
  { printf '%s' "$2"; head -c 150000 /dev/zero | tr '\0' '['; printf 1; head -c 150000 /dev/zero | tr '\0' ']'
    printf '%s\n' "$3"; } > "$1"
}
deep "$work/script.json" '{"steps": ' '}'
deep "$work/mapping.json" '{"fields": ' '}'
printf '{"format":"puerta-attempts","format_version":1}\n' > "$work/attempts.jsonl"
deep "$work/line.json" '{"attempt_id": ' '}'
cat "$work/line.json" >> "$work/attempts.jsonl"

# check NAME COMMAND...: exit status 1 (not a signal), and the message.
check() {
  name=$1
  shift
  status=0
  "$@" > "$work/$name.out" 2>&1 || status=$?
  [ "$status" -eq 1 ] || fail "$name: exit status $status, expected 1: $(head -c 300 "$work/$name.out")"
  grep -q "nested more than 64 levels deep" "$work/$name.out" || fail "$name: $(head -c 300 "$work/$name.out")"
}
check script_check "$puerta" script check "$work/script.json"
check package "$puerta" package --list "$src/assets/sample/walk-list.csv" --script "$work/script.json" --out "$work/never.turf"
[ ! -e "$work/never.turf" ] || fail "package wrote a turf from a refused script"
check export "$puerta" export "$work/attempts.jsonl" --format csv
check mapping "$puerta" list inspect "$src/tests/data/walklists/unknown_layout.csv" --mapping "$work/mapping.json"
echo "deep json ok"
