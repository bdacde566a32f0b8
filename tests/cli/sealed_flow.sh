#!/bin/sh
# The organizer's sealed-export flow through the real binary:
#   puerta keys new → a package carrying the public key → puerta open.
# Phones do the sealing (crypto/sealed_file.h); tests/data/sealed holds a file
# sealed that way to a test-only key pair.
# usage: sealed_flow.sh PUERTA SOURCE_DIR WORK_DIR
set -eu
puerta=$1 src=$2 work=$3
data=$src/tests/data/sealed
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work"

# A new key pair: two one-line files, the secret one readable by its owner only.
"$puerta" keys new --out "$work/org" > "$work/keys.out"
grep -q "can never be opened" "$work/keys.out" || fail "keys new does not warn about losing the secret key"
grep -q '^puerta-organizer-public-key:' "$work/org.public" || fail "no public key line"
grep -q '^puerta-organizer-secret-key:' "$work/org.secret" || fail "no secret key line"
[ "$(stat -c %a "$work/org.secret")" = 600 ] || fail "secret key mode is $(stat -c %a "$work/org.secret"), not 600"
if "$puerta" keys new --out "$work/org" 2> "$work/again.err"; then fail "keys new overwrote a key pair"; fi
grep -q "never overwritten" "$work/again.err" || fail "no reason given for refusing to overwrite"

# The public key goes into a package, which turns sealed exports on (a plain
# package, to read it back here: the sample's voters are made up).
"$puerta" package --list "$src/assets/sample/walk-list.csv" --script "$src/assets/scripts/pledge-to-vote.json" \
  --key "$work/org.public" --name "Sealed test" --plain-package --made-up-voters --out "$work/sealed.turf" > "$work/package.out"
grep -q "sealed exports on" "$work/package.out" || fail "package with --key: $(cat "$work/package.out")"
grep -q "$(cat "$work/org.public")" "$work/sealed.turf" || fail "the package does not carry the public key"
if "$puerta" package --list "$src/assets/sample/walk-list.csv" --script "$src/assets/scripts/pledge-to-vote.json" \
     --key "$work/org.secret" --out "$work/wrong.turf" 2> "$work/wrong-key.err"; then
  fail "package accepted a secret key as the public key"
fi
grep -q "not an organizer public key" "$work/wrong-key.err" || fail "wrong key file: $(cat "$work/wrong-key.err")"

# A sealed export opens with its secret key, to a file and to standard output.
# This one was sealed before phones signed their exports: it needs --unsigned
# (signed files: signed_exports.sh).
if "$puerta" open "$data/responses.jsonl.sealed" --key "$data/test-organizer.secret" --out "$work/opened.jsonl" 2> "$work/unsigned.err"; then
  fail "opened a file no phone signed without --unsigned"
fi
grep -q "not signed by a phone" "$work/unsigned.err" || fail "unsigned file: $(cat "$work/unsigned.err")"
"$puerta" open "$data/responses.jsonl.sealed" --key "$data/test-organizer.secret" --unsigned --out "$work/opened.jsonl"
cmp -s "$work/opened.jsonl" "$data/responses.jsonl" || fail "opened contents differ"
"$puerta" open "$data/responses.jsonl.sealed" --key "$data/test-organizer.secret" --unsigned | cmp -s - "$data/responses.jsonl" ||
  fail "opened contents on stdout differ"

# ... and with nothing else: another key, a damaged file.
if "$puerta" open "$data/responses.jsonl.sealed" --key "$work/org.secret" 2> "$work/other.err"; then fail "opened with another key"; fi
grep -q "sealed to a different organizer key" "$work/other.err" || fail "another key: $(cat "$work/other.err")"
head -c 40 "$data/responses.jsonl.sealed" > "$work/cut.sealed"
if "$puerta" open "$work/cut.sealed" --key "$data/test-organizer.secret" 2> "$work/cut.err"; then fail "opened a cut file"; fi
grep -q "truncated" "$work/cut.err" || fail "cut file: $(cat "$work/cut.err")"
echo "sealed flow ok"
