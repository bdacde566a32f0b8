#!/bin/sh
# What only the organizer may read is written readable by them only (0600),
# and never replaces a file without --force: `open --out` (the opened file
# names voters) and `keys new` (a replaced secret key loses every file sealed
# to it).
# usage: no_overwrite.sh PUERTA SOURCE_DIR WORK_DIR
puerta=$1 src=$2 work=$3
. "$(dirname "$0")/lib.sh"
umask 022  # what most accounts have: new files readable by everyone
sealed=$data/sealed/responses.jsonl.sealed key=$data/sealed/test-organizer.secret
mode() { stat -c %a "$1"; }

run "$puerta" open "$sealed" --key "$key" --unsigned --out "$work/opened.jsonl"
expect_code 0 "open --out"
[ "$(mode "$work/opened.jsonl")" = 600 ] || fail "open --out wrote mode $(mode "$work/opened.jsonl"), not 600"

echo "the organizer's own notes" > "$work/notes.txt"
run "$puerta" open "$sealed" --key "$key" --unsigned --out "$work/notes.txt"
expect_code 1 "open --out onto an existing file"
expect_err "$work/notes.txt already exists" "open --out onto an existing file"
expect_err "--force" "open --out onto an existing file"
[ "$(cat "$work/notes.txt")" = "the organizer's own notes" ] || fail "open --out replaced a file without --force"

run "$puerta" open "$sealed" --key "$key" --unsigned --out "$work/notes.txt" --force
expect_code 0 "open --out --force"
cmp -s "$work/notes.txt" "$data/sealed/responses.jsonl" || fail "open --force did not replace the file"
[ "$(mode "$work/notes.txt")" = 600 ] || fail "open --force left mode $(mode "$work/notes.txt"), not 600"

run "$puerta" keys new --out "$work/org"
expect_code 0 "keys new"
[ "$(mode "$work/org.secret")" = 600 ] || fail "secret key mode $(mode "$work/org.secret"), not 600"
[ "$(mode "$work/org.public")" = 644 ] || fail "public key mode $(mode "$work/org.public"), not 644"
cp "$work/org.secret" "$work/first.secret"

rm "$work/org.public"  # the secret key alone is enough to refuse
run "$puerta" keys new --out "$work/org"
expect_code 1 "keys new over an existing secret key"
expect_err "never overwritten" "keys new over an existing secret key"
cmp -s "$work/org.secret" "$work/first.secret" || fail "keys new replaced a secret key without --force"
[ ! -e "$work/org.public" ] || fail "keys new wrote half a pair"

run "$puerta" keys new --out "$work/org" --force
expect_code 0 "keys new --force"
! cmp -s "$work/org.secret" "$work/first.secret" || fail "keys new --force kept the old secret key"
[ "$(mode "$work/org.secret")" = 600 ] || fail "keys new --force: secret key mode $(mode "$work/org.secret")"
[ -z "$(ls -A "$work" | grep tmp)" ] || fail "temporary files left: $(ls -A "$work")"
echo "no overwrite ok"
